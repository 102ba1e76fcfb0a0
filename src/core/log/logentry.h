// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QList>

#include <algorithm>
#include <utility>

// One place in the log: an event, or a run of received messages that a framed TCP stream cut
// one after another out of one block it read (issue 11). A run is its first message's event,
// whose payload spans every message of the run (the block's own bytes, shared, not copied),
// plus where each message ends. A framed flood of 1 KiB messages cost the session thread a
// whole event per message (two QHostAddress copies, a batch slot, a ring slot, an eviction):
// framed ingest ran at 0.57-0.63 of unframed (bench/framing.sh). In a run a message costs an
// offset. Nothing outside the log sees a run: readers and sinks get one TrafficEvent per
// message (message()), exactly as if each had been appended alone.
struct LogEntry
{
    LogEntry() = default;
    explicit LogEntry(TrafficEvent &&lone) : event(std::move(lone)) { }
    // The event built in place from its fields, in TrafficEvent's member order: a made event
    // moved in copies both endpoints' QHostAddress (Qt 6.4 has no move constructor for it)
    // and destroys the temporary's, four atomic operations per event of a flood.
    template<typename... Fields>
    explicit LogEntry(std::in_place_t, Fields &&...fields)
        : event{std::forward<Fields>(fields)...}
    {
    }

    TrafficEvent event;
    // A run: where each of its messages ends in event.payload (two or more, increasing).
    // Empty: a lone event.
    QList<qint32> ends;
    // A run: how many of its messages the log has evicted from its front.
    qsizetype dropped = 0;

    bool isRun() const { return !ends.isEmpty(); }
    // Messages held: 1 for a lone event.
    qsizetype count() const { return isRun() ? ends.size() - dropped : 1; }
    // The sequence of the first held message (TrafficLog numbers a run's messages in a row).
    quint64 firstSequence() const { return event.sequence + quint64(dropped); }
    quint64 lastSequence() const { return isRun() ? event.sequence + quint64(ends.size()) - 1
                                                  : event.sequence; }
    // Payload bytes of the held messages.
    qint64 heldPayloadBytes() const
    {
        return isRun() ? ends.constLast() - messageStart(dropped) : event.payload.size();
    }
    // A run: payload bytes of its first n held messages.
    qint64 frontBytes(qsizetype n) const
    {
        return ends.at(dropped + n - 1) - messageStart(dropped);
    }
    // A run: how many of its held messages, from the first, hold at least bytes between them
    // (count() when all of them hold fewer). A binary search of the ends.
    qsizetype messagesCovering(qint64 bytes) const
    {
        const qint32 *first = ends.constData() + dropped;
        const qint32 *last = ends.constData() + ends.size();
        const qint32 *at = std::lower_bound(first, last, messageStart(dropped) + bytes);
        return at == last ? count() : qsizetype(at - first) + 1;
    }

    // The i-th held message (0: the first), as a lone event: its own bytes (sharing the
    // block), size and sequence, everything else the run's.
    TrafficEvent message(qsizetype i) const;

    // Makes payload the run's next message when it can join: event is a Received event of the
    // same connection with the same text, and payload's bytes follow event.payload's in the
    // same block (what one read gave). Returns false, changing nothing, otherwise. Only for
    // entries not yet in the log (dropped == 0) and TCP streams, where bytes that follow each
    // other in one read's block are one connection's.
    bool joinRun(const QByteArray &payload, const QString &text, int connectionId);

private:
    qint64 messageStart(qsizetype index) const { return index == 0 ? 0 : ends.at(index - 1); }
};
