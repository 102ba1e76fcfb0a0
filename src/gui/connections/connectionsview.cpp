// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionsView: the filters, the table and its periodic refresh. Copy and CSV export live in
// connectionsviewexport.cpp.
#include "connections/connectionsview.h"

#include "ui_connectionsview.h"

#include "connections/connectionfiltermodel.h"
#include "connections/connectiontablemodel.h"
#include "net/engine.h"
#include "net/udpsession.h"
#include "sockettable/socketsessionmatcher.h"
#include "sockettable/sockettablereader.h"
#include "window/palettecolors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>

namespace {

// One monotonic clock for the highlight times of every snapshot.
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace

ConnectionsView::ConnectionsView(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsView>())
    , m_engine(engine)
    , m_model(new ConnectionTableModel(this))
    , m_filter(new ConnectionFilterModel(this))
    , m_reader(new SocketTableReader(this))
    , m_timer(new QTimer(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_filter->setConnectionModel(m_model);
    connect(m_reader, &SocketTableReader::snapshotReady, this, &ConnectionsView::applySnapshot);
    connect(m_timer, &QTimer::timeout, this, &ConnectionsView::refreshNow);
    m_timer->setInterval(1000);

    setUpFilters();
    setUpActions();
    setUpTable();
    updateStatus();
}

ConnectionsView::~ConnectionsView() = default;

QTableView *ConnectionsView::tableView() const
{
    return m_ui->tableView;
}

void ConnectionsView::setUpFilters()
{
    m_ui->protocolCombo->addItem(tr("TCP and UDP"));
    m_ui->protocolCombo->addItem(tr("TCP"), static_cast<int>(SocketRecord::Protocol::Tcp));
    m_ui->protocolCombo->addItem(tr("UDP"), static_cast<int>(SocketRecord::Protocol::Udp));
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = m_ui->protocolCombo->currentData();
        m_filter->setProtocol(
            chosen.isValid() ? std::optional(static_cast<SocketRecord::Protocol>(chosen.toInt()))
                             : std::nullopt);
        updateStatus();
    });

    m_ui->stateCombo->addItem(tr("Any state"));
    using State = SocketRecord::State;
    const QList<std::pair<SocketRecord::Protocol, State>> states = {
        {SocketRecord::Protocol::Tcp, State::Listen},
        {SocketRecord::Protocol::Tcp, State::Established},
        {SocketRecord::Protocol::Tcp, State::SynSent},
        {SocketRecord::Protocol::Tcp, State::SynRecv},
        {SocketRecord::Protocol::Tcp, State::FinWait1},
        {SocketRecord::Protocol::Tcp, State::FinWait2},
        {SocketRecord::Protocol::Tcp, State::TimeWait},
        {SocketRecord::Protocol::Tcp, State::CloseWait},
        {SocketRecord::Protocol::Tcp, State::LastAck},
        {SocketRecord::Protocol::Tcp, State::Closing},
        {SocketRecord::Protocol::Tcp, State::Close},
        {SocketRecord::Protocol::Udp, State::Close},
    };
    for (const auto &[protocol, state] : states) {
        const QString name = SocketRecord::stateName(protocol, state);
        m_ui->stateCombo->addItem(name, name);
    }
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateName(m_ui->stateCombo->currentData().toString());
        updateStatus();
    });
    connect(m_ui->listeningCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setListeningOnly(on);
        updateStatus();
    });
    connect(m_ui->ownCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOwnOnly(on);
        updateStatus();
    });
    // Re-filtering 10,000 rows per keystroke would stall typing: wait for a pause in it.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_filter->setText(m_ui->filterEdit->text());
        updateStatus();
    });
    connect(m_ui->intervalSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double seconds) { m_timer->setInterval(qRound(seconds * 1000)); });
}

