// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/lessons.h"
#include "learn/portholders.h"
#include "learn/pythonprogram.h"
#include "net/socketnarration.h"

#include <QTest>

// Which events teach which lesson, and the Python program's literals (issue 14, items 3-4).
class tst_LearnLessons : public QObject
{
    Q_OBJECT

private slots:
    void templatesAreRecognised();
    void refusedAndAddressInUse();
    void udpSendAndTcpStream();
    void portsNameTheProcess();
    void icmpHintIsRecognised();
    void bytesLiterals_data();
    void bytesLiterals();
    void programNamesWhatItLeavesOut();
};

void tst_LearnLessons::templatesAreRecognised()
{
    const QString templ = QStringLiteral("Connection to %1 refused: nothing.");
    QVERIFY(Lessons::matchesTemplate(QStringLiteral("Connection to 1.2.3.4:5 refused: nothing."),
                                     templ));
    QVERIFY(
        !Lessons::matchesTemplate(QStringLiteral("x Connection to a refused: nothing."), templ));
    QVERIFY(!Lessons::matchesTemplate(QStringLiteral("Connection to a timed out."), templ));
}

void tst_LearnLessons::refusedAndAddressInUse()
{
    TrafficEvent refused;
    refused.kind = TrafficEvent::Kind::Error;
    refused.protocol = TrafficEvent::Protocol::Tcp;
    refused.message = SocketNarration::connectionFailure(
        QAbstractSocket::ConnectionRefusedError, Endpoint(QHostAddress::LocalHost, 60001), {});
    const std::optional<Lesson> lesson = Lessons::forEvent(refused, 1);
    QVERIFY(lesson);
    QVERIFY(lesson->title.contains(QStringLiteral("refused")));

    TrafficEvent inUse = refused;
    const Endpoint where(QHostAddress::LocalHost, 60001);
    inUse.message = PortHolders::explain(where, PortHolders(), true);
    QVERIFY(Lessons::forEvent(inUse, 1));
    QCOMPARE(Lessons::forEvent(inUse, 1)->title, QStringLiteral("Address already in use"));

    TrafficEvent other = refused;
    other.message = QStringLiteral("Connection to 127.0.0.1:1 timed out.");
    QVERIFY(!Lessons::forEvent(other, 1));
}

void tst_LearnLessons::udpSendAndTcpStream()
{
    TrafficEvent sent;
    sent.kind = TrafficEvent::Kind::Sent;
    sent.protocol = TrafficEvent::Protocol::Udp;
    sent.peer = Endpoint(QHostAddress::LocalHost, 60002);
    sent.size = 13;
    const std::optional<Lesson> udp = Lessons::forEvent(sent, 1);
    QVERIFY(udp);
    QVERIFY2(udp->text.contains(QStringLiteral("13-byte")), qPrintable(udp->text));
    QVERIFY(udp->text.contains(QStringLiteral("127.0.0.1:60002")));

    TrafficEvent received;
    received.kind = TrafficEvent::Kind::Received;
    received.protocol = TrafficEvent::Protocol::Tcp;
    QVERIFY(Lessons::forEvent(received, 1)->title.contains(QStringLiteral("byte stream")));
    received.message = QStringLiteral("recv() x3: 4+4+4 bytes");
    QVERIFY(Lessons::forEvent(received, 1)->text.contains(QStringLiteral("recv() x3")));

    TrafficEvent info;
    info.kind = TrafficEvent::Kind::Info;
    info.message = QStringLiteral("listen(backlog=50)");
    QVERIFY(!Lessons::forEvent(info, 1));
}

void tst_LearnLessons::portsNameTheProcess()
{
    TrafficEvent accepted;
    accepted.kind = TrafficEvent::Kind::Accepted;
    accepted.local = Endpoint(QHostAddress::LocalHost, 60001);
    accepted.peer = Endpoint(QHostAddress::LocalHost, 53422);
    const std::optional<Lesson> lesson
        = Lessons::forEvent(accepted, 777, QStringLiteral("python3 (PID 42)"));
    QVERIFY(lesson);
    QVERIFY(lesson->text.contains(QStringLiteral("PID 777")));
    QVERIFY(lesson->text.contains(QStringLiteral("held by python3 (PID 42)")));
}

void tst_LearnLessons::icmpHintIsRecognised()
{
    // UdpSession's sentence for a late ICMP port unreachable (Linux hands it only to a
    // connected UDP socket, so a plain sendto() on loopback cannot produce it here).
    TrafficEvent hint;
    hint.protocol = TrafficEvent::Protocol::Udp;
    hint.kind = TrafficEvent::Kind::Info;
    hint.message = Lessons::icmpHint();
    const std::optional<Lesson> lesson = Lessons::forEvent(hint, 1);
    QVERIFY(lesson);
    QVERIFY(lesson->text.contains(QStringLiteral("ICMP")));
    hint.message = QStringLiteral("sendto()");
    QVERIFY(!Lessons::forEvent(hint, 1));
}

void tst_LearnLessons::bytesLiterals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("literal");
    QTest::newRow("ascii") << QByteArray("Hello World!") << QStringLiteral("b'Hello World!'");
    QTest::newRow("escapes") << QByteArray("a'\\\n\r\t\x00\x7f", 8)
                             << QStringLiteral("b'a\\'\\\\\\n\\r\\t\\x00\\x7f'");
    QTest::newRow("utf-8") << QByteArray("こんにちは\n")
                           << QStringLiteral("'こんにちは\\n'.encode('utf-8')");
    QTest::newRow("not utf-8") << QByteArray("\xff\xfe", 2) << QStringLiteral("b'\\xff\\xfe'");
}

void tst_LearnLessons::bytesLiterals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, literal);
    QCOMPARE(PythonProgram::bytesLiteral(bytes), literal);
}

void tst_LearnLessons::programNamesWhatItLeavesOut()
{
    PythonProgram::Settings s;
    s.role = PythonProgram::Role::UdpClient;
    s.port = 60002;
    s.payload = "Hello Server!";
    s.notExpressed = {QStringLiteral("framing (line)"), QStringLiteral("two\nlines")};
    const QString program = PythonProgram::generate(s);
    QVERIFY(program.contains(QStringLiteral("# Not expressed here")));
    QVERIFY(program.contains(QStringLiteral("framing (line)")));
    // A line break in a comment would turn its rest into code.
    QVERIFY(!program.contains(QStringLiteral("\nlines")));
    QVERIFY(program.contains(QStringLiteral("s.sendto(b'Hello Server!', ('127.0.0.1', 60002))")));
    QVERIFY(!program.contains(QStringLiteral("::1")));

    // A server on localhost: SockLab listens on both families, the program on one.
    for (const auto role : {PythonProgram::Role::TcpServer, PythonProgram::Role::UdpServer}) {
        s.role = role;
        s.host = QStringLiteral("localhost");
        QVERIFY(PythonProgram::generate(s).contains(
                QStringLiteral("# It listens on 127.0.0.1 only; SockLab listens on ::1")));
    }
}

QTEST_GUILESS_MAIN(tst_LearnLessons)
#include "tst_learnlessons.moc"
