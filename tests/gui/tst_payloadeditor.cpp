// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/eventlooplatencyprobe.h"
#include "panes/payloadeditor.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

namespace {

qsizetype EditLimitBytes()
{
    return PayloadEditor::EditLimit + 1;
}

} // namespace

class tst_PayloadEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsBytesLive();
    void textToHexAndBackKeepsBytes();
    void malformedContentRefusesSwitch();
    void userSwitchThroughCombo();
    void appendsLineEnding_data();
    void appendsLineEnding();
    void pasteWithEmptyClipboardChangesNothing();
    void pasteInsertsPlainText();
    void reselectingTheFormatChangesNothing_data();
    void reselectingTheFormatChangesNothing();
    void megabytePasteShowsSummaryAndKeepsBytes();
    void megabyteSetTextShowsSummary();
    void summaryClearSaveAndLoad();
    void loadRefusesNonRegularFiles();
    void macrosExpandOnlyWhenChecked();
    void badMacroShowsOnTheErrorLine();
    void checksumPickUpdatesPreviewBytes_data();
    void checksumPickUpdatesPreviewBytes();
    void previewOfSummarizedMessageIsLimited();
    void messageRoundTrip();
    void hexWithMacros();
    void historyRecallWithKeys();
    void historyMenuRecalls();
    void historyIsBounded();
    void damagedHistoryIsIgnored_data();
    void damagedHistoryIsIgnored();
};

void tst_PayloadEditor::countsBytesLive()
{
    PayloadEditor editor;
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    auto *info = editor.findChild<QLabel *>(QStringLiteral("infoLabel"));
    QVERIFY(text && info);
    QSignalSpy changed(&editor, &PayloadEditor::changed);
    QTest::keyClicks(text, QStringLiteral("Hello\\n"));
    QVERIFY(changed.size() > 0);
    QCOMPARE(editor.bytes().bytes, QByteArray("Hello\n"));
    QVERIFY2(info->text().contains(QLatin1Char('6')), qPrintable(info->text()));

    QTest::keyClicks(text, QStringLiteral("\\q"));
    QVERIFY(!editor.bytes().isOk());
    QCOMPARE(info->text(), editor.bytes().error);
}

void tst_PayloadEditor::textToHexAndBackKeepsBytes()
{
    PayloadEditor editor;
    const QByteArray bytes("A\x00\xff\r\n\xe3\x81\x82 z", 10);
    editor.setText(QStringLiteral("A\\0\\xff\\r\\n\u3042 z"));
    QCOMPARE(editor.bytes().bytes, bytes);
    QVERIFY(editor.setFormat(PayloadCodec::Format::Hex));
    QCOMPARE(editor.format(), PayloadCodec::Format::Hex);
    QCOMPARE(editor.text(), QStringLiteral("41 00 ff 0d 0a e3 81 82 20 7a"));
    QCOMPARE(editor.bytes().bytes, bytes);
    QVERIFY(editor.setFormat(PayloadCodec::Format::Text));
    QCOMPARE(editor.bytes().bytes, bytes);
}

void tst_PayloadEditor::malformedContentRefusesSwitch()
{
    PayloadEditor editor;
    editor.setText(QStringLiteral("48 6"), PayloadCodec::Format::Hex);
    QVERIFY(!editor.bytes().isOk());
    QVERIFY(!editor.setFormat(PayloadCodec::Format::Text));
    QCOMPARE(editor.format(), PayloadCodec::Format::Hex);
    QCOMPARE(editor.text(), QStringLiteral("48 6"));
    auto *info = editor.findChild<QLabel *>(QStringLiteral("infoLabel"));
    QVERIFY(!info->text().isEmpty());
}

