// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/lifecyclemodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {

using Kind = TrafficEvent::Kind;
using Role = TrafficEvent::Role;
using Protocol = TrafficEvent::Protocol;

void light(LifecycleStep &step, const TrafficEvent &event, const QString &call)
{
    if (step.isLit)
        return;
    step.isLit = true;
    step.sequence = event.sequence;
    step.call = call;
}

// Endpoints the log knows for both ends of a connection, in the socket table's order.
// The states only the end that closed first passes through, and those of the other end.
LifecycleColumn::CloseOrder closeOrderOf(SocketRecord::State state,
                                         LifecycleColumn::CloseOrder known)
{
    using State = SocketRecord::State;
    switch (state) {
    case State::FinWait1:
    case State::FinWait2:
    case State::TimeWait:
        return LifecycleColumn::CloseOrder::ThisEnd;
    case State::CloseWait:
    case State::LastAck:
        return LifecycleColumn::CloseOrder::PeerEnd;
    default:
        return known;
    }
}

struct EndpointPair
{
    Endpoint local;
    Endpoint remote;
    bool operator==(const EndpointPair &other) const = default;
};

size_t qHash(const EndpointPair &pair, size_t seed = 0)
{
    return qHashMulti(seed, pair.local, pair.remote);
}

} // namespace

LifecycleModel::Track &LifecycleModel::trackFor(const TrafficEvent &event)
{
    auto found = m_tracks.find(event.sessionId);
    if (found != m_tracks.end())
        return found->second;
    Track &track = m_tracks[event.sessionId];
    track.role = event.role;
    track.protocol = event.protocol;
    track.title = m_labeler ? m_labeler(event) : QString::number(event.sessionId);
    m_latestSession = event.sessionId;
    return track;
}

LifecycleModel::Connection &LifecycleModel::connectionFor(Track &track, const TrafficEvent &event)
{
    const int id = track.role == Role::Server ? event.connectionId : 0;
    auto found = track.connections.find(id);
    if (found != track.connections.end())
        return found->second;
    if (int(track.connections.size()) >= MaxConnectionsPerSession)
        track.connections.erase(track.connections.begin());
    return track.connections[id];
}

void LifecycleModel::consume(const TrafficEvent &event)
{
    // A flood is one connection's sends or receives in a row: those skip both lookups.
    const bool counted = event.kind == Kind::Sent || event.kind == Kind::Received;
    if (counted && m_cached && event.sessionId == m_cachedSession
        && event.connectionId == m_cachedConnectionId) {
        updateCounted(event.kind == Kind::Sent ? m_cached->sent : m_cached->received, event,
                      event.kind == Kind::Sent, event.protocol == Protocol::Udp);
        m_changed = true;
        return;
    }
    // Anything else may add, reset or drop connections.
    m_cached = nullptr;
    Track &track = trackFor(event);
    const bool udp = event.protocol == Protocol::Udp;
    switch (event.kind) {
    case Kind::Info:
        onInfo(track, event);
        return;
    case Kind::Listening:
        track.isListening = true;
        track.local = event.local;
        // A UDP socket is only bound: its "listening" event is no listen() call.
        if (!udp)
            light(track.listen, event, QStringLiteral("listen()"));
        break;
    case Kind::Accepted: {
        Connection &connection = connectionFor(track, event);
        connection.local = event.local;
        connection.peer = event.peer;
        light(connection.open, event, QStringLiteral("accept() -> %1").arg(event.peer.toString()));
        break;
    }
    case Kind::Connected: {
        Connection &connection = connectionFor(track, event);
        connection.local = event.local;
        connection.peer = event.peer;
        light(connection.open, event, QStringLiteral("connect(%1)").arg(event.peer.toString()));
        // The client's own address: no bind() was called, connect() had the kernel pick it.
        connection.open.detail = tr("from %1").arg(event.local.toString());
        break;
    }
    case Kind::Sent:
    case Kind::Received: {
        Connection &connection = connectionFor(track, event);
        const bool sending = event.kind == Kind::Sent;
        updateCounted(sending ? connection.sent : connection.received, event, sending, udp);
        m_cached = &connection;
        m_cachedSession = event.sessionId;
        m_cachedConnectionId = event.connectionId;
        break;
    }
    case Kind::Closed:
        onClose(track, event);
        break;
    case Kind::Error:
        return;
    }
    m_changed = true;
}

