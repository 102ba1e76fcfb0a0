#include "payloadcodec.h"
#include "trafficeventjson.h"
#include "trafficlog.h"
#include "trafficlogfilewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

// "Log to file without drawing": every event appended while the writer runs reaches the file,
// exactly and in order, whatever the ring's caps evict; failures are one sentence.
class TestTrafficLogFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void lineMatchesQJsonDocument();
    void writesEveryEventOfABurstFromSeveralThreads();
    void onlyEventsWhileRunning();
    void refusesADirectoryOrAMissingFolder();
    void fullDiskIsOneSentence();
};

namespace {

TrafficEvent makeEvent(int sessionId, const QByteArray &payload)
{
    TrafficEvent event;
    event.sessionId = sessionId;
    event.connectionId = 3;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.kind = TrafficEvent::Kind::Received;
    event.local = Endpoint(QHostAddress(QHostAddress::LocalHost), 60002);
    event.peer = Endpoint(QHostAddress(QStringLiteral("::1")), 40000);
    event.payload = payload;
    event.message = QStringLiteral("recvfrom()");
    return event;
}

QList<QJsonObject> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return {}; // a broken line fails the caller's count
        objects << document.object();
    }
    return objects;
}

} // namespace

void TestTrafficLogFileWriter::lineMatchesQJsonDocument()
{
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(static_cast<char>(i));
    TrafficEvent event = makeEvent(7, everyByte);
    event.sequence = 42;
    event.timestampMs = 1'700'000'000'123;
    event.size = everyByte.size() + 10; // truncated
    event.message = QStringLiteral("quote \" backslash \\ newline \n tab \t ünïcödé 日本");

    QJsonObject expected;
    expected.insert(u"bytes", event.size);
    expected.insert(u"connection", 3);
    expected.insert(u"event", QStringLiteral("received"));
    expected.insert(u"local", QStringLiteral("127.0.0.1:60002"));
    expected.insert(u"message", event.message);
    expected.insert(u"payload_hex", QString::fromLatin1(everyByte.toHex()));
    expected.insert(u"peer", QStringLiteral("[::1]:40000"));
    expected.insert(u"protocol", QStringLiteral("udp"));
    expected.insert(u"sequence", 42);
    expected.insert(u"session", QStringLiteral("udp#7"));
    expected.insert(u"session_id", 7);
    expected.insert(u"text", PayloadCodec::decode(everyByte));
    expected.insert(u"time", QStringLiteral("2023-11-14T22:13:20.123Z"));
    expected.insert(u"truncated", true);
    QCOMPARE(TrafficEventJson::line(event, QStringLiteral("udp#7")),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void TestTrafficLogFileWriter::writesEveryEventOfABurstFromSeveralThreads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("burst.jsonl"));
    TrafficLog log;
    log.setLimits({16, 1024}); // the ring keeps almost nothing: the file must not care
    TrafficLogFileWriter writer(&log);
    QString error;
    QVERIFY2(writer.start(path, &error), qPrintable(error));

    constexpr int threadCount = 4;
    constexpr int perThread = 25'000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 1; t <= threadCount; ++t) {
        threads.emplace_back(QThread::create([&log, t] {
            for (int i = 0; i < perThread; ++i)
                log.append(makeEvent(t, QByteArray::number(t) + ':' + QByteArray::number(i)));
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    writer.stop();
    QVERIFY(!writer.hasFailed());
    QCOMPARE(writer.eventsWritten(), quint64(threadCount * perThread));

    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), threadCount * perThread);
    std::vector<int> next(threadCount + 1, 0);
    qint64 lastSequence = 0;
    for (const QJsonObject &line : lines) {
        const qint64 sequence = line.value(u"sequence").toInteger();
        QCOMPARE(sequence, lastSequence + 1); // nothing missing, nothing reordered
        lastSequence = sequence;
        const int session = line.value(u"session_id").toInt();
        QVERIFY(session >= 1 && session <= threadCount);
        // Each thread's events arrive in the order it appended them, payload intact.
        const QByteArray payload
                = QByteArray::number(session) + ':' + QByteArray::number(next[session]++);
        QCOMPARE(line.value(u"payload_hex").toString().toLatin1(), payload.toHex());
        QCOMPARE(line.value(u"bytes").toInt(), payload.size());
    }
    QCOMPARE(lastSequence, qint64(threadCount * perThread));
}

void TestTrafficLogFileWriter::onlyEventsWhileRunning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.jsonl"));
    TrafficLog log;
    log.append(makeEvent(1, "before"));
    TrafficLogFileWriter writer(&log);
    QVERIFY(writer.start(path));
    QVERIFY(writer.isActive());
    log.append(makeEvent(1, "during"));
    writer.stop();
    QVERIFY(!writer.isActive());
    log.append(makeEvent(1, "after"));
    writer.stop(); // idempotent
    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(u"text").toString(), QStringLiteral("during"));
}

void TestTrafficLogFileWriter::refusesADirectoryOrAMissingFolder()
{
    QTemporaryDir dir;
    TrafficLog log;
    TrafficLogFileWriter writer(&log);
    QString error;
    QVERIFY(!writer.start(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("directory")), qPrintable(error));
    QVERIFY(!writer.start(dir.filePath(QStringLiteral("missing/x.jsonl")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing/x.jsonl")), qPrintable(error));
    QVERIFY(!writer.isActive());
}

void TestTrafficLogFileWriter::fullDiskIsOneSentence()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    TrafficLog log;
    TrafficLogFileWriter writer(&log);
    QString failure;
    connect(&writer, &TrafficLogFileWriter::failed, this,
            [&failure](const QString &message) { failure = message; }, Qt::QueuedConnection);
    QVERIFY(writer.start(QStringLiteral("/dev/full")));
    log.append(makeEvent(1, "lost"));
    QTRY_VERIFY(writer.hasFailed());
    QTRY_VERIFY(!failure.isEmpty());
    QCOMPARE(failure, writer.errorString());
    QVERIFY2(failure.contains(QStringLiteral("/dev/full")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("0 events were written")), qPrintable(failure));
    QCOMPARE(failure.count(u'.'), 1); // one sentence
    writer.stop();
}

QTEST_GUILESS_MAIN(TestTrafficLogFileWriter)
#include "tst_trafficlogfilewriter.moc"
