// SPDX-License-Identifier: GPL-3.0-or-later
// The byte layouts Qt 6.4 writes for header, splitter and window state, and what the window
// refuses before restoring them: every blob here was written by the real widgets of the window
// (log table header of 8 columns, its details splitter, the two pane splitters, the geometry).
#include "settings/layoutstatevalidator.h"

#include <QTest>

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

const QByteArray LogHeader = hex(
        "000000ff000000000000000100000000ffffffff010000000000000000000000"
        "0000000000000003ad000000080001000100000000000000000000000064ffff"
        "ffff000000840000000000000008000000630000000100000000000000650000"
        "0001000000000000004d00000001000000000000007500000001000000000000"
        "0075000000010000000000000047000000010000000000000103000000010000"
        "0000000000640000000100000000000003e8000000006400000000");
const QByteArray LogSplitter = hex(
        "000000ff0000000100000002000003840000014a01ffffffff010000000100");
const QByteArray MainSplitter = hex(
        "000000ff0000000100000002000001e00000016801ffffffff010000000200");
const QByteArray UnshownSplitter = hex(
        "000000ff0000000100000002ffffffffffffffff00ffffffff010000000100");
const QByteArray Geometry = hex(
        "01d9d0cb0003000000000000000000000000054f0000035b0000000000000000"
        "0000054f0000035b0000000000000000032000000000000000000000054f0000"
        "035b");

// The blob with the 32-bit big-endian field at offset replaced.
QByteArray withInt(QByteArray blob, qsizetype offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        blob[offset + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    return blob;
}

// Offsets in LogHeader (see QHeaderViewPrivate::write).
constexpr qsizetype SortSectionOffset = 16;
constexpr qsizetype VisualCountOffset = 21;
constexpr qsizetype LengthOffset = 37;
constexpr qsizetype SectionCountOffset = 41;
constexpr qsizetype ItemCountOffset = 74;
constexpr qsizetype FirstItemSizeOffset = 78;
constexpr qsizetype FirstItemSpanOffset = 82;
constexpr qsizetype FirstItemModeOffset = 86;

} // namespace

class tst_LayoutStateValidator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatQtWrites();
    void refusesDamagedHeader_data();
    void refusesDamagedHeader();
    void refusesDamagedSplitter_data();
    void refusesDamagedSplitter();
    void refusesDamagedGeometry_data();
    void refusesDamagedGeometry();
    void refusesEveryTruncation();
    void checksumChangesWithOneByte();
};

void tst_LayoutStateValidator::acceptsWhatQtWrites()
{
    QVERIFY(LayoutStateValidator::isValidHeaderState(LogHeader, 8));
    QVERIFY(LayoutStateValidator::isValidSplitterState(LogSplitter, 2));
    QVERIFY(LayoutStateValidator::isValidSplitterState(MainSplitter, 2));
    QVERIFY(LayoutStateValidator::isValidSplitterState(UnshownSplitter, 2));
    QVERIFY(LayoutStateValidator::isValidGeometry(Geometry));
}

void tst_LayoutStateValidator::refusesDamagedHeader_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<int>("sections");
    QTest::newRow("model has 9 columns") << LogHeader << 9;
    QTest::newRow("model has 7 columns") << LogHeader << 7;
    QTest::newRow("sort section past the end") << withInt(LogHeader, SortSectionOffset, 8) << 8;
    QTest::newRow("one visual index, no values") << withInt(LogHeader, VisualCountOffset, 1) << 8;
    QTest::newRow("length off by one") << withInt(LogHeader, LengthOffset, 942) << 8;
    QTest::newRow("section count 9") << withInt(LogHeader, SectionCountOffset, 9) << 8;
    QTest::newRow("item count 9") << withInt(LogHeader, ItemCountOffset, 9) << 8;
    QTest::newRow("item count 7") << withInt(LogHeader, ItemCountOffset, 7) << 8;
    QTest::newRow("size 2^31-1") << withInt(LogHeader, FirstItemSizeOffset, 0x7fffffff) << 8;
    QTest::newRow("span of 2^31-1 sections (gigabytes)")
        << withInt(LogHeader, FirstItemSpanOffset, 0x7f000001) << 8;
    QTest::newRow("span 0") << withInt(LogHeader, FirstItemSpanOffset, 0) << 8;
    QTest::newRow("resize mode 9") << withInt(LogHeader, FirstItemModeOffset, 9) << 8;
    QTest::newRow("trailing byte") << LogHeader + QByteArray(1, '\0') << 8;
    QTest::newRow("empty") << QByteArray() << 8;
    QTest::newRow("splitter bytes") << LogSplitter << 8;
}

