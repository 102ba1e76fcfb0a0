// SPDX-License-Identifier: GPL-3.0-or-later
#include "framing/streamframer.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using Kind = StreamFramer::Message::Kind;

namespace {

FrameSpec specOf(const QString &text)
{
    QString error;
    const std::optional<FrameSpec> spec = FrameSpec::parse(text, &error);
    if (!spec)
        qFatal("bad spec in test: %s", qPrintable(error));
    return *spec;
}

// Pushes the chunks one by one, takes every message, then finishes: what a session does.
// Idle mode: a gap after each chunk listed in gapsAfter.
QList<StreamFramer::Message> run(const FrameSpec &spec, const QList<QByteArray> &chunks,
                                 const QList<int> &gapsAfter = {})
{
    StreamFramer framer(spec);
    QList<StreamFramer::Message> out;
    StreamFramer::Message message;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        framer.push(chunks.at(i));
        while (framer.next(&message))
            out << message;
        if (framer.hasInput())
            qFatal("next() returned false with input left");
        if (gapsAfter.contains(int(i)) && framer.flush(&message))
            out << message;
    }
    while (framer.finish(&message))
        out << message;
    return out;
}

// run() as a session that only logs reads: nextRun() first, next() when it cuts nothing. Each
// run comes out as the Frame messages next() would have made; *cutInRuns counts them.
// With inPlace, each chunk that can be is written into roomForContinuation() instead of pushed,
// as the server's direct reads do; *inPlacePushes counts them.
QList<StreamFramer::Message> runWithRuns(const FrameSpec &spec, const QList<QByteArray> &chunks,
                                         qsizetype *cutInRuns, bool inPlace = false,
                                         qsizetype *inPlacePushes = nullptr)
{
    StreamFramer framer(spec);
    qsizetype largest = 1;
    for (const QByteArray &chunk : chunks)
        largest = std::max(largest, chunk.size());
    if (inPlace)
        framer.setInPlaceReads(largest);
    QList<StreamFramer::Message> out;
    StreamFramer::Message message;
    QByteArray bytes;
    QList<qint32> ends;
    QString text;
    for (const QByteArray &chunk : chunks) {
        char *room = inPlace && !chunk.isEmpty() ? framer.roomForContinuation(largest) : nullptr;
        if (room) {
            std::memcpy(room, chunk.constData(), size_t(chunk.size()));
            framer.pushContinuation(chunk.size());
            ++*inPlacePushes;
        } else {
            framer.push(chunk);
        }
        for (;;) {
            if (const qsizetype cut = framer.nextRun(&bytes, &ends, &text); cut > 0) {
                if (ends.size() != cut)
                    qFatal("nextRun() counted %lld messages, gave %lld ends", qint64(cut),
                           qint64(ends.size()));
                *cutInRuns += cut;
                qint32 from = 0;
                for (qint32 end : std::as_const(ends)) {
                    StreamFramer::Message frame;
                    frame.bytes = bytes.mid(from, end - from);
                    frame.chunks.add(end - from);
                    frame.text = text;
                    out << frame;
                    from = end;
                }
                if (from != bytes.size())
                    qFatal("a run's bytes go past its last message");
                ends.clear();
            } else if (framer.next(&message)) {
                out << message;
            } else {
                break;
            }
        }
    }
    while (framer.finish(&message))
        out << message;
    return out;
}

void compareMessages(const QList<StreamFramer::Message> &actual,
                     const QList<StreamFramer::Message> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).kind, expected.at(i).kind);
        QCOMPARE(actual.at(i).bytes, expected.at(i).bytes);
        QCOMPARE(actual.at(i).text, expected.at(i).text);
        QCOMPARE(actual.at(i).chunks.count, expected.at(i).chunks.count);
    }
}

