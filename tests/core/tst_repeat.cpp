// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsofkind.h"
#include "log/trafficlog.h"
#include "net/repeatrunner.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "net/tcpsocketcontrol.h"
#include "net/udpsession.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <unistd.h>

// Sessions live on the test's thread here: the repeat paces on it, and QTRY_/QSignalSpy::wait
// run its event loop. Nothing sleeps; timing is asserted only as "never early" (which the
// runner guarantees) or with margins of many intervals.
namespace {

struct UdpReceiver
{
    QUdpSocket socket;
    QList<QByteArray> datagrams;
    UdpReceiver()
    {
        socket.bind(QHostAddress::LocalHost, 0);
        socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20);
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this] {
            while (socket.hasPendingDatagrams())
                datagrams << socket.receiveDatagram().data();
        });
    }
    quint16 port() const { return socket.localPort(); }
};

RepeatProgress lastProgress(const QSignalSpy &spy)
{
    return spy.last().at(0).value<RepeatProgress>();
}

bool isFinished(const QSignalSpy &spy)
{
    return !spy.isEmpty() && lastProgress(spy).finished;
}

// A TCP client session connected to a QTcpServer; the accepted socket is `peer`.
struct TcpPair
{
    TrafficLog log;
    QTcpServer server;
    TcpClientSession client{1, &log};
    QTcpSocket *peer = nullptr;
    QByteArray received;
    bool connect(bool read = true)
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        if (!server.waitForNewConnection(5000))
            return false;
        peer = server.nextPendingConnection();
        if (read)
            QObject::connect(peer, &QTcpSocket::readyRead, peer,
                             [this] { received += peer->readAll(); });
        QSignalSpy up(&client, &TcpClientSession::connected);
        return client.state() == TcpClientSession::State::Connected || up.wait(5000);
    }
};

} // namespace

class TestRepeat : public QObject
{
    Q_OBJECT

private slots:
    void planFromRateAndInterval();
    void udpCountIsExactAndIndexesInOrder();
    void udpEventsAreBatchedYetExactAndInOrder();
    void udpBatchToAClosedPortStaysExact();
    void tcpClientCountIsExact();
    void serverSendsToAllOrToSelected();
    void neverEarlyAndCatchesUpInsteadOfSliding();
    void stopMidway();
    void firstSendIsReportedBeforeALongInterval();
    void serverConnectionClosingDropsOut();
    void neverReadingPeerWaitsWithBoundedMemory();
    void sequenceRunsStepsInOrderWithDelaysAndRepetitions();
    void sequenceStepWaitsItsDelayAfterALateStep();
    void fileStreamsByteExact();
    void fileErrorsAreOneSentence();
    void serverSendsFile();
};

