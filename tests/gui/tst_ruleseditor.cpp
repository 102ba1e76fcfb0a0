// SPDX-License-Identifier: GPL-3.0-or-later
// The server pane's Rules tab and both panes' framing, driven through the real widgets
// offscreen: rules added, edited, reordered and removed through the table view, files
// imported and exported, a bad regular expression blocking Start, a running TCP server
// answering a client by rule with the Fired column counting, and framing reaching the session.
#include "messages/messagelibrary.h"
#include "messagespanel/messagelibrarydocument.h"
#include "net/engine.h"
#include "net/tcpclientsession.h"
#include "panes/clientpane.h"
#include "panes/framingedit.h"
#include "panes/serverpane.h"
#include "rules/ruleseditor.h"
#include "rules/rulesjson.h"
#include "rules/rulestablemodel.h"
#include "trafficview/trafficlogmodel.h"
#include "widgetdriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using WidgetDriver::child;
using WidgetDriver::setLine;
using namespace Qt::StringLiterals;

class tst_RulesEditor : public QObject
{
    Q_OBJECT

private slots:
    void addEditReorderRemoveThroughTheView();
    void importExportRoundTrip();
    void badImportLeavesTheRules();
    void fifoImportIsRefusedWithoutBlocking();
    void badRegexBlocksStartWithTheSentence();
    void udpShowsCloseAndResetAsNotApplying();
    void libraryMessageCanBeTheReply();
    void tcpServerAnswersByRuleAndCountsIt();
    void editWhileRunningAppliesAtOnce();
    void echoAnswersWhatNoRuleMatches();
    void countsArePolledOnlyWhileShown();
    void framingReachesTheClientSession();
    void framingReachesTheServerOptions();
    void badDelimiterBlocksConnect();

private:
    static RulesEditor *showRules(ServerPane *pane)
    {
        auto *tabs = child<QTabWidget>(pane, "middleTabs");
        tabs->setCurrentWidget(child<QWidget>(pane, "rulesPage"));
        return child<RulesEditor>(pane, "rulesEditor");
    }
    static QTableView *view(ServerPane *pane) { return child<QTableView>(pane, "rulesView"); }
    // Editors commit on a queued call and are deleted later: wait until the last one is gone.
    static bool editorsClosed(QTableView *view)
    {
        return view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly).isEmpty();
    }
    // Opens the cell's editor as a double click would and returns it.
    template<typename T> static T *openEditor(QTableView *view, int row, int column)
    {
        [&] { QTRY_VERIFY(editorsClosed(view)); }();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        return view->viewport()->findChild<T *>();
    }
    // Types into a cell and presses Enter, as a user does.
    static void typeCell(QTableView *view, int row, int column, const QString &text)
    {
        auto *edit = openEditor<QLineEdit>(view, row, column);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(editorsClosed(view));
    }
    static void pickInCell(QTableView *view, int row, int column, int data)
    {
        auto *combo = openEditor<QComboBox>(view, row, column);
        QVERIFY(combo);
        const int found = combo->findData(data);
        QVERIFY(found >= 0);
        combo->setCurrentIndex(found);
        emit combo->activated(found);
        QTRY_VERIFY(editorsClosed(view));
    }
    static void startServer(ServerPane *pane)
    {
        setLine(child<QLineEdit>(pane, "portEdit"), u"0"_s);
        QTest::mouseClick(child<QPushButton>(pane, "startButton"), Qt::LeftButton);
    }
    static bool isListening(ServerPane *pane)
    {
        return pane->localEndpoint().port() != 0
            && child<QPushButton>(pane, "startButton")->isEnabled();
    }
    static ResponseRules sampleRules()
    {
        ResponseRules rules;
        ResponseRule ping;
        ping.match = ResponseRule::Match::Prefix;
        ping.pattern = u"PING"_s;
        ping.reply = u"PONG\\r\\n"_s;
        ping.comment = u"keep-alive"_s;
        ResponseRule hex;
        hex.match = ResponseRule::Match::HexPattern;
        hex.pattern = u"02 ?? 03"_s;
        hex.reply = u"06"_s;
        hex.replyFormat = PayloadCodec::Format::Hex;
        hex.delayMs = 150;
        ResponseRule quit;
        quit.match = ResponseRule::Match::Regex;
        quit.pattern = u"^(QUIT|BYE)"_s;
        quit.action = ResponseRule::Action::Close;
        quit.enabled = false;
        rules.rules = {ping, hex, quit};
        rules.defaultAction = ResponseRules::Default::Reply;
        rules.defaultReply = u"ERR\\n"_s;
        return rules;
    }
};

