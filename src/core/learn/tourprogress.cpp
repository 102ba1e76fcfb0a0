// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/tourprogress.h"

#include "learn/lessons.h"
#include "net/socketnarration.h"

#include <algorithm>

namespace {

// A learner starts a handful of servers; a script that starts thousands must not grow the
// sets without bound.
constexpr qsizetype MaxPorts = 256;

void insertBounded(QSet<quint16> *set, quint16 port)
{
    if (set->size() < MaxPorts)
        set->insert(port);
}

} // namespace

bool TourProgress::tick(Step step, quint64 sequence)
{
    if (m_done[step])
        return false;
    m_done[step] = true;
    m_tickedBy[step] = sequence;
    return true;
}

bool TourProgress::consume(const TrafficEvent &event)
{
    if (event.sequence != 0 && event.sequence <= m_lastSequence)
        return false;
    m_lastSequence = qMax(m_lastSequence, event.sequence);

    using Kind = TrafficEvent::Kind;
    const bool tcp = event.protocol == TrafficEvent::Protocol::Tcp;
    const bool server = event.role == TrafficEvent::Role::Server;
    bool changed = false;

    if (event.kind == Kind::Listening && server) {
        const quint16 port = event.local.port();
        if (tcp) {
            insertBounded(&m_tcpPorts, port);
            m_tcpPort = port;
            m_tcpSession = event.sessionId;
            changed |= tick(StartTcpServer, event.sequence);
        } else {
            if (m_liveUdp.size() < MaxPorts)
                m_liveUdp.insert(event.sessionId, port);
            m_stoppedUdpPorts.remove(port);
            m_udpPort = port;
            m_udpSession = event.sessionId;
            changed |= tick(StartUdpServer, event.sequence);
        }
    } else if (event.kind == Kind::Accepted && tcp && server) {
        if (m_accepted.size() < ClientsWanted) {
            m_accepted.insert({event.sessionId, event.connectionId});
            changed = true;
        }
        if (m_accepted.size() >= ClientsWanted)
            changed |= tick(ConnectFiveClients, event.sequence);
    } else if (event.kind == Kind::Received && !tcp && server) {
        if (m_liveUdp.contains(event.sessionId))
            changed |= tick(SendDatagram, event.sequence);
    } else if (event.kind == Kind::Info && !tcp && server && event.connectionId == 0
               && event.message.startsWith(QLatin1String("close()"))) {
        // The UDP server's own close(): its port is free again.
        const auto found = m_liveUdp.constFind(event.sessionId);
        if (found != m_liveUdp.cend()) {
            insertBounded(&m_stoppedUdpPorts, found.value());
            m_liveUdp.erase(found);
        }
    } else if (event.kind == Kind::Info && tcp && !server && !event.peer.isNull()) {
        // A client's narration (connect(...)) names where it goes; its error row may not.
        if (m_clientPeers.size() >= MaxPorts)
            m_clientPeers.clear();
        m_clientPeers.insert(event.sessionId, event.peer.port());
    } else if (event.kind == Kind::Error && tcp && !server
               && Lessons::matchesTemplate(event.message, SocketNarration::refusedTemplate())) {
        // Refused where one of our servers had listened: the server the learner stopped.
        const quint16 port
            = event.peer.isNull() ? m_clientPeers.value(event.sessionId) : event.peer.port();
        if (port != 0 && m_tcpPorts.contains(port))
            changed |= tick(TcpRefused, event.sequence);
    } else if (event.kind == Kind::Sent && !tcp && !server) {
        const quint16 port = event.peer.port();
        bool live = false;
        for (const quint16 bound : std::as_const(m_liveUdp))
            live = live || bound == port;
        if (!live && m_stoppedUdpPorts.contains(port))
            changed |= tick(UdpSilence, event.sequence);
    }
    return changed;
}

bool TourProgress::consumeSnapshot(const QList<SocketRecord> &records)
{
    if (m_done[LookAtConnections])
        return false;
    bool listening = false;
    bool established = false;
    for (const SocketRecord &record : records) {
        if (!record.isOwn || record.protocol != SocketRecord::Protocol::Tcp)
            continue;
        listening = listening || record.state == SocketRecord::State::Listen;
        established = established || record.state == SocketRecord::State::Established;
    }
    return listening && established && tick(LookAtConnections, 0);
}

TourProgress::Step TourProgress::current() const
{
    for (int step = 0; step < StepCount; ++step)
        if (!m_done[step])
            return Step(step);
    return StepCount;
}

int TourProgress::doneCount() const
{
    return int(std::count(m_done.cbegin(), m_done.cend(), true));
}

void TourProgress::restart()
{
    // What is known about running servers stays: a UDP server still bound counts as live.
    m_done = {};
    m_tickedBy = {};
    m_accepted.clear();
}
