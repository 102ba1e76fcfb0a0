// SPDX-License-Identifier: GPL-3.0-or-later
// The log filter's fast paths (payload bytes searched directly, results cached per session and
// endpoint, the mapping rebuilt in one pass) must show exactly the rows the plain definition
// shows: the filter text, case-insensitively, in the event name, an endpoint, the session
// name, the message or the payload decoded in the view's encoding.
#include "log/trafficlog.h"
#include "net/sessionname.h"
#include "trafficview/eventformatter.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

class tst_TrafficLogFilter : public QObject
{
    Q_OBJECT

private slots:
    void onlyTwoCharactersFoldIntoAscii();
    void showsTheRowsOfThePlainDefinition_data();
    void showsTheRowsOfThePlainDefinition();
    void refiltersWhenTheEncodingChanges();
    void keepsTheSelectedRowAcrossTexts();
    void sortsEveryColumnAsItsRawValues();

private:
    static TrafficEvent event(const QByteArray &payload, quint16 peerPort = 53422,
                              TrafficEvent::Kind kind = TrafficEvent::Kind::Received,
                              const QString &message = QString(), int sessionId = 1);
    static QList<TrafficEvent> sampleEvents();
    // The definition the filter had before it took shortcuts, row by row.
    static bool plainMatch(const TrafficEvent &event, const QString &text,
                           PayloadCodec::Encoding encoding);
    static QList<quint64> shownSequences(const TrafficLogFilterModel &proxy);
    // Appends events to log, takes them into model and shows model through proxy.
    static void show(const QList<TrafficEvent> &events, TrafficLog &log, TrafficLogModel &model,
                     TrafficLogFilterModel &proxy);
    // The comparison the filter model made before it took its keys once per sort: the model's
    // raw values as QVariants, row against row (rawValueLess() is that definition).
    static bool rawLess(const TrafficLogModel &model, int column, int left, int right);
};

TrafficEvent tst_TrafficLogFilter::event(const QByteArray &payload, quint16 peerPort,
                                         TrafficEvent::Kind kind, const QString &message,
                                         int sessionId)
{
    TrafficEvent e;
    e.sessionId = sessionId;
    e.protocol = sessionId % 2 == 0 ? TrafficEvent::Protocol::Udp : TrafficEvent::Protocol::Tcp;
    e.kind = kind;
    e.local = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    e.peer = peerPort == 0 ? Endpoint()
                           : Endpoint(QHostAddress(sessionId == 3 ? QStringLiteral("::1")
                                                                  : QStringLiteral("127.0.0.1")),
                                      peerPort);
    e.payload = payload;
    e.size = payload.size();
    e.message = message;
    return e;
}

QList<TrafficEvent> tst_TrafficLogFilter::sampleEvents()
{
    using Kind = TrafficEvent::Kind;
    return {
        event("Hello World"),
        event("HELLO there", 40001),
        event("say hello\r\n", 40002, Kind::Sent),
        event("he\xffllo and hel\x80lo", 40003), // invalid UTF-8 between the letters
        event("\xe2\x84\xaa"
              "ey",
              40004), // KELVIN SIGN + "ey": "key" case-insensitively
        event("\xc5\xbf"
              "ecret",
              40005), // LONG S + "ecret": "secret"
        event("SeCrEt KEY", 40006),
        event(QByteArray("nul\0byte 123", 12), 40007),
        event("caf\xc3\xa9 Caf\xe9", 40008), // é in UTF-8, then in Latin-1
        event("\x82\xb1\x82\xf1"
              "abc",
              40009), // Shift_JIS こん + abc
        event("tcp-server", 4000, Kind::Received, QString(), 2),
        event(QByteArray(), 0, Kind::Info, QStringLiteral("listen() on 127.0.0.1:60001")),
        event(QByteArray(), 40010, Kind::Accepted),
        event(QByteArray(), 40011, Kind::Error, QStringLiteral("Connection refused")),
        event("payload from ::1", 5353, Kind::Received, QString(), 3),
        event(QByteArray(200, 'x') + "needle", 40012),
        event("NEEDLE" + QByteArray(3, '\x90'), 40013),
    };
}

