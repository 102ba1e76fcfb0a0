// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionsview.h"
#include "net/engine.h"
#include "panes/clientpane.h"
#include "panes/pythonprogramdialog.h"
#include "panes/serverpane.h"
#include "trafficview/lessonpanel.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "widgetdriver.h"
#include "window/mainwindow.h"
#include "window/windowsettings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using WidgetDriver::child;
using WidgetDriver::setLine;
using WidgetDriver::typePayload;

// Lessons where they happen (issue 14, item 3) and Show as Python (item 4), driven through the
// real window offscreen against loopback sockets and a python3 peer.
class tst_Lessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void timeWaitPortIsExplainedInPaneAndLesson();
    void refusedConnectionTeachesTcp();
    void udpSendTeachesSilentSuccess();
    void portsNameThePeersProcess();
    void showAsPythonDialogCopiesAndSaves();

private:
    // Selects the newest row of kind in the log view; false if there is none yet.
    static bool selectRow(MainWindow &window, int sessionId, TrafficEvent::Kind kind);
};

void tst_Lessons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Lessons::init()
{
    QSettings settings(WindowSettings::organizationName(), WindowSettings::applicationName());
    QFile::remove(settings.fileName());
}

bool tst_Lessons::selectRow(MainWindow &window, int sessionId, TrafficEvent::Kind kind)
{
    TrafficLogModel *model = window.logModel();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const TrafficEvent &event = model->eventAt(row);
        if (event.sessionId != sessionId || event.kind != kind)
            continue;
        TrafficLogView *view = window.logView();
        const QModelIndex index = view->filterModel()->mapFromSource(model->index(row, 0));
        child<QTableView>(view, "tableView")->setCurrentIndex(index);
        return true;
    }
    return false;
}

void tst_Lessons::timeWaitPortIsExplainedInPaneAndLesson()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: it plays the tutorial's server_tcp.py here");
    // The tutorial's server: no SO_REUSEADDR, and it closes the connection first, so its side
    // waits in TIME-WAIT on the port after the program has ended.
    QProcess peer;
    peer.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 0))
s.listen(1)
c = socket.create_connection(s.getsockname(), timeout=10)
conn, addr = s.accept()
conn.send(b'Hello World!')
conn.close()
c.settimeout(10)
while c.recv(4096):
    pass
c.close()
print(s.getsockname()[1])
s.close()
)")});
    QVERIFY(peer.waitForFinished(20000));
    QCOMPARE(peer.exitCode(), 0);
    const QString port = QString::fromLatin1(peer.readAllStandardOutput()).trimmed();
    QVERIFY(port.toInt() > 0);

    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    setLine(child<QLineEdit>(server, "portEdit"), port);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->isStatusError());
    const QString status = child<QLabel>(server, "statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("TIME-WAIT")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("SO_REUSEADDR")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("another program")), qPrintable(status));

    QTRY_VERIFY(selectRow(window, server->sessionId(), TrafficEvent::Kind::Error));
    LessonPanel *lesson = window.logView()->lessonPanel();
    QTRY_VERIFY(lesson->isVisible());
    QVERIFY2(lesson->title().contains(QStringLiteral("Address already in use")),
             qPrintable(lesson->title()));
    QVERIFY(lesson->text().contains(QStringLiteral("TIME-WAIT")));
}

void tst_Lessons::refusedConnectionTeachesTcp()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    child<QComboBox>(client, "hostCombo")->setCurrentText(QStringLiteral("127.0.0.1"));
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(port));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isStatusError());
    QTRY_VERIFY(selectRow(window, client->sessionId(), TrafficEvent::Kind::Error));
    LessonPanel *lesson = window.logView()->lessonPanel();
    QTRY_VERIFY(lesson->isVisible());
    QVERIFY2(lesson->title().contains(QStringLiteral("refused")), qPrintable(lesson->title()));
    QVERIFY(lesson->text().contains(QStringLiteral("UDP")));

    // A row without a lesson hides the panel.
    QVERIFY(selectRow(window, client->sessionId(), TrafficEvent::Kind::Info));
    QTRY_VERIFY(!lesson->isVisible());
}