void ConnectionsView::setUpActions()
{
    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Stop refreshing the table; Refresh now still works."));
    m_ui->pauseButton->setDefaultAction(m_pauseAction);
    connect(m_pauseAction, &QAction::toggled, this, [this] {
        updateTimer();
        updateStatus();
    });

    m_refreshAction = new QAction(tr("&Refresh now"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->refreshButton->setDefaultAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &ConnectionsView::refreshNow);
    addAction(m_refreshAction);

    m_copyAction = new QAction(tr("&Copy rows"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text."));
    m_ui->copyButton->setDefaultAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedRowsText()); });

    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setToolTip(tr("Save the rows shown as a CSV file."));
    m_ui->exportButton->setDefaultAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &ConnectionsView::chooseExportFile);

    m_ui->tableView->addAction(m_copyAction);
    m_ui->tableView->addAction(m_exportAction);
    m_ui->tableView->addAction(m_refreshAction);
}

void ConnectionsView::setUpTable()
{
    QTableView *table = m_ui->tableView;
    table->setModel(m_filter);
    // Fixed row height: the view never measures rows, whatever their number.
    QHeaderView *rows = table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 6);
    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    const int em = table->fontMetrics().horizontalAdvance(u'M');
    const std::pair<int, int> widths[] = {
        {ConnectionTableModel::OwnColumn, 5 * em},
        {ConnectionTableModel::ProtocolColumn, 4 * em},
        {ConnectionTableModel::LocalColumn, 19 * em},
        {ConnectionTableModel::ForeignColumn, 19 * em},
        {ConnectionTableModel::StateColumn, 10 * em},
        {ConnectionTableModel::ProcessColumn, 20 * em},
        {ConnectionTableModel::RecvQColumn, 6 * em},
        {ConnectionTableModel::SendQColumn, 6 * em},
    };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, width);
    table->sortByColumn(ConnectionTableModel::LocalColumn, Qt::AscendingOrder);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionsView::onCurrentRowChanged);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            &ConnectionsView::rememberSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConnectionsView::restoreSelection);
}

void ConnectionsView::rememberSelection()
{
    QTableView *table = m_ui->tableView;
    m_saved = {};
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_saved.selected.append(m_model->record(m_filter->mapToSource(index).row()).key());
    const QModelIndex current = table->currentIndex();
    if (current.isValid()) {
        m_saved.current = m_model->record(m_filter->mapToSource(current).row()).key();
        m_saved.currentColumn = current.column();
    }
    m_saved.verticalScroll = table->verticalScrollBar()->value();
    m_saved.horizontalScroll = table->horizontalScrollBar()->value();
}

void ConnectionsView::restoreSelection()
{
    QTableView *table = m_ui->tableView;
    const auto viewIndex = [this](const SocketRecord::Key &key, int column) {
        const int row = m_model->rowOf(key);
        return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, column));
    };
    // Restoring must not look like the user picking a row: no jump to a session.
    const QSignalBlocker blocker(this);
    if (m_saved.current) {
        const QModelIndex current = viewIndex(*m_saved.current, m_saved.currentColumn);
        if (current.isValid())
            table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    QItemSelection selection;
    for (const SocketRecord::Key &key : std::as_const(m_saved.selected)) {
        const QModelIndex index = viewIndex(key, 0);
        if (index.isValid())
            selection.select(index, index);
    }
    table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->verticalScrollBar()->setValue(m_saved.verticalScroll);
    table->horizontalScrollBar()->setValue(m_saved.horizontalScroll);
    m_saved = {};
}

void ConnectionsView::setIntervalMs(int ms)
{
    m_ui->intervalSpin->setValue(ms / 1000.0);
    m_timer->setInterval(ms);
}

int ConnectionsView::intervalMs() const
{
    return m_timer->interval();
}

bool ConnectionsView::isPaused() const
{
    return m_pauseAction->isChecked();
}

void ConnectionsView::refreshNow()
{
    if (m_unsupported)
        return;
    m_reader->requestSnapshot();
}

void ConnectionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
    if (!isPaused())
        refreshNow();
}

void ConnectionsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody looks: no reason to walk every process's descriptors each second.
    updateTimer();
}

void ConnectionsView::updateTimer()
{
    if (isVisible() && !isPaused() && !m_unsupported)
        m_timer->start();
    else
        m_timer->stop();
}

QHash<SocketRecord::Key, QString> ConnectionsView::multicastNotes(
        const QList<SocketRecord> &records) const
{
    // The kernel's tables (/proc/net/igmp) list groups per interface, not per socket: the
    // session knows which of its sockets joined what.
    QHash<SocketRecord::Key, QString> notes;
    if (!m_engine)
        return notes;
    QHash<int, QStringList> groupsOf;
    const QList<Session *> sessions = m_engine->sessions();
    for (Session *session : sessions) {
        if (const auto *udp = qobject_cast<UdpSession *>(session)) {
            QStringList groups;
            for (const MulticastMembership &membership : udp->memberships())
                groups << membership.toString();
            if (!groups.isEmpty())
                groupsOf.insert(udp->id(), groups);
        }
    }
    if (groupsOf.isEmpty())
        return notes;
    for (const SocketRecord &record : records) {
        if (!record.isOwn || record.protocol != SocketRecord::Protocol::Udp)
            continue;
        const int id = SocketSessionMatcher::sessionFor(record, sessions);
        if (const auto groups = groupsOf.constFind(id); groups != groupsOf.cend())
            notes.insert(record.key(), tr("groups: %1").arg(groups->join(QStringLiteral(", "))));
    }
    return notes;
}

void ConnectionsView::applySnapshot(const SocketSnapshot &snapshot)
{
    if (!snapshot.isSupported) {
        m_unsupported = true;
        m_problem = snapshot.error;
        m_model->clear();
        updateTimer();
        const QList<QWidget *> controls
            = {m_ui->protocolCombo, m_ui->stateCombo, m_ui->listeningCheck,
               m_ui->ownCheck,      m_ui->filterEdit, m_ui->intervalSpin};
        for (QWidget *control : controls)
            control->setEnabled(false);
        m_pauseAction->setEnabled(false);
        m_refreshAction->setEnabled(false);
        updateStatus();
        emit refreshed();
        return;
    }
    m_problem = snapshot.error;
    if (snapshot.malformedLines > 0 && m_problem.isEmpty())
        m_problem = tr("%n line(s) of /proc/net were not understood.", nullptr,
                       static_cast<int>(snapshot.malformedLines));
    m_lastReadUs = snapshot.elapsedUs;
    m_model->applySnapshot(snapshot.records, monotonicMs());
    m_model->setStateNotes(multicastNotes(snapshot.records));
    updateStatus();
    emit refreshed();
}

void ConnectionsView::updateStatus()
{
    QLabel *label = m_ui->statusLabel;
    if (m_unsupported) {
        label->setText(m_problem);
        PaletteColors::setErrorText(label, true);
        return;
    }
    QString text = tr("%1 of %2 sockets shown")
                       .arg(QLocale().toString(m_filter->rowCount()),
                            QLocale().toString(m_model->rowCount()));
    if (m_lastReadUs >= 0)
        text += tr(" · read in %1 ms").arg(QLocale().toString(m_lastReadUs / 1000.0, 'f', 1));
    if (isPaused())
        text += tr(" · paused");
    if (!m_problem.isEmpty())
        text += u" · " + m_problem;
    label->setText(text);
    PaletteColors::setErrorText(label, !m_problem.isEmpty());
}

QString ConnectionsView::statusText() const
{
    return m_ui->statusLabel->text();
}

void ConnectionsView::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!current.isValid() || !m_engine)
        return;
    const QModelIndex source = m_filter->mapToSource(current);
    const SocketRecord &record = m_model->record(source.row());
    if (!record.isOwn)
        return;
    const int sessionId = SocketSessionMatcher::sessionFor(record, m_engine->sessions());
    if (sessionId != 0)
        emit sessionRequested(sessionId);
}