bool tst_TrafficLogFilter::plainMatch(const TrafficEvent &e, const QString &text,
                                      PayloadCodec::Encoding encoding)
{
    if (text.isEmpty())
        return true;
    const auto has = [&text](const QString &candidate) {
        return candidate.contains(text, Qt::CaseInsensitive);
    };
    return has(EventFormatter::kindLabel(e.kind)) || has(e.peer.toString())
        || has(e.local.toString()) || has(e.message) || has(SessionName::of(e))
        || (EventFormatter::hasPayload(e) && has(PayloadCodec::decode(e.payload, encoding)));
}

QList<quint64> tst_TrafficLogFilter::shownSequences(const TrafficLogFilterModel &proxy)
{
    QList<quint64> sequences;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sequences.append(proxy.index(row, 0).data(TrafficLogModel::SequenceRole).toULongLong());
    return sequences;
}

void tst_TrafficLogFilter::show(const QList<TrafficEvent> &events, TrafficLog &log,
                                TrafficLogModel &model, TrafficLogFilterModel &proxy)
{
    model.setInterval(3'600'000);
    for (const TrafficEvent &e : events)
        log.append(e);
    model.fetchNow();
    proxy.setLogModel(&model);
}

bool tst_TrafficLogFilter::rawLess(const TrafficLogModel &model, int column, int left, int right)
{
    return TrafficLogFilterModel::rawValueLess(
            model.index(left, column).data(TrafficLogModel::RawRole),
            model.index(right, column).data(TrafficLogModel::RawRole));
}

void tst_TrafficLogFilter::onlyTwoCharactersFoldIntoAscii()
{
    // The byte search relies on it: only these non-ASCII characters compare equal to an ASCII
    // letter in a case-insensitive QString search, so only a needle with 'k' or 's' needs a
    // non-ASCII UTF-8 payload decoded.
    QList<char32_t> folding;
    for (char32_t c = 0x80; c <= 0x10ffff; ++c) {
        if ((c >= 0xd800 && c <= 0xdfff))
            continue;
        if (QChar::toCaseFolded(c) < 0x80)
            folding.append(c);
    }
    QCOMPARE(folding, (QList<char32_t> {0x17f, 0x212a}));
    QCOMPARE(QChar::toCaseFolded(char32_t(0x17f)), char32_t('s'));
    QCOMPARE(QChar::toCaseFolded(char32_t(0x212a)), char32_t('k'));
}

void tst_TrafficLogFilter::showsTheRowsOfThePlainDefinition_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"hello",
                             "HeLLo",
                             "HELLO THERE",
                             "hello\\r",
                             "key",
                             "KEY",
                             "secret",
                             "ecret",
                             "123",
                             "byte 1",
                             "café",
                             "CAFÉ",
                             "é",
                             "こん",
                             "abc",
                             "needle",
                             "NeEdLe",
                             "x",
                             "127.0.0.1:4000",
                             "[::1]",
                             "::1]:5353",
                             "tcp-server",
                             "tcp-server#1",
                             "udp",
                             "#2",
                             "received",
                             "SENT",
                             "acc",
                             "error",
                             "refused",
                             "listen()",
                             "60001",
                             "\xef\xbf\xbd" /* U+FFFD */,
                             "no such text"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void tst_TrafficLogFilter::showsTheRowsOfThePlainDefinition()
{
    QFETCH(QString, text);
    TrafficLog log;
    TrafficLogModel model(&log);
    TrafficLogFilterModel proxy;
    show(sampleEvents(), log, model, proxy);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (const PayloadCodec::Encoding encoding : PayloadCodec::encodings()) {
        model.setEncoding(encoding);
        proxy.setFilterText(QString());
        proxy.setFilterText(text);
        QList<quint64> expected;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (plainMatch(model.eventAt(row), text, encoding))
                expected.append(model.eventAt(row).sequence);
        }
        QVERIFY2(shownSequences(proxy) == expected,
                 qPrintable(PayloadCodec::encodingName(encoding)));
    }
}

void tst_TrafficLogFilter::refiltersWhenTheEncodingChanges()
{
    // "café" is in the Latin-1 payload only as Latin-1: the row shows under that encoding.
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    log.append(event("Caf\xe9"));
    model.fetchNow();
    TrafficLogFilterModel proxy;
    proxy.setLogModel(&model);
    proxy.setFilterText(QStringLiteral("café"));
    QCOMPARE(proxy.rowCount(), 0);
    model.setEncoding(PayloadCodec::Encoding::Latin1);
    proxy.setFilterText(QString());
    proxy.setFilterText(QStringLiteral("café"));
    QCOMPARE(proxy.rowCount(), 1);
}