void tst_Lessons::udpSendTeachesSilentSuccess()
{
    QUdpSocket closed;
    QVERIFY(closed.bind(QHostAddress::LocalHost, 0));
    const quint16 port = closed.localPort();
    closed.close();

    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(port));
    typePayload(client, QStringLiteral("Hello Server!"));
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(selectRow(window, client->sessionId(), TrafficEvent::Kind::Sent));
    LessonPanel *lesson = window.logView()->lessonPanel();
    QTRY_VERIFY(lesson->isVisible());
    QVERIFY2(lesson->title().contains(QStringLiteral("UDP")), qPrintable(lesson->title()));
    QVERIFY2(lesson->text().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(lesson->text()));
}

void tst_Lessons::portsNameThePeersProcess()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    child<QComboBox>(client, "hostCombo")->setCurrentText(QStringLiteral("127.0.0.1"));
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(server->localEndpoint().port()));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());

    // The Connections table's snapshot (read off the GUI thread) names the client's process.
    QSignalSpy refreshed(window.connectionsView(), &ConnectionsView::refreshed);
    window.connectionsView()->refreshNow();
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(selectRow(window, server->sessionId(), TrafficEvent::Kind::Accepted));
    LessonPanel *lesson = window.logView()->lessonPanel();
    QTRY_VERIFY(lesson->isVisible());
    QVERIFY2(lesson->title().contains(QStringLiteral("Ports")), qPrintable(lesson->title()));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(lesson->text().contains(QStringLiteral("(PID %1)").arg(pid)),
             qPrintable(lesson->text()));
    QVERIFY2(lesson->text().contains(QStringLiteral("held by tst_lessons (PID %1)").arg(pid)),
             qPrintable(lesson->text()));
}

void tst_Lessons::showAsPythonDialogCopiesAndSaves()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    setLine(child<QLineEdit>(server, "greetingEdit"), QStringLiteral("Hello World!"));
    QTest::mouseClick(child<QPushButton>(server, "showAsPythonButton"), Qt::LeftButton);
    auto *dialog = server->findChild<PythonProgramDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString program = child<QPlainTextEdit>(dialog, "pythonProgramText")->toPlainText();
    QVERIFY2(program.contains(QStringLiteral("s.bind(('127.0.0.1', 0))")), qPrintable(program));
    QVERIFY(program.contains(QStringLiteral("s.listen(1)")));
    QVERIFY(program.contains(QStringLiteral("conn.sendall(b'Hello World!')")));
    QVERIFY(child<QPlainTextEdit>(dialog, "pythonProgramText")->isReadOnly());

    QTest::mouseClick(child<QPushButton>(dialog, "pythonCopyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), program);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("server_tcp.py"));
    QVERIFY(dialog->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), program);

    // A symbolic link is refused, and what it points to stays as it was.
    const QString target = dir.filePath(QStringLiteral("precious.txt"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const QString link = dir.filePath(QStringLiteral("link.py"));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY(!dialog->saveTo(link, &error));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    QVERIFY(child<QLabel>(dialog, "pythonProgramStatus")
                ->text()
                .contains(QStringLiteral("symbolic link")));
    dialog->close();

    // TLS is named among what the program leaves out, not silently dropped.
    QVERIFY(!program.contains(QStringLiteral("TLS")));
    child<QCheckBox>(server, "tlsCheck")->setChecked(true);
    PythonProgramDialog *tlsDialog = server->showAsPython();
    QVERIFY2(tlsDialog->program().contains(QStringLiteral("TLS")),
             qPrintable(tlsDialog->program()));
    tlsDialog->close();
    child<QCheckBox>(server, "tlsCheck")->setChecked(false);

    // The client pane: a UDP client sends its editor's bytes with sendto().
    ClientPane *client = window.currentClientPane();
    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(client, "portEdit"), QStringLiteral("60002"));
    typePayload(client, QStringLiteral("Hello Server!"));
    PythonProgramDialog *clientDialog = client->showAsPython();
    const QString clientProgram = clientDialog->program();
    QVERIFY2(clientProgram.contains(QStringLiteral("socket.SOCK_DGRAM")),
             qPrintable(clientProgram));
    QVERIFY(
        clientProgram.contains(QStringLiteral("s.sendto(b'Hello Server!', ('127.0.0.1', 60002))")));
    clientDialog->close();
}

QTEST_MAIN(tst_Lessons)
#include "tst_lessons.moc"