// Every byte pushed comes out once, in order, in a message with bytes.
QByteArray joined(const QList<StreamFramer::Message> &messages)
{
    QByteArray all;
    for (const StreamFramer::Message &message : messages) {
        if (message.kind == Kind::Error && !message.bytes.isEmpty())
            qFatal("an error carries bytes");
        all += message.bytes;
    }
    return all;
}

QList<QByteArray> split(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    QList<QByteArray> chunks;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        if (cut > from && cut < stream.size()) {
            chunks << stream.mid(from, cut - from);
            from = cut;
        }
    }
    chunks << stream.mid(from);
    return chunks;
}

QList<QByteArray> bytewise(const QByteArray &stream)
{
    QList<QByteArray> chunks;
    for (char c : stream)
        chunks << QByteArray(1, c);
    return chunks;
}

QList<QByteArray> framesOf(const QList<StreamFramer::Message> &messages, Kind kind = Kind::Frame)
{
    QList<QByteArray> frames;
    for (const StreamFramer::Message &message : messages) {
        if (message.kind == kind)
            frames << message.bytes;
    }
    return frames;
}

QList<Kind> kindsOf(const QList<StreamFramer::Message> &messages)
{
    QList<Kind> kinds;
    for (const StreamFramer::Message &message : messages)
        kinds << message.kind;
    return kinds;
}

} // namespace

class TestStreamFramer : public QObject
{
    Q_OBJECT

private slots:
    void everyModeAtEveryByteBoundary_data();
    void everyModeAtEveryByteBoundary();
    void coalescedFramesInOneChunk();
    void chunkBoundariesAreNarrated();
    void longTrickleIsNarratedBounded();
    void partialAtClose_data();
    void partialAtClose();
    void delimiterOversizeResyncsAfterNextDelimiter();
    void delimiterOversizeFoundInOneChunk();
    void delimiterStraddlingAfterResync();
    void lengthOversizeLeavesRestUnframed();
    void lengthInclusiveShorterThanHeader();
    void idleFlushAndOversize();
    void noneHandsChunksOn();
    void trickledDelimiterSearchIsLinear();
    void nextRunCutsWhatNextWould_data();
    void nextRunCutsWhatNextWould();
    void inPlaceReadsDoNotCopyTheTail();
    void inPlaceReadsMoveALongMessageAFewTimes();
};

void TestStreamFramer::everyModeAtEveryByteBoundary_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::newRow("delimiter \\r\\n")
            << QStringLiteral("delimiter:\\r\\n")
            << QList<QByteArray>{"HELLO\r\n", "\r\n", "a\rb\nc\r\n", "last one\r\n"};
    QTest::newRow("delimiter \\n") << QStringLiteral("delimiter:\\n")
                                   << QList<QByteArray>{"one\n", "\n", "three\n"};
    QTest::newRow("delimiter of 3 bytes, overlapping prefix")
            << QStringLiteral("delimiter:aab")
            << QList<QByteArray>{"xaaab", "aab", "aaaaab"};
    QTest::newRow("fixed 4") << QStringLiteral("fixed:4")
                             << QList<QByteArray>{"abcd", QByteArray(4, '\0'), "wxyz"};
    QTest::newRow("length 1") << QStringLiteral("length:1")
                              << QList<QByteArray>{QByteArray("\x03" "abc", 4),
                                                   QByteArray("\x00", 1),
                                                   QByteArray("\x01" "z", 2)};
    QTest::newRow("length 2be") << QStringLiteral("length:2be")
                                << QList<QByteArray>{QByteArray("\x00\x05hello", 7),
                                                     QByteArray("\x00\x00", 2),
                                                     QByteArray("\x00\x01!", 3)};
    QTest::newRow("length 4le offset 2 inclusive")
            << QStringLiteral("length:4le,offset=2,inclusive")
            << QList<QByteArray>{QByteArray("AB\x09\x00\x00\x00xyz", 9),
                                 QByteArray("CD\x06\x00\x00\x00", 6),
                                 QByteArray("EF\x07\x00\x00\x00!", 7)};
    QTest::newRow("length 2le offset 1")
            << QStringLiteral("length:2le,offset=1")
            << QList<QByteArray>{QByteArray("\x7e\x02\x00hi", 5), QByteArray("\x7e\x00\x00", 3)};
}

