// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"
#include "sockettable/socketrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <unordered_map>

// One box of the lifecycle diagram: a socket call and the real values it was made with.
struct LifecycleStep
{
    bool isLit = false;
    quint64 sequence = 0; // the event that lit it: the row to select in the traffic log
    QString call; // "bind(127.0.0.1:60001)", "send()"
    QString detail; // "3 calls, 36 bytes", "from 127.0.0.1:53422"
    qint64 bytes = 0; // send/recv: bytes so far
    int calls = 0; // send/recv: events so far
};

// One side of the diagram: a server's listening socket and one of its connections, or a
// client's connection. Rows line up across the two sides so arrows can join them.
struct LifecycleColumn
{
    enum Row {
        SocketRow,
        BindRow,
        ListenRow,
        OpenRow, // accept() on the server, connect() on the client
        ClientToServerRow, // recv() on the server, send() on the client
        ServerToClientRow, // send() on the server, recv() on the client
        CloseRow,
        RowCount
    };

    bool isPresent = false; // false: nothing to draw on this side yet
    bool isSockLab = false; // false: the other end is another program; its calls are unseen
    int sessionId = 0;
    int connectionId = 0;
    TrafficEvent::Role role = TrafficEvent::Role::Server;
    TrafficEvent::Protocol protocol = TrafficEvent::Protocol::Tcp;
    QString title;
    Endpoint local;
    Endpoint peer;
    std::array<LifecycleStep, RowCount> steps;
    // Which end closed first: from the order of both ends' close() rows when both are
    // SockLab's, else from the kernel's states (FIN-WAIT and TIME-WAIT: this end).
    enum class CloseOrder { Unknown, ThisEnd, PeerEnd };
    CloseOrder closeOrder = CloseOrder::Unknown;
    // The kernel's state of this end's socket (the connection, or the listener before any
    // connection), from the socket table; isGone once it has left the table.
    bool hasState = false;
    bool isGone = false;
    SocketRecord::State state = SocketRecord::State::Unknown;
    // Whole seconds left of the kernel's TIME-WAIT timer; -1 in other states or unknown.
    int timeWaitSecondsLeft = -1;
};

// The tutorial's diagram (socket, bind, listen, accept/connect, send/recv, close) filled in
// from the traffic log's events, for every session, so the window can show the selected one
// and, when both ends are SockLab's, its peer beside it. Kept free of widgets: the learn dock
// feeds it the log model's batches and socket-table snapshots; the view paints it.
class LifecycleModel
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleModel)

public:
    // Connections kept per server session (the most recent ones): a server that accepted a
    // million connections keeps a bounded diagram history.
    static constexpr int MaxConnectionsPerSession = 256;

    using Labeler = std::function<QString(const TrafficEvent &)>;
    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }

    // Reads one event of the log, in sequence order.
    void consume(const TrafficEvent &event);
    void clear();

    // Which session (and which of a server's connections, -1: its latest) the diagram shows;
    // 0 follows the session that started last.
    void setFocus(int sessionId, int connectionId = -1);
    int focusSessionId() const { return m_focusSession; }

    // The server side and the client side of the focused connection.
    std::pair<LifecycleColumn, LifecycleColumn> columns() const;
    LifecycleColumn serverColumn() const { return columns().first; }
    LifecycleColumn clientColumn() const { return columns().second; }
    bool hasFocus() const { return focusTrack() != nullptr; }
    // Whether the diagram shows a TCP session (the socket table has states for it).
    bool isFocusTcp() const;

    // TCP sockets of the kernel's table that may be ours: SockLab's own (already matched to
    // their session) and sockets no process holds any more (TIME-WAIT and other orphans after
    // close()); each connection the log knows takes the state of the record with its endpoints.
    void applyTcpStates(const QList<SocketRecord> &records);

    // True once since the last call if anything changed (the view repaints once per batch).
    bool takeChanged();

private:
    struct Connection
    {
        Endpoint local;
        Endpoint peer;
        LifecycleStep open;
        LifecycleStep sent;
        LifecycleStep received;
        LifecycleStep close;
        LifecycleColumn::CloseOrder closeOrder = LifecycleColumn::CloseOrder::Unknown;
        bool hasState = false;
        bool isGone = false;
        SocketRecord::State state = SocketRecord::State::Unknown;
        int timeWaitSecondsLeft = -1;
    };
    struct Track
    {
        TrafficEvent::Role role = TrafficEvent::Role::Server;
        TrafficEvent::Protocol protocol = TrafficEvent::Protocol::Tcp;
        QString title;
        LifecycleStep socket;
        LifecycleStep bind;
        LifecycleStep listen;
        Endpoint local;
        bool isListening = false;
        bool hasListenState = false;
        bool isListenGone = false;
        SocketRecord::State listenState = SocketRecord::State::Unknown;
        std::map<int, Connection> connections; // by connection id (0 for a client)
    };

    Track &trackFor(const TrafficEvent &event);
    Connection &connectionFor(Track &track, const TrafficEvent &event);
    void onInfo(Track &track, const TrafficEvent &event);
    void onClose(Track &track, const TrafficEvent &event);
    LifecycleColumn buildServerColumn() const;
    LifecycleColumn buildClientColumn() const;
    const Track *focusTrack() const;
    int focusSession() const;
    LifecycleColumn column(const Track &track, int sessionId, const Connection *connection,
                           bool asServer) const;
    LifecycleColumn outsidePeer(const Connection &connection, bool asServer) const;
    // The other end of a connection among SockLab's own sessions: its session id and the
    // matching connection id, or 0.
    std::pair<int, int> findPeer(const Connection &connection, TrafficEvent::Role role) const;
    const Connection *focusConnection(const Track &track) const;
    void updateCounted(LifecycleStep &step, const TrafficEvent &event, bool sending, bool udp);

    std::unordered_map<int, Track> m_tracks;
    // The connection the last send or receive went to (nodes of std::map and
    // std::unordered_map stay put), dropped by any other event.
    Connection *m_cached = nullptr;
    int m_cachedSession = 0;
    int m_cachedConnectionId = 0;
    Labeler m_labeler;
    int m_focusSession = 0;
    int m_focusConnection = -1;
    int m_latestSession = 0;
    bool m_changed = false;
};
