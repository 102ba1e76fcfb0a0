// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"
#include "sockettable/socketrecord.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>

// The tutorial's walk-through as steps that tick themselves off from what really happened:
// the traffic log's events (in sequence order, each read once) and socket-table snapshots.
// Nothing here is ticked by a button. A plain value; the window shows it.
class TourProgress
{
public:
    enum Step {
        StartTcpServer, // a SockLab TCP server listens
        ConnectFiveClients, // five connections accepted by SockLab TCP servers
        LookAtConnections, // a snapshot shows our LISTEN socket and an ESTABLISHED one
        StartUdpServer, // a SockLab UDP server is bound
        SendDatagram, // a SockLab UDP server received a datagram
        TcpRefused, // a TCP connect() to a port our server had listened on was refused
        UdpSilence, // a datagram went to a port our stopped UDP server had been bound to
        StepCount
    };
    static constexpr int ClientsWanted = 5;

    // Reads one event of the log; events at or below the last sequence read are skipped, so
    // the window may hand the same rows again (a dock shown again re-reads what the log holds).
    // True when a step was ticked or a count moved.
    bool consume(const TrafficEvent &event);
    // Reads a socket-table snapshot (any records; only SockLab's own TCP ones count).
    bool consumeSnapshot(const QList<SocketRecord> &records);

    bool isDone(Step step) const { return m_done[step]; }
    // The first step not done yet; StepCount when the tour is complete.
    Step current() const;
    int doneCount() const;
    // Connections accepted so far (for "3 of 5"), at most ClientsWanted.
    int acceptedCount() const { return qMin(int(m_accepted.size()), ClientsWanted); }
    // The sequence of the event that ticked a step (0: not ticked by an event).
    quint64 tickedBy(Step step) const { return m_tickedBy[step]; }
    // The ports seen last, for filling in a pane: 0 when none yet.
    quint16 tcpServerPort() const { return m_tcpPort; }
    quint16 udpServerPort() const { return m_udpPort; }
    int tcpServerSession() const { return m_tcpSession; }
    int udpServerSession() const { return m_udpSession; }
    quint64 lastSequence() const { return m_lastSequence; }

    // Starts over (the user asked to): the ticks go, while the sequence read so far and the
    // servers known to run stay, so old rows do not tick the fresh tour again.
    void restart();

private:
    bool tick(Step step, quint64 sequence);

    std::array<bool, StepCount> m_done {};
    std::array<quint64, StepCount> m_tickedBy {};
    quint64 m_lastSequence = 0;
    QSet<QPair<int, int>> m_accepted; // (session, connection), bounded by ClientsWanted
    QSet<quint16> m_tcpPorts; // ports SockLab TCP servers listened on (bounded)
    QHash<int, quint16> m_clientPeers; // TCP client session -> the port it connects to
    QHash<int, quint16> m_liveUdp; // UDP server session -> its bound port, while bound
    QSet<quint16> m_stoppedUdpPorts; // ports of UDP servers that have stopped (bounded)
    quint16 m_tcpPort = 0;
    quint16 m_udpPort = 0;
    int m_tcpSession = 0;
    int m_udpSession = 0;
};
