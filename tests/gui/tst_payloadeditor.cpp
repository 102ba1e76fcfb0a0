#include "window/eventlooplatencyprobe.h"
#include "panes/payloadeditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(tst_PayloadEditor)
#include "tst_payloadeditor.moc"
