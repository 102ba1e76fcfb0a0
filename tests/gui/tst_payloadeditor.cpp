#include "payloadeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

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

QTEST_MAIN(tst_PayloadEditor)
#include "tst_payloadeditor.moc"