void TestStreamFramer::everyModeAtEveryByteBoundary()
{
    QFETCH(QString, spec);
    QFETCH(QList<QByteArray>, frames);
    const QByteArray stream = frames.join();
    const FrameSpec frameSpec = specOf(spec);
    // One cut anywhere, two cuts anywhere, and one byte per chunk.
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            const QList<StreamFramer::Message> out = run(frameSpec, split(stream, {a, b}));
            QCOMPARE(framesOf(out), frames);
            QCOMPARE(joined(out), stream);
        }
    }
    const QList<StreamFramer::Message> out = run(frameSpec, bytewise(stream));
    QCOMPARE(framesOf(out), frames);
    for (qsizetype i = 0; i < frames.size(); ++i)
        QCOMPARE(out.at(i).chunks.count, frames.at(i).size());
}

void TestStreamFramer::coalescedFramesInOneChunk()
{
    const QByteArray stream = "a\nbb\nccc\nd";
    const QList<StreamFramer::Message> out = run(specOf(QStringLiteral("delimiter:\\n")),
                                                 {stream});
    QCOMPARE(framesOf(out), (QList<QByteArray>{"a\n", "bb\n", "ccc\n"}));
    QCOMPARE(framesOf(out, Kind::Partial), QList<QByteArray>{"d"});
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(out.at(i).chunks.count, 1);
        QCOMPARE(out.at(i).text, QStringLiteral("recv() x1: part of a 10-byte chunk"));
    }
    // A chunk that is exactly one message says so plainly.
    const QList<StreamFramer::Message> whole = run(specOf(QStringLiteral("fixed:3")), {"abc"});
    QCOMPARE(whole.size(), 1);
    QCOMPARE(whole.first().text, QStringLiteral("recv() x1"));
}

void TestStreamFramer::chunkBoundariesAreNarrated()
{
    // 5 + 12 + 3 bytes make one 20-byte line; the last chunk also starts the next message.
    const QByteArray line = QByteArray(19, 'x') + '\n';
    const QList<StreamFramer::Message> out = run(
            specOf(QStringLiteral("delimiter:\\n")),
            {line.left(5), line.mid(5, 12), line.mid(17) + "ne", "xt\n"});
    QCOMPARE(framesOf(out), (QList<QByteArray>{line, "next\n"}));
    QCOMPARE(out.at(0).chunks.count, 3);
    QCOMPARE(out.at(0).chunks.kept(), (QList<qint64>{5, 12, 3}));
    QCOMPARE(out.at(0).text, QStringLiteral("recv() x3: 5 + 12 + 3 bytes"));
    QCOMPARE(out.at(1).text, QStringLiteral("recv() x2: 2 + 3 bytes"));
}

void TestStreamFramer::longTrickleIsNarratedBounded()
{
    const QByteArray line = QByteArray(9999, 'x') + '\n';
    const QList<StreamFramer::Message> out = run(specOf(QStringLiteral("delimiter:\\n")),
                                                 bytewise(line));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().bytes, line);
    QCOMPARE(out.first().chunks.count, 10000);
    QCOMPARE(out.first().text,
             QStringLiteral("recv() x10000: 1 + 1 + 1 + 1 + 1 + 1 + … + 1 + 1 bytes"));
    // Pieces beyond those kept still add up: the last two are the last two chunks.
    const QList<StreamFramer::Message> grown = run(
            specOf(QStringLiteral("fixed:40")),
            {"1", "22", "333", "4444", "55555", "666666", "7777777", "8", "99", "0000000"});
    QCOMPARE(grown.first().chunks.kept(), (QList<qint64>{1, 2, 3, 4, 5, 6, 2, 7}));
    QCOMPARE(grown.first().chunks.count, 10);
}