void tst_TrafficLogFilter::keepsTheSelectedRowAcrossTexts()
{
    // The mapping is rebuilt in one pass: a persistent index (what a selection holds) to a row
    // that still shows must follow it, one to a row filtered out must become invalid.
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    for (const TrafficEvent &e : sampleEvents())
        log.append(e);
    model.fetchNow();
    TrafficLogFilterModel proxy;
    proxy.setLogModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex secret
        = proxy.index(6, TrafficLogModel::TextColumn); // "SeCrEt KEY"
    const QPersistentModelIndex hello = proxy.index(0, TrafficLogModel::TextColumn);
    const quint64 secretSequence = model.eventAt(6).sequence;
    proxy.setFilterText(QStringLiteral("secret"));
    QVERIFY(secret.isValid());
    QCOMPARE(secret.data(TrafficLogModel::SequenceRole).toULongLong(), secretSequence);
    QVERIFY(!hello.isValid());
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(secret.row(), 6);
}

QTEST_MAIN(tst_TrafficLogFilter)

void tst_TrafficLogFilter::sortsEveryColumnAsItsRawValues()
{
    // The keys taken once per sort must order the rows exactly as the raw values did, ties
    // kept in the log's order: every column, both ways, with a filter set while sorted, and
    // for rows that arrive after the sort.
    QList<TrafficEvent> events = sampleEvents();
    TrafficEvent v6 = event("from the other side", 40001);
    v6.local = Endpoint(QHostAddress(QStringLiteral("::1")), 60001);
    events << v6 << event("Hello World", 40001) << event("", 65535)
           << event("b", 1, TrafficEvent::Kind::Sent, QString(), 2)
           << event(QByteArray(), 0, TrafficEvent::Kind::Info, QStringLiteral("close()"));
    TrafficEvent otherLocal = event("a", 9);
    otherLocal.local = Endpoint(QHostAddress(QStringLiteral("10.0.0.2")), 80);
    events << otherLocal;
    TrafficLog log;
    TrafficLogModel model(&log);
    TrafficLogFilterModel proxy;
    show(events, log, model, proxy);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Qt sorts the rows in the order they are shown (ties keep it), and a new filter shows them
    // in the log's order first: so "from" is what was shown before the sort, or none.
    const auto expectedOrder = [&model](int column, Qt::SortOrder order, const QString &text,
                                        const QList<quint64> &from = {}) {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (plainMatch(model.eventAt(row), text, model.encoding()))
                rows << row;
        }
        if (!from.isEmpty()) {
            rows.clear();
            for (const quint64 sequence : from) {
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (model.eventAt(row).sequence == sequence)
                        rows << row;
                }
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return order == Qt::AscendingOrder ? rawLess(model, column, a, b)
                                               : rawLess(model, column, b, a);
        });
        QList<quint64> sequences;
        for (int row : rows)
            sequences << model.eventAt(row).sequence;
        return sequences;
    };
    for (int column = 0; column < TrafficLogModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray what = QByteArray::number(column)
                    + (order == Qt::AscendingOrder ? " ascending" : " descending");
            proxy.setFilterText(QString());
            const QList<quint64> before = shownSequences(proxy);
            proxy.sort(column, order);
            QVERIFY2(shownSequences(proxy) == expectedOrder(column, order, QString(), before),
                     what.constData());
            proxy.setFilterText(QStringLiteral("e"));
            QVERIFY2(shownSequences(proxy) == expectedOrder(column, order, QStringLiteral("e")),
                     QByteArray(what + ", filtered").constData());
        }
    }

    // Rows that arrive while sorted take their places by the same order (no keys then).
    proxy.setFilterText(QStringLiteral("x"));
    proxy.sort(TrafficLogModel::PeerColumn, Qt::DescendingOrder);
    proxy.setFilterText(QString()); // shown in the log's order, then sorted
    log.append(event("late", 40000));
    log.append(event("later", 1));
    model.fetchNow();
    QCOMPARE(shownSequences(proxy),
             expectedOrder(TrafficLogModel::PeerColumn, Qt::DescendingOrder, QString()));
}

#include "tst_trafficlogfilter.moc"
