// SPDX-License-Identifier: GPL-3.0-or-later
// The window against its own settings file: damaged layout blobs, a start that died while
// restoring, values SockLab never writes, a megabyte payload, and a settings path that is a
// symbolic link or a FIFO. Everything runs on a private test location (QStandardPaths test
// mode), offscreen, with the real MainWindow.
#include "panes/clientpane.h"
#include "net/engine.h"
#include "window/mainwindow.h"
#include "panes/payloadeditor.h"
#include "panes/serverpane.h"
#include "trafficview/trafficlogview.h"
#include "window/windowsettings.h"
#include "learn/learndock.h"
#include "widgetdriver.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>

using WidgetDriver::child;
using WidgetDriver::setLine;

class tst_WindowSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pathIsWhereQSettingsKeepsIt();
    void crashingHeaderBlobIsRefused();
    void changedByteFailsTheChecksum();
    void startThatDiedWhileRestoringIsSkipped();
    void markerIsGoneAfterARestore();
    void variantValuesAreRefused();
    void symlinkedFileIsNeverWrittenThrough();
    void symlinkToFifoNeitherBlocksNorIsWritten();
    void fifoAsSettingsFileIsLeftAlone();
    void megabytePayloadIsNotPersistedInline();
    void oldFileWithMegabytePayloadStartsAtOnce();
    void editorOptionsSurviveARestart();
    void rulesAndFramingSurviveARestart();
    void damagedRulesAreDroppedWithASentence();
    void learnDockAndItsTabSurviveARestart();

private:
    static QString path() { return WindowSettings::filePath(); }
    // Starts a window on the settings, sets the server port, and closes it (which saves).
    static void saveWithPort(const QString &port);
    static void rewriteBlob(const QString &key, const std::function<void(QByteArray &)> &change,
                            bool updateChecksum);
};

void tst_WindowSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WindowSettings::init()
{
    for (const QString &suffix : {QString(), QStringLiteral(".corrupt"),
                                  QStringLiteral(".restoring")})
        QFile::remove(path() + suffix);
    QDir().mkpath(QFileInfo(path()).absolutePath());
}

void tst_WindowSettings::saveWithPort(const QString &port)
{
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    setLine(child<QLineEdit>(window.currentServerPane(), "portEdit"), port);
    window.show();
    window.close();
}

void tst_WindowSettings::rewriteBlob(const QString &key,
                                     const std::function<void(QByteArray &)> &change,
                                     bool updateChecksum)
{
    QSettings settings(path(), QSettings::IniFormat);
    QByteArray blob = settings.value(QStringLiteral("window/") + key).toByteArray();
    QVERIFY(!blob.isEmpty());
    change(blob);
    settings.setValue(QStringLiteral("window/") + key, blob);
    if (updateChecksum) {
        settings.setValue(QStringLiteral("window/") + key + QStringLiteral("Sha256"),
                          QString::fromLatin1(QCryptographicHash::hash(
                                                      blob, QCryptographicHash::Sha256)
                                                      .toHex()));
    }
}

void tst_WindowSettings::pathIsWhereQSettingsKeepsIt()
{
    QCOMPARE(path(),
             QSettings(WindowSettings::organizationName(), WindowSettings::applicationName())
                 .fileName());
}

void tst_WindowSettings::crashingHeaderBlobIsRefused()
{
    saveWithPort(QStringLiteral("61000"));
    // One byte of the log header's sort section changed (-1 -> 0x91ffffff): Qt 6.4.2 crashed
    // with SIGSEGV at every start on it. The checksum is updated too, so that only the check
    // against the header's layout and the model can catch it.
    rewriteBlob(
        QStringLiteral("logView"),
        [](QByteArray &blob) {
            QDataStream in(blob);
            quint32 version = 0;
            QByteArray header;
            QByteArray splitter;
            int encoding = 0;
            in >> version >> header >> splitter >> encoding;
            header[16] = '\x91';
            blob.clear();
            QDataStream out(&blob, QIODevice::WriteOnly);
            out << version << header << splitter << encoding;
        },
        true);

    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(path()) && message.contains(QStringLiteral(".corrupt")),
             qPrintable(message));
    QVERIFY(QFile::exists(path() + QStringLiteral(".corrupt")));
    QCOMPARE(window.logView()->tableView()->horizontalHeader()->sortIndicatorSection(), -1);
    // The pane fields are plain values and survive the reset of the layout.
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(),
             QStringLiteral("61000"));
}