void tst_RulesEditor::addEditReorderRemoveThroughTheView()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    RulesEditor *editor = showRules(&pane);
    RulesTableModel *model = editor->model();
    QAbstractItemModelTester tester(model);
    QTableView *table = view(&pane);

    // Add opens the new rule's pattern for typing.
    QTest::mouseClick(child<QPushButton>(&pane, "addRuleButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    auto *pattern = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(pattern);
    QTest::keyClicks(pattern, u"PING"_s);
    QTest::keyClick(pattern, Qt::Key_Return);
    QTRY_COMPARE(model->rule(0).pattern, u"PING"_s);
    typeCell(table, 0, RulesTableModel::ReplyColumn, u"PONG\\n"_s);
    QCOMPARE(model->rule(0).reply, u"PONG\\n"_s);

    QTest::mouseClick(child<QPushButton>(&pane, "addRuleButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
    pickInCell(table, 1, RulesTableModel::MatchColumn, int(ResponseRule::Match::Regex));
    typeCell(table, 1, RulesTableModel::PatternColumn, u"^GET (\\S+)"_s);
    pickInCell(table, 1, RulesTableModel::ActionColumn,
               int(RulesTableModel::ActionChoice::ReplyHex));
    typeCell(table, 1, RulesTableModel::ReplyColumn, u"06 0d 0a"_s);
    auto *delay = openEditor<QSpinBox>(table, 1, RulesTableModel::DelayColumn);
    QVERIFY(delay);
    delay->setValue(250);
    QTest::keyClick(delay, Qt::Key_Return);
    QTRY_VERIFY(editorsClosed(table));
    typeCell(table, 1, RulesTableModel::CommentColumn, u"status"_s);
    const ResponseRule second = model->rule(1);
    QCOMPARE(second.match, ResponseRule::Match::Regex);
    QCOMPARE(second.pattern, u"^GET (\\S+)"_s);
    QCOMPARE(second.action, ResponseRule::Action::Reply);
    QCOMPARE(second.replyFormat, PayloadCodec::Format::Hex);
    QCOMPARE(second.reply, u"06 0d 0a"_s);
    QCOMPARE(second.delayMs, 250);
    QCOMPARE(second.comment, u"status"_s);

    // Off with the space bar on the On cell.
    table->setCurrentIndex(model->index(0, RulesTableModel::OnColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(model->rule(0).enabled, false);
    QCOMPARE(editor->summary(), u"Rules (1)"_s);
    QCOMPARE(child<QTabWidget>(&pane, "middleTabs")->tabText(1), u"Rules (1)"_s);

    // Move the regex rule up: it is tried first now.
    table->setCurrentIndex(model->index(1, RulesTableModel::PatternColumn));
    QTest::mouseClick(child<QToolButton>(&pane, "moveUpButton"), Qt::LeftButton);
    QCOMPARE(model->rule(0).pattern, u"^GET (\\S+)"_s);
    QCOMPARE(model->rule(1).pattern, u"PING"_s);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::mouseClick(child<QToolButton>(&pane, "moveDownButton"), Qt::LeftButton);
    QCOMPARE(model->rule(1).pattern, u"^GET (\\S+)"_s);

    QTest::mouseClick(child<QPushButton>(&pane, "removeRuleButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rule(0).pattern, u"PING"_s);
    // The pane's config carries the rules (the settings and presets go through it).
    QCOMPARE(pane.config().rules.rules, model->rules());
}

void tst_RulesEditor::importExportRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rules.json"_s);
    Engine engine;
    ServerPane first(&engine, 1);
    RulesEditor *source = showRules(&first);
    source->setRules(sampleRules());
    QVERIFY(source->exportFile(path));
    QVERIFY2(first.statusText().contains(u"3 rule"_s), qPrintable(first.statusText()));

    ServerPane second(&engine, 2);
    RulesEditor *target = showRules(&second);
    QSignalSpy edited(target, &RulesEditor::rulesEdited);
    QVERIFY(target->importFile(path));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(target->rules(), sampleRules());
    QCOMPARE(target->model()->rowCount(), 3);
    // What was exported is the documented RulesJson (the CLI's --rules reads the same).
    QString error;
    QCOMPARE(RulesJson::readFile(path, &error), std::optional<ResponseRules>(sampleRules()));
}

void tst_RulesEditor::badImportLeavesTheRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": [{"match": "telepathy", "pattern": "x"}]})");
    }
    Engine engine;
    ServerPane pane(&engine, 1);
    RulesEditor *editor = showRules(&pane);
    editor->setRules(sampleRules());
    QVERIFY(!editor->importFile(path));
    QCOMPARE(editor->rules(), sampleRules());
    QVERIFY(pane.isStatusError());
    QVERIFY2(!pane.statusText().isEmpty(), qPrintable(pane.statusText()));
}

void tst_RulesEditor::fifoImportIsRefusedWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rules.fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    Engine engine;
    ServerPane pane(&engine, 1);
    RulesEditor *editor = showRules(&pane);
    editor->setRules(sampleRules());
    // No writer ever opens the FIFO: reading it would block this test (and the window) forever.
    QVERIFY(!editor->importFile(path));
    QCOMPARE(editor->rules(), sampleRules());
    QVERIFY(pane.isStatusError());
    QVERIFY2(pane.statusText().contains(u"not a regular file"_s), qPrintable(pane.statusText()));
}

void tst_RulesEditor::badRegexBlocksStartWithTheSentence()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    RulesEditor *editor = showRules(&pane);
    QTableView *table = view(&pane);
    QTest::mouseClick(child<QPushButton>(&pane, "addRuleButton"), Qt::LeftButton);
    QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
    pickInCell(table, 0, RulesTableModel::MatchColumn, int(ResponseRule::Match::Regex));
    typeCell(table, 0, RulesTableModel::PatternColumn, u"(unclosed"_s);
    // Shown as typed: in the cell's tool tip and the status line; nothing typed is lost.
    const QModelIndex cell = editor->model()->index(0, RulesTableModel::PatternColumn);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"regular expression"_s));
    QCOMPARE(cell.data(Qt::EditRole).toString(), u"(unclosed"_s);
    QVERIFY(pane.isStatusError());
    QVERIFY2(pane.statusText().startsWith(u"Rule 1: "_s), qPrintable(pane.statusText()));

    child<QTabWidget>(&pane, "middleTabs")->setCurrentIndex(0);
    startServer(&pane);
    QVERIFY(!pane.isRunning());
    QCOMPARE(pane.sessionId(), 0); // nothing was created, nothing listened
    QVERIFY2(pane.statusText().contains(u"regular expression"_s), qPrintable(pane.statusText()));
    QCOMPARE(child<QTabWidget>(&pane, "middleTabs")->currentWidget(),
             child<QWidget>(&pane, "rulesPage"));

    typeCell(table, 0, RulesTableModel::PatternColumn, u"(closed)"_s);
    QVERIFY(!pane.isStatusError());
    startServer(&pane);
    QTRY_VERIFY(isListening(&pane));
    pane.stop();
}

