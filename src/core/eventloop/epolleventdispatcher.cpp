// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloop/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

// Ready descriptors taken per epoll_wait(); more wait for the next turn (level-triggered).
constexpr int maxEventsPerWait = 256;

// What wakes each kind of notifier: as Qt's poll() dispatcher, a hang-up or an error wakes all
// three, so whoever watches the socket learns of it.
constexpr std::uint32_t wakesNotifier[3] = {
    EPOLLIN | EPOLLHUP | EPOLLERR,  // QSocketNotifier::Read
    EPOLLOUT | EPOLLHUP | EPOLLERR, // QSocketNotifier::Write
    EPOLLPRI | EPOLLHUP | EPOLLERR, // QSocketNotifier::Exception
};
constexpr std::uint32_t watchedFor[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

// A notifier type's bit in Watch::pending.
constexpr std::uint8_t pendingBit(int type)
{
    return std::uint8_t(1u << type);
}

timespec toTimespec(qint64 ns)
{
    return {time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
}

} // namespace

EpollEventDispatcher *EpollEventDispatcher::create()
{
    const int epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    if (epollFd < 0)
        return nullptr;
    const int wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event wake {};
    wake.events = EPOLLIN;
    wake.data.fd = wakeFd;
    if (wakeFd < 0 || ::epoll_ctl(epollFd, EPOLL_CTL_ADD, wakeFd, &wake) != 0) {
        if (wakeFd >= 0)
            ::close(wakeFd);
        ::close(epollFd);
        return nullptr;
    }
    return new EpollEventDispatcher(epollFd, wakeFd);
}

EpollEventDispatcher::EpollEventDispatcher(int epollFd, int wakeFd)
    : m_epollFd(epollFd)
    , m_wakeFd(wakeFd)
{
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epollFd);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    // Every event posted to this thread so far (queued calls from the GUI thread, deleteLater,
    // a session's own queued work). One posted from now on, on any thread, calls wakeUp(),
    // so the wait below returns at once for it.
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.loadRelaxed())
        return false;

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    qint64 timeoutNs = 0;
    if (flags & QEventLoop::WaitForMoreEvents) {
        timeoutNs = includeTimers ? m_timers.nanosecondsToNext() : -1;
        if (includeNotifiers && (!m_alwaysReady.empty() || !m_pending.empty()))
            timeoutNs = 0;
        emit aboutToBlock();
    }

    int handled = waitAndMark(timeoutNs, includeNotifiers);
    if (includeNotifiers)
        handled += activatePendingNotifiers();
    if (includeTimers)
        handled += m_timers.activateDue();
    return handled > 0;
}