void LifecycleModel::updateCounted(LifecycleStep &step, const TrafficEvent &event, bool sending,
                                   bool udp)
{
    if (!step.isLit) {
        step.isLit = true;
        step.sequence = event.sequence;
        step.call = sending ? (udp ? QStringLiteral("sendto()") : QStringLiteral("send()"))
                            : (udp ? QStringLiteral("recvfrom()") : QStringLiteral("recv()"));
    }
    // Only counted here: under a flood this runs for every event of the shown session, so
    // the text is made when the diagram asks for it (columns()).
    step.bytes += event.size;
    ++step.calls;
}

void LifecycleModel::onInfo(Track &track, const TrafficEvent &event)
{
    // The sessions narrate their socket calls in BSD terms (SocketNarration and the sessions'
    // recordInfo calls): the call names are never translated, so they can be recognised.
    const QString &message = event.message;
    if (message.startsWith(u"socket(")) {
        // A new attempt: a client reconnecting or trying the next address, a server started
        // again. The extra listeners of one server come before its listening event.
        if (track.role == Role::Client || track.isListening) {
            const QString title = track.title;
            const Role role = track.role;
            const Protocol protocol = track.protocol;
            track = Track();
            track.title = title;
            track.role = role;
            track.protocol = protocol;
            m_latestSession = event.sessionId;
        }
        light(track.socket, event, message);
    } else if (message.contains(u"bind(") && !track.bind.isLit) {
        light(track.bind, event, QStringLiteral("bind(%1)").arg(event.local.toString()));
        track.local = event.local;
        if (message.contains(u"->"))
            track.bind.detail = tr("port %1 chosen by the kernel").arg(event.local.port());
    } else if (message.startsWith(u"listen(")) {
        light(track.listen, event, message);
    } else if (message.startsWith(u"accept() -> ")) {
        Connection &connection = connectionFor(track, event);
        connection.local = event.local;
        connection.peer = event.peer;
        light(connection.open, event, message);
    } else if (message.startsWith(u"connect(")) {
        Connection &connection = connectionFor(track, event);
        connection.peer = event.peer; // the target, until connected
        light(connection.open, event, message);
    } else if (message.startsWith(u"close()") && !message.startsWith(u"close() listening")) {
        onClose(track, event);
    } else {
        return;
    }
    m_changed = true;
}

void LifecycleModel::onClose(Track &track, const TrafficEvent &event)
{
    // Who closed first is not in these events (a session closes its end right after the
    // peer's FIN too): the peer's own close() row or the kernel's state tells (columns()).
    Connection &connection = connectionFor(track, event);
    light(connection.close, event, QStringLiteral("close()"));
}

void LifecycleModel::clear()
{
    m_cached = nullptr;
    m_tracks.clear();
    m_latestSession = 0;
    m_changed = true;
}

void LifecycleModel::setFocus(int sessionId, int connectionId)
{
    if (sessionId == m_focusSession && connectionId == m_focusConnection)
        return;
    m_focusSession = sessionId;
    m_focusConnection = connectionId;
    m_changed = true;
}

int LifecycleModel::focusSession() const
{
    return m_tracks.count(m_focusSession) ? m_focusSession : m_latestSession;
}

const LifecycleModel::Track *LifecycleModel::focusTrack() const
{
    const auto found = m_tracks.find(focusSession());
    return found == m_tracks.end() ? nullptr : &found->second;
}

bool LifecycleModel::isFocusTcp() const
{
    const Track *track = focusTrack();
    return track && track->protocol == Protocol::Tcp;
}

const LifecycleModel::Connection *LifecycleModel::focusConnection(const Track &track) const
{
    if (track.connections.empty())
        return nullptr;
    if (m_focusSession == focusSession() && m_focusConnection >= 0) {
        const auto found = track.connections.find(m_focusConnection);
        if (found != track.connections.end())
            return &found->second;
    }
    return &track.connections.rbegin()->second;
}

