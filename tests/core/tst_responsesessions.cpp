// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsofkind.h"
#include "rawpeer.h"
#include "log/trafficlog.h"
#include "net/delayedactions.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "rules/responder.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

namespace {

using Match = ResponseRule::Match;
using Action = ResponseRule::Action;

ResponseRule rule(Match match, const QString &pattern, Action action, const QString &reply = {},
                  int delayMs = 0)
{
    ResponseRule r;
    r.match = match;
    r.pattern = pattern;
    r.action = action;
    r.reply = reply;
    r.delayMs = delayMs;
    return r;
}

std::shared_ptr<Responder> compiled(const QList<ResponseRule> &list,
                                    ResponseRules::Default fallback = ResponseRules::Default::None,
                                    const QString &defaultReply = {})
{
    ResponseRules rules;
    rules.rules = list;
    rules.defaultAction = fallback;
    rules.defaultReply = defaultReply;
    QString error;
    std::shared_ptr<Responder> responder = Responder::compile(rules, {}, &error);
    if (!responder)
        qWarning("rules do not compile: %s", qPrintable(error));
    return responder;
}

// Spins the event loop until pred holds: woken by the sockets' own events (and a 10 ms tick
// so that a predicate on the log is looked at again), never a fixed wait.
template<typename Predicate> bool waitUntil(Predicate pred, int timeoutMs = 10000)
{
    QTimer tick;
    tick.start(10);
    const QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QList<TrafficEvent> infosContaining(const TrafficLog &log, const QString &part)
{
    QList<TrafficEvent> found;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (event.message.contains(part))
            found << event;
    }
    return found;
}

// The rows that say which rule decided (or that none matched), one per decision.
QList<TrafficEvent> ruleNarration(const TrafficLog &log)
{
    static const QRegularExpression row(QStringLiteral("^(rule \\d+ \\(|no rule matched).* -> "));
    QList<TrafficEvent> found;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (row.match(event.message).hasMatch())
            found << event;
    }
    return found;
}

// A server's immediate replies: sent events whose note names the rule that answered.
QList<TrafficEvent> ruleReplies(const TrafficLog &log)
{
    static const QRegularExpression note(QStringLiteral(
            "^(sendto|send)\\(\\): (rule \\d+ \\(|no rule matched).* -> reply$"));
    QList<TrafficEvent> found;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Sent)) {
        if (note.match(event.message).hasMatch())
            found << event;
    }
    return found;
}

// Reads from a QTcpSocket until n bytes came (or the deadline passed).
QByteArray readExactly(QTcpSocket &socket, qsizetype n, int timeoutMs = 10000)
{
    QByteArray got;
    waitUntil(
        [&] {
            got += socket.readAll();
            return got.size() >= n;
        },
        timeoutMs);
    return got;
}


} // namespace

// TCP and UDP servers answering by rule (issue 11). Sessions live on the test's thread.
class TestResponseSessions : public QObject
{
    Q_OBJECT

private slots:
    void tcpRepliesByRuleAndNarratesIt();
    void tcpFirstMatchWinsThenTheDefault();
    void tcpDefaultEchoAndCaptureGroups();
    void tcpDropSendsNothing();
    void tcpCloseIsAFinAndResetARst();
    void tcpDelayedReplyWaitsAtLeastItsDelay();
    void tcpDelayedCloseWaitsAtLeastItsDelay();
    void tcpPendingActionsDropWithTheirConnection();
    void tcpPendingActionsAreBounded();
    void tcpRulesPauseReadingAPeerThatDoesNotRead();
    void tcpNoResponderKeepsEcho();
    void udpRepliesByRuleWithGroupsAndDefault();
    void udpCloseAndResetActAsDropAndSaySoOnce();
    void udpDelayedReplyWaitsAtLeastItsDelay();
    void udpPendingRepliesAreBoundedAndDroppedAtClose();
    void udpAutoReplyOnlyWithoutResponder();

private:
    struct TcpServer
    {
        TrafficLog log;
        TcpServerSession session {1, &log};
    };
    static std::unique_ptr<TcpServer> tcpServer(const std::shared_ptr<Responder> &responder,
                                                bool echo = false);
    static std::unique_ptr<QTcpSocket> connectTo(const TcpServer &server);
};