void TestStreamFramer::partialAtClose_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<QString>("text");
    QTest::newRow("delimiter") << QStringLiteral("delimiter:\\r\\n")
                               << QList<QByteArray>{"ok\r\nhalf", " a line\r"}
                               << QByteArray("half a line\r")
                               << QStringLiteral("partial message at close: 12 byte(s), no "
                                                 "delimiter; recv() x2: 4 + 8 bytes");
    QTest::newRow("fixed") << QStringLiteral("fixed:8") << QList<QByteArray>{"12345678abc"}
                           << QByteArray("abc")
                           << QStringLiteral("partial message at close: 3 of 8 bytes; recv() x1");
    QTest::newRow("length, body short")
            << QStringLiteral("length:2be") << QList<QByteArray>{QByteArray("\x00\x0a" "abc", 5)}
            << QByteArray("\x00\x0a" "abc", 5)
            << QStringLiteral("partial message at close: 5 of the 12 bytes the length prefix "
                              "announced; recv() x1");
    QTest::newRow("length, header short")
            << QStringLiteral("length:4be")
            << QList<QByteArray>{QByteArray("\x00", 1), QByteArray("\x00", 1)}
            << QByteArray("\x00\x00", 2)
            << QStringLiteral("partial message at close: 2 byte(s), the length prefix is "
                              "incomplete; recv() x2: 1 + 1 bytes");
}

void TestStreamFramer::partialAtClose()
{
    QFETCH(QString, spec);
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, partial);
    QFETCH(QString, text);
    const QList<StreamFramer::Message> out = run(specOf(spec), chunks);
    QCOMPARE(out.last().kind, Kind::Partial);
    QCOMPARE(out.last().bytes, partial);
    QCOMPARE(out.last().text, text);
    QCOMPARE(joined(out), chunks.join());
}

void TestStreamFramer::delimiterOversizeResyncsAfterNextDelimiter()
{
    // max=8: "0123456789" has no delimiter within 8 bytes; framing resumes after "\n".
    const QByteArray stream = "ab\n0123456789ABCDEF\nok\n";
    const FrameSpec spec = specOf(QStringLiteral("delimiter:\\n,max=8"));
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        const QList<StreamFramer::Message> out = run(spec, split(stream, {a}));
        QCOMPARE(joined(out), stream);
        QCOMPARE(framesOf(out), (QList<QByteArray>{"ab\n", "ok\n"}));
        QCOMPARE(framesOf(out, Kind::Unframed).join(), QByteArray("0123456789ABCDEF\n"));
        QCOMPARE(kindsOf(out).count(Kind::Error), 1);
        const qsizetype error = kindsOf(out).indexOf(Kind::Error);
        // Found beyond the bound in one chunk, or not within it: either names the bound.
        QVERIFY2(out.at(error).text.contains(QStringLiteral("max=8 bytes")),
                 qPrintable(out.at(error).text));
        // The error comes before the bytes it explains.
        QCOMPARE(out.at(error + 1).kind, Kind::Unframed);
    }
    QCOMPARE(run(spec, bytewise(stream)).at(1).text,
             QStringLiteral("No \\n within max=8 bytes: the message is logged unframed up to "
                            "the next \\n."));
    // Trickled: never more than the bound is held.
    StreamFramer framer(spec);
    StreamFramer::Message message;
    for (char c : stream) {
        framer.push(QByteArray(1, c));
        while (framer.next(&message)) { }
        QVERIFY(framer.pendingBytes() <= 8);
    }
}