std::pair<int, int> LifecycleModel::findPeer(const Connection &connection, Role role) const
{
    if (connection.peer.isNull())
        return {0, 0};
    for (const auto &[id, track] : m_tracks) {
        if (track.role == role || track.protocol != Protocol::Tcp)
            continue;
        for (const auto &[connectionId, other] : track.connections) {
            if (other.local == connection.peer && other.peer == connection.local)
                return {id, connectionId};
        }
        // A client still connecting knows only its target: the server listening there.
        if (role == Role::Client && connection.local.isNull() && track.isListening
            && track.local == connection.peer)
            return {id, -1};
    }
    return {0, 0};
}

LifecycleColumn LifecycleModel::column(const Track &track, int sessionId,
                                       const Connection *connection, bool asServer) const
{
    LifecycleColumn column;
    column.isPresent = true;
    column.isSockLab = true;
    column.sessionId = sessionId;
    column.role = track.role;
    column.protocol = track.protocol;
    column.title = track.title;
    column.local = track.local;
    column.steps[LifecycleColumn::SocketRow] = track.socket;
    column.steps[LifecycleColumn::BindRow] = track.bind;
    column.steps[LifecycleColumn::ListenRow] = track.listen;
    column.hasState = track.hasListenState;
    column.isGone = track.isListenGone;
    column.state = track.listenState;
    if (connection) {
        for (const auto &[id, candidate] : track.connections) {
            if (&candidate == connection)
                column.connectionId = id;
        }
        column.local = connection->local.isNull() ? track.local : connection->local;
        column.peer = connection->peer;
        column.steps[LifecycleColumn::OpenRow] = connection->open;
        column.steps[LifecycleColumn::ClientToServerRow]
            = asServer ? connection->received : connection->sent;
        column.steps[LifecycleColumn::ServerToClientRow]
            = asServer ? connection->sent : connection->received;
        column.steps[LifecycleColumn::CloseRow] = connection->close;
        column.closeOrder = connection->closeOrder;
        if (connection->hasState) {
            column.hasState = true;
            column.isGone = connection->isGone;
            column.state = connection->state;
            column.timeWaitSecondsLeft = connection->timeWaitSecondsLeft;
        }
    }
    return column;
}

LifecycleColumn LifecycleModel::outsidePeer(const Connection &connection, bool asServer) const
{
    LifecycleColumn column;
    column.isPresent = !connection.peer.isNull();
    column.role = asServer ? Role::Server : Role::Client;
    column.local = connection.peer;
    column.peer = connection.local;
    column.title = connection.peer.toString();
    return column;
}

LifecycleColumn LifecycleModel::buildServerColumn() const
{
    const Track *track = focusTrack();
    if (!track)
        return {};
    const Connection *connection = focusConnection(*track);
    if (track->role == Role::Server || track->protocol == Protocol::Udp)
        return track->role == Role::Server ? column(*track, focusSession(), connection, true)
                                           : LifecycleColumn();
    if (!connection)
        return {};
    const auto [peerId, peerConnection] = findPeer(*connection, Role::Client);
    if (peerId == 0)
        return outsidePeer(*connection, true);
    const Track &peer = m_tracks.at(peerId);
    const auto found = peer.connections.find(peerConnection);
    return column(peer, peerId, found == peer.connections.end() ? nullptr : &found->second, true);
}

LifecycleColumn LifecycleModel::buildClientColumn() const
{
    const Track *track = focusTrack();
    if (!track)
        return {};
    const Connection *connection = focusConnection(*track);
    if (track->role == Role::Client)
        return column(*track, focusSession(), connection, false);
    if (!connection || track->protocol == Protocol::Udp)
        return {};
    const auto [peerId, peerConnection] = findPeer(*connection, Role::Server);
    if (peerId == 0)
        return outsidePeer(*connection, false);
    const Track &peer = m_tracks.at(peerId);
    const auto found = peer.connections.find(peerConnection);
    return column(peer, peerId, found == peer.connections.end() ? nullptr : &found->second, false);
}

