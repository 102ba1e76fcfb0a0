// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/trafficlog.h"
#include "net/engine.h"
#include "panes/clientpane.h"
#include "panes/filesendrow.h"
#include "panes/repeatrow.h"
#include "panes/serverpane.h"
#include "payload/inputfile.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using WidgetDriver::child;
using WidgetDriver::setLine;
using WidgetDriver::typePayload;

// The panes' Repeat row and Send file…, driven through their widgets against loopback peers.
class tst_PaneSending : public QObject
{
    Q_OBJECT

private slots:
    void clientRepeatSendsExactlyCountMessages();
    void repeatUntilStoppedStopsAndEveryMessageArrives();
    void serverRepeatReachesItsConnection();
    void clientSendsAFileByteExact();
    void serverSendsAFileToItsConnectionByteExact();
    void udpClientSendsAFileAsOneDatagramAndStatesTheLimit();

private:
    static void setRepeat(SessionPane *pane, int count, double intervalMs);
    static void connectClient(ClientPane *pane, quint16 port);
    static QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes);
    static QByteArray randomBytes(qsizetype size);
};

void tst_PaneSending::setRepeat(SessionPane *pane, int count, double intervalMs)
{
    child<QSpinBox>(pane, "repeatCountSpin")->setValue(count);
    child<QComboBox>(pane, "repeatModeCombo")->setCurrentIndex(0);
    child<QDoubleSpinBox>(pane, "repeatValueSpin")->setValue(intervalMs);
}