void tst_RulesEditor::udpShowsCloseAndResetAsNotApplying()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    RulesEditor *editor = showRules(&pane);
    ResponseRules rules;
    ResponseRule close;
    close.pattern = u"x"_s;
    close.action = ResponseRule::Action::Close;
    rules.rules = {close};
    editor->setRules(rules);
    const QModelIndex action = editor->model()->index(0, RulesTableModel::ActionColumn);
    QVERIFY(!action.data(Qt::ToolTipRole).toString().contains(u"UDP"_s));
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    QVERIFY(action.data(Qt::ToolTipRole).toString().contains(u"UDP has no connection"_s));
    QVERIFY(action.data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(editor->model()->rowCount(), 1); // shown, not hidden
}

void tst_RulesEditor::libraryMessageCanBeTheReply()
{
    MessageLibraryDocument library;
    MessageLibrary messages;
    Message ack;
    ack.name = u"ACK"_s;
    ack.folder = u"device"_s;
    ack.payload = "\x06";
    const auto id = messages.add(ack);
    QVERIFY(id);
    library.apply(messages, u"add"_s);

    Engine engine;
    ServerPane pane(&engine, 1);
    pane.setMessageLibrary(&library);
    pane.show();
    RulesEditor *editor = showRules(&pane);
    QTableView *table = view(&pane);
    QTest::mouseClick(child<QPushButton>(&pane, "addRuleButton"), Qt::LeftButton);
    QTest::keyClicks(table->viewport()->findChild<QLineEdit *>(), u"ENQ"_s);
    QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Return);
    QTRY_VERIFY(editorsClosed(table));
    pickInCell(table, 0, RulesTableModel::ActionColumn,
               int(RulesTableModel::ActionChoice::ReplyMessage));
    QCOMPARE(editor->model()->rule(0).replyMessageId, *id);
    auto *messageCombo = openEditor<QComboBox>(table, 0, RulesTableModel::ReplyColumn);
    QVERIFY(messageCombo);
    QCOMPARE(messageCombo->objectName(), u"messageEditor"_s);
    QCOMPARE(messageCombo->currentText(), u"device/ACK"_s);
    QTest::keyClick(messageCombo, Qt::Key_Escape);
    QTRY_VERIFY(editorsClosed(table));
    QCOMPARE(editor->model()->index(0, RulesTableModel::ReplyColumn).data().toString(),
             u"Message: device/ACK"_s);
    QString error;
    QVERIFY(editor->compile(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A message deleted from the library afterwards: the cell says so, Start is refused.
    library.apply(MessageLibrary(), u"clear"_s);
    const QModelIndex reply = editor->model()->index(0, RulesTableModel::ReplyColumn);
    QVERIFY(!reply.data(RulesTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(!editor->compile(&error));
    QVERIFY(!error.isEmpty());
}

void tst_RulesEditor::tcpServerAnswersByRuleAndCountsIt()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    RulesEditor *editor = showRules(&pane);
    QTableView *table = view(&pane);
    QTest::mouseClick(child<QPushButton>(&pane, "addRuleButton"), Qt::LeftButton);
    QTest::keyClicks(table->viewport()->findChild<QLineEdit *>(), u"PING"_s);
    QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Return);
    QTRY_VERIFY(editorsClosed(table));
    pickInCell(table, 0, RulesTableModel::MatchColumn, int(ResponseRule::Match::Prefix));
    typeCell(table, 0, RulesTableModel::ReplyColumn, u"PONG\\n"_s);
    startServer(&pane);
    QTRY_VERIFY(isListening(&pane));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, pane.localEndpoint().port());
    QVERIFY(client.waitForConnected(5000));
    client.write("PING 1");
    QByteArray got;
    while (got.size() < 5 && client.waitForReadyRead(5000))
        got += client.readAll();
    QCOMPARE(got, QByteArray("PONG\n"));
    const QModelIndex fired = editor->model()->index(0, RulesTableModel::FiredColumn);
    QTRY_COMPARE(fired.data().toString(), u"1"_s);
    // A message no rule matches: the default (nothing) applies and is counted beside it.
    client.write("HELLO");
    QTRY_VERIFY(child<QLabel>(&pane, "defaultCountLabel")->text().contains(u'1'));
    QCOMPARE(fired.data().toString(), u"1"_s);
    pane.stop();
    QTRY_VERIFY(!pane.isRunning());
    QCOMPARE(fired.data().toString(), u"1"_s); // the last counts stay shown after Stop
}