void tst_WindowSettings::changedByteFailsTheChecksum()
{
    saveWithPort(QStringLiteral("61000"));
    rewriteBlob(
        QStringLiteral("mainSplitter"),
        [](QByteArray &blob) { blob[blob.size() - 8] = static_cast<char>(blob.back() ^ 0x10); },
        false);
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    QVERIFY2(window.statusBar()->currentMessage().contains(path()),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(QFile::exists(path() + QStringLiteral(".corrupt")));
}

void tst_WindowSettings::startThatDiedWhileRestoringIsSkipped()
{
    saveWithPort(QStringLiteral("61000"));
    // What a start that crashed inside restoreState() leaves behind.
    QFile marker(path() + QStringLiteral(".restoring"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();

    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(),
             QStringLiteral("60001"));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(path()) && message.contains(QStringLiteral(".corrupt")),
             qPrintable(message));
    QVERIFY(QFile::exists(path() + QStringLiteral(".corrupt")));
    QVERIFY(!QFile::exists(path() + QStringLiteral(".restoring")));
}

void tst_WindowSettings::markerIsGoneAfterARestore()
{
    saveWithPort(QStringLiteral("61000"));
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(),
             QStringLiteral("61000"));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(!QFile::exists(path() + QStringLiteral(".restoring")));
}

void tst_WindowSettings::variantValuesAreRefused()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A QStringList claiming 2^31-1 entries: QSettings would reserve gigabytes for it.
        file.write("[General]\nversion=2\n[server]\nport=@Variant(\\0\\0\\0\\xb\\x7f\\xff\\xff"
                   "\\xff)\n");
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(),
             QStringLiteral("60001"));
}

void tst_WindowSettings::symlinkedFileIsNeverWrittenThrough()
{
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("dotfiles.conf"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nversion=2\n[server]\nport=62000\n");
    }
    const QByteArray before = [&target] {
        QFile file(target);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(QFile::link(target, path()));

    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    // Read through the link (a dotfile manager's regular file), said once...
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(),
             QStringLiteral("62000"));
    QVERIFY2(window.statusBar()->currentMessage().contains(path()),
             qPrintable(window.statusBar()->currentMessage()));
    // ...never written through: QSettings' QSaveFile would replace the target.
    setLine(child<QLineEdit>(window.currentServerPane(), "portEdit"), QStringLiteral("63000"));
    window.show();
    window.close();
    QVERIFY(QFileInfo(path()).isSymLink());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QFile::remove(path());
}

void tst_WindowSettings::symlinkToFifoNeitherBlocksNorIsWritten()
{
    QTemporaryDir outside;
    const QString fifo = outside.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(QFile::link(fifo, path()));
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings(); // before: QSettings blocked here forever opening the FIFO
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        window.show();
        window.close();
    }
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
    QVERIFY(QFileInfo(path()).isSymLink());
    QFile::remove(path());
}

void tst_WindowSettings::fifoAsSettingsFileIsLeftAlone()
{
    QCOMPARE(::mkfifo(QFile::encodeName(path()).constData(), 0600), 0);
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        window.show();
        window.close();
    }
    struct stat info {};
    QCOMPARE(::lstat(QFile::encodeName(path()).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
    QFile::remove(path());
}

void tst_WindowSettings::megabytePayloadIsNotPersistedInline()
{
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        ClientConfig config = window.currentClientPane()->config();
        config.editor.payload = QString(1024 * 1024, QLatin1Char('A'));
        window.currentClientPane()->setConfig(config);
        window.show();
        window.close();
    }
    QVERIFY2(QFileInfo(path()).size() < SettingsPayloadLimit,
             qPrintable(QString::number(QFileInfo(path()).size())));
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLocale().toString(1024 * 1024)), qPrintable(message));
    QVERIFY(window.currentClientPane()->config().editor.payload.isEmpty());
}