void tst_PayloadEditor::userSwitchThroughCombo()
{
    PayloadEditor editor;
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    QVERIFY(combo);
    editor.setText(QStringLiteral("Hi"));
    // What a user's pick does: the combo changes, then activated() fires.
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(editor.format(), PayloadCodec::Format::Hex);
    QCOMPARE(editor.text(), QStringLiteral("48 69"));

    editor.setText(QStringLiteral("zz"), PayloadCodec::Format::Hex);
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(combo->currentIndex(), 1);
    QCOMPARE(editor.text(), QStringLiteral("zz"));
}

void tst_PayloadEditor::appendsLineEnding_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << int(PayloadEditor::LineEnding::None) << QByteArray("ab");
    QTest::newRow("lf") << int(PayloadEditor::LineEnding::Lf) << QByteArray("ab\n");
    QTest::newRow("crlf") << int(PayloadEditor::LineEnding::CrLf) << QByteArray("ab\r\n");
    QTest::newRow("cr") << int(PayloadEditor::LineEnding::Cr) << QByteArray("ab\r");
}

void tst_PayloadEditor::appendsLineEnding()
{
    QFETCH(int, ending);
    QFETCH(QByteArray, expected);
    PayloadEditor editor;
    editor.setText(QStringLiteral("ab"));
    editor.setLineEnding(static_cast<PayloadEditor::LineEnding>(ending));
    QCOMPARE(editor.bytes().bytes, expected);
}

void tst_PayloadEditor::pasteWithEmptyClipboardChangesNothing()
{
    PayloadEditor editor;
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    editor.setText(QStringLiteral("keep"));
    text->setFocus();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.text(), QStringLiteral("keep"));
    // Mime data with no format at all: what Qt 6.4.2's own paste crashed on (SIGSEGV in
    // QWidgetTextControl::insertFromMimeData).
    clipboard->setMimeData(new QMimeData);
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Insert, Qt::ShiftModifier);
    text->paste(); // the context menu's Paste
    QCOMPARE(editor.text(), QStringLiteral("keep"));
    QCOMPARE(editor.bytes().bytes, QByteArray("keep"));
}

void tst_PayloadEditor::pasteInsertsPlainText()
{
    PayloadEditor editor;
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    editor.setText(QStringLiteral("ab"));
    text->moveCursor(QTextCursor::End);
    QGuiApplication::clipboard()->setText(QStringLiteral("\\x41c"));
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.text(), QStringLiteral("ab\\x41c"));
    QCOMPARE(editor.bytes().bytes, QByteArray("abAc"));
}

void tst_PayloadEditor::reselectingTheFormatChangesNothing_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text -> text") << int(PayloadCodec::Format::Text) << QStringLiteral("cafe")
                                  << QByteArray("cafe");
    QTest::newRow("hex -> hex") << int(PayloadCodec::Format::Hex) << QStringLiteral("ca fe")
                                << QByteArray("\xca\xfe");
}

void tst_PayloadEditor::reselectingTheFormatChangesNothing()
{
    QFETCH(int, format);
    QFETCH(QString, content);
    QFETCH(QByteArray, bytes);
    PayloadEditor editor;
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    editor.setText(content, static_cast<PayloadCodec::Format>(format));
    // What a user's pick of the format already shown does: activated() with the same index.
    emit combo->activated(combo->currentIndex());
    QCOMPARE(int(editor.format()), format);
    QCOMPARE(editor.text(), content);
    QCOMPARE(editor.bytes().bytes, bytes);
}