void tst_PaneSending::connectClient(ClientPane *pane, quint16 port)
{
    setLine(child<QLineEdit>(pane, "portEdit"), QString::number(port));
    QTest::mouseClick(child<QPushButton>(pane, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(pane->isConnected());
    // The pane learns of it from a queued signal: wait until its buttons say so.
    QTRY_VERIFY(child<QPushButton>(pane, "repeatButton")->isEnabled());
}

QString tst_PaneSending::writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

QByteArray tst_PaneSending::randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

void tst_PaneSending::clientRepeatSendsExactlyCountMessages()
{
    Engine engine;
    ClientPane pane(&engine, 1);
    pane.resize(1000, 900); // room for every row: clicks land where the widget is drawn
    pane.show();
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    connectClient(&pane, peer.serverPort());
    QTRY_VERIFY(peer.hasPendingConnections());
    QTcpSocket *socket = peer.nextPendingConnection();
    typePayload(&pane, QStringLiteral("tick\\n"));
    setRepeat(&pane, 250, 0);
    QTest::mouseClick(child<QPushButton>(&pane, "repeatButton"), Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY((received += socket->readAll()).size() >= 250 * 5);
    QCOMPARE(received, QByteArray("tick\n").repeated(250));
    // The row ends by itself and shows the count the session reported.
    QTRY_COMPARE(child<QPushButton>(&pane, "repeatButton")->text(), QStringLiteral("Start"));
    QVERIFY2(pane.repeatRow()->progressText().contains(QStringLiteral("250 / 250")),
             qPrintable(pane.repeatRow()->progressText()));
}

void tst_PaneSending::repeatUntilStoppedStopsAndEveryMessageArrives()
{
    Engine engine;
    ClientPane pane(&engine, 1);
    pane.resize(1000, 900); // room for every row: clicks land where the widget is drawn
    pane.show();
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    connectClient(&pane, peer.serverPort());
    QTRY_VERIFY(peer.hasPendingConnections());
    QTcpSocket *socket = peer.nextPendingConnection();
    typePayload(&pane, QStringLiteral("abc"));
    setRepeat(&pane, 0, 2); // until stopped, every 2 ms
    auto *button = child<QPushButton>(&pane, "repeatButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY((received += socket->readAll()).size() >= 3 * 5);
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(button->text(), QStringLiteral("Start"));
    // Stopped for good: what the session counted as sent is what arrives, whole messages only.
    const quint64 sentBytes = engine.log()->sessionCounters(pane.sessionId()).bytesOut;
    QVERIFY(sentBytes % 3 == 0 && sentBytes >= 15);
    QTRY_COMPARE(quint64((received += socket->readAll()).size()), sentBytes);
    QCOMPARE(received, QByteArray("abc").repeated(int(sentBytes / 3)));
    QCOMPARE(engine.log()->sessionCounters(pane.sessionId()).bytesOut, sentBytes);
}

void tst_PaneSending::serverRepeatReachesItsConnection()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.resize(1000, 900); // room for every row: clicks land where the widget is drawn
    pane.show();
    setLine(child<QLineEdit>(&pane, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(&pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(pane.localEndpoint().port() != 0);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, pane.localEndpoint().port());
    QVERIFY(peer.waitForConnected(5000));
    QTRY_VERIFY(child<QPushButton>(&pane, "repeatButton")->isEnabled());
    typePayload(&pane, QStringLiteral("\\x00\\xffsrv"));
    setRepeat(&pane, 100, 0);
    QTest::mouseClick(child<QPushButton>(&pane, "repeatButton"), Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY((received += peer.readAll()).size() >= 500);
    QCOMPARE(received, QByteArray("\x00\xffsrv", 5).repeated(100));
    pane.stop();
}

void tst_PaneSending::clientSendsAFileByteExact()
{
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
    const QString path = writeFile(dir, bytes);
    QVERIFY(!path.isEmpty());
    Engine engine;
    ClientPane pane(&engine, 1);
    pane.resize(1000, 900); // room for every row: clicks land where the widget is drawn
    pane.show();
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    connectClient(&pane, peer.serverPort());
    QTRY_VERIFY(peer.hasPendingConnections());
    QTcpSocket *socket = peer.nextPendingConnection();
    pane.fileSendRow()->setDialogOverride(path);
    QTest::mouseClick(child<QPushButton>(&pane, "sendFileButton"), Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= bytes.size(), 30000);
    QCOMPARE(received.size(), bytes.size());
    QVERIFY(received == bytes);
    QTRY_VERIFY(!pane.fileSendRow()->isStreaming());
    QVERIFY2(pane.fileSendRow()->messageText().contains(QStringLiteral("File sent")),
             qPrintable(pane.fileSendRow()->messageText()));
}

void tst_PaneSending::serverSendsAFileToItsConnectionByteExact()
{
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(1024 * 1024 + 3);
    const QString path = writeFile(dir, bytes);
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.resize(1000, 900); // room for every row: clicks land where the widget is drawn
    pane.show();
    setLine(child<QLineEdit>(&pane, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(&pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(pane.localEndpoint().port() != 0);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, pane.localEndpoint().port());
    QVERIFY(peer.waitForConnected(5000));
    auto *sendFile = child<QPushButton>(&pane, "sendFileButton");
    QTRY_VERIFY(sendFile->isEnabled()); // the only connection is the one it goes to
    pane.fileSendRow()->setDialogOverride(path);
    QTest::mouseClick(sendFile, Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += peer.readAll()).size() >= bytes.size(), 30000);
    QVERIFY(received == bytes);
    pane.stop();
}

void tst_PaneSending::udpClientSendsAFileAsOneDatagramAndStatesTheLimit()
{
    QTemporaryDir dir;
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    Engine engine;
    ClientPane pane(&engine, 1);
    pane.resize(1000, 900); // room for every row: clicks land where the widget is drawn
    pane.show();
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(&pane, "portEdit"), QString::number(peer.localPort()));
    const QByteArray small = randomBytes(1200);
    pane.fileSendRow()->setDialogOverride(writeFile(dir, small));
    QTest::mouseClick(child<QPushButton>(&pane, "sendFileButton"), Qt::LeftButton);
    QTRY_VERIFY(peer.hasPendingDatagrams());
    QByteArray datagram(int(peer.pendingDatagramSize()), 0);
    peer.readDatagram(datagram.data(), datagram.size());
    QVERIFY(datagram == small);

    // One byte over what a datagram to IPv4 holds: refused, and the sentence says the limit.
    pane.fileSendRow()->setDialogOverride(
            writeFile(dir, randomBytes(InputFile::maxUdpPayloadIpv4 + 1)));
    QTest::mouseClick(child<QPushButton>(&pane, "sendFileButton"), Qt::LeftButton);
    const QString text = pane.fileSendRow()->messageText();
    QVERIFY2(text.contains(QStringLiteral("65")) && text.contains(QStringLiteral("507")),
             qPrintable(text));
    QVERIFY(!peer.hasPendingDatagrams());
}

QTEST_MAIN(tst_PaneSending)
#include "tst_panesending.moc"