void TestRepeat::planFromRateAndInterval()
{
    QCOMPARE(RepeatPlan::fromRate(1000, 5).intervalNs, 1'000'000);
    QCOMPARE(RepeatPlan::fromRate(3, 5).intervalNs, 333'333'333);
    QCOMPARE(RepeatPlan::fromRate(0, 5).intervalNs, 0);
    QCOMPARE(RepeatPlan::fromRate(100'000, 0).count, 0);
    QCOMPARE(RepeatPlan::fromIntervalMs(0.5, 1).intervalNs, 500'000);
}

void TestRepeat::udpCountIsExactAndIndexesInOrder()
{
    TrafficLog log;
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    session.startRepeat(QStringLiteral("127.0.0.1"), receiver.port(), RepeatPlan{500, 0},
                        [](quint64 k) { return QByteArray::number(k); });
    QTRY_VERIFY(isFinished(progress));
    const RepeatProgress last = lastProgress(progress);
    QCOMPARE(last.sent, 500);
    QCOMPARE(last.planned, 500);
    QVERIFY(last.stopReason.isEmpty());
    QTRY_COMPARE(receiver.datagrams.size(), 500);
    for (int k = 0; k < 500; ++k)
        QCOMPARE(receiver.datagrams.at(k), QByteArray::number(k));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Sent).size(), 500);
    QCOMPARE(log.sessionCounters(1).messagesOut, 500u);
    QCOMPARE(session.datagramsSent(), 500u);
}

// As fast as possible to a port nobody listens on: datagrams leave in sendmmsg() batches,
// and a port-unreachable error pending from an earlier batch must neither end the run nor lose
// or double-count a datagram: every one is still one `sent` event, in order.
void TestRepeat::udpBatchToAClosedPortStaysExact()
{
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        closedPort = probe.localPort();
    }
    TrafficLog log;
    UdpSession session(1, &log);
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    session.startRepeat(QStringLiteral("127.0.0.1"), closedPort, RepeatPlan{3000, 0},
                        [](quint64 k) { return QByteArray::number(k); });
    QTRY_VERIFY(isFinished(progress));
    const RepeatProgress last = lastProgress(progress);
    QCOMPARE(last.stopReason, QString());
    QCOMPARE(last.sent, 3000);
    const QList<TrafficEvent> sent = eventsOfKind(log, TrafficEvent::Kind::Sent);
    QCOMPARE(sent.size(), 3000);
    for (int k = 0; k < sent.size(); ++k)
        QCOMPARE(sent.at(k).payload, QByteArray::number(k));
    QCOMPARE(log.sessionCounters(1).messagesOut, 3000u);
    QCOMPARE(session.datagramsSent(), 3000u);
}

void TestRepeat::udpEventsAreBatchedYetExactAndInOrder()
{
    // As fast as possible the sent events go to the log in batches (one appendBatch() per
    // runner turn or per Session::maxBatchedEvents): still one event per datagram, in
    // order, counted exactly, within the log's bound, and in the log before any progress
    // report says they were sent.
    constexpr int count = 10'000; // several turns (RepeatRunner::maxPerTurn) and batches
    TrafficLog log;
    log.setLimits({3000, 1 << 20});
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    quint64 lastSequence = 0;
    quint64 lastSentSequence = 0;
    qint64 lastIndex = -1;
    bool inOrder = true;
    qsizetype maxHeld = 0;
    int behind = 0;
    // Reads the log as the window's model does, on every progress report.
    connect(&session, &UdpSession::repeatProgress, this, [&](const RepeatProgress &p) {
        if (log.sessionCounters(1).messagesOut != quint64(p.sent))
            ++behind;
        maxHeld = std::max(maxHeld, log.heldCount());
        // Between two reports more than the bound may have come: the events evicted
        // unread leave a gap in sequence numbers exactly as wide as the gap in indexes.
        for (const TrafficEvent &event : log.eventsAfter(lastSequence)) {
            lastSequence = event.sequence;
            if (event.kind != TrafficEvent::Kind::Sent)
                continue;
            const qint64 index = event.payload.toLongLong();
            if (lastIndex >= 0)
                inOrder = inOrder
                          && quint64(index - lastIndex) == event.sequence - lastSentSequence;
            lastIndex = index;
            lastSentSequence = event.sequence;
        }
    });
    session.startRepeat(QStringLiteral("127.0.0.1"), receiver.port(), RepeatPlan{count, 0},
                        [](quint64 k) { return QByteArray::number(k); });
    QTRY_VERIFY(isFinished(progress));
    QCOMPARE(lastProgress(progress).sent, count);
    QCOMPARE(behind, 0);
    QVERIFY(inOrder);
    QCOMPARE(lastIndex, count - 1);
    QVERIFY(maxHeld <= 3000);
    QCOMPARE(log.sessionCounters(1).messagesOut, quint64(count));
    QCOMPARE(log.totals().bytesOut, quint64(38'890)); // digits of 0..9999
    QCOMPARE(log.connectionCounters(1, 0).messagesOut, quint64(count));
    // The newest 3000 held are the last datagrams, consecutive and in order.
    const QList<TrafficEvent> sent = eventsOfKind(log, TrafficEvent::Kind::Sent);
    QCOMPARE(sent.constLast().payload, QByteArray::number(count - 1));
    for (qsizetype i = 1; i < sent.size(); ++i) {
        QCOMPARE(sent.at(i).sequence, sent.at(i - 1).sequence + 1);
        QCOMPARE(sent.at(i).payload.toLongLong(), sent.at(i - 1).payload.toLongLong() + 1);
    }
    QCOMPARE(session.datagramsSent(), quint64(count));
}

void TestRepeat::tcpClientCountIsExact()
{
    TcpPair pair;
    QVERIFY(pair.connect());
    QSignalSpy progress(&pair.client, &TcpClientSession::repeatProgress);
    pair.client.startRepeat(RepeatPlan{2000, 0}, [](quint64) { return QByteArray("0123456789"); });
    QTRY_VERIFY(isFinished(progress));
    QCOMPARE(lastProgress(progress).sent, 2000);
    QTRY_COMPARE(pair.received.size(), 20000);
    // "sent" events come when the kernel took the bytes: all of them, exactly.
    QTRY_COMPARE(eventsOfKind(pair.log, TrafficEvent::Kind::Sent).size(), 2000);
}

void TestRepeat::serverSendsToAllOrToSelected()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(QHostAddress::LocalHost, 0);
    QTcpSocket clients[3];
    QByteArray received[3];
    for (int i = 0; i < 3; ++i) {
        clients[i].connectToHost(QHostAddress::LocalHost, server.localEndpoint().port());
        QObject::connect(&clients[i], &QTcpSocket::readyRead, &clients[i],
                         [&, i] { received[i] += clients[i].readAll(); });
    }
    QTRY_COMPARE(connected.count(), 3);
    QSignalSpy progress(&server, &TcpServerSession::repeatProgress);
    server.startRepeat({}, RepeatPlan{50, 0}, [](quint64) { return QByteArray("ab"); });
    QTRY_VERIFY(isFinished(progress));
    QCOMPARE(lastProgress(progress).sent, 50);
    for (int i = 0; i < 3; ++i)
        QTRY_COMPARE(received[i].size(), 100);

    const int second = connected.at(1).at(0).toInt();
    progress.clear();
    server.startRepeat({second}, RepeatPlan{20, 0}, [](quint64) { return QByteArray("c"); });
    QTRY_VERIFY(isFinished(progress));
    QTRY_COMPARE(received[1].size(), 120);
    QCOMPARE(received[0].size(), 100);
    QCOMPARE(received[2].size(), 100);
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Sent).size(), 3 * 50 + 20);
}

