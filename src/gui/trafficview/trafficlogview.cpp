// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogview.h"

#include "ui_trafficlogview.h"

#include "trafficview/eventformatter.h"
#include "trafficview/lessonpanel.h"
#include "settings/layoutstatevalidator.h"
#include "net/sessionname.h"
#include "trafficview/trafficlogdelegate.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDataStream>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>

namespace {

constexpr qsizetype DetailsDumpBytes = 16 * 1024;
constexpr quint32 StateVersion = 1;

} // namespace

TrafficLogView::TrafficLogView(TrafficLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrafficLogView>())
    , m_model(model)
    , m_filter(new TrafficLogFilterModel(this))
    , m_filterTimer(new QTimer(this))
    , m_rowsLabelTimer(new QTimer(this))
    , m_drawHold(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont bold = m_ui->headingLabel->font();
    bold.setBold(true);
    m_ui->headingLabel->setFont(bold);
    m_filter->setLogModel(model);

    m_pauseAction = new QAction(tr("&Pause view"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Stop adding rows to the table. Sockets keep receiving and "
                                 "the counters keep counting; rows catch up on resume."));
    m_ui->pauseButton->setDefaultAction(m_pauseAction);
    connect(m_pauseAction, &QAction::toggled, m_model, &TrafficLogModel::setPaused);
    connect(m_model, &TrafficLogModel::pausedChanged, this, [this](bool paused) {
        m_pauseAction->setChecked(paused);
        updateRowsLabel();
    });

    m_clearAction = new QAction(tr("C&lear log"), this);
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clearAction->setToolTip(tr("Remove every row; the counters go on."));
    m_ui->clearButton->setDefaultAction(m_clearAction);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        m_model->clear();
        m_ui->detailsEdit->clear();
        m_lessonPanel->showLessonFor(nullptr);
        m_followTail = true;
    });

    // Re-filtering 100,000 rows per keystroke would stall typing: wait for a pause in it.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &TrafficLogView::applyFilterNow);

    m_rowsLabelTimer->setSingleShot(true);
    m_rowsLabelTimer->setInterval(RowsLabelIntervalMs);
    connect(m_rowsLabelTimer, &QTimer::timeout, this, &TrafficLogView::updateRowsLabel);
    m_drawHold->setSingleShot(true);
    m_drawHold->setInterval(TrafficLogModel::StreamIntervalMs);
    connect(m_drawHold, &QTimer::timeout, this, [this] {
        m_ui->tableView->setUpdatesEnabled(true); // draws what came meanwhile
        if (m_model->isBehind())
            m_drawHold->start();
    });

    setUpEncodings();
    setUpTable();
    setUpActions();
    updateRowsLabel();
}

void TrafficLogView::applyFilterNow()
{
    m_filterTimer->stop();
    m_filter->setFilterText(m_ui->filterEdit->text());
    updateRowsLabel();
    if (m_followTail)
        m_ui->tableView->scrollToBottom();
}

TrafficLogView::~TrafficLogView() = default;

QTableView *TrafficLogView::tableView() const
{
    return m_ui->tableView;
}

void TrafficLogView::setUpTable()
{
    QTableView *table = m_ui->tableView;
    table->setModel(m_filter);
    table->setItemDelegate(new TrafficLogDelegate(table));
    // Fixed row height: the view never measures rows, whatever their number.
    QHeaderView *rows = table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 6);

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const QFontMetrics metrics = table->fontMetrics();
    const auto widthOf
        = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 18; };
    table->setColumnWidth(TrafficLogModel::TimeColumn, widthOf(QStringLiteral("00:00:00.000")));
    // Session names: "tcp-server#3", "udp-client#12".
    table->setColumnWidth(TrafficLogModel::SessionColumn,
                          widthOf(SessionName::of(TrafficEvent::Protocol::Tcp,
                                                  TrafficEvent::Role::Client, 100)));
    table->setColumnWidth(TrafficLogModel::EventColumn,
                          widthOf(EventFormatter::kindLabel(TrafficEvent::Kind::Listening)) + 8);
    table->setColumnWidth(TrafficLogModel::LocalColumn, widthOf(QStringLiteral("127.0.0.1:60001")));
    table->setColumnWidth(TrafficLogModel::PeerColumn, widthOf(QStringLiteral("127.0.0.1:60001")));
    table->setColumnWidth(TrafficLogModel::BytesColumn, widthOf(QStringLiteral("1000000")));
    table->setColumnWidth(TrafficLogModel::TextColumn, widthOf(QString(34, QLatin1Char('x'))));
    // No sort column at first: rows stay in arrival order until a header is clicked.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);

    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &TrafficLogView::rememberScrollPosition);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrafficLogView::followNewRows);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrafficLogView::updateRowsLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrafficLogView::updateRowsLabel);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrafficLogView::updateDetails);

    m_ui->detailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The lesson of the selected row, under its details (hidden when there is none).
    auto *detailsColumn = new QSplitter(Qt::Vertical, this);
    m_ui->splitter->replaceWidget(1, detailsColumn);
    detailsColumn->addWidget(m_ui->detailsEdit);
    m_ui->detailsEdit->show();
    m_lessonPanel = new LessonPanel(detailsColumn);
    detailsColumn->addWidget(m_lessonPanel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({900, 330});
}

