// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logentry.h"

#include "payload/sharedslice.h"

#include <algorithm>
#include <limits>
#include <utility>

TrafficEvent LogEntry::message(qsizetype i) const
{
    if (!isRun())
        return event;
    const qsizetype index = dropped + i;
    const qint64 start = messageStart(index);
    const qint64 size = ends.at(index) - start;
    return TrafficEvent{.sequence = event.sequence + quint64(index),
                        .timestampMs = event.timestampMs,
                        .sessionId = event.sessionId,
                        .connectionId = event.connectionId,
                        .protocol = event.protocol,
                        .kind = event.kind,
                        .role = event.role,
                        .local = event.local,
                        .peer = event.peer,
                        .payload = sharedSlice(event.payload, start, size),
                        .size = size,
                        .message = event.message};
}

bool LogEntry::joinRun(const QByteArray &payload, const QString &text, int connectionId)
{
    if (event.kind != TrafficEvent::Kind::Received || event.connectionId != connectionId
        || payload.isEmpty() || event.payload.isEmpty())
        return false;
    // The same text object (the framer hands out one per block), not merely equal text: a
    // comparison of the characters would cost what the run saves.
    if (text.constData() != event.message.constData() || text.size() != event.message.size())
        return false;
    // Qt 6.4 has no const data_ptr(): the const_cast only reads which block payload is in.
    QByteArray::DataPointer &block = event.payload.data_ptr();
    QByteArray::DataPointer &next = const_cast<QByteArray &>(payload).data_ptr();
    if (!block.d_ptr() || block.d_ptr() != next.d_ptr()
        || block.data() + block.size != next.data())
        return false;
    // A run's offsets are 32-bit: a read block is far smaller, but never wrap.
    if (event.payload.size() + payload.size() > std::numeric_limits<qint32>::max())
        return false;
    if (ends.isEmpty()) {
        // Room for as many messages of this size as the rest of the block can hold: growing
        // the list one doubling at a time was a realloc() every few messages of a run.
        const qsizetype room = block.freeSpaceAtEnd() / std::max<qsizetype>(1, payload.size());
        ends.reserve(std::min<qsizetype>(room, 4096) + 2);
        ends.append(qint32(event.payload.size()));
    }
    // This entry's own view of the block grows over the next message's bytes; other holders
    // of the block (the framer) keep theirs.
    event.payload.data_ptr().size += payload.size();
    event.size = event.payload.size();
    ends.append(qint32(event.payload.size()));
    return true;
}