void tst_LayoutStateValidator::refusesDamagedHeader()
{
    QFETCH(QByteArray, blob);
    QFETCH(int, sections);
    QVERIFY(!LayoutStateValidator::isValidHeaderState(blob, sections));
}

void tst_LayoutStateValidator::refusesDamagedSplitter_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<int>("widgets");
    QTest::newRow("three widgets") << MainSplitter << 3;
    QTest::newRow("count 3") << withInt(MainSplitter, 8, 3) << 2;
    QTest::newRow("count 2^31-1") << withInt(MainSplitter, 8, 0x7fffffff) << 2;
    QTest::newRow("size 2^31-1") << withInt(MainSplitter, 12, 0x7fffffff) << 2;
    QTest::newRow("size -5") << withInt(MainSplitter, 12, quint32(-5)) << 2;
    QTest::newRow("version 2") << withInt(MainSplitter, 4, 2) << 2;
    QTest::newRow("handle width 2^30") << withInt(MainSplitter, 21, 1u << 30) << 2;
    QTest::newRow("orientation 3") << withInt(MainSplitter, 26, 3) << 2;
    QTest::newRow("header bytes") << LogHeader << 2;
}

void tst_LayoutStateValidator::refusesDamagedSplitter()
{
    QFETCH(QByteArray, blob);
    QFETCH(int, widgets);
    QVERIFY(!LayoutStateValidator::isValidSplitterState(blob, widgets));
}

void tst_LayoutStateValidator::refusesDamagedGeometry_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("magic") << withInt(Geometry, 0, 0x1D9D0CC);
    QTest::newRow("width 2^31") << withInt(Geometry, 16, 0x7fffffff);
    QTest::newRow("right before left") << withInt(Geometry, 16, quint32(-100));
    QTest::newRow("screen 1000") << withInt(Geometry, 40, 1000);
    QTest::newRow("trailing byte") << Geometry + QByteArray(1, '\0');
}

void tst_LayoutStateValidator::refusesDamagedGeometry()
{
    QFETCH(QByteArray, blob);
    QVERIFY(!LayoutStateValidator::isValidGeometry(blob));
}

void tst_LayoutStateValidator::refusesEveryTruncation()
{
    for (qsizetype n = 0; n < LogHeader.size(); ++n)
        QVERIFY(!LayoutStateValidator::isValidHeaderState(LogHeader.left(n), 8));
    for (qsizetype n = 0; n < MainSplitter.size(); ++n)
        QVERIFY(!LayoutStateValidator::isValidSplitterState(MainSplitter.left(n), 2));
    for (qsizetype n = 0; n < Geometry.size(); ++n)
        QVERIFY(!LayoutStateValidator::isValidGeometry(Geometry.left(n)));
}

void tst_LayoutStateValidator::checksumChangesWithOneByte()
{
    QByteArray changed = LogHeader;
    changed[100] = static_cast<char>(changed[100] ^ 1);
    QCOMPARE(LayoutStateValidator::checksum(LogHeader).size(), 64);
    QVERIFY(LayoutStateValidator::checksum(LogHeader) != LayoutStateValidator::checksum(changed));
}

QTEST_GUILESS_MAIN(tst_LayoutStateValidator)
#include "tst_layoutstatevalidator.moc"
