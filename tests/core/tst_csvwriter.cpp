// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/csvwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void formulasAreNeutralized_data();
    void formulasAreNeutralized();
    void quoting();
    void wholeTable();
};

void tst_CsvWriter::formulasAreNeutralized_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+cmd"_s << u"'+cmd"_s;
    QTest::newRow("minus") << u"-"_s << u"'-"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("cr") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("plain") << u"127.0.0.1:60001"_s << u"127.0.0.1:60001"_s;
    QTest::newRow("ipv6") << u"[::1]:60001"_s << u"[::1]:60001"_s;
    QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_CsvWriter::formulasAreNeutralized()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralized(cell), expected);
}

void tst_CsvWriter::quoting()
{
    QCOMPARE(CsvWriter::formatCell(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::formatCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvWriter::formatCell(u"two\nlines"_s), u"\"two\nlines\""_s);
    // Neutralized first, then quoted: the apostrophe sits inside the quotes.
    QCOMPARE(CsvWriter::formatCell(u"=HYPERLINK(\"x\",\"y\")"_s),
             u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s);
    QCOMPARE(CsvWriter::formatCell(u"\rx"_s), u"\"'\rx\""_s);
}

void tst_CsvWriter::wholeTable()
{
    const QList<QStringList> rows
        = {{u"Proto"_s, u"Program"_s}, {u"tcp"_s, u"=evil"_s}, {u"udp6"_s, u"日本"_s}};
    QCOMPARE(CsvWriter::format(rows),
             QByteArray("Proto,Program\r\ntcp,'=evil\r\nudp6,") + u"日本"_s.toUtf8() + "\r\n");
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