void tst_PayloadEditor::megabytePasteShowsSummaryAndKeepsBytes()
{
    PayloadEditor editor;
    editor.resize(500, 200);
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    auto *stack = editor.findChild<QStackedWidget *>(QStringLiteral("stack"));
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(text && stack && summary);
    editor.setText(QStringLiteral("<"));
    text->moveCursor(QTextCursor::End);

    // 1 MiB of text with an escape at each end, as one line.
    QByteArray expected(1024 * 1024, 'x');
    expected[0] = '\0';
    expected[expected.size() - 1] = '\n';
    QString pasted(1024 * 1024 - 2, QLatin1Char('x'));
    pasted = QStringLiteral("\\0") + pasted + QStringLiteral("\\n");
    QGuiApplication::clipboard()->setText(pasted);

    EventLoopLatencyProbe probe(10);
    probe.start();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    // Before: the paste laid out a megabyte as one wrapped line and the window froze for
    // minutes. Now the editor holds the bytes and shows one line about them.
    QVERIFY(editor.isSummarized());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("summaryPage"));
    QVERIFY(text->document()->characterCount() <= 1);
    QVERIFY2(summary->text().contains(QLocale().toString(1024 * 1024 + 1)),
             qPrintable(summary->text()));
    QTRY_VERIFY(probe.sampleCount() >= 5); // the event loop runs on
    probe.stop();
    qInfo("longest event-loop stall around the paste: %.1f ms", probe.longestStallMs());

    QCOMPARE(editor.bytes().bytes, QByteArray("<") + expected);
    editor.setLineEnding(PayloadEditor::LineEnding::CrLf);
    QCOMPARE(editor.bytes().bytes, QByteArray("<") + expected + QByteArray("\r\n"));
}