void TestStreamFramer::delimiterOversizeFoundInOneChunk()
{
    const QList<StreamFramer::Message> out = run(specOf(QStringLiteral("delimiter:\\n,max=4")),
                                                 {"toolong\nok\n"});
    QCOMPARE(kindsOf(out), (QList<Kind>{Kind::Error, Kind::Unframed, Kind::Frame}));
    QCOMPARE(out.at(0).text,
             QStringLiteral("The message up to the next \\n is 8 bytes, over the bound of max=4 "
                            "bytes: it is logged unframed."));
    QCOMPARE(out.at(1).bytes, QByteArray("toolong\n"));
    QCOMPARE(out.at(1).text, QStringLiteral("unframed: recv() x1: part of a 11-byte chunk"));
    QCOMPARE(out.at(2).bytes, QByteArray("ok\n"));
    // Exactly at the bound is allowed.
    QCOMPARE(framesOf(run(specOf(QStringLiteral("delimiter:\\n,max=4")), {"abc\n"})),
             QList<QByteArray>{"abc\n"});
}

void TestStreamFramer::delimiterStraddlingAfterResync()
{
    // The \r\n that ends the oversize run is split across two chunks of the resync.
    const QByteArray stream = "0123456789\r\nok\r\n";
    const FrameSpec spec = specOf(QStringLiteral("delimiter:\\r\\n,max=6"));
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            const QList<StreamFramer::Message> out = run(spec, split(stream, {a, b}));
            QCOMPARE(joined(out), stream);
            QCOMPARE(framesOf(out), QList<QByteArray>{"ok\r\n"});
        }
    }
    const QList<StreamFramer::Message> out = run(spec, bytewise(stream));
    QCOMPARE(framesOf(out), QList<QByteArray>{"ok\r\n"});
    QCOMPARE(joined(out), stream);
}

void TestStreamFramer::lengthOversizeLeavesRestUnframed()
{
    // 0x0100 = 256 > max=16: everything from the prefix on is unframed, the error said once.
    const QByteArray stream = QByteArray("\x00\x02hi\x01\x00", 6) + QByteArray(40, 'z');
    const FrameSpec spec = specOf(QStringLiteral("length:2be,max=16"));
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        const QList<StreamFramer::Message> out = run(spec, split(stream, {a, a + 10, a + 20}));
        QCOMPARE(joined(out), stream);
        QCOMPARE(framesOf(out), QList<QByteArray>{QByteArray("\x00\x02hi", 4)});
        QCOMPARE(kindsOf(out).count(Kind::Error), 1);
        QCOMPARE(framesOf(out, Kind::Unframed).join(), stream.mid(4));
    }
    const QList<StreamFramer::Message> out = run(spec, {stream});
    QCOMPARE(out.at(1).text,
             QStringLiteral("The length prefix announces a 258-byte message, over the bound of "
                            "max=16 bytes: the rest of the connection is logged unframed."));
    // Later chunks are unframed as plain recv() rows.
    const QList<StreamFramer::Message> later = run(spec, {QByteArray("\xff\xff", 2), "abc"});
    QCOMPARE(later.last().text, QStringLiteral("recv()"));
    QCOMPARE(later.last().bytes, QByteArray("abc"));
}

void TestStreamFramer::lengthInclusiveShorterThanHeader()
{
    const QList<StreamFramer::Message> out = run(
            specOf(QStringLiteral("length:2be,inclusive")), {QByteArray("\x00\x01xyz", 5)});
    QCOMPARE(kindsOf(out), (QList<Kind>{Kind::Error, Kind::Unframed}));
    QCOMPARE(out.first().text,
             QStringLiteral("The length prefix announces 1 bytes, fewer than its own 2-byte "
                            "header: the rest of the connection is logged unframed."));
    QCOMPARE(out.last().bytes, QByteArray("\x00\x01xyz", 5));
}