std::unique_ptr<TestResponseSessions::TcpServer>
TestResponseSessions::tcpServer(const std::shared_ptr<Responder> &responder, bool echo)
{
    auto server = std::make_unique<TcpServer>();
    TcpServerOptions options;
    options.responder = responder;
    options.echo = echo;
    server->session.setOptions(options);
    server->session.listen(QHostAddress::LocalHost, 0);
    return server;
}

std::unique_ptr<QTcpSocket> TestResponseSessions::connectTo(const TcpServer &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, server.session.localEndpoint().port());
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

void TestResponseSessions::tcpRepliesByRuleAndNarratesIt()
{
    const auto responder = compiled(
        {rule(Match::Exact, QStringLiteral("PING"), Action::Reply, QStringLiteral("PONG\\n"))});
    QVERIFY(responder);
    auto server = tcpServer(responder);
    auto peer = connectTo(*server);
    QVERIFY(peer);
    peer->write("PING");
    QCOMPARE(readExactly(*peer, 5), QByteArray("PONG\n"));
    // The reply's own sent row names the rule that fired; no narration row of its own.
    QTRY_COMPARE(eventsOfKind(server->log, TrafficEvent::Kind::Sent).size(), 1);
    const QList<TrafficEvent> replies = ruleReplies(server->log);
    QCOMPARE(replies.size(), 1);
    QVERIFY2(replies.first().message.startsWith(QStringLiteral("send(): rule 1 (exact")),
             qPrintable(replies.first().message));
    QCOMPARE(replies.first().payload, QByteArray("PONG\n"));
    QCOMPARE(replies.first().connectionId, 1);
    QVERIFY(ruleNarration(server->log).isEmpty());
    QCOMPARE(responder->fireCounts(), (QList<quint64> {1}));
    // A message no rule matches, with no default: nothing sent, and not a word in the log.
    const qsizetype before = server->log.eventsAfter(0).size();
    peer->write("nothing to see");
    QTRY_COMPARE(server->log.sessionCounters(1).messagesIn, 2u);
    QCOMPARE(server->log.eventsAfter(0).size(), before + 1); // the received event alone
    QCOMPARE(ruleReplies(server->log).size(), 1);
    QVERIFY(ruleNarration(server->log).isEmpty());
}

void TestResponseSessions::tcpFirstMatchWinsThenTheDefault()
{
    auto server = tcpServer(compiled(
        {rule(Match::Prefix, QStringLiteral("GE"), Action::Reply, QStringLiteral("A")),
         rule(Match::Prefix, QStringLiteral("GET"), Action::Reply, QStringLiteral("B")),
         rule(Match::HexPattern, QStringLiteral("02 ?? 03"), Action::Reply, QStringLiteral("H"))},
        ResponseRules::Default::Reply, QStringLiteral("D")));
    auto peer = connectTo(*server);
    QVERIFY(peer);
    peer->write("GET /");
    QCOMPARE(readExactly(*peer, 1), QByteArray("A"));
    peer->write(QByteArray("\x02\x7f\x03", 3));
    QCOMPARE(readExactly(*peer, 1), QByteArray("H"));
    peer->write("POST /");
    QCOMPARE(readExactly(*peer, 1), QByteArray("D"));
    QTRY_COMPARE(ruleReplies(server->log).size(), 3);
    const QList<TrafficEvent> narration = ruleReplies(server->log);
    QVERIFY(narration.at(0).message.contains(QStringLiteral("rule 1")));
    QVERIFY(narration.at(1).message.contains(QStringLiteral("rule 3")));
    QVERIFY2(narration.at(2).message.contains(QStringLiteral("no rule matched")),
             qPrintable(narration.at(2).message));
}

