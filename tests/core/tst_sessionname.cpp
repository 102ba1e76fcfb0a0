// SPDX-License-Identifier: GPL-3.0-or-later
// One name per session for every output: the CLI's existing "udp-server#7" format, derived
// from the role the Engine gives each session and stamped on its events.
#include "net/engine.h"
#include "net/sessionname.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "log/trafficlog.h"
#include "log/trafficlogfilewriter.h"
#include "net/udpsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_SessionName : public QObject
{
    Q_OBJECT

private slots:
    void formats();
    void engineGivesEachSessionItsRole();
    void logFileUsesTheName();
};

void tst_SessionName::formats()
{
    QCOMPARE(SessionName::of(TrafficEvent::Protocol::Tcp, TrafficEvent::Role::Server, 3),
             QStringLiteral("tcp-server#3"));
    QCOMPARE(SessionName::of(TrafficEvent::Protocol::Udp, TrafficEvent::Role::Client, 12),
             QStringLiteral("udp-client#12"));
    TrafficEvent event;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.role = TrafficEvent::Role::Server;
    event.sessionId = 7;
    QCOMPARE(SessionName::of(event), QStringLiteral("udp-server#7"));
}

void tst_SessionName::engineGivesEachSessionItsRole()
{
    Engine engine;
    const TcpServerSession *tcpServer = engine.createTcpServer();
    const TcpClientSession *tcpClient = engine.createTcpClient();
    const UdpSession *udpServer = engine.createUdp();
    const UdpSession *udpClient = engine.createUdp(TrafficEvent::Role::Client);
    QCOMPARE(SessionName::of(*tcpServer), QStringLiteral("tcp-server#%1").arg(tcpServer->id()));
    QCOMPARE(SessionName::of(*tcpClient), QStringLiteral("tcp-client#%1").arg(tcpClient->id()));
    QCOMPARE(SessionName::of(*udpServer), QStringLiteral("udp-server#%1").arg(udpServer->id()));
    QCOMPARE(SessionName::of(*udpClient), QStringLiteral("udp-client#%1").arg(udpClient->id()));
}

void tst_SessionName::logFileUsesTheName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    TrafficLog log;
    TrafficLogFileWriter writer(&log);
    QVERIFY(writer.start(path));
    TrafficEvent event;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.role = TrafficEvent::Role::Client;
    event.kind = TrafficEvent::Kind::Info;
    event.sessionId = 9;
    log.append(event);
    writer.stop();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
    // Before: "udp#9", while the CLI printed "udp-client#9" for the same session.
    QCOMPARE(line.value(u"session").toString(), QStringLiteral("udp-client#9"));
}

QTEST_GUILESS_MAIN(tst_SessionName)
#include "tst_sessionname.moc"
