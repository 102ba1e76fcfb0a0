// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learn/lifecyclemodel.h"

#include <QDockWidget>
#include <QSet>

class ConnectionsView;
class Engine;
class LifecycleView;
class MessageLayersView;
class QTabWidget;
class QTimer;
class SocketTableReader;
class TrafficLogModel;
class TrafficLogView;
class TourPanel;
struct SocketSnapshot;

// The "Learn" dock, three tabs: the lifecycle diagram of the session selected in the traffic
// log (or the one started last), lit from the log model's batches and the socket table's TCP
// states; the layers of the selected message; the guided tour, ticked from the same batches
// and the Connections table's snapshots. Hidden by default, and costless while hidden: it
// follows the log only when shown (reading what the model holds at that moment), repaints at
// most once per log batch, fills the layers only when the selection changes, and reads the
// socket table on a worker once a second only while it shows a TCP session.
class LearnDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int StateIntervalMs = 1000;

    LearnDock(Engine *engine, TrafficLogModel *logModel, TrafficLogView *logView,
              QWidget *parent = nullptr);
    ~LearnDock() override;

    const LifecycleModel &model() const { return m_model; }
    LifecycleView *view() const { return m_view; }
    MessageLayersView *layersView() const { return m_layers; }
    TourPanel *tourPanel() const { return m_tour; }
    enum Tab { LifecycleTab, LayersTab, TourTab, TabCount };
    QTabWidget *tabs() const { return m_tabs; }
    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    // The tour's Connections step is ticked from this view's snapshots (taken while it shows).
    void setConnectionsView(ConnectionsView *view);
    // Shows this session (and a server's connection, -1: its latest) instead of following the
    // traffic log's selection.
    void setFocus(int sessionId, int connectionId = -1);
    // Selects the traffic log's row of this event; false when the log no longer holds it or
    // its filter hides it.
    bool selectLogRow(quint64 sequence);
    // Takes a socket-table snapshot now (when visible); statesApplied() follows.
    void refreshStates();
    bool isFollowing() const { return m_following; }

signals:
    // The diagram changed (once per log batch or snapshot that changed it).
    void updated();
    void statesApplied();
    // A step was clicked and its log row selected: the window brings the log to the front.
    void logRowSelected();
    // The kernel's TCP state of a shown session's connection, for its pane's status line
    // ("TCP: ESTABLISHED"); an empty note when the dock no longer follows that session.
    void tcpStateNote(int sessionId, const QString &note);

private:
    void setFollowing(bool following);
    void rebuild();
    void onRowsInserted(int first, int last);
    void onCurrentLogRowChanged();
    void onSnapshot(const SocketSnapshot &snapshot);
    void onConnectionsRefreshed();
    void showLayersOfCurrentRow();
    void publishStateNotes();
    void updateStateTimer();
    void publish();
    int titleBarHeight() const;

    Engine *const m_engine;
    TrafficLogModel *const m_logModel;
    TrafficLogView *const m_logView;
    LifecycleModel m_model;
    LifecycleView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    MessageLayersView *m_layers = nullptr;
    TourPanel *m_tour = nullptr;
    ConnectionsView *m_connections = nullptr;
    QSet<int> m_notedSessions; // sessions whose pane shows a state note from this dock
    SocketTableReader *m_reader = nullptr; // made on first use: no thread while never shown
    QTimer *m_stateTimer = nullptr;
    QList<QMetaObject::Connection> m_follow;
    bool m_following = false;
    bool m_sized = false;
};