void TestResponseSessions::tcpDefaultEchoAndCaptureGroups()
{
    auto server
        = tcpServer(compiled({rule(Match::Regex, QStringLiteral("^GET (\\w+) (\\d+)"),
                                   Action::Reply, QStringLiteral("got {{group:1}}#{{group:2}}"))},
                             ResponseRules::Default::Echo));
    auto peer = connectTo(*server);
    QVERIFY(peer);
    peer->write("GET thing 42\r\n");
    QCOMPARE(readExactly(*peer, 12), QByteArray("got thing#42"));
    peer->write("hello");
    QCOMPARE(readExactly(*peer, 5), QByteArray("hello"));
    QTRY_COMPARE(ruleReplies(server->log).size(), 2);
    const QList<TrafficEvent> narration = ruleReplies(server->log);
    QVERIFY2(narration.at(1).message.contains(QStringLiteral("no rule matched: echo")),
             qPrintable(narration.at(1).message));
}

void TestResponseSessions::tcpDropSendsNothing()
{
    auto server = tcpServer(compiled(
        {rule(Match::Contains, QStringLiteral("spam"), Action::Drop),
         rule(Match::Exact, QStringLiteral("PING"), Action::Reply, QStringLiteral("PONG"))},
        ResponseRules::Default::Echo));
    auto peer = connectTo(*server);
    QVERIFY(peer);
    peer->write("more spam here");
    QTRY_COMPARE(ruleNarration(server->log).size(), 1);
    QVERIFY(ruleNarration(server->log).first().message.contains(QStringLiteral("drop")));
    peer->write("PING");
    // The first bytes back are the PONG: the dropped message was neither echoed nor answered.
    QCOMPARE(readExactly(*peer, 4), QByteArray("PONG"));
    QCOMPARE(eventsOfKind(server->log, TrafficEvent::Kind::Sent).size(), 1);
}

void TestResponseSessions::tcpCloseIsAFinAndResetARst()
{
    auto server = tcpServer(compiled({rule(Match::Exact, QStringLiteral("bye"), Action::Close),
                                      rule(Match::Exact, QStringLiteral("rst"), Action::Reset)}));
    const quint16 port = server->session.localEndpoint().port();
    RawPeer closing(port);
    RawPeer reset(port);
    QVERIFY(closing.isConnected() && reset.isConnected());
    QVERIFY(closing.send("bye"));
    QVERIFY(reset.send("rst"));
    QByteArray got;
    QVERIFY(waitUntil([&] { return closing.drain(&got); }));
    QCOMPARE(closing.errorNumber(), 0); // EOF: an orderly FIN
    QVERIFY(waitUntil([&] { return reset.drain(&got); }));
    QCOMPARE(reset.errorNumber(), ECONNRESET);
    QVERIFY(got.isEmpty());
    QTRY_COMPARE(eventsOfKind(server->log, TrafficEvent::Kind::Closed).size(), 2);
    QCOMPARE(ruleNarration(server->log).size(), 2);
    QCOMPARE(infosContaining(server->log, QStringLiteral("-> close()")).size(), 1);
    QCOMPARE(infosContaining(server->log, QStringLiteral("-> reset (RST)")).size(), 1);
    bool closedByRule = false;
    for (const TrafficEvent &event : eventsOfKind(server->log, TrafficEvent::Kind::Closed))
        closedByRule = closedByRule || event.message.contains(QStringLiteral("closed by us"));
    QVERIFY(closedByRule);
}

void TestResponseSessions::tcpDelayedReplyWaitsAtLeastItsDelay()
{
    auto server = tcpServer(compiled(
        {rule(Match::Exact, QStringLiteral("slow"), Action::Reply, QStringLiteral("late"), 300)}));
    auto peer = connectTo(*server);
    QVERIFY(peer);
    QSignalSpy arrived(peer.get(), &QTcpSocket::readyRead);
    QElapsedTimer since;
    since.start();
    peer->write("slow");
    QVERIFY(arrived.wait(10000));
    // A lower bound only: a busy machine may answer late, never early.
    QVERIFY2(since.elapsed() >= 300, qPrintable(QString::number(since.elapsed())));
    QCOMPARE(readExactly(*peer, 4), QByteArray("late"));
    QVERIFY(ruleNarration(server->log).first().message.contains(QStringLiteral("in 300 ms")));
}

void TestResponseSessions::tcpDelayedCloseWaitsAtLeastItsDelay()
{
    auto server = tcpServer(
        compiled({rule(Match::Exact, QStringLiteral("later"), Action::Close, {}, 250)}));
    auto peer = connectTo(*server);
    QVERIFY(peer);
    QSignalSpy closed(peer.get(), &QTcpSocket::disconnected);
    QElapsedTimer since;
    since.start();
    peer->write("later");
    QVERIFY(closed.wait(10000));
    QVERIFY2(since.elapsed() >= 250, qPrintable(QString::number(since.elapsed())));
}

