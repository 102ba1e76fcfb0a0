// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing/framespec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

// Cuts one TCP connection's byte stream into messages as a FrameSpec says. Push each chunk as
// recv() returned it, then take messages with next() until it returns false; at the close,
// finish() hands over what is left. Every byte pushed comes out in exactly one message with
// bytes (a frame, a partial frame or an unframed run): nothing is dropped or held back
// without bound. Network thread of the connection only.
//
// Bounded: at most one chunk plus one message under construction (<= spec.maxFrameBytes) is
// held. A message that would exceed the bound is an Error outcome naming it, and its bytes
// come out unframed: up to the next delimiter (delimiter), the next idle gap (idle), or for the
// rest of the connection (a length prefix, which cannot be trusted any more).
class StreamFramer
{
    Q_DECLARE_TR_FUNCTIONS(StreamFramer)

public:
    // How many recv() chunks made up a message and how many bytes each gave, the first and
    // last few kept (a trickled megabyte must not keep a list of a million sizes).
    struct Chunks
    {
        static constexpr int headKept = 6;
        static constexpr int tailKept = 2;
        qint64 count = 0;
        std::array<qint64, headKept> head{};
        std::array<qint64, tailKept> tail{}; // ring of the last pieces beyond head
        void add(qint64 bytes);
        // The pieces in order: all when count <= headKept + tailKept, else head and tail.
        QList<qint64> kept() const;
        // "5 + 12 + 3", or "5 + 12 + 3 + 1 + 1 + 1 + … + 2 + 4" when pieces were left out.
        QString toText() const;
    };

    struct Message
    {
        enum class Kind {
            Frame,    // a complete message
            Partial,  // what was left at the close: an incomplete message
            Unframed, // bytes passed on as they came (no framing, or after an oversize error)
            Error     // no bytes: a message broke the bound or the length prefix was invalid
        };
        Kind kind = Kind::Frame;
        QByteArray bytes;
        Chunks chunks;
        // For the log row: "recv() x3: 5 + 12 + 3 bytes", "partial message at close: ...",
        // or the error sentence. Translated.
        QString text;
    };

    // readCall names the call in the log rows' text: "recv()", or "SSL_read()" for a TLS
    // stream, whose chunks are what the decryption handed over.
    explicit StreamFramer(const FrameSpec &spec,
                          const QString &readCall = QStringLiteral("recv()"));

    const FrameSpec &spec() const { return m_spec; }
    // True while a pushed chunk still has bytes next() has not handed out: push no more.
    bool hasInput() const { return m_pos < m_chunk.size(); }
    // Bytes of an unfinished message held across chunks.
    qint64 pendingBytes() const { return m_pending.size(); }

    // A chunk as recv() returned it. The previous one must have been taken (hasInput() false).
    void push(const QByteArray &chunk);

    // In-place reading, for a reader that can recv() straight into memory it is given (the
    // server's direct reads): a message begun in an earlier chunk then takes the next bytes
    // where they land, behind its head, instead of being copied together from both chunks.
    // readBytes is the most a read asks for: a message's head is held with that much room.
    void setInPlaceReads(qsizetype readBytes) { m_inPlaceRoom = readBytes; }
    // Room for up to readBytes bytes right behind the unfinished message's bytes, when one
    // waits (hasInput() false) and its mode cuts by content; nullptr when push() must be used.
    char *roomForContinuation(qsizetype readBytes);
    // received bytes were written at roomForContinuation(): they are the next chunk, as if
    // pushed.
    void pushContinuation(qsizetype received);
    // The next message (or error) the pushed bytes make; false when more bytes are needed.
    bool next(Message *message);
    // next()'s fast path for a flood of small messages: cuts, in one loop, every complete
    // message that lies wholly inside the pushed chunk from where next() stopped, when no
    // bytes are held before it and no error waits. bytes gets them all (sharing the chunk's
    // buffer), ends where each ends in bytes (appended), text the row text next() would give
    // each. The same messages, in the same order, as next() would hand out one by one (each
    // a Frame of one chunk): for whoever only logs them. Returns how many it cut; 0 when
    // next() must go on (a message that continues past the chunk, an error, idle mode).
    qsizetype nextRun(QByteArray *bytes, QList<qint32> *ends, QString *text);
    // Idle mode: the gap of spec().idleMs has passed, so the held bytes are a message. False
    // when nothing was held.
    bool flush(Message *message);
    // The connection closed: what is still held, as a Partial message (idle mode: a Frame,
    // since the close ends it too). False when nothing was held. Call after next() returned
    // false.
    bool finish(Message *message);

private:
    enum class Resync {
        None,          // framing
        UntilDelimiter, // after an oversize message: unframed up to and including a delimiter
        UntilIdle,     // idle mode after an oversize message: unframed until the next gap
        Forever        // a bad length prefix: the rest of the connection unframed
    };

    bool nextFraming(Message *message);
    bool nextResync(Message *message);
    bool nextIdle(Message *message);
    // Index in m_chunk just past the message that starts at m_pos with m_pending before it,
    // -1 when the chunk does not complete it, -2 when it is oversize (m_error says why).
    qsizetype frameEnd();
    qsizetype delimiterEnd();
    qsizetype lengthEnd();
    // Index in m_chunk just past the first delimiter that ends at or after m_pos, the bytes
    // before m_pos being those of before; -1 when there is none.
    qsizetype findDelimiter(const QByteArray &before) const;
    // Moves m_chunk[m_pos, end) into the message under construction.
    void takeIntoPending(qsizetype end);
    void emitFrame(qsizetype end, Message *message);
    void emitPending(Message::Kind kind, const QString &text, Message *message);
    bool emitError(Message *message);
    const QString &partOfChunkText();
    QString chunksText(const Chunks &chunks) const;

    const FrameSpec m_spec;
    QByteArray m_chunk;   // the chunk being cut
    qsizetype m_pos = 0;  // first byte of m_chunk not handed out
    QByteArray m_pending; // an unfinished message's bytes from earlier chunks (and the header)
    Chunks m_pendingChunks;
    bool m_chunkContributed = false; // m_chunk already gave bytes to m_pending's message
    qsizetype m_inPlaceRoom = 0; // setInPlaceReads()
    // m_pending's bytes end where m_chunk[m_pos] begins, in the same buffer (a continuation):
    // taking bytes into m_pending is then only widening its view.
    bool pendingEndsAtPos() const;
    qint64 m_frameSize = -1; // length prefix: the whole message's size once the header is in
    qint64 m_lastMessageBytes = 0; // how to size m_pending for the next message
    Resync m_resync = Resync::None;
    QByteArray m_tail; // UntilDelimiter: the last bytes passed on, a delimiter may straddle
    QString m_error;   // an Error outcome waiting to be handed out before the bytes
    QString m_partText; // "recv() x1: part of a N-byte chunk", made once per chunk
    // Translated once: tr() cost a framed flood of 1 KiB messages about 200 instructions a
    // message (a sixth of its framing), where filling a template in costs a tenth of that.
    const QString m_readCall;     // "recv()" or "SSL_read()"
    const QString m_wholeText;    // "recv() x1"
    const QString m_partTemplate; // "recv() x1: part of a %1-byte chunk"
    const QString m_chunksTemplate; // "recv() x%1: %2 bytes"
};