void TestRepeat::neverEarlyAndCatchesUpInsteadOfSliding()
{
    // Message k is due at start + k * interval. The producer of message 3 keeps the thread
    // busy for 10 intervals: messages 4..13 are then overdue and must leave at once (catch
    // up); a sliding schedule would send 13 no earlier than 10 intervals later.
    constexpr qint64 interval = 40'000'000; // 40 ms
    constexpr int count = 20;
    TrafficLog log;
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QList<qint64> producedAt;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    const qint64 before = RepeatRunner::nowNs();
    session.startRepeat(QStringLiteral("127.0.0.1"), receiver.port(), RepeatPlan{count, interval},
                        [&](quint64 k) {
                            producedAt << RepeatRunner::nowNs() - before;
                            if (k == 3) {
                                const qint64 until = RepeatRunner::nowNs() + 10 * interval;
                                while (RepeatRunner::nowNs() < until) {
                                }
                            }
                            return QByteArray::number(k);
                        });
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(progress), 10000);
    QCOMPARE(lastProgress(progress).sent, count);
    QCOMPARE(producedAt.size(), count);
    for (int k = 0; k < count; ++k)
        QVERIFY2(producedAt.at(k) >= k * interval, qPrintable(QString::number(k)));
    // Catch-up, with a margin of 9 intervals against a slide.
    QVERIFY2(producedAt.at(13) < 23 * interval, qPrintable(QString::number(producedAt.at(13))));
    QTRY_COMPARE(receiver.datagrams.size(), count);
    for (int k = 0; k < count; ++k)
        QCOMPARE(receiver.datagrams.at(k), QByteArray::number(k)); // in order, none lost
}