void tst_WindowSettings::oldFileWithMegabytePayloadStartsAtOnce()
{
    {
        // What the unchanged code saved: the payload inline, a megabyte on one line. Opening
        // the window on it took over 150 s (text layout on the GUI thread).
        QSettings settings(path(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("version"), 1);
        settings.setValue(QStringLiteral("client/payload"), QString(1024 * 1024, QLatin1Char('A')));
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *editor = child<PayloadEditor>(window.currentClientPane(), "payloadEditor");
    QVERIFY(editor->isSummarized());
    QCOMPARE(editor->bytes().bytes, QByteArray(1024 * 1024, 'A'));
}

void tst_WindowSettings::editorOptionsSurviveARestart()
{
    // CR, macros and a checksum with its byte order were lost on every restart before the
    // editor's options were kept with its text.
    EditorConfig wanted;
    wanted.payload = QStringLiteral("01 03 {{counter}}");
    wanted.payloadFormat = PayloadCodec::Format::Text;
    wanted.lineEnding = 3;
    wanted.macros = true;
    wanted.checksum = Checksum::Algorithm::Crc16Modbus;
    wanted.checksumOrder = Checksum::ByteOrder::LittleEndian;
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        ServerConfig server = window.currentServerPane()->config();
        server.editor = wanted;
        window.currentServerPane()->setConfig(server);
        window.show();
        window.close();
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    const EditorConfig got = window.currentServerPane()->config().editor;
    QCOMPARE(got.payload, wanted.payload);
    QCOMPARE(got.lineEnding, wanted.lineEnding);
    QCOMPARE(got.macros, true);
    QCOMPARE(got.checksum, Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(got.checksumOrder, Checksum::ByteOrder::LittleEndian);
}

void tst_WindowSettings::rulesAndFramingSurviveARestart()
{
    // Issue 11: a server's rules and both panes' framing were not kept at all before.
    ResponseRules rules;
    ResponseRule ping;
    ping.match = ResponseRule::Match::Regex;
    ping.pattern = QStringLiteral("^PING (\\d+)");
    ping.reply = QStringLiteral("PONG {{group:1}}\\r\\n");
    ping.delayMs = 20;
    ping.comment = QStringLiteral("ping = \"pong\"; [not a section]");
    ResponseRule reset;
    reset.match = ResponseRule::Match::HexPattern;
    reset.pattern = QStringLiteral("ff *");
    reset.action = ResponseRule::Action::Reset;
    reset.enabled = false;
    rules.rules = {ping, reset};
    rules.defaultAction = ResponseRules::Default::Echo;
    FrameSpec lines;
    lines.mode = FrameSpec::Mode::Delimiter;
    lines.delimiter = "\r\n";
    FrameSpec length;
    length.mode = FrameSpec::Mode::LengthPrefix;
    length.lengthBytes = 4;
    length.bigEndian = false;
    length.lengthIncludesHeader = true;
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        ServerConfig server = window.currentServerPane()->config();
        server.rules = rules;
        server.framing = lines;
        window.currentServerPane()->setConfig(server);
        ClientConfig client = window.currentClientPane()->config();
        client.framing = length;
        window.currentClientPane()->setConfig(client);
        window.show();
        window.close();
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    QCOMPARE(window.currentServerPane()->config().rules, rules);
    QCOMPARE(window.currentServerPane()->config().framing, lines);
    QCOMPARE(window.currentClientPane()->config().framing, length);
    QVERIFY(!window.currentServerPane()->isStatusError());
}

void tst_WindowSettings::damagedRulesAreDroppedWithASentence()
{
    saveWithPort(QStringLiteral("61000"));
    {
        QSettings settings(path(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("server/rules"),
                          QStringLiteral("{\"rules\": [{\"match\": \"regex\", \"pattern\": "));
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    ServerPane *server = window.currentServerPane();
    // The rest of the pane is restored; the rules are dropped and the pane says so.
    QCOMPARE(child<QLineEdit>(server, "portEdit")->text(), QStringLiteral("61000"));
    QVERIFY(server->config().rules.rules.isEmpty());
    QVERIFY(server->isStatusError());
    QVERIFY2(server->statusText().contains(QStringLiteral("rules")), qPrintable(server->statusText()));
}

void tst_WindowSettings::learnDockAndItsTabSurviveARestart()
{
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        QVERIFY(!window.learnDock()->isVisibleTo(&window)); // hidden by default
        window.show();
        window.learnDock()->show();
        window.learnDock()->setCurrentTab(LearnDock::TourTab);
        window.close();
    }
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        window.show();
        QVERIFY(window.learnDock()->isVisible());
        QCOMPARE(window.learnDock()->currentTab(), LearnDock::TourTab);
        window.learnDock()->hide();
        window.close();
    }
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        QVERIFY(!window.learnDock()->isVisibleTo(&window));
    }
    // A tab that does not exist is the first one, like any other damaged value.
    {
        QSettings settings(path(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("learn/tab"), 7);
        settings.setValue(QStringLiteral("learn/visible"), true);
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    window.show();
    QVERIFY(window.learnDock()->isVisible());
    QCOMPARE(window.learnDock()->currentTab(), LearnDock::LifecycleTab);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
}

QTEST_MAIN(tst_WindowSettings)
#include "tst_windowsettings.moc"
