// SPDX-License-Identifier: GPL-3.0-or-later
#include "framing/streamframer.h"

#include "payload/payloadcodec.h"
#include "payload/sharedslice.h"

#include <QStringList>

#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>

namespace {
int clampToInt(qint64 value)
{
    return static_cast<int>(std::min<qint64>(value, INT_MAX));
}

// sharedSlice() into target, which usually holds the previous message of the same chunk
// already: then only its view moves, with no reference counted up and down. The frames of one
// chunk share its buffer and enter and leave the log together, so what the log holds stays
// within its payload budget plus the chunks straddling its oldest end and the parts of chunks
// that went into other (copied) messages: at most twice the bytes it counts.
void sliceInto(QByteArray &target, QByteArray &chunk, qsizetype pos, qsizetype size)
{
    QByteArray::DataPointer &view = target.data_ptr();
    QByteArray::DataPointer &block = chunk.data_ptr();
    if (view.d_ptr() && view.d_ptr() == block.d_ptr()) {
        view.setBegin(block.data() + pos);
        view.size = size;
        return;
    }
    target = sharedSlice(chunk, pos, size);
}

quint32 lengthField(const char *at, int bytes, bool bigEndian)
{
    const auto *p = reinterpret_cast<const uchar *>(at);
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= quint32(p[bigEndian ? i : bytes - 1 - i]) << (8 * (bytes - 1 - i));
    return value;
}
} // namespace

void StreamFramer::Chunks::add(qint64 bytes)
{
    if (count < headKept)
        head[count] = bytes;
    else
        tail[(count - headKept) % tailKept] = bytes;
    ++count;
}

QList<qint64> StreamFramer::Chunks::kept() const
{
    QList<qint64> pieces;
    const qint64 fromHead = std::min<qint64>(count, headKept);
    for (qint64 i = 0; i < fromHead; ++i)
        pieces << head[i];
    for (qint64 i = std::max<qint64>(headKept, count - tailKept); i < count; ++i)
        pieces << tail[(i - headKept) % tailKept];
    return pieces;
}

QString StreamFramer::Chunks::toText() const
{
    // Appended in place: through a QStringList and join() this was most of the cost of a
    // message that straddles two chunks (one per chunk of a framed flood).
    const QList<qint64> pieces = kept();
    QString text;
    text.reserve(16 * pieces.size());
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            text += QLatin1StringView(" + ");
        if (i == headKept && count > headKept + tailKept)
            text += QStringLiteral("… + ");
        text += QString::number(pieces.at(i));
    }
    return text;
}

StreamFramer::StreamFramer(const FrameSpec &spec, const QString &readCall)
    : m_spec(spec)
    , m_readCall(readCall)
    //: %1 is the read call the stream came from: recv(), or SSL_read() on TLS.
    , m_wholeText(tr("%1 x1").arg(readCall))
    // Without %n: a chunk that is cut holds at least two bytes, and a message made of several
    // chunks has at least two, so the count is never one. The read call is filled in now; the
    // byte counts take the placeholders left, lowest first, per message.
    //: %1 is the read call (recv() or SSL_read()), %2 the chunk's size in bytes.
    , m_partTemplate(tr("%1 x1: part of a %2-byte chunk").arg(readCall))
    //: %1 is the read call (recv() or SSL_read()), %2 how many calls, %3 their sizes.
    , m_chunksTemplate(tr("%1 x%2: %3 bytes").arg(readCall))
{
}

void StreamFramer::push(const QByteArray &chunk)
{
    Q_ASSERT(!hasInput());
    m_chunk = chunk;
    m_pos = 0;
    m_chunkContributed = false;
    m_partText.clear();
}

char *StreamFramer::roomForContinuation(qsizetype readBytes)
{
    if (hasInput() || m_pending.isEmpty() || !m_error.isEmpty() || m_resync != Resync::None
        || m_spec.isNone() || m_spec.mode == FrameSpec::Mode::Idle || readBytes <= 0)
        return nullptr;
    // The last chunk is done with (hasInput() false). When it only continued this message,
    // letting it go leaves the head the one holder of their buffer, which can then grow.
    m_chunk = QByteArray();
    m_pos = 0;
    QByteArray::DataPointer &pending = m_pending.data_ptr();
    if (pending.needsDetach() || pending.freeSpaceAtEnd() < readBytes) {
        // By half again at least: a message over many reads is moved a few times in all, not
        // once per read (which copied a 1 MiB message 8 MiB over in 64 KiB reads).
        m_pending.reserve(std::max(m_pending.size() + readBytes, m_pending.capacity() * 3 / 2));
    }
    return m_pending.data() + m_pending.size();
}

