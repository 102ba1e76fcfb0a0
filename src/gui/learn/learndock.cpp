// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/learndock.h"

#include "connections/connectionsview.h"
#include "connections/connectiontablemodel.h"
#include "learn/lifecycleview.h"
#include "learn/messagelayersview.h"
#include "learn/tcpstatetext.h"
#include "learn/tourpanel.h"
#include "net/engine.h"
#include "net/sessionname.h"
#include "sockettable/socketsessionmatcher.h"
#include "sockettable/sockettablereader.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"

#include <QItemSelectionModel>
#include <QMainWindow>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

LearnDock::LearnDock(Engine *engine, TrafficLogModel *logModel, TrafficLogView *logView,
                     QWidget *parent)
    : QDockWidget(tr("Learn"), parent)
    , m_engine(engine)
    , m_logModel(logModel)
    , m_logView(logView)
    , m_stateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("learnDock"));
    m_model.setLabeler([](const TrafficEvent &event) { return SessionName::of(event); });
    m_view = new LifecycleView(&m_model);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("lifecycleScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_view);
    m_layers = new MessageLayersView;
    m_tour = new TourPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("learnTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Lifecycle"));
    auto *layersScroll = new QScrollArea;
    layersScroll->setObjectName(QStringLiteral("layersScrollArea"));
    layersScroll->setWidgetResizable(true);
    layersScroll->setFrameShape(QFrame::NoFrame);
    layersScroll->setWidget(m_layers);
    m_tabs->addTab(layersScroll, tr("Layers"));
    m_tabs->addTab(m_tour, tr("Tour"));
    setWidget(m_tabs);
    // The layers are filled when their tab is shown, not for every selection behind it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == LayersTab)
            showLayersOfCurrentRow();
    });
    connect(m_tour, &TourPanel::logRowRequested, this, [this](quint64 sequence) {
        if (selectLogRow(sequence))
            emit logRowSelected();
    });
    connect(m_view, &LifecycleView::stepClicked, this, [this](quint64 sequence) {
        if (selectLogRow(sequence))
            emit logRowSelected();
    });
    m_stateTimer->setInterval(StateIntervalMs);
    connect(m_stateTimer, &QTimer::timeout, this, &LearnDock::refreshStates);
    connect(this, &QDockWidget::visibilityChanged, this, &LearnDock::setFollowing);
    connect(m_logView->tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LearnDock::onCurrentLogRowChanged);
}

LearnDock::~LearnDock() = default;

int LearnDock::titleBarHeight() const
{
    return fontMetrics().height() + 2 * style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin);
}

