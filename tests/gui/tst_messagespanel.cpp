// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/messagestore.h"
#include "messagespanel/messagefiltermodel.h"
#include "messagespanel/messagelibrarydocument.h"
#include "messagespanel/messagelistmodel.h"
#include "messagespanel/messagespanel.h"
#include "net/engine.h"
#include "panes/clientpane.h"
#include "panes/panetabwidget.h"
#include "panes/payloadeditor.h"
#include "panes/repeatrow.h"
#include "panes/serverpane.h"
#include "widgetdriver.h"
#include "window/mainwindow.h"
#include "window/messagerouter.h"
#include "window/windowsettings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUdpSocket>
#include <QUndoStack>

using WidgetDriver::child;
using WidgetDriver::setLine;
using WidgetDriver::typePayload;

// The Messages panel driven as a user would, offscreen: real widgets, a library file in a
// temporary folder, loopback peers written with Qt sockets.
class tst_MessagesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveEditorAsMessageIsKeptOnDisk();
    void searchFiltersAsYouType();
    void doubleClickSendsToTheConnectedClientByteExact();
    void enterSendsAMessageWithAUdpTargetByteExact();
    void severalSelectedGoOutAsASequenceInOrder();
    void serverPaneSendsToItsConnectionWhenFocused();
    void deleteIsUndoable();
    void duplicateAndRenameInPlace();
    void packetSenderImportShowsItsWarningsInOneDialog();
    void damagedLibraryIsReportedAndKeptAside();
    void panelStateIsPersisted();
    void eachPaneKeepsItsOwnHistoryOfSends();

private:
    struct Fixture
    {
        QTemporaryDir dir;
        Engine engine;
        MainWindow window{&engine};
        QString path() const { return dir.filePath(QStringLiteral("messages.json")); }
        MessagesPanel *panel() const { return window.messagesPanel(); }
        bool load()
        {
            QSignalSpy loaded(window.messageLibrary(), &MessageLibraryDocument::loaded);
            window.loadMessageLibrary(path());
            return loaded.wait(5000);
        }
    };
    static Message message(const QString &name, const QByteArray &payload);
    static void add(Fixture &f, const QList<Message> &messages);
    static int rowOf(MessagesPanel *panel, const QString &name);
    static void select(MessagesPanel *panel, const QStringList &names);
    static void connectClient(ClientPane *pane, quint16 port);
};

void tst_MessagesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Message tst_MessagesPanel::message(const QString &name, const QByteArray &payload)
{
    Message m;
    m.name = name;
    m.payload = payload;
    return m;
}

void tst_MessagesPanel::add(Fixture &f, const QList<Message> &messages)
{
    MessageLibrary next = f.window.messageLibrary()->library();
    QCOMPARE(next.merge(messages), messages.size());
    f.window.messageLibrary()->apply(next, QStringLiteral("test"));
}

int tst_MessagesPanel::rowOf(MessagesPanel *panel, const QString &name)
{
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, MessageListModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}

void tst_MessagesPanel::select(MessagesPanel *panel, const QStringList &names)
{
    QTreeView *view = panel->view();
    view->clearSelection();
    for (const QString &name : names) {
        const int row = rowOf(panel, name);
        QVERIFY2(row >= 0, qPrintable(name));
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (name == names.first())
            view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                    QItemSelectionModel::NoUpdate);
    }
}

