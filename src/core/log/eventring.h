// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logentry.h"

#include <optional>
#include <utility>
#include <vector>

// The log's held entries (events and runs of messages), oldest first, in one contiguous
// circular buffer that grows by doubling and is reused in place. std::deque, which held them
// before, allocated a 512-byte block per few events and freed one as the oldest left, and
// walked a block map to reach the oldest event: under a framed flood (one event per 1 KiB
// message) TrafficLog::evictLocked() was the largest user-space cost of the server (6.8% of
// its samples, `perf record` during bench/framing.sh), far above its 1.5% of instructions,
// because every eviction touched a cold block. Here the oldest event sits next to the one
// evicted before it.
class EventRing
{
public:
    bool empty() const { return m_count == 0; }
    size_t size() const { return m_count; }

    // i from the oldest held event (0) to size() - 1.
    const LogEntry &at(size_t i) const { return *m_slots[slot(i)]; }
    const LogEntry &front() const { return *m_slots[m_head]; }
    LogEntry &front() { return *m_slots[m_head]; }

    // entry is left holding what the slot held before (an evicted event's endpoints).
    void push_back(LogEntry &&entry)
    {
        if (m_count == m_slots.size())
            grow();
        std::optional<LogEntry> &target = m_slots[slot(m_count)];
        // A slot an evicted event left is assigned, not constructed: moving a TrafficEvent in
        // by construction copies its two QHostAddresses (Qt 6.4 has no move constructor for
        // it: an atomic increment each, and a decrement each when the slot is reset), while
        // assignment swaps them. Under a framed flood that was 4 of the 12 atomic operations
        // an event cost.
        if (target)
            *target = std::move(entry);
        else
            target.emplace(std::move(entry));
        ++m_count;
    }

    // The payload, message and run offsets go at once (the log's byte budget counts them);
    // the endpoints stay in the slot until an event is assigned over them (see push_back()).
    void pop_front()
    {
        LogEntry &oldest = *m_slots[m_head];
        oldest.event.payload = QByteArray();
        oldest.event.message = QString();
        oldest.ends = QList<qint32>();
        oldest.dropped = 0;
        m_head = m_head + 1 == m_slots.size() ? 0 : m_head + 1;
        --m_count;
    }

    void clear()
    {
        m_slots = {};
        m_head = 0;
        m_count = 0;
    }

private:
    size_t slot(size_t i) const
    {
        const size_t s = m_head + i;
        return s < m_slots.size() ? s : s - m_slots.size();
    }

    void grow()
    {
        // Empty slots construct no event: a default TrafficEvent allocates its two addresses.
        std::vector<std::optional<LogEntry>> bigger(m_slots.empty() ? 1024
                                                                       : 2 * m_slots.size());
        for (size_t i = 0; i < m_count; ++i)
            bigger[i] = std::move(m_slots[slot(i)]);
        m_slots = std::move(bigger);
        m_head = 0;
    }

    std::vector<std::optional<LogEntry>> m_slots;
    size_t m_head = 0;
    size_t m_count = 0;
};