void LearnDock::setFollowing(bool following)
{
    if (following == m_following)
        return;
    if (following && !m_sized) {
        // The diagram's rows and its state lines need their height the first time it shows;
        // afterwards the user's own size stays.
        m_sized = true;
        if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
            window->resizeDocks({this},
                                {m_view->sizeHint().height() + 2 * titleBarHeight()
                                 + m_tabs->tabBar()->sizeHint().height()},
                                Qt::Vertical);
    }
    m_following = following;
    for (const QMetaObject::Connection &connection : std::as_const(m_follow))
        disconnect(connection);
    m_follow.clear();
    if (following) {
        // The model's batches (one rowsInserted per pull, 30 Hz or 10 Hz under a flood) are
        // the only feed: no signal per event, no second reader of the core log.
        m_follow << connect(
            m_logModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        m_follow << connect(m_logModel, &QAbstractItemModel::modelReset, this, &LearnDock::rebuild);
        rebuild();
    }
    updateStateTimer();
    // Hidden, the states are no longer read: a note would go stale in the pane.
    if (!following)
        publishStateNotes();
}

void LearnDock::rebuild()
{
    m_model.clear();
    onRowsInserted(0, m_logModel->rowCount() - 1);
    onCurrentLogRowChanged();
    publish();
}

void LearnDock::onRowsInserted(int first, int last)
{
    bool tourChanged = false;
    for (int row = first; row <= last; ++row) {
        const TrafficEvent &event = m_logModel->eventAt(row);
        m_model.consume(event);
        tourChanged |= m_tour->consume(event);
    }
    if (tourChanged)
        m_tour->refresh();
    publish();
}

void LearnDock::publish()
{
    if (!m_model.takeChanged())
        return;
    updateStateTimer();
    m_view->update();
    emit updated();
}

void LearnDock::setFocus(int sessionId, int connectionId)
{
    m_model.setFocus(sessionId, connectionId);
    publish();
    publishStateNotes();
    if (m_following && m_model.isFocusTcp())
        refreshStates();
}

void LearnDock::onCurrentLogRowChanged()
{
    if (!m_following)
        return;
    const QModelIndex current = m_logView->tableView()->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_logView->filterModel()->mapToSource(current);
    if (!source.isValid())
        return;
    const TrafficEvent &event = m_logModel->eventAt(source.row());
    if (m_tabs->currentIndex() == LayersTab)
        m_layers->setEvent(event);
    // A server's own rows (bind, listen) belong to every connection: the one shown stays.
    if (event.connectionId == 0 && event.sessionId == m_model.focusSessionId())
        return;
    setFocus(event.sessionId, event.connectionId > 0 ? event.connectionId : -1);
}

bool LearnDock::selectLogRow(quint64 sequence)
{
    // Rows are in sequence order: a binary search finds the event's row.
    int low = 0;
    int high = m_logModel->rowCount() - 1;
    while (low <= high) {
        const int middle = low + (high - low) / 2;
        const quint64 at = m_logModel->eventAt(middle).sequence;
        if (at == sequence) {
            const QModelIndex shown
                = m_logView->filterModel()->mapFromSource(m_logModel->index(middle, 0));
            if (!shown.isValid())
                return false;
            QTableView *table = m_logView->tableView();
            table->selectionModel()->setCurrentIndex(
                shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollTo(shown);
            return true;
        }
        if (at < sequence)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return false;
}

void LearnDock::updateStateTimer()
{
    const bool wanted = m_following && m_model.isFocusTcp();
    if (wanted && !m_stateTimer->isActive()) {
        m_stateTimer->start();
        refreshStates();
    } else if (!wanted) {
        m_stateTimer->stop();
    }
}

void LearnDock::refreshStates()
{
    if (!m_following)
        return;
    if (!m_reader) {
        m_reader = new SocketTableReader(this);
        SocketTable::Options options;
        options.udp = false;
        options.processes = false; // own sockets are marked without walking other processes
        m_reader->setOptions(options);
        connect(m_reader, &SocketTableReader::snapshotReady, this, &LearnDock::onSnapshot);
    }
    m_reader->requestSnapshot();
}

void LearnDock::onSnapshot(const SocketSnapshot &snapshot)
{
    // Ours are the records a session still holds (SocketSessionMatcher, as in the
    // Connections table) and those no process holds any more: after close() a connection
    // lives on in FIN-WAIT-2 or TIME-WAIT with no owner, known by its endpoints only.
    const QList<Session *> sessions = m_engine->sessions();
    QList<SocketRecord> ours;
    for (const SocketRecord &record : snapshot.records) {
        if (record.protocol != SocketRecord::Protocol::Tcp)
            continue;
        if (record.inode == 0
            || (record.isOwn && SocketSessionMatcher::sessionFor(record, sessions)))
            ours.append(record);
    }
    m_model.applyTcpStates(ours);
    if (m_model.takeChanged()) {
        m_view->update();
        emit updated();
    }
    publishStateNotes();
    emit statesApplied();
}

LearnDock::Tab LearnDock::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void LearnDock::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void LearnDock::showLayersOfCurrentRow()
{
    if (!m_following)
        return;
    const QModelIndex current = m_logView->tableView()->currentIndex();
    const QModelIndex source
        = current.isValid() ? m_logView->filterModel()->mapToSource(current) : QModelIndex();
    if (source.isValid())
        m_layers->setEvent(m_logModel->eventAt(source.row()));
    else
        m_layers->clear();
}

void LearnDock::setConnectionsView(ConnectionsView *view)
{
    m_connections = view;
    connect(view, &ConnectionsView::refreshed, this, &LearnDock::onConnectionsRefreshed);
}

void LearnDock::onConnectionsRefreshed()
{
    // Once the step is ticked, a refresh of the table costs the tour nothing.
    if (!m_tour->wantsSnapshots())
        return;
    const ConnectionTableModel *model = m_connections->model();
    QList<SocketRecord> own;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).isOwn)
            own.append(model->record(row));
    m_tour->consumeSnapshot(own);
}

void LearnDock::publishStateNotes()
{
    QSet<int> noted;
    if (m_following) {
        for (const LifecycleColumn &column : {m_model.serverColumn(), m_model.clientColumn()}) {
            if (!column.isPresent || !column.isSockLab || !column.hasState || column.isGone
                || column.protocol != TrafficEvent::Protocol::Tcp
                || column.state == SocketRecord::State::Listen) // the pane says "Listening"
                continue;
            const QString state = TcpStateText::name(column.state);
            emit tcpStateNote(column.sessionId,
                              column.role == TrafficEvent::Role::Server
                                  ? tr("connection #%1: TCP %2").arg(column.connectionId).arg(state)
                                  : tr("TCP: %1").arg(state));
            noted.insert(column.sessionId);
        }
    }
    for (const int session : std::as_const(m_notedSessions))
        if (!noted.contains(session))
            emit tcpStateNote(session, QString());
    m_notedSessions = noted;
}