// One message a minute: the first leaves at once and the live count must say so then, not a
// minute later when the next turn runs (it said "0 / 3 sent" for the whole interval).
void TestRepeat::firstSendIsReportedBeforeALongInterval()
{
    TrafficLog log;
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    session.startRepeat(QStringLiteral("127.0.0.1"), receiver.port(),
                        RepeatPlan::fromIntervalMs(60'000, 3),
                        [](quint64 k) { return QByteArray::number(k); });
    QTRY_COMPARE(receiver.datagrams.size(), 1);
    QTRY_VERIFY(!progress.isEmpty() && lastProgress(progress).sent == 1);
    QVERIFY(!lastProgress(progress).finished);
    session.stopRepeat();
    QTRY_VERIFY(isFinished(progress));
    QCOMPARE(lastProgress(progress).sent, 1);
}

void TestRepeat::stopMidway()
{
    TrafficLog log;
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    session.startRepeat(QStringLiteral("127.0.0.1"), receiver.port(),
                        RepeatPlan::fromRate(500, 0), [](quint64) { return QByteArray("x"); });
    QTRY_VERIFY(receiver.datagrams.size() >= 5);
    session.stopRepeat();
    QVERIFY(isFinished(progress));
    const RepeatProgress last = lastProgress(progress);
    QCOMPARE(last.planned, 0);
    QVERIFY(!last.stopReason.isEmpty());
    QTRY_COMPARE(qint64(receiver.datagrams.size()), last.sent);
    QCOMPARE(qint64(eventsOfKind(log, TrafficEvent::Kind::Sent).size()), last.sent);
    // close() stops a running one too.
    progress.clear();
    session.startRepeat(QStringLiteral("127.0.0.1"), receiver.port(), RepeatPlan::fromRate(500, 0),
                        [](quint64) { return QByteArray("y"); });
    session.close();
    QVERIFY(isFinished(progress));
    QVERIFY(!lastProgress(progress).stopReason.isEmpty());
}

void TestRepeat::serverConnectionClosingDropsOut()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(QHostAddress::LocalHost, 0);
    QTcpSocket a;
    QTcpSocket b;
    qint64 gotA = 0;
    qint64 gotB = 0;
    a.connectToHost(QHostAddress::LocalHost, server.localEndpoint().port());
    b.connectToHost(QHostAddress::LocalHost, server.localEndpoint().port());
    QObject::connect(&a, &QTcpSocket::readyRead, &a, [&] { gotA += a.readAll().size(); });
    QObject::connect(&b, &QTcpSocket::readyRead, &b, [&] { gotB += b.readAll().size(); });
    QTRY_COMPARE(connected.count(), 2);
    QSignalSpy progress(&server, &TcpServerSession::repeatProgress);
    server.startRepeat({}, RepeatPlan::fromRate(500, 0), [](quint64) { return QByteArray("z"); });
    QTRY_VERIFY(gotA >= 3 && gotB >= 3);
    a.close();
    QTRY_VERIFY(server.connections().size() == 1);
    const qint64 bAtClose = gotB;
    QTRY_VERIFY(gotB >= bAtClose + 5); // the other goes on
    QVERIFY(!isFinished(progress));
    bool toldDropped = false;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info))
        toldDropped = toldDropped || event.message.contains(QStringLiteral("left the repeat"));
    QVERIFY(toldDropped);
    b.close();
    QTRY_VERIFY(isFinished(progress));
    QVERIFY(lastProgress(progress).stopReason.contains(QStringLiteral("closed")));
}