std::pair<LifecycleColumn, LifecycleColumn> LifecycleModel::columns() const
{
    LifecycleColumn server = buildServerColumn();
    LifecycleColumn client = buildClientColumn();
    // Both ends are ours: the earlier close() row is the end that closed first.
    using Order = LifecycleColumn::CloseOrder;
    const LifecycleStep &serverClose = server.steps[LifecycleColumn::CloseRow];
    const LifecycleStep &clientClose = client.steps[LifecycleColumn::CloseRow];
    if (server.isSockLab && client.isSockLab && serverClose.isLit && clientClose.isLit) {
        const bool serverFirst = serverClose.sequence < clientClose.sequence;
        server.closeOrder = serverFirst ? Order::ThisEnd : Order::PeerEnd;
        client.closeOrder = serverFirst ? Order::PeerEnd : Order::ThisEnd;
    } else if (server.isSockLab && !client.isSockLab && client.isPresent) {
        client.closeOrder = server.closeOrder == Order::ThisEnd ? Order::PeerEnd
            : server.closeOrder == Order::PeerEnd               ? Order::ThisEnd
                                                                : Order::Unknown;
    } else if (client.isSockLab && !server.isSockLab && server.isPresent) {
        server.closeOrder = client.closeOrder == Order::ThisEnd ? Order::PeerEnd
            : client.closeOrder == Order::PeerEnd               ? Order::ThisEnd
                                                                : Order::Unknown;
    }
    const QLocale locale;
    for (LifecycleColumn *column : {&server, &client}) {
        for (const int row :
             {LifecycleColumn::ClientToServerRow, LifecycleColumn::ServerToClientRow}) {
            LifecycleStep &step = column->steps[size_t(row)];
            if (step.isLit)
                step.detail = tr("calls: %1, bytes: %2")
                                  .arg(locale.toString(step.calls), locale.toString(step.bytes));
        }
        LifecycleStep &close = column->steps[LifecycleColumn::CloseRow];
        if (!close.isLit || column->protocol != Protocol::Tcp)
            continue;
        if (column->closeOrder == Order::ThisEnd)
            close.detail = tr("this end closed first (FIN)");
        else if (column->closeOrder == Order::PeerEnd)
            close.detail = tr("after the peer's FIN");
    }
    return {server, client};
}

void LifecycleModel::applyTcpStates(const QList<SocketRecord> &records)
{
    QHash<EndpointPair, const SocketRecord *> states;
    states.reserve(records.size());
    for (const SocketRecord &record : records) {
        if (record.protocol == SocketRecord::Protocol::Tcp)
            states.insert({record.local, record.remote}, &record);
    }
    const auto update
        = [this](bool &hasState, bool &isGone, SocketRecord::State &state,
                 const SocketRecord::State *seen, LifecycleColumn::CloseOrder *order) {
              if (seen) {
                  if (hasState && !isGone && state == *seen)
                      return;
                  hasState = true;
                  isGone = false;
                  state = *seen;
                  if (order)
                      *order = closeOrderOf(*seen, *order);
              } else {
                  if (!hasState || isGone)
                      return;
                  isGone = true;
              }
              m_changed = true;
          };
    for (auto &[id, track] : m_tracks) {
        if (track.protocol != Protocol::Tcp)
            continue;
        if (track.role == Role::Server && track.isListening) {
            // A listener's remote end is the any-address, port 0.
            const SocketRecord::State *seen = nullptr;
            for (const SocketRecord &record : records) {
                if (record.state == SocketRecord::State::Listen && record.local == track.local)
                    seen = &record.state;
            }
            update(track.hasListenState, track.isListenGone, track.listenState, seen, nullptr);
        }
        for (auto &[connectionId, connection] : track.connections) {
            if (connection.local.isNull() || connection.peer.isNull())
                continue;
            const SocketRecord *record = states.value({connection.local, connection.peer});
            update(connection.hasState, connection.isGone, connection.state,
                   record ? &record->state : nullptr, &connection.closeOrder);
            // The kernel's own countdown, so the learner sees TIME-WAIT end rather than a
            // fixed "60 s"; read once a second, so the view repaints at most that often.
            const int left = record && record->state == SocketRecord::State::TimeWait
                            && record->timerMs >= 0
                    ? int((record->timerMs + 999) / 1000)
                    : -1;
            if (left != connection.timeWaitSecondsLeft) {
                connection.timeWaitSecondsLeft = left;
                m_changed = true;
            }
        }
    }
}

bool LifecycleModel::takeChanged()
{
    return std::exchange(m_changed, false);
}
