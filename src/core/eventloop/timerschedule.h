// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QList>

#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>

class QObject;

// The QObject timers of one thread, for an event dispatcher of our own: when each is due, and
// delivering a QTimerEvent to each timer that is. Every kind of timer is kept to the
// millisecond, as a Qt::PreciseTimer is (coarse ones too: never later than asked, only with
// more wake-ups, and a session thread has only a few timers that run often).
//
// As Qt's own dispatcher does: a timer fires at most once per activation, a timer started
// while others fire waits for the next one, a timer never fires again from inside its own
// timerEvent(), and a late repeating timer is not fired twice to catch up.
class TimerSchedule
{
public:
    using TimerInfo = QAbstractEventDispatcher::TimerInfo;

    void add(int timerId, qint64 intervalMs, Qt::TimerType type, QObject *object);
    bool remove(int timerId);
    bool removeAllOf(QObject *object);
    QList<TimerInfo> timersOf(QObject *object) const;
    // Milliseconds until the timer is due (0 if it is), -1 for an unknown id.
    int remainingMs(int timerId) const;

    // Nanoseconds until the next timer is due (0 if one is), -1 with no timer.
    qint64 nanosecondsToNext() const;
    // Sends a QTimerEvent to every timer due now; returns how many of them had a non-zero
    // interval (zero timers run at every turn and do not count as work done, as in Qt's).
    int activateDue();

    static qint64 nowNs();

private:
    struct Timer
    {
        qint64 intervalNs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueNs = 0;
        // Tells this registration from a later one that reused its id.
        std::uint64_t serial = 0;
        bool firing = false;
    };

    void forget(std::unordered_map<int, Timer>::iterator timer);

    std::unordered_map<int, Timer> m_timers;
    // (due, id), earliest first.
    std::set<std::pair<qint64, int>> m_order;
    // Which timers an object has: QObject's destructor removes them all at once, and a server
    // with thousands of connections must not scan every timer for each.
    std::unordered_multimap<QObject *, int> m_byObject;
    std::uint64_t m_nextSerial = 1;
};