void tst_RulesEditor::editWhileRunningAppliesAtOnce()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    RulesEditor *editor = showRules(&pane);
    ResponseRules rules;
    ResponseRule ping;
    ping.match = ResponseRule::Match::Prefix;
    ping.pattern = u"PING"_s;
    ping.reply = u"ONE"_s;
    rules.rules = {ping};
    editor->setRules(rules);
    startServer(&pane);
    QTRY_VERIFY(isListening(&pane));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, pane.localEndpoint().port());
    QVERIFY(client.waitForConnected(5000));
    const auto ask = [&client] {
        client.write("PING");
        QByteArray got;
        while (got.size() < 3 && client.waitForReadyRead(5000))
            got += client.readAll();
        return got;
    };
    QCOMPARE(ask(), QByteArray("ONE"));

    typeCell(view(&pane), 0, RulesTableModel::ReplyColumn, u"TWO"_s);
    QVERIFY2(pane.statusText().contains(u"applied"_s), qPrintable(pane.statusText()));
    QCOMPARE(ask(), QByteArray("TWO"));

    // A broken edit while running: said, and the server keeps the rules it has.
    editor->model()->setData(editor->model()->index(0, RulesTableModel::ReplyColumn),
                             u"bad \\q escape"_s);
    QVERIFY(pane.isStatusError());
    QVERIFY2(pane.statusText().contains(u"keeps its previous rules"_s),
             qPrintable(pane.statusText()));
    QCOMPARE(ask(), QByteArray("TWO"));
    pane.stop();
}