void tst_PayloadEditor::megabyteSetTextShowsSummary()
{
    PayloadEditor editor;
    editor.show();
    const QString hex = QStringLiteral("ab ").repeated(300'000);
    editor.setText(hex, PayloadCodec::Format::Hex);
    QVERIFY(editor.isSummarized());
    QCOMPARE(editor.bytes().bytes, QByteArray(300'000, '\xab'));
    // The text form (what settings would store) round-trips.
    QCOMPARE(PayloadCodec::parse(editor.text(), editor.format()).bytes,
             QByteArray(300'000, '\xab'));

    // Malformed and too large: nothing to send, and said so.
    editor.setText(QStringLiteral("zz").repeated(100'000), PayloadCodec::Format::Hex);
    QVERIFY(!editor.isSummarized());
    QVERIFY(!editor.bytes().isOk() || editor.bytes().bytes.isEmpty());
}

void tst_PayloadEditor::summaryClearSaveAndLoad()
{
    QTemporaryDir dir;
    PayloadEditor editor;
    editor.show();
    const QByteArray big(EditLimitBytes(), '\x01');
    editor.setBytes(big);
    QVERIFY(editor.isSummarized());
    const QString path = dir.filePath(QStringLiteral("message.bin"));
    QString error;
    QVERIFY2(editor.saveFile(path, &error), qPrintable(error));
    editor.findChild<QPushButton *>(QStringLiteral("clearButton"))->click();
    QVERIFY(!editor.isSummarized());
    QCOMPARE(editor.bytes().bytes, QByteArray());
    QVERIFY2(editor.loadFile(path, &error), qPrintable(error));
    QVERIFY(editor.isSummarized());
    QCOMPARE(editor.bytes().bytes, big);

    // A small file comes back as editable text.
    QFile small(dir.filePath(QStringLiteral("small.bin")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("hi\x00", 3);
    small.close();
    QVERIFY(editor.loadFile(small.fileName()));
    QVERIFY(!editor.isSummarized());
    QCOMPARE(editor.text(), QStringLiteral("hi\\0"));
}

void tst_PayloadEditor::loadRefusesNonRegularFiles()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    PayloadEditor editor;
    editor.setText(QStringLiteral("keep"));
    QString error;
    QVERIFY(!editor.loadFile(fifo, &error)); // returns at once instead of blocking
    QVERIFY(error.contains(fifo));
    QVERIFY(!editor.loadFile(QStringLiteral("/dev/zero"), &error));
    QCOMPARE(editor.text(), QStringLiteral("keep"));
}

void tst_PayloadEditor::initTestCase()
{
    // History files go to a throw-away test location, emptied for each run.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
         + QStringLiteral("/history"))
        .removeRecursively();
}

namespace {

int checksumIndex(QComboBox *combo, const QString &label)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i) == label)
            return i;
    }
    return -1;
}

} // namespace

void tst_PayloadEditor::macrosExpandOnlyWhenChecked()
{
    PayloadEditor editor;
    auto *macros = editor.findChild<QCheckBox *>(QStringLiteral("macrosCheck"));
    QVERIFY(macros);
    editor.setText(QStringLiteral("n={{counter:start=5,width=3}} {{{{x"));
    QCOMPARE(editor.bytes().bytes, QByteArray("n={{counter:start=5,width=3}} {{{{x"));
    QSignalSpy changed(&editor, &PayloadEditor::changed);
    macros->click();
    QVERIFY(editor.isMacrosEnabled());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(editor.bytes().bytes, QByteArray("n=005 {{x"));
    const std::optional<MessageComposer> composer = editor.composer();
    QVERIFY(composer);
    QCOMPARE(composer->compose(2), QByteArray("n=007 {{x"));
    macros->click();
    QCOMPARE(editor.bytes().bytes, QByteArray("n={{counter:start=5,width=3}} {{{{x"));
}

void tst_PayloadEditor::badMacroShowsOnTheErrorLine()
{
    PayloadEditor editor;
    auto *info = editor.findChild<QLabel *>(QStringLiteral("infoLabel"));
    editor.setMacrosEnabled(true);
    editor.setText(QStringLiteral("abc{{nope}}"));
    const PayloadCodec::Result result = editor.bytes();
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(QStringLiteral("nope")) && result.error.contains(u'3'),
             qPrintable(result.error));
    QCOMPARE(info->text(), result.error);
    QVERIFY(!editor.composer());
    editor.setText(QStringLiteral("abc{{seq}}"));
    QVERIFY(editor.bytes().isOk());
    QCOMPARE(editor.bytes().bytes, QByteArray("abc0"));
}

void tst_PayloadEditor::checksumPickUpdatesPreviewBytes_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray check("123456789");
    QTest::newRow("none") << QStringLiteral("No checksum") << check;
    QTest::newRow("sum8") << QStringLiteral("Sum-8 (mod 256)") << check + "\xdd";
    QTest::newRow("xor8") << QStringLiteral("XOR-8") << check + "\x31";
    QTest::newRow("crc8") << QStringLiteral("CRC-8/SMBUS") << check + "\xf4";
    QTest::newRow("modbus le") << QStringLiteral("CRC-16/MODBUS (LE)")
                               << check + "\x37\x4b";
    QTest::newRow("modbus be") << QStringLiteral("CRC-16/MODBUS (BE)")
                               << check + "\x4b\x37";
    QTest::newRow("ccitt be") << QStringLiteral("CRC-16/CCITT-FALSE (BE)")
                              << check + "\x29\xb1";
    QTest::newRow("crc32 le") << QStringLiteral("CRC-32 (LE)")
                              << check + "\x26\x39\xf4\xcb";
    QTest::newRow("crc32 be") << QStringLiteral("CRC-32 (BE)")
                              << check + "\xcb\xf4\x39\x26";
}

void tst_PayloadEditor::checksumPickUpdatesPreviewBytes()
{
    QFETCH(QString, label);
    QFETCH(QByteArray, expected);
    PayloadEditor editor;
    editor.show();
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("checksumCombo"));
    auto *previewButton = editor.findChild<QToolButton *>(QStringLiteral("previewButton"));
    auto *preview = editor.findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"));
    QVERIFY(combo && previewButton && preview);
    QVERIFY(!preview->isVisible());
    previewButton->click();
    QVERIFY(preview->isVisible());
    // The checksum covers the line ending too: "12345678" + "9" as the text, CR after it.
    editor.setText(QStringLiteral("123456789"));
    const int index = checksumIndex(combo, label);
    QVERIFY2(index >= 0, qPrintable(label));
    combo->setCurrentIndex(index);
    QCOMPARE(editor.bytes().bytes, expected);
    QCOMPARE(preview->toPlainText(), PayloadCodec::toHexDump(expected));

    // Picking CR as line ending recomputes over "123456789\r".
    editor.setLineEnding(PayloadEditor::LineEnding::Cr);
    const QByteArray body("123456789\r");
    QCOMPARE(
        preview->toPlainText(),
        PayloadCodec::toHexDump(Checksum::append(editor.checksum(), body, editor.checksumOrder())));
    previewButton->click();
    QVERIFY(!preview->isVisible());
}

