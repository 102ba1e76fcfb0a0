// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/payloadcodec.h"
#include "log/trafficeventjson.h"
#include "log/trafficlog.h"
#include "log/trafficlogfilewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

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
    void payloadBeyondTheRingBudgetIsWrittenWholeInSlices();
    void slowDiskSlowsTheAppenderInsteadOfGrowingTheQueue();
    void stoppingReleasesAWaitingAppender();
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

void TestTrafficLogFileWriter::payloadBeyondTheRingBudgetIsWrittenWholeInSlices()
{
    // 3 MiB (three slices) of multi-byte UTF-8, an invalid byte and every byte value, cut
    // nowhere in particular: the ring keeps 1 KiB of it, the file every byte, and the text
    // field equals decoding the payload at once.
    QByteArray payload;
    for (int i = 0; payload.size() < 3 * 1024 * 1024 + 7; ++i) {
        payload += "日本語 ü ";
        payload += static_cast<char>(i & 0xff);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    TrafficLog log;
    log.setLimits({100, 1024});
    TrafficLogFileWriter writer(&log);
    QVERIFY(writer.start(path));
    log.append(makeEvent(1, payload));
    writer.stop();
    QCOMPARE(log.eventsAfter(0).first().payload.size(), 1024);
    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(u"bytes").toInteger(), payload.size());
    QCOMPARE(lines.first().value(u"truncated").toBool(), false);
    QVERIFY(lines.first().value(u"payload_hex").toString().toLatin1() == payload.toHex());
    QVERIFY(lines.first().value(u"text").toString() == PayloadCodec::decode(payload));
}

namespace {

// A FIFO nobody reads yet stands for a disk that cannot keep up: the writer blocks in write()
// once the pipe is full. The test reads it when it wants the "disk" to move.
struct SlowDisk
{
    SlowDisk()
    {
        path = dir.filePath(QStringLiteral("slow.fifo"));
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) == 0)
            readFd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    }
    ~SlowDisk()
    {
        if (readFd >= 0)
            ::close(readFd);
    }
    // Reads what is there, waiting at most 100 ms for it; false at end of file.
    bool readSome()
    {
        pollfd pfd{readFd, POLLIN, 0};
        if (::poll(&pfd, 1, 100) <= 0)
            return true;
        char buffer[65536];
        const ssize_t n = ::read(readFd, buffer, sizeof buffer);
        if (n > 0)
            lines += std::count(buffer, buffer + n, '\n');
        return n != 0;
    }
    QTemporaryDir dir;
    QString path;
    int readFd = -1;
    qint64 lines = 0;
};

} // namespace

void TestTrafficLogFileWriter::slowDiskSlowsTheAppenderInsteadOfGrowingTheQueue()
{
    SlowDisk disk;
    QVERIFY(disk.readFd >= 0);
    TrafficLog log;
    TrafficLogFileWriter writer(&log);
    constexpr qint64 limit = 256 * 1024;
    writer.setQueueLimit(limit);
    QVERIFY(writer.start(disk.path));
    constexpr int events = 2000; // 8 MiB of payload: 32 times the queue
    std::atomic_int appended = 0;
    const QByteArray payload(4096, 'p');
    std::unique_ptr<QThread> network(QThread::create([&] {
        for (int i = 0; i < events; ++i) {
            log.append(makeEvent(1, payload));
            ++appended;
        }
    }));
    network->start();
    // Nobody reads the "disk": the queue fills to its limit and the appender stops there.
    QTRY_VERIFY(writer.queuedBytes() > limit);
    QVERIFY(appended.load() < events);
    QVERIFY2(writer.peakQueuedBytes() <= limit + payload.size() + 1024,
             qPrintable(QString::number(writer.peakQueuedBytes())));
    // The disk moves: the appender goes on, and every event reaches the file.
    QElapsedTimer clock;
    clock.start();
    while (!network->isFinished() && clock.elapsed() < 60'000)
        disk.readSome();
    QVERIFY(network->wait(1000));
    QCOMPARE(appended.load(), events);
    writer.stopInBackground();
    while (disk.readSome() && clock.elapsed() < 60'000) { }
    writer.stop();
    QCOMPARE(disk.lines, events);
    QVERIFY(writer.peakQueuedBytes() <= limit + payload.size() + 1024);
}

void TestTrafficLogFileWriter::stoppingReleasesAWaitingAppender()
{
    SlowDisk disk;
    QVERIFY(disk.readFd >= 0);
    TrafficLog log;
    TrafficLogFileWriter writer(&log);
    writer.setQueueLimit(64 * 1024);
    QVERIFY(writer.start(disk.path));
    std::unique_ptr<QThread> network(QThread::create([&log] {
        for (int i = 0; i < 1000; ++i)
            log.append(makeEvent(1, QByteArray(4096, 'q')));
    }));
    network->start();
    QTRY_VERIFY(writer.queuedBytes() > writer.queueLimit());
    // The wait has no deadline, but stopping ends it at once, disk or no disk: the appender
    // finishes while the writer is still blocked on the full pipe.
    writer.stopInBackground();
    QVERIFY(network->wait(10'000));
    QElapsedTimer clock;
    clock.start();
    while (disk.readSome() && clock.elapsed() < 60'000) { }
    writer.stop();
    QVERIFY(disk.lines > 0 && disk.lines < 1000);
    QCOMPARE(quint64(disk.lines), writer.eventsWritten());
}

QTEST_GUILESS_MAIN(TestTrafficLogFileWriter)
#include "tst_trafficlogfilewriter.moc"
