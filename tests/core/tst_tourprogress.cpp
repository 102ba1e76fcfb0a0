// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/tourprogress.h"
#include "net/socketnarration.h"

#include <QTest>

// The guided tour's steps tick from events and snapshots only, each once, in any order
// (issue 14, item 6). The GUI test drives the same steps from real sockets.
class tst_TourProgress : public QObject
{
    Q_OBJECT

private slots:
    void freshTourHasNothingDone();
    void tcpServerAndFiveClients();
    void connectionsNeedListenAndEstablishedOfOurOwn();
    void udpPairAndItsSilence();
    void refusedCountsOnlyWhereOurServerListened();
    void rowsReadTwiceCountOnce();
    void restartKeepsWhatRuns();

private:
    TrafficEvent event(TrafficEvent::Kind kind, TrafficEvent::Protocol protocol,
                       TrafficEvent::Role role, int session, int connection = 0);
    quint64 m_sequence = 0;
};

TrafficEvent tst_TourProgress::event(TrafficEvent::Kind kind, TrafficEvent::Protocol protocol,
                                     TrafficEvent::Role role, int session, int connection)
{
    TrafficEvent e;
    e.sequence = ++m_sequence;
    e.kind = kind;
    e.protocol = protocol;
    e.role = role;
    e.sessionId = session;
    e.connectionId = connection;
    return e;
}

using Kind = TrafficEvent::Kind;
constexpr auto Tcp = TrafficEvent::Protocol::Tcp;
constexpr auto Udp = TrafficEvent::Protocol::Udp;
constexpr auto Server = TrafficEvent::Role::Server;
constexpr auto Client = TrafficEvent::Role::Client;

void tst_TourProgress::freshTourHasNothingDone()
{
    TourProgress tour;
    QCOMPARE(tour.doneCount(), 0);
    QCOMPARE(tour.current(), TourProgress::StartTcpServer);
    QCOMPARE(tour.acceptedCount(), 0);
}

void tst_TourProgress::tcpServerAndFiveClients()
{
    TourProgress tour;
    // A client's connect and a UDP server's bind do not start the TCP server.
    QVERIFY(!tour.consume(event(Kind::Connected, Tcp, Client, 2)));
    TrafficEvent listening = event(Kind::Listening, Tcp, Server, 1);
    listening.local = Endpoint(QHostAddress::LocalHost, 60001);
    QVERIFY(tour.consume(listening));
    QVERIFY(tour.isDone(TourProgress::StartTcpServer));
    QCOMPARE(tour.tickedBy(TourProgress::StartTcpServer), listening.sequence);
    QCOMPARE(tour.tcpServerPort(), 60001);
    QCOMPARE(tour.current(), TourProgress::ConnectFiveClients);
    for (int connection = 1; connection <= 4; ++connection)
        QVERIFY(tour.consume(event(Kind::Accepted, Tcp, Server, 1, connection)));
    // The same connection twice is still four.
    tour.consume(event(Kind::Accepted, Tcp, Server, 1, 4));
    QCOMPARE(tour.acceptedCount(), 4);
    QVERIFY(!tour.isDone(TourProgress::ConnectFiveClients));
    QVERIFY(tour.consume(event(Kind::Accepted, Tcp, Server, 1, 5)));
    QVERIFY(tour.isDone(TourProgress::ConnectFiveClients));
    QCOMPARE(tour.acceptedCount(), 5);
    tour.consume(event(Kind::Accepted, Tcp, Server, 1, 6));
    QCOMPARE(tour.acceptedCount(), 5);
}

void tst_TourProgress::connectionsNeedListenAndEstablishedOfOurOwn()
{
    TourProgress tour;
    SocketRecord listen;
    listen.state = SocketRecord::State::Listen;
    listen.isOwn = true;
    SocketRecord established;
    established.state = SocketRecord::State::Established;
    established.isOwn = true;
    SocketRecord othersEstablished = established;
    othersEstablished.isOwn = false;
    SocketRecord udp = established;
    udp.protocol = SocketRecord::Protocol::Udp;

    QVERIFY(!tour.consumeSnapshot({listen}));
    QVERIFY(!tour.consumeSnapshot({listen, othersEstablished, udp}));
    QVERIFY(!tour.isDone(TourProgress::LookAtConnections));
    QVERIFY(tour.consumeSnapshot({othersEstablished, established, listen}));
    QVERIFY(tour.isDone(TourProgress::LookAtConnections));
    QVERIFY(!tour.consumeSnapshot({established, listen}));
}