void StreamFramer::pushContinuation(qsizetype received)
{
    Q_ASSERT(!hasInput() && received > 0);
    QByteArray::DataPointer &pending = m_pending.data_ptr();
    Q_ASSERT(pending.freeSpaceAtEnd() >= received);
    const qsizetype held = pending.size;
    // The chunk is a view of the bytes recv() wrote behind the head; the head stays a view of
    // the same buffer, so that taking the message's tail widens it (pendingEndsAtPos()).
    pending.size = held + received;
    QByteArray chunk = sharedSlice(m_pending, held, received);
    pending.size = held;
    push(chunk);
}

bool StreamFramer::pendingEndsAtPos() const
{
    // data_ptr() has no const overload; reading the block's address through it changes nothing.
    const auto block = [](const QByteArray &bytes) {
        return const_cast<QByteArray &>(bytes).data_ptr().d_ptr();
    };
    return !m_pending.isEmpty() && block(m_pending) == block(m_chunk)
           && m_pending.constData() + m_pending.size() == m_chunk.constData() + m_pos;
}

bool StreamFramer::next(Message *message)
{
    if (!m_error.isEmpty())
        return emitError(message);
    if (!hasInput())
        return false;
    if (m_spec.isNone() || m_resync != Resync::None)
        return nextResync(message);
    if (m_spec.mode == FrameSpec::Mode::Idle)
        return nextIdle(message);
    const qsizetype end = frameEnd();
    if (end == -2)
        return emitError(message);
    if (end < 0) {
        takeIntoPending(m_chunk.size());
        return false;
    }
    emitFrame(end, message);
    return true;
}

qsizetype StreamFramer::nextRun(QByteArray *bytes, QList<qint32> *ends, QString *text)
{
    if (!m_error.isEmpty() || !hasInput() || m_spec.isNone() || m_resync != Resync::None
        || m_spec.mode == FrameSpec::Mode::Idle || !m_pending.isEmpty())
        return 0;
    const qsizetype start = m_pos;
    const qsizetype chunkSize = m_chunk.size();
    const qsizetype base = ends->size();
    qsizetype cut = 0;
    qint32 *out = nullptr;
    qsizetype room = 0;
    // Each end is stored straight into room made in the list beforehand: an append() per
    // message was a call into Qt's array code (a tenth of the framing's own time).
    const auto take = [&](qsizetype end) {
        if (cut == room) {
            // Room for as many more messages of this one's size as the chunk can hold (grown
            // again if smaller ones follow): a list grown by doubling was half a dozen
            // realloc()s per chunk.
            const qsizetype size = std::max<qsizetype>(1, end - m_pos);
            room = cut + std::min<qsizetype>((chunkSize - end) / size, 65536) + 1;
            ends->resize(base + room);
            out = ends->data() + base;
        }
        out[cut++] = qint32(end - start);
        m_pos = end;
    };
    const bool oneByteDelimiter = m_spec.mode == FrameSpec::Mode::Delimiter
                                  && m_spec.delimiter.size() == 1;
    if (oneByteDelimiter) {
        // The common case (lines): memchr() in a loop with delimiterEnd()'s bound, no call
        // per message. What it leaves (a message the chunk does not finish, one over the
        // bound, a chunk that is one message) goes on below and then to next(), as before.
        const char *data = m_chunk.constData();
        const char delimiter = m_spec.delimiter.at(0);
        while (m_pos < chunkSize) {
            const void *at = std::memchr(data + m_pos, delimiter, size_t(chunkSize - m_pos));
            if (!at)
                break;
            const qsizetype end = static_cast<const char *>(at) - data + 1;
            if (end - m_pos > m_spec.maxFrameBytes || (m_pos == 0 && end == chunkSize)
                || end - start > INT_MAX)
                break;
            take(end);
        }
    } else {
        // frameEnd() leaves what next() needs when it stops the loop: an error to hand out,
        // or a length prefix read (or its head taken into m_pending) for the message it
        // cannot finish.
        while (m_pending.isEmpty() && hasInput()) {
            const qsizetype end = frameEnd();
            // A chunk that is one message is next()'s: its row text differs.
            if (end < 0 || (m_pos == 0 && end == chunkSize) || end - start > INT_MAX)
                break;
            take(end);
            m_frameSize = -1;
        }
    }
    ends->resize(base + cut);
    if (cut == 0)
        return 0;
    m_lastMessageBytes = ends->constLast() - (cut > 1 ? ends->at(ends->size() - 2) : 0);
    *bytes = sharedSlice(m_chunk, start, m_pos - start);
    *text = partOfChunkText();
    return cut;
}

