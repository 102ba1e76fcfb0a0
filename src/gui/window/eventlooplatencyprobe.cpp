// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/eventlooplatencyprobe.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

EventLoopLatencyProbe::EventLoopLatencyProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopLatencyProbe::tick);
}

void EventLoopLatencyProbe::start()
{
    m_lateness.clear();
    m_lateness.reserve(100'000);
    m_clock.start();
    m_lastNs = 0;
    m_timer->start();
}

void EventLoopLatencyProbe::stop()
{
    m_timer->stop();
}

void EventLoopLatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double elapsedMs = static_cast<double>(now - m_lastNs) / 1e6;
    m_lastNs = now;
    m_lateness.push_back(std::max(0.0, elapsedMs - m_intervalMs));
}

double EventLoopLatencyProbe::longestStallMs() const
{
    return m_lateness.empty() ? 0.0 : *std::max_element(m_lateness.begin(), m_lateness.end());
}

double EventLoopLatencyProbe::percentileMs(double percentile) const
{
    if (m_lateness.empty())
        return 0.0;
    std::vector<double> sorted = m_lateness;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<size_t>(
            std::ceil(percentile / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}
