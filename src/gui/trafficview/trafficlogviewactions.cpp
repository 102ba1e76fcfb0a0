// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficLogView's commands on rows: Ctrl+F to the filter, Copy (Ctrl+C, rows as shown), copy
// the bytes as hex / C array / Python bytes, filter by the row's peer, and saving the selection
// or every row shown as CSV or JSON lines on the export worker.
#include "trafficview/trafficlogview.h"

#include "ui_trafficlogview.h"

#include "trafficview/trafficlogcopy.h"
#include "trafficview/trafficlogexport.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>

#include <algorithm>

void TrafficLogView::setUpActions()
{
    m_export = new TrafficLogExport(this);
    connect(m_export, &TrafficLogExport::finished, this,
            [this](const QString &path, qsizetype rows, const QString &error) {
                updateActions();
                emit statusMessage(error.isEmpty()
                                       ? tr("Saved %n row(s) to %1.", nullptr, int(rows)).arg(path)
                                       : error);
            });

    m_findAction = new QAction(tr("&Find in log"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Type in the traffic log's filter."));
    connect(m_findAction, &QAction::triggered, this, &TrafficLogView::focusFilter);

    QTableView *table = m_ui->tableView;
    const auto tableAction = [this, table](const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        table->addAction(action);
        return action;
    };
    const auto copy = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
    m_copyAction = tableAction(tr("&Copy"), [this, copy] { copy(selectedRowsText()); });
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyHexAction = tableAction(
        tr("Copy &hex"), [this, copy] { copy(TrafficLogCopy::hex(eventsAt(selectedRows()))); });
    m_copyCArrayAction = tableAction(tr("Copy as C &array"), [this, copy] {
        copy(TrafficLogCopy::cArray(eventsAt(selectedRows())));
    });
    m_copyPythonAction = tableAction(tr("Copy as &Python bytes"), [this, copy] {
        copy(TrafficLogCopy::pythonBytes(eventsAt(selectedRows())));
    });
    m_filterByPeerAction
        = tableAction(tr("Filter by this &peer"), [this] { filterBySelectedPeer(); });
    m_saveSelectionAction = tableAction(tr("&Save selection…"), [this] { chooseExportFile(true); });
    m_exportAction = new QAction(tr("&Export log…"), this);
    m_exportAction->setToolTip(tr("Save the rows shown (after the filter) as CSV or JSON lines."));
    connect(m_exportAction, &QAction::triggered, this, [this] { chooseExportFile(false); });

    m_contextMenu = new QMenu(this);
    m_contextMenu->addAction(m_copyAction);
    m_contextMenu->addAction(m_copyHexAction);
    m_contextMenu->addAction(m_copyCArrayAction);
    m_contextMenu->addAction(m_copyPythonAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_filterByPeerAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_saveSelectionAction);
    m_contextMenu->addAction(m_exportAction);

    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        contextMenu()->popup(table->viewport()->mapToGlobal(pos));
    });
    // Qt's own Ctrl+C in a view copies one cell; the shortcut above wins when it is delivered,
    // and this filter covers a key press that reaches the table itself.
    table->installEventFilter(this);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrafficLogView::updateActions);
    updateActions();
}

bool TrafficLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->tableView && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        m_copyAction->trigger();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TrafficLogView::updateActions()
{
    const bool hasSelection = m_ui->tableView->selectionModel()->hasSelection();
    for (QAction *action : {m_copyAction, m_copyHexAction, m_copyCArrayAction, m_copyPythonAction,
                            m_filterByPeerAction})
        action->setEnabled(hasSelection);
    m_saveSelectionAction->setEnabled(hasSelection && !m_export->isBusy());
    m_exportAction->setEnabled(!m_export->isBusy());
}

QMenu *TrafficLogView::contextMenu()
{
    updateActions();
    const QList<int> rows = selectedRows();
    const Endpoint peer = rows.isEmpty() ? Endpoint() : eventsAt({rows.first()}).first().peer;
    m_filterByPeerAction->setEnabled(!peer.toString().isEmpty());
    return m_contextMenu;
}

QList<int> TrafficLogView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<TrafficEvent> TrafficLogView::eventsAt(const QList<int> &shownRows) const
{
    QList<TrafficEvent> events;
    events.reserve(shownRows.size());
    for (int row : shownRows) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (source >= 0 && source < m_model->rowCount())
            events << m_model->eventAt(source);
    }
    return events;
}

QList<TrafficEvent> TrafficLogView::shownEvents() const
{
    // Values sharing their payload and strings with the model's rows: copying a row is a few
    // reference counts, so the snapshot of 100,000 rows takes milliseconds on this thread and
    // the formatting and writing happen on the worker.
    QList<TrafficEvent> events;
    const int count = m_filter->rowCount();
    events.reserve(count);
    // Unfiltered and unsorted (the usual case), the proxy's order is the model's: skip the
    // index mapping, which costs more than the copy.
    if (count == m_model->rowCount() && m_filter->sortColumn() < 0) {
        for (int row = 0; row < count; ++row)
            events << m_model->eventAt(row);
        return events;
    }
    for (int row = 0; row < count; ++row)
        events << m_model->eventAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return events;
}

QString TrafficLogView::selectedRowsText() const
{
    return TrafficLogCopy::rowsText(m_filter, selectedRows(), m_ui->tableView->horizontalHeader());
}

void TrafficLogView::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void TrafficLogView::filterBySelectedPeer()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString peer = eventsAt({rows.first()}).first().peer.toString();
    if (peer.isEmpty())
        return;
    m_ui->filterEdit->setText(peer);
    applyFilterNow();
}

bool TrafficLogView::startExport(const QString &path, const QList<TrafficEvent> &events)
{
    const bool started
        = m_export->start(path, TrafficLogExport::formatFor(path), events, m_model->encoding());
    updateActions();
    if (started)
        emit statusMessage(tr("Saving %n row(s) to %1…", nullptr, int(events.size())).arg(path));
    return started;
}

bool TrafficLogView::exportShown(const QString &path)
{
    return startExport(path, shownEvents());
}

bool TrafficLogView::exportSelection(const QString &path)
{
    return startExport(path, eventsAt(selectedRows()));
}

void TrafficLogView::chooseExportFile(bool selectionOnly)
{
    const QString csv = tr("CSV files (*.csv)");
    const QString jsonLines = tr("JSON lines (*.jsonl)");
    QString filter = csv;
    const QString path = QFileDialog::getSaveFileName(
        this, selectionOnly ? tr("Save selected rows") : tr("Export traffic log"),
        QStringLiteral("traffic.csv"), csv + QStringLiteral(";;") + jsonLines, &filter);
    if (path.isEmpty())
        return;
    if (selectionOnly)
        exportSelection(path);
    else
        exportShown(path);
}