bool StreamFramer::flush(Message *message)
{
    if (hasInput() || !m_error.isEmpty())
        return false; // the session reads on first; its timer comes back
    if (m_resync == Resync::UntilIdle)
        m_resync = Resync::None; // the gap ends an oversize message
    if (m_spec.mode != FrameSpec::Mode::Idle || m_pending.isEmpty())
        return false;
    emitPending(Message::Kind::Frame, chunksText(m_pendingChunks), message);
    return true;
}

bool StreamFramer::finish(Message *message)
{
    if (next(message))
        return true;
    if (m_pending.isEmpty())
        return false;
    if (m_spec.mode == FrameSpec::Mode::Idle) {
        // The close ends an idle-framed message as a gap would.
        emitPending(Message::Kind::Frame, chunksText(m_pendingChunks), message);
        return true;
    }
    const qint64 size = m_pending.size();
    QString what;
    switch (m_spec.mode) {
    case FrameSpec::Mode::Delimiter:
        what = tr("%n byte(s), no delimiter", nullptr, clampToInt(size));
        break;
    case FrameSpec::Mode::Fixed:
        what = tr("%1 of %2 bytes").arg(size).arg(m_spec.fixedLength);
        break;
    case FrameSpec::Mode::LengthPrefix:
        what = m_frameSize < 0
                ? tr("%n byte(s), the length prefix is incomplete", nullptr, clampToInt(size))
                : tr("%1 of the %2 bytes the length prefix announced").arg(size).arg(m_frameSize);
        break;
    case FrameSpec::Mode::None:
    case FrameSpec::Mode::Idle:
        break;
    }
    emitPending(Message::Kind::Partial,
                tr("partial message at close: %1; %2").arg(what, chunksText(m_pendingChunks)),
                message);
    return true;
}

qsizetype StreamFramer::frameEnd()
{
    switch (m_spec.mode) {
    case FrameSpec::Mode::Delimiter:
        return delimiterEnd();
    case FrameSpec::Mode::LengthPrefix:
        return lengthEnd();
    case FrameSpec::Mode::Fixed: {
        const qint64 need = m_spec.fixedLength - m_pending.size();
        return need <= m_chunk.size() - m_pos ? m_pos + need : -1;
    }
    case FrameSpec::Mode::None:
    case FrameSpec::Mode::Idle:
        break;
    }
    return -1;
}

qsizetype StreamFramer::findDelimiter(const QByteArray &before) const
{
    const QByteArray &delimiter = m_spec.delimiter;
    const qsizetype length = delimiter.size();
    // A delimiter that began in the bytes before this chunk: at most length - 1 of them.
    if (length > 1 && !before.isEmpty()) {
        const qsizetype tailLength = std::min<qsizetype>(length - 1, before.size());
        QByteArray seam = before.right(tailLength);
        seam.append(m_chunk.constData() + m_pos,
                    std::min<qsizetype>(length - 1, m_chunk.size() - m_pos));
        if (const qsizetype at = seam.indexOf(delimiter); at >= 0)
            return m_pos + at + length - tailLength;
    }
    // Searched from m_pos only: each byte is looked at once, however the stream trickles in.
    if (length == 1) {
        // memchr() itself: QByteArray::indexOf's dispatch to it cost a third as much again.
        const char *from = m_chunk.constData() + m_pos;
        const void *at = std::memchr(from, delimiter.at(0), size_t(m_chunk.size() - m_pos));
        return at ? m_pos + (static_cast<const char *>(at) - from) + 1 : -1;
    }
    const qsizetype at = m_chunk.indexOf(delimiter, m_pos);
    return at < 0 ? -1 : at + length;
}

