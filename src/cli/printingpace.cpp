// SPDX-License-Identifier: GPL-3.0-or-later
#include "printingpace.h"

#include <algorithm>

namespace {
// What the calling thread appended last was TCP: consume() and the waitForRoom() after it run
// on the same thread, and several sessions' threads may append at once.
thread_local bool t_appendedTcp = false;
} // namespace

PrintingPace::PrintingPace(const TrafficLog::Limits &limits)
    : m_maxUnprintedEvents(std::max<qsizetype>(1, limits.maxEvents / 2))
    , m_maxUnprintedBytes(std::max<qint64>(1, limits.maxPayloadBytes / 2))
{
}

void PrintingPace::consume(const TrafficEvent &event)
{
    t_appendedTcp = event.protocol == TrafficEvent::Protocol::Tcp;
    std::lock_guard lock(m_mutex);
    m_unprinted.emplace_back(event.sequence, event.payload.size());
    m_unprintedBytes += event.payload.size();
    if (qsizetype(m_unprinted.size()) > 2 * m_maxUnprintedEvents) {
        m_unprintedBytes -= m_unprinted.front().second;
        m_unprinted.pop_front();
    }
}

void PrintingPace::waitForRoom()
{
    if (!t_appendedTcp)
        return;
    std::unique_lock lock(m_mutex);
    m_printed.wait_for(lock, longestWait, [this] { return m_stopped || hasRoomLocked(); });
}

void PrintingPace::printedUpTo(quint64 sequence)
{
    {
        std::lock_guard lock(m_mutex);
        while (!m_unprinted.empty() && m_unprinted.front().first <= sequence) {
            m_unprintedBytes -= m_unprinted.front().second;
            m_unprinted.pop_front();
        }
    }
    m_printed.notify_all();
}

void PrintingPace::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_printed.notify_all();
}

bool PrintingPace::hasRoomLocked() const
{
    return qsizetype(m_unprinted.size()) <= m_maxUnprintedEvents
           && m_unprintedBytes <= m_maxUnprintedBytes;
}