void TestStreamFramer::idleFlushAndOversize()
{
    const FrameSpec spec = specOf(QStringLiteral("idle:50,max=10"));
    // Gaps after chunks 1 and 3: "ab"+"cd" is one message, "ef"+"gh" the next, "ij" ends at
    // the close.
    const QList<StreamFramer::Message> out = run(spec, {"ab", "cd", "ef", "gh", "ij"}, {1, 3});
    QCOMPARE(framesOf(out), (QList<QByteArray>{"abcd", "efgh", "ij"}));
    QCOMPARE(out.at(0).text, QStringLiteral("recv() x2: 2 + 2 bytes"));
    QCOMPARE(out.at(2).text, QStringLiteral("recv() x1"));
    // Over the bound: an error, the bytes unframed until the next gap, then framing again.
    const QList<StreamFramer::Message> over = run(spec, {"123456", "789012", "345", "ok"}, {2});
    QCOMPARE(kindsOf(over),
             (QList<Kind>{Kind::Error, Kind::Unframed, Kind::Unframed, Kind::Frame}));
    QCOMPARE(over.at(0).text,
             QStringLiteral("More than max=10 bytes arrived without a 50 ms gap: the message is "
                            "logged unframed up to the next gap."));
    QCOMPARE(over.at(1).bytes, QByteArray("123456789012"));
    QCOMPARE(over.at(2).bytes, QByteArray("345"));
    QCOMPARE(over.at(3).bytes, QByteArray("ok"));
    // Nothing held: no message at a gap.
    StreamFramer framer(spec);
    StreamFramer::Message message;
    QVERIFY(!framer.flush(&message));
}

void TestStreamFramer::noneHandsChunksOn()
{
    const QList<StreamFramer::Message> out = run(FrameSpec(), {"ab", "c"});
    QCOMPARE(kindsOf(out), (QList<Kind>{Kind::Unframed, Kind::Unframed}));
    QCOMPARE(out.at(0).text, QStringLiteral("recv()"));
}

void TestStreamFramer::trickledDelimiterSearchIsLinear()
{
    // A megabyte without its delimiter, 1 KiB at a time, then the delimiter: each byte is
    // searched once. Not a timing assertion: finishing at all under the test's timeout with a
    // quadratic search would take minutes.
    const FrameSpec spec = specOf(QStringLiteral("delimiter:END,max=2000000"));
    StreamFramer framer(spec);
    StreamFramer::Message message;
    const QByteArray block(1024, 'E');
    for (int i = 0; i < 1024; ++i) {
        framer.push(block);
        QVERIFY(!framer.next(&message));
    }
    framer.push("NDx");
    QVERIFY(framer.next(&message));
    QCOMPARE(message.bytes.size(), 1024 * 1024 + 2);
    QCOMPARE(message.chunks.count, 1025);
}


void TestStreamFramer::nextRunCutsWhatNextWould_data()
{
    everyModeAtEveryByteBoundary_data();
    // Errors in the middle of a chunk: the run stops before them, next() hands them out.
    QTest::newRow("delimiter oversize between frames")
            << QStringLiteral("delimiter:\\n,max=8")
            << QList<QByteArray>{"ab\n", "cd\n", "0123456789\n", "ef\n", "gh\n"};
    QTest::newRow("length prefix over the bound")
            << QStringLiteral("length:1,max=4")
            << QList<QByteArray>{QByteArray("\x01" "a", 2), QByteArray("\x01" "b", 2),
                                 QByteArray("\x09" "123456789", 10)};
}