void TestResponseSessions::tcpPendingActionsDropWithTheirConnection()
{
    auto server = tcpServer(compiled(
        {rule(Match::Contains, QStringLiteral("x"), Action::Reply, QStringLiteral("late"), 60000),
         rule(Match::Contains, QStringLiteral("y"), Action::Reply, QStringLiteral("later"), 200)}));
    auto leaving = connectTo(*server);
    QVERIFY(leaving);
    for (int i = 0; i < 3; ++i) {
        leaving->write("x");
        QVERIFY(leaving->waitForBytesWritten(5000));
        QVERIFY(waitUntil([&] { return ruleNarration(server->log).size() == i + 1; }));
    }
    leaving->disconnectFromHost();
    QTRY_COMPARE(eventsOfKind(server->log, TrafficEvent::Kind::Closed).size(), 1);
    const QList<TrafficEvent> dropped
        = infosContaining(server->log, QStringLiteral("delayed rule action"));
    QCOMPARE(dropped.size(), 1);
    QVERIFY2(dropped.first().message.startsWith(QStringLiteral("3 delayed")),
             qPrintable(dropped.first().message));
    // Another connection's delayed replies still come.
    auto staying = connectTo(*server);
    QVERIFY(staying);
    staying->write("y");
    QCOMPARE(readExactly(*staying, 5), QByteArray("later"));
    const QList<TrafficEvent> sent = eventsOfKind(server->log, TrafficEvent::Kind::Sent);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().connectionId, 2);
    QCOMPARE(server->log.sessionCounters(1).errors, 0u);
}

void TestResponseSessions::tcpPendingActionsAreBounded()
{
    auto server = tcpServer(compiled({rule(Match::Contains, QStringLiteral("x"), Action::Reply,
                                           QStringLiteral("never"), 600000)}));
    auto peer = connectTo(*server);
    QVERIFY(peer);
    peer->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // One trigger per received chunk: each waits for the server to have read the previous.
    const int bound = DelayedActions::DefaultMaxActions;
    for (int i = 0; i < bound + 5; ++i) {
        peer->write("x");
        peer->flush();
        QVERIFY(waitUntil([&] {
            return server->log.sessionCounters(1).messagesIn == static_cast<quint64>(i + 1);
        }));
    }
    const QList<TrafficEvent> errors = eventsOfKind(server->log, TrafficEvent::Kind::Error);
    QCOMPARE(errors.size(), 5);
    QVERIFY2(errors.first().message.contains(QString::number(bound)),
             qPrintable(errors.first().message));
    // Closing the connection frees them all, and says how many.
    peer->disconnectFromHost();
    QTRY_COMPARE(infosContaining(server->log, QStringLiteral("delayed rule action")).size(), 1);
    QVERIFY(infosContaining(server->log, QStringLiteral("delayed rule action"))
                .first()
                .message.startsWith(QString::number(bound)));
    // ... and their room: a new connection's trigger is queued again, not refused.
    auto next = connectTo(*server);
    QVERIFY(next);
    next->write("x");
    QVERIFY(waitUntil([&] {
        return server->log.sessionCounters(1).messagesIn == static_cast<quint64>(bound + 6);
    }));
    QCOMPARE(eventsOfKind(server->log, TrafficEvent::Kind::Error).size(), 5);
}

