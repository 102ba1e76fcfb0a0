// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficlog.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

// Holds a TCP stream back while the command's printer is behind, so that what it prints has no
// gap: the network thread waits after an append (TrafficLog::Sink::waitForRoom) while the
// events not yet printed fill half of the log's caps, and the kernel keeps the rest of the
// stream (the peer's sending slows down, as into `ncat > file`). UDP is never held back: a
// datagram the kernel cannot queue is lost, so its events are left to the log's caps and a gap
// is reported as before. Each wait ends after a second at most, and at once after stop().
class PrintingPace : public TrafficLog::Sink
{
public:
    static constexpr std::chrono::milliseconds longestWait{1000};

    explicit PrintingPace(const TrafficLog::Limits &limits);

    // Network thread, under the log's lock: every appended event.
    void consume(const TrafficEvent &event) override;
    // Network thread, after the append: waits while a TCP append left the printer too far
    // behind.
    void waitForRoom() override;

    // The printer's thread: every event up to sequence has been printed (or was lost).
    void printedUpTo(quint64 sequence);
    // No more waiting, now or later (the command is ending).
    void stop();

private:
    bool hasRoomLocked() const;

    const qsizetype m_maxUnprintedEvents;
    const qint64 m_maxUnprintedBytes;
    std::mutex m_mutex;
    std::condition_variable m_printed;
    // The unprinted events' sequence numbers and payload sizes, oldest first; at most
    // twice m_maxUnprintedEvents (older ones are past saving: the log evicts them anyway).
    std::deque<std::pair<quint64, qint64>> m_unprinted;
    qint64 m_unprintedBytes = 0;
    bool m_stopped = false;
};
