// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloop/timerschedule.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <algorithm>
#include <ctime>
#include <vector>

qint64 TimerSchedule::nowNs()
{
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void TimerSchedule::add(int timerId, qint64 intervalMs, Qt::TimerType type, QObject *object)
{
    if (auto old = m_timers.find(timerId); old != m_timers.end())
        forget(old); // Qt hands out an id only once at a time; this is only defensive
    Timer timer;
    timer.intervalNs = std::max<qint64>(intervalMs, 0) * 1'000'000;
    timer.type = type;
    timer.object = object;
    timer.dueNs = nowNs() + timer.intervalNs;
    timer.serial = m_nextSerial++;
    m_order.emplace(timer.dueNs, timerId);
    m_byObject.emplace(object, timerId);
    m_timers.emplace(timerId, timer);
}

void TimerSchedule::forget(std::unordered_map<int, Timer>::iterator timer)
{
    const int id = timer->first;
    m_order.erase({timer->second.dueNs, id});
    auto [first, last] = m_byObject.equal_range(timer->second.object);
    for (auto it = first; it != last; ++it) {
        if (it->second == id) {
            m_byObject.erase(it);
            break;
        }
    }
    m_timers.erase(timer);
}

bool TimerSchedule::remove(int timerId)
{
    const auto timer = m_timers.find(timerId);
    if (timer == m_timers.end())
        return false;
    forget(timer);
    return true;
}

bool TimerSchedule::removeAllOf(QObject *object)
{
    auto [first, last] = m_byObject.equal_range(object);
    if (first == last)
        return false;
    for (auto it = first; it != last; ++it) {
        const auto timer = m_timers.find(it->second);
        m_order.erase({timer->second.dueNs, timer->first});
        m_timers.erase(timer);
    }
    m_byObject.erase(first, last);
    return true;
}

QList<TimerSchedule::TimerInfo> TimerSchedule::timersOf(QObject *object) const
{
    QList<TimerInfo> infos;
    auto [first, last] = m_byObject.equal_range(object);
    for (auto it = first; it != last; ++it) {
        const Timer &timer = m_timers.at(it->second);
        infos.append(TimerInfo(it->second, int(timer.intervalNs / 1'000'000), timer.type));
    }
    return infos;
}

int TimerSchedule::remainingMs(int timerId) const
{
    const auto timer = m_timers.find(timerId);
    if (timer == m_timers.end())
        return -1;
    const qint64 left = timer->second.dueNs - nowNs();
    // Rounded up: a timer that is not due yet never reports 0.
    return left <= 0 ? 0 : int((left + 999'999) / 1'000'000);
}

qint64 TimerSchedule::nanosecondsToNext() const
{
    if (m_order.empty())
        return -1;
    return std::max<qint64>(m_order.begin()->first - nowNs(), 0);
}

int TimerSchedule::activateDue()
{
    if (m_order.empty())
        return 0;
    const qint64 now = nowNs();
    // Which timers are due is decided once, before any fires: one that a timerEvent() starts,
    // or that fires again at once (a zero timer), waits for the next turn.
    std::vector<std::pair<int, std::uint64_t>> due;
    for (auto it = m_order.begin(); it != m_order.end() && it->first <= now; ++it)
        due.emplace_back(it->second, m_timers.at(it->second).serial);
    int fired = 0;
    for (const auto &[id, serial] : due) {
        auto timer = m_timers.find(id);
        if (timer == m_timers.end() || timer->second.serial != serial)
            continue; // stopped (or stopped and its id reused) by an earlier timer's event
        Timer &t = timer->second;
        // The next time is counted from when this one was due, so a repeating timer keeps its
        // rate; one that fell behind by more than an interval starts again from now.
        m_order.erase({t.dueNs, id});
        t.dueNs += t.intervalNs;
        if (t.dueNs < now)
            t.dueNs = now + t.intervalNs;
        m_order.emplace(t.dueNs, id);
        if (t.intervalNs > 0)
            ++fired;
        if (t.firing)
            continue; // its own timerEvent() runs a nested event loop
        t.firing = true;
        QObject *object = t.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        // The event may have stopped the timer, or started others (the map may have moved).
        timer = m_timers.find(id);
        if (timer != m_timers.end() && timer->second.serial == serial)
            timer->second.firing = false;
    }
    return fired;
}