void tst_RulesEditor::echoAnswersWhatNoRuleMatches()
{
    // Before: with any rule on, the session consults only the responder, so the Echo box of
    // the same pane silently stopped working.
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    child<QCheckBox>(&pane, "echoCheck")->setChecked(true);
    RulesEditor *editor = showRules(&pane);
    ResponseRules rules;
    ResponseRule ping;
    ping.pattern = u"PING"_s;
    ping.reply = u"PONG"_s;
    rules.rules = {ping};
    editor->setRules(rules);
    startServer(&pane);
    QTRY_VERIFY(isListening(&pane));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, pane.localEndpoint().port());
    QVERIFY(client.waitForConnected(5000));
    const auto ask = [&client](const QByteArray &message) {
        client.write(message);
        QByteArray got;
        while (got.size() < 4 && client.waitForReadyRead(5000))
            got += client.readAll();
        return got;
    };
    QCOMPARE(ask("PING"), QByteArray("PONG"));
    QCOMPARE(ask("ECHO"), QByteArray("ECHO"));
    pane.stop();
}

void tst_RulesEditor::countsArePolledOnlyWhileShown()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    RulesEditor *editor = showRules(&pane);
    ResponseRules rules;
    ResponseRule rule;
    rule.pattern = u"x"_s;
    rules.rules = {rule};
    editor->setRules(rules);
    auto *timer = editor->findChild<QTimer *>();
    QVERIFY(timer);
    QVERIFY(!timer->isActive()); // stopped: nothing to poll
    startServer(&pane);
    QTRY_VERIFY(isListening(&pane));
    QVERIFY(timer->isActive());
    QVERIFY(timer->interval() >= 200); // a few times a second at most
    child<QTabWidget>(&pane, "middleTabs")->setCurrentIndex(0);
    QVERIFY(!timer->isActive());
    showRules(&pane);
    QVERIFY(timer->isActive());
    pane.stop();
    QTRY_VERIFY(!timer->isActive());
}