qsizetype StreamFramer::delimiterEnd()
{
    const qsizetype end = findDelimiter(m_pending);
    const qint64 max = m_spec.maxFrameBytes;
    if (end >= 0) {
        const qint64 size = m_pending.size() + (end - m_pos);
        if (size <= max)
            return end;
        m_error = tr("The message up to the next %1 is %2 bytes, over the bound of max=%3 "
                     "bytes: it is logged unframed.")
                          .arg(PayloadCodec::toEscapedText(m_spec.delimiter))
                          .arg(size)
                          .arg(max);
        m_resync = Resync::UntilDelimiter;
        return -2;
    }
    if (m_pending.size() + (m_chunk.size() - m_pos) < max)
        return -1;
    m_error = tr("No %1 within max=%2 bytes: the message is logged unframed up to the next "
                 "%1.")
                      .arg(PayloadCodec::toEscapedText(m_spec.delimiter))
                      .arg(max);
    m_resync = Resync::UntilDelimiter;
    return -2;
}

qsizetype StreamFramer::lengthEnd()
{
    const qsizetype header = m_spec.lengthOffset + m_spec.lengthBytes;
    if (m_frameSize < 0) {
        const char *at = nullptr;
        if (m_pending.isEmpty() && m_chunk.size() - m_pos >= header) {
            at = m_chunk.constData() + m_pos;
        } else {
            const qsizetype need = header - m_pending.size();
            if (m_chunk.size() - m_pos < need)
                return -1;
            takeIntoPending(m_pos + need);
            at = m_pending.constData();
        }
        const qint64 value = lengthField(at + m_spec.lengthOffset, m_spec.lengthBytes,
                                         m_spec.bigEndian);
        const qint64 size = m_spec.lengthIncludesHeader ? value : header + value;
        if (size < header) {
            m_error = tr("The length prefix announces %1 bytes, fewer than its own %2-byte "
                         "header: the rest of the connection is logged unframed.")
                              .arg(value)
                              .arg(header);
            m_resync = Resync::Forever;
            return -2;
        }
        if (size > m_spec.maxFrameBytes) {
            m_error = tr("The length prefix announces a %1-byte message, over the bound of "
                         "max=%2 bytes: the rest of the connection is logged unframed.")
                              .arg(size)
                              .arg(m_spec.maxFrameBytes);
            m_resync = Resync::Forever;
            return -2;
        }
        m_frameSize = size;
        // (A head read in place already sits in front of the rest; reserving would copy it.)
        if (!m_pending.isEmpty() && !pendingEndsAtPos())
            m_pending.reserve(size);
    }
    const qint64 need = m_frameSize - m_pending.size();
    return need <= m_chunk.size() - m_pos ? m_pos + need : -1;
}

bool StreamFramer::nextIdle(Message *message)
{
    if (m_pending.size() + (m_chunk.size() - m_pos) <= m_spec.maxFrameBytes) {
        takeIntoPending(m_chunk.size());
        return false;
    }
    m_error = tr("More than max=%1 bytes arrived without a %2 ms gap: the message is logged "
                 "unframed up to the next gap.")
                      .arg(m_spec.maxFrameBytes)
                      .arg(m_spec.idleMs);
    m_resync = Resync::UntilIdle;
    return emitError(message);
}

bool StreamFramer::nextResync(Message *message)
{
    qsizetype end = m_chunk.size();
    if (m_resync == Resync::UntilDelimiter) {
        const qsizetype found = findDelimiter(m_pending.isEmpty() ? m_tail : m_pending);
        if (found >= 0) {
            end = found;
            m_resync = Resync::None;
            m_tail.clear();
        } else {
            // Kept to find a delimiter that straddles these bytes and the next chunk's.
            const qsizetype keep = m_spec.delimiter.size() - 1;
            const qsizetype fromChunk = std::min(keep, m_chunk.size() - m_pos);
            QByteArray tail = (m_pending.isEmpty() ? m_tail : m_pending).right(keep - fromChunk);
            tail.append(m_chunk.constData() + m_chunk.size() - fromChunk, fromChunk);
            m_tail = tail;
        }
    }
    if (m_pending.isEmpty() && m_pos == 0 && end == m_chunk.size()) {
        // A whole chunk, as an unframed stream shows it.
        message->kind = Message::Kind::Unframed;
        message->bytes = m_chunk;
        message->chunks = {};
        message->chunks.add(end);
        message->text = m_readCall;
        m_pos = end;
        return true;
    }
    const bool fromOneChunk = m_pending.isEmpty();
    takeIntoPending(end);
    emitPending(Message::Kind::Unframed,
                tr("unframed: %1")
                        .arg(fromOneChunk ? partOfChunkText() : chunksText(m_pendingChunks)),
                message);
    return true;
}