void TestResponseSessions::tcpRulesPauseReadingAPeerThatDoesNotRead()
{
    // Every chunk of 'p's is answered with a 64 KiB reply: a peer that never reads must make
    // the server stop reading, not queue replies without bound.
    const auto responder = compiled(
        {rule(Match::Contains, QStringLiteral("p"), Action::Reply, QString(64 * 1024, u'r'))});
    auto server = tcpServer(responder);
    RawPeer peer(server->session.localEndpoint().port(), 64 * 1024);
    QVERIFY(peer.isConnected());
    const qint64 limit = 256LL * 1024 * 1024;
    qint64 pushed = 0;
    const QString paused = QStringLiteral("rule replies paused reading");
    QVERIFY(waitUntil(
        [&] {
            pushed += peer.push(limit - pushed, 'p');
            return !infosContaining(server->log, paused).isEmpty() || pushed >= limit;
        },
        30000));
    QVERIFY(!infosContaining(server->log, paused).isEmpty());
    // Reading stopped: the kernel queues fill and the peer cannot push much more.
    for (int i = 0; i < 100 && pushed < limit; ++i) {
        pushed += peer.push(limit - pushed, 'p');
        QCoreApplication::processEvents();
    }
    QVERIFY2(pushed < 64LL * 1024 * 1024, qPrintable(QString::number(pushed)));
    // Nothing refused: the bounded send path paused reading before its queue overflowed.
    QCOMPARE(server->log.sessionCounters(1).errors, 0u);
    // Every reply names its rule: on its own sent row when the kernel took it at once, on a
    // narration row when it had to wait in the queue (its sent row comes later).
    const qsizetype named = ruleReplies(server->log).size() + ruleNarration(server->log).size();
    QCOMPARE(quint64(named), responder->fireCounts().at(0));
    QVERIFY(!ruleReplies(server->log).isEmpty());
    QVERIFY(!ruleNarration(server->log).isEmpty());
}

void TestResponseSessions::tcpNoResponderKeepsEcho()
{
    auto server = tcpServer(nullptr, true);
    auto peer = connectTo(*server);
    QVERIFY(peer);
    peer->write("same");
    QCOMPARE(readExactly(*peer, 4), QByteArray("same"));
    QVERIFY(ruleNarration(server->log).isEmpty());
}

namespace {
struct UdpServer
{
    TrafficLog log;
    UdpSession session {1, &log};
    QUdpSocket peer;

    explicit UdpServer(const std::shared_ptr<Responder> &responder,
                       const QByteArray &autoReply = {})
    {
        UdpOptions options;
        options.responder = responder;
        options.autoReply = autoReply;
        session.setOptions(options);
        session.bind(QHostAddress::LocalHost, 0);
        peer.bind(QHostAddress::LocalHost, 0);
    }
    void send(const QByteArray &datagram)
    {
        peer.writeDatagram(datagram, QHostAddress::LocalHost, session.localEndpoint().port());
    }
    QByteArray nextReply(int timeoutMs = 10000)
    {
        if (!waitUntil([&] { return peer.hasPendingDatagrams(); }, timeoutMs))
            return "(none)";
        return peer.receiveDatagram().data();
    }
};
} // namespace

void TestResponseSessions::udpRepliesByRuleWithGroupsAndDefault()
{
    UdpServer server(
        compiled({rule(Match::Regex, QStringLiteral("temp=(\\d+)"), Action::Reply,
                       QStringLiteral("ack {{group:1}}")),
                  rule(Match::Suffix, QStringLiteral("?"), Action::Reply, QStringLiteral("yes"))},
                 ResponseRules::Default::Reply, QStringLiteral("default")));
    server.send("sensor temp=21 ok?");
    QCOMPARE(server.nextReply(), QByteArray("ack 21"));
    server.send("ready?");
    QCOMPARE(server.nextReply(), QByteArray("yes"));
    server.send("anything");
    QCOMPARE(server.nextReply(), QByteArray("default"));
    // Each reply's own sent row names its rule; no separate row per request.
    QTRY_COMPARE(ruleReplies(server.log).size(), 3);
    const QList<TrafficEvent> replies = ruleReplies(server.log);
    QVERIFY2(replies.at(0).message.contains(QStringLiteral("rule 1 (")),
             qPrintable(replies.at(0).message));
    QCOMPARE(replies.at(0).payload, QByteArray("ack 21"));
    QVERIFY(replies.at(1).message.contains(QStringLiteral("rule 2 (")));
    QVERIFY(replies.at(2).message.contains(QStringLiteral("no rule matched")));
    QCOMPARE(replies.at(0).peer.port(), server.peer.localPort());
    QVERIFY(ruleNarration(server.log).isEmpty());
}