void tst_PayloadEditor::previewOfSummarizedMessageIsLimited()
{
    PayloadEditor editor;
    editor.show();
    auto *preview = editor.findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"));
    editor.findChild<QToolButton *>(QStringLiteral("previewButton"))->click();
    const QByteArray big(EditLimitBytes() + 100, 'z');
    editor.setBytes(big);
    QVERIFY(editor.isSummarized());
    editor.setChecksum(Checksum::Algorithm::Crc32, Checksum::ByteOrder::BigEndian);
    const QByteArray sent = editor.bytes().bytes;
    QCOMPARE(sent.size(), big.size() + 4);
    QCOMPARE(sent.right(4),
             Checksum::bytes(Checksum::Algorithm::Crc32, big, Checksum::ByteOrder::BigEndian));
    // One dump line per 16 bytes up to the limit, then one line about the rest.
    const QString text = preview->toPlainText();
    QVERIFY(text.startsWith(PayloadCodec::toHexDump(sent.left(PayloadEditor::PreviewLimit))));
    QVERIFY2(text.contains(QLocale().toString(sent.size() - PayloadEditor::PreviewLimit))
                 || text.contains(QString::number(sent.size() - PayloadEditor::PreviewLimit)),
             qPrintable(text.right(80)));
    QVERIFY(preview->blockCount() < PayloadEditor::PreviewLimit / 16 + 4);
}