void tst_MessagesPanel::connectClient(ClientPane *pane, quint16 port)
{
    setLine(child<QLineEdit>(pane, "portEdit"), QString::number(port));
    QTest::mouseClick(child<QPushButton>(pane, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(pane->isConnected());
    QTRY_VERIFY(pane->canSendMessages());
    QTRY_VERIFY(child<QPushButton>(pane, "sendButton")->isEnabled());
}

void tst_MessagesPanel::saveEditorAsMessageIsKeptOnDisk()
{
    Fixture f;
    QVERIFY(f.load());
    ClientPane *client = f.window.currentClientPane();
    typePayload(client, QStringLiteral("PING\\r\\n\\x01"));
    QSignalSpy saved(f.window.messageLibrary(), &MessageLibraryDocument::saved);
    QVERIFY(f.panel()->saveEditorAs(QStringLiteral("Ping")));
    QVERIFY(rowOf(f.panel(), QStringLiteral("Ping")) >= 0);
    QVERIFY(saved.wait(5000));
    const MessageStore::LoadResult back = MessageStore::load(f.path());
    QVERIFY(back.problem.isEmpty());
    const auto found = back.library.find(QStringLiteral("Ping"));
    QVERIFY(found.has_value());
    QCOMPARE(found->payload, QByteArray("PING\r\n\x01"));
}

void tst_MessagesPanel::searchFiltersAsYouType()
{
    Fixture f;
    QVERIFY(f.load());
    Message notes = message(QStringLiteral("alpha"), "zzz");
    notes.notes = QStringLiteral("modbus probe");
    Message folder = message(QStringLiteral("beta"), "yyy");
    folder.folder = QStringLiteral("Modbus/RTU");
    add(f, {notes, folder, message(QStringLiteral("gamma"), "modbus in payload"),
            message(QStringLiteral("delta"), "\x01\x7f\x7e\x02")});
    auto *search = child<QLineEdit>(f.panel(), "messageSearchEdit");
    QAbstractItemModel *shown = f.panel()->view()->model();
    QTest::keyClicks(search, QStringLiteral("modbus"));
    QCOMPARE(shown->rowCount(), 3); // notes, folder, payload
    setLine(search, QStringLiteral("7f7e")); // the payload's hex
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("delta"));
    setLine(search, QString());
    QCOMPARE(shown->rowCount(), int(f.window.messageLibrary()->library().size()));
}

void tst_MessagesPanel::doubleClickSendsToTheConnectedClientByteExact()
{
    Fixture f;
    QVERIFY(f.load());
    Message m = message(QStringLiteral("hello"), QByteArray("GET /\x00\xff", 7));
    m.lineEnding = Message::LineEnding::CrLf;
    add(f, {m});
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    f.window.show();
    connectClient(f.window.currentClientPane(), peer.serverPort());
    QTRY_VERIFY(peer.hasPendingConnections());
    QTcpSocket *socket = peer.nextPendingConnection();
    QVERIFY(f.panel()->targetText().contains(QStringLiteral("Client 1")));

    QTreeView *view = f.panel()->view();
    const int row = rowOf(f.panel(), QStringLiteral("hello"));
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QByteArray received;
    const QByteArray expected = QByteArray("GET /\x00\xff\r\n", 9);
    QTRY_VERIFY((received += socket->readAll()).size() >= expected.size());
    QCOMPARE(received, expected);
}

void tst_MessagesPanel::enterSendsAMessageWithAUdpTargetByteExact()
{
    Fixture f;
    QVERIFY(f.load());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    Message m = message(QStringLiteral("probe"), QByteArray("\x01\x02\x03 udp", 7));
    m.target = Message::Target{TrafficEvent::Protocol::Udp, QStringLiteral("127.0.0.1"),
                               peer.localPort()};
    add(f, {m});
    // The client tab is idle (TCP, not connected): rule 3 sets it to the message's target.
    select(f.panel(), {QStringLiteral("probe")});
    QTest::keyClick(f.panel()->view(), Qt::Key_Return);
    QTRY_VERIFY(peer.hasPendingDatagrams());
    QByteArray datagram(int(peer.pendingDatagramSize()), 0);
    peer.readDatagram(datagram.data(), datagram.size());
    QCOMPARE(datagram, QByteArray("\x01\x02\x03 udp", 7));
    QCOMPARE(f.window.currentClientPane()->protocol(), TrafficEvent::Protocol::Udp);
}

void tst_MessagesPanel::severalSelectedGoOutAsASequenceInOrder()
{
    Fixture f;
    QVERIFY(f.load());
    add(f, {message(QStringLiteral("one"), "1-"), message(QStringLiteral("two"), "2-"),
            message(QStringLiteral("three"), "3.")});
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    f.window.show();
    connectClient(f.window.currentClientPane(), peer.serverPort());
    QTRY_VERIFY(peer.hasPendingConnections());
    QTcpSocket *socket = peer.nextPendingConnection();
    f.panel()->setStepDelayMs(1);
    select(f.panel(), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    QTest::mouseClick(child<QPushButton>(f.panel(), "messageSendButton"), Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY2((received += socket->readAll()).size() >= 6,
                 qPrintable(f.panel()->infoText() + u'|'
                            + f.window.currentClientPane()->repeatRow()->progressText()));
    QCOMPARE(received, QByteArray("1-2-3."));
}

void tst_MessagesPanel::serverPaneSendsToItsConnectionWhenFocused()
{
    Fixture f;
    QVERIFY(f.load());
    add(f, {message(QStringLiteral("reply"), "from server")});
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    ServerPane *server = f.window.currentServerPane();
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server->localEndpoint().port());
    QVERIFY(peer.waitForConnected(5000));
    QTRY_VERIFY(server->canSendMessages());
    server->payloadEditor()->setFocus();
    QTRY_VERIFY(f.window.messageRouter()->currentPane() == server);
    QVERIFY(f.panel()->targetText().contains(QStringLiteral("Server 1")));
    select(f.panel(), {QStringLiteral("reply")});
    QVERIFY(f.panel()->sendSelected());
    QByteArray received;
    QTRY_VERIFY((received += peer.readAll()).size() >= 11);
    QCOMPARE(received, QByteArray("from server"));
}

void tst_MessagesPanel::deleteIsUndoable()
{
    Fixture f;
    QVERIFY(f.load());
    add(f, {message(QStringLiteral("keep me"), "x")});
    const qsizetype before = f.window.messageLibrary()->library().size();
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.panel()->view()->setFocus();
    select(f.panel(), {QStringLiteral("keep me")});
    QTest::keyClick(f.panel()->view(), Qt::Key_Delete);
    QCOMPARE(rowOf(f.panel(), QStringLiteral("keep me")), -1);
    QCOMPARE(f.window.messageLibrary()->library().size(), before - 1);
    QVERIFY(f.panel()->infoText().contains(QStringLiteral("Undo")));
    QTest::keyClick(f.panel()->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(rowOf(f.panel(), QStringLiteral("keep me")) >= 0);
    QCOMPARE(f.window.messageLibrary()->library().size(), before);
}

void tst_MessagesPanel::duplicateAndRenameInPlace()
{
    Fixture f;
    QVERIFY(f.load());
    add(f, {message(QStringLiteral("orig"), "payload")});
    select(f.panel(), {QStringLiteral("orig")});
    f.panel()->duplicateSelected();
    const auto copies = f.window.messageLibrary()->library().findAll(QStringLiteral("orig (copy)"));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().payload, QByteArray("payload"));

    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    select(f.panel(), {QStringLiteral("orig")});
    QTreeView *view = f.panel()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    setLine(qobject_cast<QLineEdit *>(editor), QStringLiteral("renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(rowOf(f.panel(), QStringLiteral("renamed")) >= 0);
    QCOMPARE(rowOf(f.panel(), QStringLiteral("orig")), -1);
    f.window.messageLibrary()->undoStack()->undo();
    QVERIFY(rowOf(f.panel(), QStringLiteral("orig")) >= 0);
}

void tst_MessagesPanel::packetSenderImportShowsItsWarningsInOneDialog()
{
    Fixture f;
    QVERIFY(f.load());
    // Written by hand from Packet Sender's documented packets.ini layout.
    const QString ini = f.dir.filePath(QStringLiteral("packets.ini"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\n"
               "NAMES\\1\\name=Modbus read\n"
               "NAMES\\2\\name=Web\n"
               "NAMES\\size=2\n"
               "[Modbus%20read]\n"
               "name=Modbus read\ntoIP=127.0.0.1\nport=502\ntcpOrUdp=TCP\n"
               "hexString=01 03 00 00 00 01\nrepeat=0\nfromIP=10.0.0.9\n"
               "[Web]\n"
               "name=Web\ntoIP=127.0.0.1\nport=8080\ntcpOrUdp=TCP\n"
               "hexString=47 45 54\nrepeat=0\nrequestPath=/index.html\n");
    file.close();
    QVERIFY(f.panel()->importFile(ini));
    const auto modbus = f.window.messageLibrary()->library().find(QStringLiteral("Modbus read"));
    QVERIFY(modbus.has_value());
    QCOMPARE(modbus->payload, QByteArray("\x01\x03\x00\x00\x00\x01", 6));
    auto *box = f.panel()->findChild<QMessageBox *>(QStringLiteral("importWarningsBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->detailedText().contains(QStringLiteral("fromIP")));
    QVERIFY(box->detailedText().contains(QStringLiteral("requestPath")));
    QCOMPARE(f.panel()->findChildren<QMessageBox *>().size(), 1);
    box->close();
}

void tst_MessagesPanel::damagedLibraryIsReportedAndKeptAside()
{
    Fixture f;
    QFile file(f.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": \"socklab-messages\", broken");
    file.close();
    QVERIFY(f.load());
    auto *problem = child<QLabel>(f.panel(), "messageProblemLabel");
    QVERIFY(!problem->isHidden());
    const QStringList aside = QDir(f.dir.path()).entryList({QStringLiteral("messages.json.*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(problem->text().contains(aside.first()), qPrintable(problem->text()));
    QFile kept(f.dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{ \"format\": \"socklab-messages\", broken"));
}

void tst_MessagesPanel::panelStateIsPersisted()
{
    QFile::remove(WindowSettings::filePath());
    {
        Fixture f;
        f.window.restoreSettings();
        f.window.show();
        QVERIFY(f.panel()->isVisible()); // shown by default
        f.window.addDockWidget(Qt::LeftDockWidgetArea, f.panel());
        f.panel()->setStepDelayMs(250);
        f.window.close();
    }
    {
        Fixture f;
        f.window.restoreSettings();
        f.window.show();
        QCOMPARE(f.window.dockWidgetArea(f.panel()), Qt::LeftDockWidgetArea);
        QCOMPARE(f.panel()->stepDelayMs(), 250);
        f.panel()->hide();
        f.window.close();
    }
    {
        Fixture f;
        f.window.restoreSettings();
        f.window.show();
        QVERIFY(!f.panel()->isVisible());
        f.window.messageLibrary()->waitForSaved();
    }
}

void tst_MessagesPanel::eachPaneKeepsItsOwnHistoryOfSends()
{
    Fixture f;
    f.window.restoreSettings();
    f.window.clientTabs()->addPane();
    const QString server = f.window.currentServerPane()->payloadEditor()->historyKey();
    const QString client1 = f.window.clientTabs()->paneAt(0)->payloadEditor()->historyKey();
    const QString client2 = f.window.clientTabs()->paneAt(1)->payloadEditor()->historyKey();
    QVERIFY(!server.isEmpty() && !client1.isEmpty() && !client2.isEmpty());
    QVERIFY(server != client1 && client1 != client2);

    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    auto *pane = qobject_cast<ClientPane *>(f.window.clientTabs()->paneAt(0));
    f.window.clientTabs()->setCurrentWidget(pane);
    f.window.show();
    child<QComboBox>(pane, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(pane, "portEdit"), QString::number(peer.localPort()));
    const qsizetype before = pane->payloadEditor()->history().size();
    typePayload(pane, QStringLiteral("remember me %1").arg(QCoreApplication::applicationPid()));
    QTest::mouseClick(child<QPushButton>(pane, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(peer.hasPendingDatagrams());
    const QList<Message> &history = pane->payloadEditor()->history();
    QVERIFY(history.size() == before + 1 || history.size() == before); // bounded: may drop one
    QCOMPARE(history.first().payload,
             QStringLiteral("remember me %1").arg(QCoreApplication::applicationPid()).toUtf8());
}

QTEST_MAIN(tst_MessagesPanel)
#include "tst_messagespanel.moc"