void TestResponseSessions::udpCloseAndResetActAsDropAndSaySoOnce()
{
    UdpServer server(compiled(
        {rule(Match::Exact, QStringLiteral("bye"), Action::Close),
         rule(Match::Exact, QStringLiteral("rst"), Action::Reset),
         rule(Match::Exact, QStringLiteral("PING"), Action::Reply, QStringLiteral("PONG"))}));
    server.send("bye");
    server.send("rst");
    server.send("bye");
    server.send("PING");
    QCOMPARE(server.nextReply(), QByteArray("PONG"));
    QCOMPARE(ruleNarration(server.log).size(), 3);
    QCOMPARE(ruleReplies(server.log).size(), 1);
    QCOMPARE(infosContaining(server.log, QStringLiteral("acts as drop")).size(), 3);
    QCOMPARE(infosContaining(server.log, QStringLiteral("no connection to close")).size(), 1);
    QCOMPARE(eventsOfKind(server.log, TrafficEvent::Kind::Sent).size(), 1);
    QCOMPARE(server.session.state(), UdpSession::State::Bound);
}

void TestResponseSessions::udpDelayedReplyWaitsAtLeastItsDelay()
{
    UdpServer server(compiled(
        {rule(Match::Exact, QStringLiteral("slow"), Action::Reply, QStringLiteral("late"), 250),
         rule(Match::Exact, QStringLiteral("fast"), Action::Reply, QStringLiteral("now"))}));
    QSignalSpy arrived(&server.peer, &QUdpSocket::readyRead);
    QElapsedTimer since;
    since.start();
    server.send("slow");
    server.send("fast");
    // The undelayed reply overtakes the delayed one.
    QCOMPARE(server.nextReply(), QByteArray("now"));
    QCOMPARE(server.nextReply(), QByteArray("late"));
    QVERIFY2(since.elapsed() >= 250, qPrintable(QString::number(since.elapsed())));
    // The delayed one is announced when decided, and its sent row names the rule too.
    QCOMPARE(ruleNarration(server.log).size(), 1);
    QVERIFY(ruleNarration(server.log).first().message.contains(QStringLiteral("in 250 ms")));
    QTRY_COMPARE(ruleReplies(server.log).size(), 2);
    QVERIFY(ruleReplies(server.log).at(1).message.contains(QStringLiteral("rule 1 (")));
}

void TestResponseSessions::udpPendingRepliesAreBoundedAndDroppedAtClose()
{
    UdpServer server(compiled({rule(Match::Prefix, QStringLiteral("x"), Action::Reply,
                                    QStringLiteral("never"), 600000)}));
    const int bound = DelayedActions::DefaultMaxActions;
    for (int i = 0; i < bound + 10; ++i)
        server.send("x" + QByteArray::number(i));
    QVERIFY(waitUntil(
        [&] { return server.session.datagramsReceived() == static_cast<quint64>(bound + 10); }));
    const QList<TrafficEvent> errors = eventsOfKind(server.log, TrafficEvent::Kind::Error);
    QCOMPARE(errors.size(), 10);
    QVERIFY2(errors.first().message.contains(QString::number(bound)),
             qPrintable(errors.first().message));
    server.session.close();
    const QList<TrafficEvent> dropped
        = infosContaining(server.log, QStringLiteral("delayed rule action"));
    QCOMPARE(dropped.size(), 1);
    QVERIFY2(dropped.first().message.startsWith(QString::number(bound)),
             qPrintable(dropped.first().message));
}

void TestResponseSessions::udpAutoReplyOnlyWithoutResponder()
{
    UdpServer withRules(compiled({rule(Match::Exact, QStringLiteral("PING"), Action::Reply,
                                       QStringLiteral("PONG"))}),
                        "auto");
    withRules.send("PING");
    QCOMPARE(withRules.nextReply(), QByteArray("PONG"));
    withRules.send("other"); // no rule, no default: the auto-reply does not stand in
    withRules.send("PING");
    QCOMPARE(withRules.nextReply(), QByteArray("PONG"));

    UdpServer without(nullptr, "auto");
    without.send("PING");
    QCOMPARE(without.nextReply(), QByteArray("auto"));
}

QTEST_GUILESS_MAIN(TestResponseSessions)
#include "tst_responsesessions.moc"