void TestRepeat::neverReadingPeerWaitsWithBoundedMemory()
{
    // A listening socket that never accepts: the kernel completes the connection and fills
    // its buffers, then nothing more is taken.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in at = {};
    at.sin_family = AF_INET;
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&at), sizeof at), 0);
    QCOMPARE(::listen(listener, 1), 0);
    socklen_t length = sizeof at;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&at), &length);
    TrafficLog log;
    TcpClientSession client(1, &log);
    client.connectToHost(QStringLiteral("127.0.0.1"), ntohs(at.sin_port));
    QTRY_COMPARE(client.state(), TcpClientSession::State::Connected);
    QSignalSpy progress(&client, &TcpClientSession::repeatProgress);
    QSignalSpy errors(&client, &Session::errorOccurred);
    const QByteArray block(64 * 1024, 'q');
    client.startRepeat(RepeatPlan{0, 0}, [&](quint64) { return block; });
    // The queue fills up to its bound, then the repeat waits instead of failing or growing.
    QTRY_VERIFY_WITH_TIMEOUT(client.bytesToSend() >= TcpSocketControl::writeQueueLimit, 20000);
    const qint64 sentWhenFull = progress.isEmpty() ? 0 : lastProgress(progress).sent;
    QSignalSpy written(&client, &TcpClientSession::bytesSent);
    // Whatever the kernel still takes, the queue never holds more than its bound plus one
    // message (bounded: at most 20 waits for a write).
    for (int i = 0; i < 20 && written.wait(100); ++i)
        QVERIFY(client.bytesToSend() < TcpSocketControl::writeQueueLimit + block.size());
    QVERIFY(client.bytesToSend() < TcpSocketControl::writeQueueLimit + block.size());
    QVERIFY(!isFinished(progress));
    QCOMPARE(errors.count(), 0);
    client.stopRepeat();
    QVERIFY(isFinished(progress));
    QVERIFY(lastProgress(progress).sent >= sentWhenFull);
    QCOMPARE(lastProgress(progress).stopReason, QStringLiteral("stopped"));
    client.abort();
    ::close(listener);
}

void TestRepeat::sequenceRunsStepsInOrderWithDelaysAndRepetitions()
{
    TrafficLog log;
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    QList<SequenceStep> steps;
    QList<qint64> producedAt;
    const QList<qint64> delays{0, 30, 10};
    for (int i = 0; i < 3; ++i) {
        SequenceStep step;
        step.delayBeforeMs = delays.at(i);
        step.label = QStringLiteral("step %1").arg(i);
        step.index = i;
        // The step index is bound here, as the window binds the composer's {{seq}}.
        step.payload = [&, i](quint64 repetition) {
            producedAt << RepeatRunner::nowNs();
            return QStringLiteral("s%1r%2").arg(i).arg(repetition).toLatin1();
        };
        steps << step;
    }
    const qint64 start = RepeatRunner::nowNs();
    session.startSequence(QStringLiteral("127.0.0.1"), receiver.port(), steps, 3);
    QTRY_VERIFY(isFinished(progress));
    QCOMPARE(lastProgress(progress).sent, 9);
    QCOMPARE(lastProgress(progress).planned, 9);
    QTRY_COMPARE(receiver.datagrams.size(), 9);
    QStringList got;
    for (const QByteArray &d : std::as_const(receiver.datagrams))
        got << QString::fromLatin1(d);
    QCOMPARE(got.join(u' '), QStringLiteral("s0r0 s1r0 s2r0 s0r1 s1r1 s2r1 s0r2 s1r2 s2r2"));
    // Never early: step i of repetition r is due at r * 40 ms + (0, 30, 40)[i].
    const QList<qint64> offsets{0, 30, 40};
    for (int k = 0; k < 9; ++k)
        QVERIFY(producedAt.at(k) - start >= ((k / 3) * 40 + offsets.at(k % 3)) * 1'000'000);
}

