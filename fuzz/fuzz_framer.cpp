// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes StreamFramer, which cuts a peer's TCP stream into messages. The input's first byte picks
// a FrameSpec (every mode, with small bounds so that the oversize and bad-length paths are
// reached), its second how the rest arrives in chunks and where idle gaps fall. Promises
// checked: every byte pushed comes out exactly once, in order, and an error carries none; no
// more than the bound is held between chunks; nextRun(), the fast path a server takes when
// nothing answers the messages, gives exactly the messages next() gives, whether the chunks
// are pushed or read in place behind an unfinished message (roomForContinuation()).
#include "fuzzcheck.h"
#include "framing/streamframer.h"

#include <QList>

#include <cstddef>
#include <cstring>
#include <cstdint>
#include <optional>
#include <utility>

namespace {

struct Cut
{
    StreamFramer::Message::Kind kind;
    QByteArray bytes;
    QString text;
    qint64 chunks;
};

QList<Cut> cutAll(const FrameSpec &spec, const QList<QByteArray> &chunks,
                  const QList<bool> &gapAfter, bool withRuns, bool inPlace = false)
{
    StreamFramer framer(spec);
    if (inPlace)
        framer.setInPlaceReads(64);
    QList<Cut> out;
    StreamFramer::Message message;
    QByteArray runBytes;
    QList<qint32> runEnds;
    QString runText;
    const auto take = [&out](const StreamFramer::Message &m) {
        out.append({m.kind, m.bytes, m.text, m.chunks.count});
    };
    for (qsizetype c = 0; c < chunks.size(); ++c) {
        const QByteArray &chunk = chunks.at(c);
        // In place, as the server's direct reads: the chunk is written behind a waiting
        // message's head when the framer offers room, pushed otherwise.
        char *room = inPlace && !chunk.isEmpty() ? framer.roomForContinuation(64) : nullptr;
        if (room) {
            std::memcpy(room, chunk.constData(), size_t(chunk.size()));
            framer.pushContinuation(chunk.size());
        } else {
            framer.push(chunk);
        }
        for (;;) {
            if (withRuns) {
                runEnds.clear();
                const qsizetype cut = framer.nextRun(&runBytes, &runEnds, &runText);
                FUZZ_CHECK(cut == runEnds.size());
                if (cut > 0) {
                    qint32 from = 0;
                    for (qint32 end : std::as_const(runEnds)) {
                        FUZZ_CHECK(end > from);
                        out.append({StreamFramer::Message::Kind::Frame,
                                    runBytes.mid(from, end - from), runText, 1});
                        from = end;
                    }
                    FUZZ_CHECK(from == runBytes.size());
                    continue;
                }
            }
            if (!framer.next(&message))
                break;
            take(message);
        }
        FUZZ_CHECK(!framer.hasInput());
        FUZZ_CHECK(framer.pendingBytes() <= spec.maxFrameBytes);
        if (gapAfter.at(c) && framer.flush(&message))
            take(message);
    }
    while (framer.finish(&message))
        take(message);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const specs[] = {
        "delimiter:\\n,max=64", "delimiter:\\r\\n,max=64", "delimiter:aab,max=32",
        "fixed:5",              "length:1,max=64",         "length:2be,max=300",
        "length:4le,offset=2,inclusive,max=128",           "length:2le,offset=1",
        "idle:50,max=64",       "none"};
    constexpr size_t specCount = sizeof(specs) / sizeof(specs[0]);
    if (size < 2)
        return 0;
    QString error;
    const std::optional<FrameSpec> spec
            = FrameSpec::parse(QString::fromLatin1(specs[data[0] % specCount]), &error);
    FUZZ_CHECK(spec.has_value() && error.isEmpty());
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    // Chunks of 1..64 bytes from a small generator seeded by the second byte (0: one chunk);
    // an idle gap after a chunk when the generator's high bit says so.
    QList<QByteArray> chunks;
    QList<bool> gapAfter;
    quint32 state = data[1];
    for (qsizetype at = 0; at < stream.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype length = data[1] == 0 ? stream.size() : qsizetype((state >> 16) % 64 + 1);
        chunks.append(stream.mid(at, length));
        gapAfter.append((state >> 31) != 0);
        at += length;
    }

    const QList<Cut> plain = cutAll(*spec, chunks, gapAfter, false);
    QByteArray joined;
    for (const Cut &cut : plain) {
        if (cut.kind == StreamFramer::Message::Kind::Error)
            FUZZ_CHECK(cut.bytes.isEmpty() && !cut.text.isEmpty());
        else
            FUZZ_CHECK(!cut.bytes.isEmpty());
        joined += cut.bytes;
    }
    FUZZ_CHECK(joined == stream);

    for (const bool inPlace : {false, true}) {
        const QList<Cut> runs = cutAll(*spec, chunks, gapAfter, true, inPlace);
        FUZZ_CHECK(runs.size() == plain.size());
        for (qsizetype i = 0; i < runs.size(); ++i) {
            FUZZ_CHECK(runs.at(i).kind == plain.at(i).kind);
            FUZZ_CHECK(runs.at(i).bytes == plain.at(i).bytes);
            FUZZ_CHECK(runs.at(i).text == plain.at(i).text);
            FUZZ_CHECK(runs.at(i).chunks == plain.at(i).chunks);
        }
    }
    return 0;
}