void TrafficLogView::setUpEncodings()
{
    const QList<PayloadCodec::Encoding> encodings = PayloadCodec::encodings();
    for (PayloadCodec::Encoding encoding : encodings)
        m_ui->encodingCombo->addItem(PayloadCodec::encodingName(encoding),
                                     static_cast<int>(encoding));
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setEncoding(
            static_cast<PayloadCodec::Encoding>(m_ui->encodingCombo->currentData().toInt()));
        updateDetails();
    });
}

void TrafficLogView::rememberScrollPosition()
{
    const QScrollBar *bar = m_ui->tableView->verticalScrollBar();
    m_followTail = bar->value() >= bar->maximum() - 2;
}

void TrafficLogView::followNewRows()
{
    // A flood comes in steps of a pull every 50 ms (short pauses for the GUI thread); the
    // table is drawn at the stream's pace all the same: between two draws it keeps its rows
    // and scroll position without painting them.
    QTableView *table = m_ui->tableView;
    if (m_model->isBehind()) {
        if (m_drawHold->isActive())
            table->setUpdatesEnabled(false);
        else
            m_drawHold->start(); // this step is drawn, the next ones wait for the timer
    } else if (!table->updatesEnabled()) {
        m_drawHold->stop();
        table->setUpdatesEnabled(true);
    }
    if (m_followTail)
        table->scrollToBottom();
    // A new count is a new label width, a relayout of the row above the table: under a
    // stream, twice a second is enough to read it.
    if (!m_rowsLabelTimer->isActive())
        m_rowsLabelTimer->start();
}

void TrafficLogView::updateDetails()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!current.isValid()) {
        m_ui->detailsEdit->clear();
        if (m_lessonPanel) // not yet while the constructor fills the encodings
            m_lessonPanel->showLessonFor(nullptr);
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const TrafficEvent &event = m_model->eventAt(row);
    m_ui->detailsEdit->setPlainText(EventFormatter::details(event, m_model->sessionLabel(event),
                                                            m_model->encoding(), DetailsDumpBytes));
    m_lessonPanel->showLessonFor(&event);
}

void TrafficLogView::updateRowsLabel()
{
    const QLocale locale;
    QString text = m_filter->filterText().isEmpty()
        ? tr("%1 rows").arg(locale.toString(m_model->rowCount()))
        : tr("%1 of %2 rows")
              .arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount()));
    if (m_model->isPaused())
        text += tr(" · paused");
    m_ui->rowsLabel->setText(text);
}

QByteArray TrafficLogView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_ui->tableView->horizontalHeader()->saveState()
           << m_ui->splitter->saveState() << m_ui->encodingCombo->currentIndex();
    return state;
}

bool TrafficLogView::parseState(const QByteArray &state, SavedState *parsed) const
{
    // QDataStream reads a byte array in steps as data arrives, so a forged length cannot make
    // it allocate more than the state holds.
    QDataStream stream(state);
    quint32 version = 0;
    stream >> version >> parsed->header >> parsed->splitter >> parsed->encoding;
    return stream.status() == QDataStream::Ok && stream.atEnd() && version == StateVersion
        && LayoutStateValidator::isValidHeaderState(parsed->header, m_filter->columnCount())
        && LayoutStateValidator::isValidSplitterState(parsed->splitter, m_ui->splitter->count())
        && parsed->encoding >= 0 && parsed->encoding < m_ui->encodingCombo->count();
}

bool TrafficLogView::isValidState(const QByteArray &state) const
{
    SavedState parsed;
    return parseState(state, &parsed);
}

bool TrafficLogView::restoreState(const QByteArray &state)
{
    SavedState parsed;
    if (!parseState(state, &parsed))
        return false;
    m_ui->tableView->horizontalHeader()->restoreState(parsed.header);
    m_ui->splitter->restoreState(parsed.splitter);
    m_ui->encodingCombo->setCurrentIndex(parsed.encoding);
    return true;
}