void StreamFramer::takeIntoPending(qsizetype end)
{
    const qsizetype bytes = end - m_pos;
    if (bytes <= 0)
        return;
    if (m_pending.isEmpty() && m_pos == 0 && end == m_chunk.size()) {
        m_pending = m_chunk; // shared, not copied: idle mode holds whole chunks
    } else if (pendingEndsAtPos()) {
        m_pending.data_ptr().size += bytes; // read in place behind the head: no copy
    } else {
        if (m_pending.isEmpty()) {
            // Room for the whole message at once when its size can be guessed (fixed mode:
            // known; otherwise the last message's): a delimited 16 KiB message that straddles
            // two chunks was copied twice, its head again when the append outgrew it.
            // With in-place reads, the room the next read writes into comes on top.
            const qint64 guess = m_spec.mode == FrameSpec::Mode::Fixed ? m_spec.fixedLength
                                                                       : m_lastMessageBytes;
            m_pending.reserve(qsizetype(std::min<qint64>(std::max<qint64>(guess, bytes),
                                                         m_spec.maxFrameBytes))
                              + m_inPlaceRoom);
        }
        m_pending.append(m_chunk.constData() + m_pos, bytes);
    }
    if (m_chunkContributed) {
        const qint64 last = m_pendingChunks.count - 1;
        if (last < Chunks::headKept)
            m_pendingChunks.head[last] += bytes;
        else
            m_pendingChunks.tail[(last - Chunks::headKept) % Chunks::tailKept] += bytes;
    } else {
        m_pendingChunks.add(bytes);
        m_chunkContributed = true;
    }
    m_pos = end;
}

void StreamFramer::emitFrame(qsizetype end, Message *message)
{
    if (!m_pending.isEmpty()) {
        takeIntoPending(end);
        emitPending(Message::Kind::Frame, chunksText(m_pendingChunks), message);
        return;
    }
    const qsizetype size = end - m_pos;
    const bool whole = m_pos == 0 && end == m_chunk.size();
    m_lastMessageBytes = size;
    message->kind = Message::Kind::Frame;
    if (whole)
        message->bytes = m_chunk;
    else
        sliceInto(message->bytes, m_chunk, m_pos, size);
    message->chunks = {};
    message->chunks.add(size);
    if (whole) {
        message->text = chunksText(message->chunks);
    } else if (const QString &text = partOfChunkText(); !message->text.isSharedWith(text)) {
        message->text = text; // the same text object for every message of the chunk
    }
    m_pos = end;
    m_frameSize = -1;
}

void StreamFramer::emitPending(Message::Kind kind, const QString &text, Message *message)
{
    message->kind = kind;
    m_lastMessageBytes = m_pending.size();
    message->bytes = std::exchange(m_pending, {});
    message->chunks = std::exchange(m_pendingChunks, {});
    message->text = text;
    m_frameSize = -1;
    // The rest of this chunk starts the next message.
    m_chunkContributed = false;
}

bool StreamFramer::emitError(Message *message)
{
    message->kind = Message::Kind::Error;
    message->bytes = {};
    message->chunks = {};
    message->text = std::exchange(m_error, {});
    return true;
}

const QString &StreamFramer::partOfChunkText()
{
    if (m_partText.isEmpty())
        m_partText = m_partTemplate.arg(m_chunk.size());
    return m_partText;
}

QString StreamFramer::chunksText(const Chunks &chunks) const
{
    if (chunks.count <= 1)
        return m_wholeText;
    return m_chunksTemplate.arg(QString::number(chunks.count), chunks.toText());
}