void tst_RulesEditor::framingReachesTheClientSession()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    TrafficLogModel log(engine.log());
    ClientPane pane(&engine, 1);
    pane.setLogModel(&log);
    pane.show();
    auto *framing = child<FramingEdit>(&pane, "framingEdit");
    QVERIFY(framing->isVisible());
    auto *mode = child<QComboBox>(&pane, "framingModeCombo");
    mode->setCurrentIndex(mode->findData(int(FrameSpec::Mode::Delimiter)));
    setLine(child<QLineEdit>(&pane, "framingDelimiterEdit"), u"\\r\\n"_s);
    setLine(child<QLineEdit>(&pane, "portEdit"), QString::number(server.serverPort()));
    QTest::mouseClick(child<QPushButton>(&pane, "connectButton"), Qt::LeftButton);
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *peer = server.nextPendingConnection();
    QTRY_VERIFY(pane.isConnected());
    FrameSpec wanted;
    wanted.mode = FrameSpec::Mode::Delimiter;
    wanted.delimiter = "\r\n";
    QCOMPARE(pane.config().framing, wanted);
    const QList<Session *> sessions = engine.sessions();
    QCOMPARE(sessions.size(), 1);
    auto *session = qobject_cast<TcpClientSession *>(sessions.first());
    QVERIFY(session);
    QCOMPARE(session->framing(), wanted);
    QTRY_VERIFY(!framing->isEnabled()); // taken at connect: not changed while connected

    // Three lines in one send(): one Received row per line.
    peer->write("one\r\ntwo\r\nthree\r\n");
    const auto receivedRows = [&log, &pane] {
        int rows = 0;
        for (int row = 0; row < log.rowCount(); ++row) {
            const TrafficEvent &event = log.eventAt(row);
            rows += event.sessionId == pane.sessionId()
                && event.kind == TrafficEvent::Kind::Received;
        }
        return rows;
    };
    QTRY_COMPARE(receivedRows(), 3);

    // UDP: a datagram is already one message, so there is no framing to pick.
    pane.disconnectFromServer();
    QTRY_VERIFY(!pane.isRunning());
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    QVERIFY(!framing->isVisible());
}

void tst_RulesEditor::framingReachesTheServerOptions()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    auto *mode = child<QComboBox>(&pane, "framingModeCombo");
    mode->setCurrentIndex(mode->findData(int(FrameSpec::Mode::LengthPrefix)));
    auto *bytes = child<QComboBox>(&pane, "framingLengthBytesCombo");
    bytes->setCurrentIndex(bytes->findData(4));
    child<QComboBox>(&pane, "framingByteOrderCombo")->setCurrentIndex(1);
    child<QSpinBox>(&pane, "framingOffsetSpin")->setValue(2);
    startServer(&pane);
    QTRY_VERIFY(isListening(&pane));
    FrameSpec wanted;
    wanted.mode = FrameSpec::Mode::LengthPrefix;
    wanted.lengthBytes = 4;
    wanted.bigEndian = false;
    wanted.lengthOffset = 2;
    QCOMPARE(pane.config().framing, wanted);
    QCOMPARE(pane.config().framing.toString(), u"length:4le,offset=2"_s);
    QVERIFY(!child<FramingEdit>(&pane, "framingEdit")->isEnabled());
    pane.stop();
    // UDP: the framing row is on the TCP options page only.
    QTRY_VERIFY(!pane.isRunning());
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    QVERIFY(!child<FramingEdit>(&pane, "framingEdit")->isVisible());
}

void tst_RulesEditor::badDelimiterBlocksConnect()
{
    Engine engine;
    ClientPane pane(&engine, 1);
    pane.show();
    auto *mode = child<QComboBox>(&pane, "framingModeCombo");
    mode->setCurrentIndex(mode->findData(int(FrameSpec::Mode::Delimiter)));
    setLine(child<QLineEdit>(&pane, "framingDelimiterEdit"), u"\\q"_s);
    QTest::mouseClick(child<QPushButton>(&pane, "connectButton"), Qt::LeftButton);
    QVERIFY(!pane.isRunning());
    QVERIFY(pane.isStatusError());
    QVERIFY2(pane.statusText().startsWith(u"Framing delimiter: "_s), qPrintable(pane.statusText()));
}

QTEST_MAIN(tst_RulesEditor)
#include "tst_ruleseditor.moc"