void TestStreamFramer::nextRunCutsWhatNextWould()
{
    QFETCH(QString, spec);
    QFETCH(QList<QByteArray>, frames);
    // Three times over, so that a chunk holds several whole messages.
    const QByteArray stream = frames.join().repeated(3);
    const FrameSpec frameSpec = specOf(spec);
    // Pushed, and read in place behind an unfinished message as the server's direct reads do.
    for (const bool inPlace : {false, true}) {
        qsizetype cutInRuns = 0;
        qsizetype inPlacePushes = 0;
        const auto compare = [&](const QList<QByteArray> &chunks) {
            compareMessages(runWithRuns(frameSpec, chunks, &cutInRuns, inPlace, &inPlacePushes),
                            run(frameSpec, chunks));
        };
        for (qsizetype a = 0; a <= stream.size(); ++a) {
            for (qsizetype b = a; b <= stream.size(); b += 3) {
                compare(split(stream, {a, b}));
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("differs with cuts at %1 and %2%3")
                                             .arg(a)
                                             .arg(b)
                                             .arg(inPlace ? QStringLiteral(" (in place)") : QString())));
            }
        }
        compare({stream});
        compare(bytewise(stream));
        QVERIFY(cutInRuns > 0); // the fast path was taken, not only next()
        // Idle mode and "none" hold no message to continue; every other mode took that path.
        if (inPlace && !frameSpec.isNone() && frameSpec.mode != FrameSpec::Mode::Idle)
            QVERIFY(inPlacePushes > 0);
    }
}

void TestStreamFramer::inPlaceReadsDoNotCopyTheTail()
{
    // A 2-byte big-endian length, then 8 bytes: the first read stops after 4 of its 10.
    const QByteArray message("\x00\x08" "abcdefgh", 10);
    const QByteArray next("\x00\x01" "z", 3);
    StreamFramer framer(specOf(QStringLiteral("length:2be")));
    framer.setInPlaceReads(64);
    framer.push(message.left(4));
    StreamFramer::Message out;
    QVERIFY(!framer.next(&out));
    QCOMPARE(framer.pendingBytes(), 4);
    char *room = framer.roomForContinuation(64);
    QVERIFY(room);
    const QByteArray rest = message.mid(4) + next;
    std::memcpy(room, rest.constData(), size_t(rest.size()));
    framer.pushContinuation(rest.size());
    QVERIFY(framer.next(&out));
    QCOMPARE(out.kind, Kind::Frame);
    QCOMPARE(out.bytes, message);
    QCOMPARE(out.chunks.count, 2);
    // The message is the head and the bytes read behind it, where they were read.
    QCOMPARE(out.bytes.constData(), room - 4);
    QVERIFY(framer.next(&out));
    QCOMPARE(out.bytes, next);
    QCOMPARE(out.bytes.constData(), room + 6);
    QVERIFY(!framer.next(&out));
    QVERIFY(!framer.finish(&out));
}

void TestStreamFramer::inPlaceReadsMoveALongMessageAFewTimes()
{
    // A 1 MiB message read 64 KiB at a time: its bytes grow in one buffer, moved when it is
    // full by half again, not copied anew at every read.
    constexpr qsizetype read = 64 * 1024;
    QByteArray message(4 + 1024 * 1024, 'm');
    const quint32 length = 1024 * 1024;
    message[0] = char(length >> 24);
    message[1] = char(length >> 16);
    message[2] = char(length >> 8);
    message[3] = char(length);
    StreamFramer framer(specOf(QStringLiteral("length:4be,max=2000000")));
    framer.setInPlaceReads(read);
    framer.push(message.left(read));
    StreamFramer::Message out;
    QVERIFY(!framer.next(&out));
    int moves = 0;
    const char *start = nullptr;
    for (qsizetype at = read; at < message.size(); at += read) {
        char *room = framer.roomForContinuation(read);
        QVERIFY(room);
        const char *begin = room - framer.pendingBytes();
        if (begin != start)
            ++moves;
        start = begin;
        const qsizetype size = std::min(read, message.size() - at);
        std::memcpy(room, message.constData() + at, size_t(size));
        framer.pushContinuation(size);
        const bool complete = framer.next(&out);
        QCOMPARE(complete, at + size == message.size());
    }
    QCOMPARE(out.bytes, message);
    QCOMPARE(out.chunks.count, 17);
    QVERIFY2(moves <= 8, qPrintable(QString::number(moves)));
}

QTEST_APPLESS_MAIN(TestStreamFramer)
#include "tst_streamframer.moc"