void TestRepeat::sequenceStepWaitsItsDelayAfterALateStep()
{
    TrafficLog log;
    UdpSession session(1, &log);
    UdpReceiver receiver;
    QSignalSpy progress(&session, &UdpSession::repeatProgress);
    // Step 1 is due at +0 but leaves late: composing it takes 40 ms (a stalled thread, made
    // here by keeping the session's thread busy; not a wait for anything). Step 2 is due at
    // +30 ms by the schedule, yet must still wait its 30 ms after step 1 actually left.
    qint64 firstDone = 0;
    qint64 secondProduced = 0;
    QList<SequenceStep> steps(2);
    steps[0].payload = [&](quint64) {
        const qint64 until = RepeatRunner::nowNs() + 40'000'000;
        while (RepeatRunner::nowNs() < until) {
        }
        firstDone = RepeatRunner::nowNs();
        return QByteArray("late");
    };
    steps[1].delayBeforeMs = 30;
    steps[1].payload = [&](quint64) {
        secondProduced = RepeatRunner::nowNs();
        return QByteArray("next");
    };
    session.startSequence(QStringLiteral("127.0.0.1"), receiver.port(), steps, 1);
    QTRY_VERIFY(isFinished(progress));
    QTRY_COMPARE(receiver.datagrams.size(), 2);
    QVERIFY2(secondProduced - firstDone >= 30'000'000,
             qPrintable(QStringLiteral("%1 ms").arg((secondProduced - firstDone) / 1e6)));
}

void TestRepeat::fileStreamsByteExact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray content;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 9 MiB: more than the 4 MiB queue bound, so the stream must wait for it to drain.
        for (int i = 0; i < 9 * 1024; ++i) {
            QByteArray block(1024, char(i % 251));
            block[0] = char(i / 251);
            content += block;
        }
        file.write(content);
    }
    TcpPair pair;
    QVERIFY(pair.connect());
    QSignalSpy file(&pair.client, &TcpClientSession::fileProgress);
    pair.client.sendFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!file.isEmpty() && file.last().at(2).toBool(), 20000);
    QCOMPARE(file.last().at(3).toString(), QString());
    QCOMPARE(file.last().at(0).toLongLong(), content.size());
    QCOMPARE(file.last().at(1).toLongLong(), content.size());
    QTRY_COMPARE(pair.received.size(), content.size());
    QVERIFY(pair.received == content);
    QVERIFY(pair.client.bytesToSend() == 0);
}

void TestRepeat::fileErrorsAreOneSentence()
{
    TcpPair pair;
    QVERIFY(pair.connect());
    QSignalSpy file(&pair.client, &TcpClientSession::fileProgress);
    QSignalSpy errors(&pair.client, &Session::errorOccurred);
    QTemporaryDir dir;
    pair.client.sendFile(dir.filePath(QStringLiteral("missing")));
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(errors.last().at(0).toString().startsWith(QStringLiteral("Cannot read")));
    QVERIFY(file.last().at(2).toBool());
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    pair.client.sendFile(fifo);
    QTRY_COMPARE(errors.count(), 2);
    QVERIFY(errors.last().at(0).toString().contains(QStringLiteral("no process has it open")));
    pair.client.sendFile(dir.path());
    QTRY_COMPARE(errors.count(), 3);
    QVERIFY(errors.last().at(0).toString().contains(QStringLiteral("directory")));
    QCOMPARE(pair.client.state(), TcpClientSession::State::Connected); // the connection stays
}

void TestRepeat::serverSendsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    QByteArray content(5 * 1024 * 1024 + 17, 'k');
    content[12345] = 'Q';
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(QHostAddress::LocalHost, 0);
    QTcpSocket client;
    QByteArray got;
    client.connectToHost(QHostAddress::LocalHost, server.localEndpoint().port());
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { got += client.readAll(); });
    QTRY_COMPARE(connected.count(), 1);
    QSignalSpy file(&server, &TcpServerSession::fileProgress);
    server.sendFile(connected.first().at(0).toInt(), path);
    QTRY_VERIFY_WITH_TIMEOUT(!file.isEmpty() && file.last().at(2).toBool(), 20000);
    QCOMPARE(file.last().at(3).toString(), QString());
    QTRY_COMPARE(got.size(), content.size());
    QVERIFY(got == content);
}

QTEST_GUILESS_MAIN(TestRepeat)
#include "tst_repeat.moc"