void tst_TourProgress::udpPairAndItsSilence()
{
    TourProgress tour;
    TrafficEvent bound = event(Kind::Listening, Udp, Server, 3);
    bound.local = Endpoint(QHostAddress::LocalHost, 60002);
    QVERIFY(tour.consume(bound));
    QVERIFY(tour.isDone(TourProgress::StartUdpServer));
    QCOMPARE(tour.udpServerPort(), 60002);
    QCOMPARE(tour.udpServerSession(), 3);

    // A client's datagram to the running server: sent is not yet the pair, received is.
    TrafficEvent sent = event(Kind::Sent, Udp, Client, 4);
    sent.peer = Endpoint(QHostAddress::LocalHost, 60002);
    tour.consume(sent);
    QVERIFY(!tour.isDone(TourProgress::UdpSilence));
    QVERIFY(!tour.isDone(TourProgress::SendDatagram));
    QVERIFY(tour.consume(event(Kind::Received, Udp, Server, 3)));
    QVERIFY(tour.isDone(TourProgress::SendDatagram));

    // Another session's close() does not stop this server.
    TrafficEvent otherClose = event(Kind::Info, Udp, Server, 9);
    otherClose.message = QStringLiteral("close()");
    tour.consume(otherClose);
    sent.sequence = ++m_sequence;
    tour.consume(sent);
    QVERIFY(!tour.isDone(TourProgress::UdpSilence));

    TrafficEvent close = event(Kind::Info, Udp, Server, 3);
    close.message = QStringLiteral("close()");
    tour.consume(close);
    // A datagram elsewhere is not the stopped server's silence.
    TrafficEvent elsewhere = event(Kind::Sent, Udp, Client, 4);
    elsewhere.peer = Endpoint(QHostAddress::LocalHost, 9);
    tour.consume(elsewhere);
    QVERIFY(!tour.isDone(TourProgress::UdpSilence));
    sent.sequence = ++m_sequence;
    QVERIFY(tour.consume(sent));
    QVERIFY(tour.isDone(TourProgress::UdpSilence));
    QCOMPARE(tour.tickedBy(TourProgress::UdpSilence), sent.sequence);
}

void tst_TourProgress::refusedCountsOnlyWhereOurServerListened()
{
    TourProgress tour;
    TrafficEvent refused = event(Kind::Error, Tcp, Client, 2);
    refused.peer = Endpoint(QHostAddress::LocalHost, 60001);
    refused.message = SocketNarration::connectionFailure(QAbstractSocket::ConnectionRefusedError,
                                                         refused.peer, {});
    tour.consume(refused);
    QVERIFY(!tour.isDone(TourProgress::TcpRefused));

    TrafficEvent listening = event(Kind::Listening, Tcp, Server, 1);
    listening.local = Endpoint(QHostAddress::LocalHost, 60001);
    tour.consume(listening);
    TrafficEvent timedOut = refused;
    timedOut.sequence = ++m_sequence;
    timedOut.message
        = SocketNarration::connectionFailure(QAbstractSocket::SocketTimeoutError, refused.peer, {});
    tour.consume(timedOut);
    QVERIFY(!tour.isDone(TourProgress::TcpRefused));
    // As TcpClientSession logs it: the error row names the peer only in its sentence; the
    // session's connect() row before it has the endpoint.
    TrafficEvent connecting = event(Kind::Info, Tcp, Client, 2);
    connecting.peer = refused.peer;
    connecting.message = QStringLiteral("connect(127.0.0.1:60001)");
    tour.consume(connecting);
    refused.sequence = ++m_sequence;
    refused.peer = Endpoint();
    QVERIFY(tour.consume(refused));
    QVERIFY(tour.isDone(TourProgress::TcpRefused));
}

void tst_TourProgress::rowsReadTwiceCountOnce()
{
    TourProgress tour;
    QList<TrafficEvent> rows;
    for (int connection = 1; connection <= 3; ++connection)
        rows << event(Kind::Accepted, Tcp, Server, 1, connection);
    for (const TrafficEvent &row : std::as_const(rows))
        tour.consume(row);
    // A dock shown again hands every row it holds once more.
    for (const TrafficEvent &row : std::as_const(rows))
        QVERIFY(!tour.consume(row));
    QCOMPARE(tour.acceptedCount(), 3);
    QCOMPARE(tour.lastSequence(), rows.last().sequence);
}

void tst_TourProgress::restartKeepsWhatRuns()
{
    TourProgress tour;
    TrafficEvent bound = event(Kind::Listening, Udp, Server, 3);
    bound.local = Endpoint(QHostAddress::LocalHost, 60002);
    tour.consume(bound);
    tour.consume(event(Kind::Accepted, Tcp, Server, 1, 1));
    tour.restart();
    QCOMPARE(tour.doneCount(), 0);
    QCOMPARE(tour.acceptedCount(), 0);
    // Old rows do not tick the fresh tour, but the UDP server still counts as running.
    QVERIFY(!tour.consume(bound));
    QVERIFY(tour.consume(event(Kind::Received, Udp, Server, 3)));
    QVERIFY(tour.isDone(TourProgress::SendDatagram));
}

QTEST_GUILESS_MAIN(tst_TourProgress)
#include "tst_tourprogress.moc"
