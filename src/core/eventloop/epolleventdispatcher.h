// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventloop/timerschedule.h"

#include <QAbstractEventDispatcher>
#include <QAtomicInt>

#include <cstdint>
#include <deque>
#include <vector>

class QSocketNotifier;

// The event loop of a session thread, on Linux's epoll instead of Qt 6.4's poll(): Qt's own
// dispatcher rebuilds a pollfd array of every socket notifier at every turn and the kernel
// polls each of them, so a server holding 10,000 idle connections paid for all 10,000 at each
// wake-up of the one that talked: 256 MiB from one client took 8.3 s instead of 0.07 s
// (bench/RESULTS.md, "An event loop that ignores idle connections"). epoll keeps the set in the
// kernel and reports the ready descriptors only.
//
// Everything a QThread's loop needs: socket notifiers (level-triggered, as poll() is; a
// regular file, which epoll refuses, is always ready, as poll() reports it), QObject timers
// (TimerSchedule), posted events and wake-ups from other threads (an eventfd), interrupt().
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    // nullptr when the kernel gives no epoll or eventfd descriptor (out of descriptors): the
    // thread then keeps Qt's own dispatcher.
    static EpollEventDispatcher *create();
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    EpollEventDispatcher(int epollFd, int wakeFd);

    // The notifiers of one descriptor (by QSocketNotifier::Type) and what epoll watches of it.
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        // Events in the epoll set, 0 when not in it: may be more than the notifiers want (a
        // disabled notifier leaves the set lazily).
        std::uint32_t watched = 0;
        std::uint8_t pending = 0;    // bit per type: notifiers[type] is queued in m_pending
        bool alwaysReady = false;    // a regular file: epoll refuses it, poll() says ready
    };

    // Blocks (or not) for the descriptors and the wake-up, marks ready notifiers pending.
    int waitAndMark(qint64 timeoutNs, bool includeNotifiers);
    void markReady(int fd, std::uint32_t events);
    int activatePendingNotifiers();
    // Takes a registered notifier out of m_pending, if it is queued there.
    void dropPending(Watch &watch, QSocketNotifier *notifier);
    // Makes the kernel's set hold `wanted` for fd (nothing: out of the set); `verify` asks the
    // kernel even when the set should hold it already.
    void setWatched(int fd, std::uint32_t wanted, bool verify);
    static std::uint32_t wantedEvents(const Watch &watch);
    void consumeWakeUp();

    const int m_epollFd;
    const int m_wakeFd;
    QAtomicInt m_wakeUpPending;
    QAtomicInt m_interrupted;
    // Indexed by descriptor: descriptors are small integers, and a lookup per ready socket
    // must not hash.
    std::vector<Watch> m_watches;
    std::vector<int> m_alwaysReady;
    // Ready notifiers not yet activated, oldest first (a notifier's handler may disable
    // another: it is then taken out, as Qt's dispatcher does).
    std::deque<QSocketNotifier *> m_pending;
    TimerSchedule m_timers;
};