void tst_PayloadEditor::messageRoundTrip()
{
    Message m;
    m.payload = QByteArray("\x01\x03{{counter}}", 13);
    m.format = PayloadCodec::Format::Hex;
    m.lineEnding = Message::LineEnding::Cr;
    m.macros = true;
    m.checksum = Checksum::Algorithm::Crc16Modbus;
    m.checksumOrder = Checksum::ByteOrder::LittleEndian;
    PayloadEditor editor;
    editor.setMessage(m);
    QCOMPARE(editor.format(), PayloadCodec::Format::Hex);
    QCOMPARE(editor.lineEnding(), PayloadEditor::LineEnding::Cr);
    QVERIFY(editor.isMacrosEnabled());
    QCOMPARE(editor.checksum(), Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(editor.checksumOrder(), Checksum::ByteOrder::LittleEndian);
    QCOMPARE(editor.message(), m);

    Message plain;
    plain.payload = "hello";
    editor.setMessage(plain);
    QCOMPARE(editor.message(), plain);
    QCOMPARE(editor.text(), QStringLiteral("hello"));
    QCOMPARE(editor.bytes().bytes, QByteArray("hello"));
}

void tst_PayloadEditor::hexWithMacros()
{
    PayloadEditor editor;
    editor.setText(QStringLiteral("01 03 {{counter:start=7}}"), PayloadCodec::Format::Hex);
    QVERIFY(!editor.bytes().isOk()); // braces are not hex while macros are off
    editor.setMacrosEnabled(true);
    editor.setChecksum(Checksum::Algorithm::Crc16Modbus, Checksum::ByteOrder::LittleEndian);
    const QByteArray body("\x01\x03"
                          "7",
                          3);
    QCOMPARE(editor.bytes().bytes,
             body
                 + Checksum::bytes(Checksum::Algorithm::Crc16Modbus, body,
                                   Checksum::ByteOrder::LittleEndian));
    QCOMPARE(editor.message().payload, QByteArray("\x01\x03{{counter:start=7}}"));
    // Text and back keeps the placeholder readable in hex.
    QVERIFY(editor.setFormat(PayloadCodec::Format::Text));
    QCOMPARE(editor.text(), QStringLiteral("\\x01\\x03{{counter:start=7}}"));
    QVERIFY(editor.setFormat(PayloadCodec::Format::Hex));
    QCOMPARE(editor.text(), QStringLiteral("01 03 {{counter:start=7}}"));

    // A stored hex message with macros comes back the same way.
    const Message m = editor.message();
    PayloadEditor other;
    other.setMessage(m);
    QCOMPARE(other.text(), QStringLiteral("01 03 {{counter:start=7}}"));
    QCOMPARE(other.message(), m);
}

void tst_PayloadEditor::historyRecallWithKeys()
{
    {
        PayloadEditor editor;
        editor.show();
        editor.setHistoryKey(QStringLiteral("recall-server"));
        QVERIFY(editor.history().isEmpty());
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        for (const char *sent : {"one", "two", "two"}) {
            editor.setText(QString::fromLatin1(sent));
            editor.recordSent();
        }
        editor.setChecksum(Checksum::Algorithm::Xor8);
        editor.setText(QStringLiteral("three"));
        editor.recordSent();
        // Identical consecutive sends collapse into one entry.
        QCOMPARE(editor.history().size(), 3);
        editor.setChecksum(Checksum::Algorithm::None);
        editor.setText(QStringLiteral("draft"));
        text->setFocus();

        QTest::keyClick(text, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(editor.text(), QStringLiteral("three"));
        QCOMPARE(editor.checksum(), Checksum::Algorithm::Xor8);
        QTest::keyClick(text, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(editor.text(), QStringLiteral("two"));
        QCOMPARE(editor.checksum(), Checksum::Algorithm::None);
        QTest::keyClick(text, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(editor.text(), QStringLiteral("one"));
        QVERIFY(!editor.recallHistory(1)); // the oldest: nothing further
        QCOMPARE(editor.text(), QStringLiteral("one"));
        QTest::keyClick(text, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(editor.text(), QStringLiteral("two"));
        QTest::keyClick(text, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(text, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(editor.text(), QStringLiteral("draft"));
        QVERIFY(!editor.recallHistory(-1));

        // Plain Up/Down still move the cursor in a multi-line message.
        editor.setText(QStringLiteral("a\nb"));
        text->moveCursor(QTextCursor::End);
        QTest::keyClick(text, Qt::Key_Up);
        QCOMPARE(text->textCursor().blockNumber(), 0);
        QCOMPARE(editor.text(), QStringLiteral("a\nb"));
    }
    // Kept across restarts, per key.
    PayloadEditor again;
    again.setHistoryKey(QStringLiteral("recall-server"));
    QCOMPARE(again.history().size(), 3);
    QCOMPARE(again.history().at(0).payload, QByteArray("three"));
    QCOMPARE(again.history().at(2).payload, QByteArray("one"));
    PayloadEditor other;
    other.setHistoryKey(QStringLiteral("recall-client"));
    QVERIFY(other.history().isEmpty());
}

void tst_PayloadEditor::historyMenuRecalls()
{
    PayloadEditor editor;
    editor.setHistoryKey(QStringLiteral("menu"));
    auto *button = editor.findChild<QToolButton *>(QStringLiteral("historyButton"));
    QVERIFY(button && button->menu());
    emit button->menu()->aboutToShow();
    QCOMPARE(button->menu()->actions().size(), 1); // "No messages sent yet"
    QVERIFY(!button->menu()->actions().at(0)->isEnabled());

    editor.setText(QStringLiteral("ca fe"), PayloadCodec::Format::Hex);
    editor.recordSent();
    editor.setText(QStringLiteral("later"));
    editor.recordSent();
    emit button->menu()->aboutToShow();
    const QList<QAction *> actions = button->menu()->actions();
    QCOMPARE(actions.size(), 4); // two entries, a separator, Clear history
    QCOMPARE(actions.at(1)->text(), QStringLiteral("ca fe"));
    actions.at(1)->trigger();
    QCOMPARE(editor.format(), PayloadCodec::Format::Hex);
    QCOMPARE(editor.bytes().bytes, QByteArray("\xca\xfe"));
    actions.at(3)->trigger(); // Clear history
    QVERIFY(editor.history().isEmpty());
    PayloadEditor again;
    again.setHistoryKey(QStringLiteral("menu"));
    QVERIFY(again.history().isEmpty());
}

void tst_PayloadEditor::historyIsBounded()
{
    PayloadEditor editor;
    editor.setHistoryKey(QStringLiteral("bounded"));
    for (int i = 0; i < SendHistory::MaxEntries + 10; ++i) {
        editor.setText(QStringLiteral("message %1").arg(i));
        editor.recordSent();
    }
    QCOMPARE(editor.history().size(), SendHistory::MaxEntries);
    QCOMPARE(editor.history().constFirst().payload,
             QByteArray("message ") + QByteArray::number(SendHistory::MaxEntries + 9));
    QCOMPARE(editor.history().constLast().payload, QByteArray("message 10"));

    // A message larger than an entry may be is sent but not remembered.
    editor.setBytes(QByteArray(SendHistory::MaxEntryBytes + 1, 'x'));
    editor.recordSent();
    QCOMPARE(editor.history().size(), SendHistory::MaxEntries);
    QCOMPARE(editor.history().constFirst().payload.size(), qsizetype(8 + 2)); // "message 59"

    PayloadEditor again;
    again.setHistoryKey(QStringLiteral("bounded"));
    QCOMPARE(again.history().size(), SendHistory::MaxEntries);
}

void tst_PayloadEditor::damagedHistoryIsIgnored_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("kept");
    QTest::newRow("garbage") << QByteArray("\x00\xff not json {", 14) << 0;
    QTest::newRow("wrong root") << QByteArray("[1,2,3]") << 0;
    QTest::newRow("wrong version") << QByteArray(R"({"version":99,"entries":[]})") << 0;
    QTest::newRow("entries not a list") << QByteArray(R"({"version":1,"entries":"x"})") << 0;
    QTest::newRow("one bad entry of three")
        << QByteArray(R"({"version":1,"entries":[)"
                      R"({"payload":"aGk=","format":"text","lineEnding":1},)"
                      R"({"payload":"!!notbase64","format":"text","lineEnding":0},)"
                      R"({"payload":"aGk=","format":"hex","lineEnding":7},)"
                      R"({"payload":"eW8=","format":"hex","lineEnding":3,"checksum":"crc32"}]})")
        << 2;
}

void tst_PayloadEditor::damagedHistoryIsIgnored()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, kept);
    const QString path = SendHistory(QStringLiteral("damaged")).filePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
    file.close();

    PayloadEditor editor;
    editor.setHistoryKey(QStringLiteral("damaged"));
    QCOMPARE(editor.history().size(), kept);
    if (kept == 2) {
        QCOMPARE(editor.history().at(0).payload, QByteArray("hi"));
        QCOMPARE(editor.history().at(1).checksum, Checksum::Algorithm::Crc32);
        QCOMPARE(editor.history().at(1).lineEnding, Message::LineEnding::Cr);
    }
    // And the next send writes a good file again.
    editor.setText(QStringLiteral("fresh"));
    editor.recordSent();
    PayloadEditor again;
    again.setHistoryKey(QStringLiteral("damaged"));
    QCOMPARE(again.history().size(), kept + 1);
    QCOMPARE(again.history().constFirst().payload, QByteArray("fresh"));
}

QTEST_MAIN(tst_PayloadEditor)
#include "tst_payloadeditor.moc"