int EpollEventDispatcher::waitAndMark(qint64 timeoutNs, bool includeNotifiers)
{
    if (!includeNotifiers) {
        // Only a wake-up or a timer may end this wait: sockets stay unasked (a ready one would
        // otherwise end every wait at once).
        pollfd wake {m_wakeFd, POLLIN, 0};
        const timespec timeout = toTimespec(std::max<qint64>(timeoutNs, 0));
        if (::ppoll(&wake, 1, timeoutNs < 0 ? nullptr : &timeout, nullptr) > 0) {
            consumeWakeUp();
            return 1;
        }
        return 0;
    }

    epoll_event events[maxEventsPerWait];
    int ready;
    if (timeoutNs <= 0) {
        ready = ::epoll_wait(m_epollFd, events, maxEventsPerWait, timeoutNs < 0 ? -1 : 0);
    } else {
        // To the nanosecond, as Qt's ppoll() waits: a precise 1 ms timer must not wake a
        // millisecond late.
        const timespec timeout = toTimespec(timeoutNs);
        ready = ::epoll_pwait2(m_epollFd, events, maxEventsPerWait, &timeout, nullptr);
        if (ready < 0 && errno == ENOSYS) { // a kernel before 5.11: rounded up to the ms
            ready = ::epoll_wait(m_epollFd, events, maxEventsPerWait,
                                 int(std::min<qint64>((timeoutNs + 999'999) / 1'000'000,
                                                      std::numeric_limits<int>::max())));
        }
    }
    int handled = 0;
    for (int i = 0; i < ready; ++i) {
        if (events[i].data.fd == m_wakeFd) {
            consumeWakeUp();
            handled = 1;
        } else {
            markReady(events[i].data.fd, events[i].events);
        }
    }
    // A regular file is always readable and writable, as poll() reports it.
    for (const int fd : m_alwaysReady)
        markReady(fd, EPOLLIN | EPOLLOUT);
    return handled; // EINTR (ready < 0) is a turn with nothing done
}

void EpollEventDispatcher::markReady(int fd, std::uint32_t events)
{
    if (fd < 0 || std::size_t(fd) >= m_watches.size())
        return;
    Watch &watch = m_watches[std::size_t(fd)];
    for (int type = 0; type < 3; ++type) {
        QSocketNotifier *notifier = watch.notifiers[type];
        if (notifier && (events & wakesNotifier[type]) && !(watch.pending & pendingBit(type))) {
            watch.pending |= pendingBit(type);
            m_pending.push_back(notifier);
        }
    }
    // What no notifier wants any more is taken out of the set only now that it was reported
    // (see unregisterSocketNotifier()).
    const std::uint32_t wanted = wantedEvents(watch);
    if (wanted == 0 || (events & (EPOLLIN | EPOLLOUT | EPOLLPRI) & ~wanted))
        setWatched(fd, wanted, false);
}

int EpollEventDispatcher::activatePendingNotifiers()
{
    int activated = 0;
    while (!m_pending.empty()) {
        QSocketNotifier *notifier = m_pending.front();
        m_pending.pop_front();
        m_watches[std::size_t(notifier->socket())].pending &= ~pendingBit(notifier->type());
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    return activated;
}

std::uint32_t EpollEventDispatcher::wantedEvents(const Watch &watch)
{
    std::uint32_t wanted = 0;
    for (int type = 0; type < 3; ++type) {
        if (watch.notifiers[type])
            wanted |= watchedFor[type];
    }
    return wanted;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr fd = notifier->socket();
    if (fd < 0)
        return;
    if (std::size_t(fd) >= m_watches.size())
        m_watches.resize(std::size_t(fd) + 1);
    Watch &watch = m_watches[std::size_t(fd)];
    const int type = notifier->type();
    if (watch.notifiers[type] && watch.notifiers[type] != notifier) {
        qWarning("EpollEventDispatcher: a second notifier of the same type for descriptor %d",
                 int(fd));
        // The newer one replaces it (as in Qt's); the older must not stay queued, since its
        // own unregistering would no longer find it.
        dropPending(watch, watch.notifiers[type]);
    }
    const bool wasUnwatched = wantedEvents(watch) == 0;
    watch.notifiers[type] = notifier;
    const std::uint32_t wanted = wantedEvents(watch);
    // The first notifier of a descriptor always asks the kernel: what the set held for this
    // number may belong to a socket closed since (the kernel then dropped it).
    if (wasUnwatched || (wanted & ~watch.watched))
        setWatched(int(fd), wanted, wasUnwatched);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr fd = notifier->socket();
    if (fd < 0 || std::size_t(fd) >= m_watches.size())
        return;
    Watch &watch = m_watches[std::size_t(fd)];
    const int type = notifier->type();
    if (watch.notifiers[type] != notifier)
        return;
    // Disabled (or deleted) by the handler of another ready notifier: not activated now.
    dropPending(watch, notifier);
    watch.notifiers[type] = nullptr;
    if (watch.alwaysReady && wantedEvents(watch) == 0) {
        watch.alwaysReady = false;
        m_alwaysReady.erase(std::find(m_alwaysReady.begin(), m_alwaysReady.end(), int(fd)));
    }
    // The kernel's set is left as it is: Qt disables a socket's notifiers right before it
    // closes the descriptor, and the close takes it out of the set for free. Should the
    // kernel report what nobody wants any more, markReady() takes it out then. An epoll_ctl()
    // here cost a 10,000-client burst 10,000 system calls.
}

void EpollEventDispatcher::dropPending(Watch &watch, QSocketNotifier *notifier)
{
    const std::uint8_t bit = pendingBit(notifier->type());
    if (!(watch.pending & bit))
        return;
    watch.pending &= ~bit;
    if (const auto queued = std::find(m_pending.begin(), m_pending.end(), notifier);
        queued != m_pending.end())
        m_pending.erase(queued);
}

void EpollEventDispatcher::setWatched(int fd, std::uint32_t wanted, bool verify)
{
    Watch &watch = m_watches[std::size_t(fd)];
    if (watch.alwaysReady)
        return;
    if (wanted == 0) {
        // Fails harmlessly when the descriptor is closed already (the kernel dropped it).
        if (watch.watched)
            ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, nullptr);
        watch.watched = 0;
        return;
    }
    if (wanted == watch.watched && !verify)
        return;
    epoll_event event {};
    event.events = wanted;
    event.data.fd = fd;
    const int op = watch.watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    int result = ::epoll_ctl(m_epollFd, op, fd, &event);
    // A descriptor closed and opened again under the same number, or one still in the set
    // from before: the other operation is the right one.
    if (result != 0 && op == EPOLL_CTL_MOD && errno == ENOENT)
        result = ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &event);
    else if (result != 0 && op == EPOLL_CTL_ADD && errno == EEXIST)
        result = ::epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &event);
    if (result == 0) {
        watch.watched = wanted;
        return;
    }
    watch.watched = 0;
    if (errno == EPERM) { // a regular file or a directory
        watch.alwaysReady = true;
        m_alwaysReady.push_back(fd);
        return;
    }
    qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    m_timers.add(timerId, interval, timerType, object);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeAllOf(object);
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    return m_timers.timersOf(object);
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    return m_timers.remainingMs(timerId);
}

void EpollEventDispatcher::wakeUp()
{
    // One write until the loop has seen it: a thousand queued calls cost one system call.
    if (m_wakeUpPending.testAndSetAcquire(0, 1))
        ::eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::consumeWakeUp()
{
    eventfd_t count = 0;
    ::eventfd_read(m_wakeFd, &count);
    m_wakeUpPending.storeRelease(0);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}
