// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/repeatrunner.h"

#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/timerfd.h>
#include <unistd.h>
#endif

RepeatRunner::RepeatRunner(SendFunction send, ReadyFunction ready, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_ready(std::move(ready))
{
}

RepeatRunner::~RepeatRunner()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0)
        ::close(m_timerFd);
#endif
}

qint64 RepeatRunner::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

void RepeatRunner::start(const RepeatPlan &plan, const PayloadProducer &producer)
{
    stop(tr("replaced by a new repeat"));
    m_steps.clear();
    m_stepOffsetNs.clear();
    m_cycleNs = 0;
    m_intervalNs = std::max<qint64>(0, plan.intervalNs);
    m_producer = producer;
    begin(std::max<qint64>(0, plan.count));
}

void RepeatRunner::startSequence(const QList<SequenceStep> &steps, qint64 repetitions)
{
    stop(tr("replaced by a new repeat"));
    m_producer = {};
    m_intervalNs = 0;
    m_steps = steps;
    m_stepOffsetNs.clear();
    m_cycleNs = 0;
    for (const SequenceStep &step : steps) {
        m_cycleNs += std::max<qint64>(0, step.delayBeforeMs) * 1'000'000;
        m_stepOffsetNs.append(m_cycleNs);
    }
    if (steps.isEmpty()) {
        begin(0);
        finish(tr("the sequence has no steps"));
        return;
    }
    begin(repetitions > 0 ? repetitions * steps.size() : 0);
}

void RepeatRunner::begin(qint64 planned)
{
    m_planned = planned;
    m_sent = 0;
    m_running = true;
    m_waitingForRoom = false;
#ifdef Q_OS_LINUX
    // Wake-ups of this thread may otherwise come up to 50 us late (the default timer slack):
    // a quarter of the error budget at 1 kHz. Only the session's thread is affected.
    if (m_intervalNs > 0 || m_cycleNs > 0)
        ::prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
#endif
    m_startNs = nowNs();
    m_lastProgressNs = m_startNs;
    m_reportedSent = 0;
    emit progress(snapshot(false, {}));
    pump();
}

qint64 RepeatRunner::dueNs(qint64 k) const
{
    if (m_steps.isEmpty())
        return k * m_intervalNs;
    const qint64 n = m_steps.size();
    return (k / n) * m_cycleNs + m_stepOffsetNs.at(k % n);
}

QByteArray RepeatRunner::payloadFor(qint64 k) const
{
    if (m_steps.isEmpty())
        return m_producer ? m_producer(quint64(k)) : QByteArray();
    const SequenceStep &step = m_steps.at(k % m_steps.size());
    return step.payload ? step.payload(quint64(k / m_steps.size())) : QByteArray();
}

void RepeatRunner::pump()
{
    m_pumpQueued = false;
    if (!m_running)
        return;
    const qint64 turnStart = nowNs();
    qint64 now = turnStart;
    qint64 wakeAt = 0; // set when the turn ends in a sleep
    for (int inTurn = 0;; ++inTurn) {
        if (m_planned > 0 && m_sent >= m_planned) {
            finish({});
            return;
        }
        qint64 due = m_startNs + dueNs(m_sent);
        if (!m_steps.isEmpty() && m_sent > 0) {
            const qint64 delayMs = m_steps.at(m_sent % m_steps.size()).delayBeforeMs;
            due = std::max(due, m_lastSentNs + std::max<qint64>(0, delayMs) * 1'000'000);
        }
        if (due > now && due - now <= spinNs && now - turnStart < maxTurnNs) {
            // Closer than a sleep and its wake-up would take: wait here (at 100,000/s the
            // thread is busy anyway).
            while ((now = nowNs()) < due) {
            }
        }
        if (due > now) {
            // A wake-up costs more than a message: sleeping less than minSleepNs would spend
            // the thread on wake-ups. What falls due meanwhile leaves together on waking
            // (a batch), each message still no earlier than its time.
            wakeAt = std::max(due, now + minSleepNs);
            armAt(wakeAt);
            break;
        }
        if (m_ready && !m_ready()) {
            m_waitingForRoom = true; // resume() carries on
            break;
        }
        if (inTurn >= maxPerTurn || now - turnStart >= maxTurnNs) {
            // Let the event loop serve reads, stop() and other sockets, then carry on.
            m_pumpQueued = true;
            QMetaObject::invokeMethod(this, &RepeatRunner::pump, Qt::QueuedConnection);
            break;
        }
        QString error;
        if (const int dueCount = m_sendBatch ? dueNow(now, inTurn) : 1; dueCount > 1) {
            m_batch.clear();
            for (int i = 0; i < dueCount; ++i)
                m_batch.append(payloadFor(m_sent + i));
            const BatchResult batch = m_sendBatch(m_batch, &error);
            m_sent += batch.sent;
            inTurn += std::max(0, batch.sent - 1);
            now = nowNs();
            if (batch.sent > 0)
                m_lastSentNs = now;
            if (batch.next == SendResult::Failed) {
                finish(error.isEmpty() ? tr("sending failed") : error);
                return;
            }
            if (!m_running) {
                endTurn();
                return;
            }
            if (batch.next == SendResult::Later) {
                m_waitingForRoom = true;
                break;
            }
            continue;
        }
        const SendResult result = m_send(payloadFor(m_sent), &error);
        if (result == SendResult::Failed) {
            finish(error.isEmpty() ? tr("sending failed") : error);
            return;
        }
        if (!m_running) {
            endTurn();
            return; // the send ended the run (the connection closed under it)
        }
        if (result == SendResult::Later) {
            m_waitingForRoom = true; // resume() carries on with the same message
            break;
        }
        ++m_sent;
        now = nowNs();
        m_lastSentNs = now;
    }
    endTurn();
    // At most 10 progress reports a second, but a count that changed is never left unreported
    // across a long sleep: at one message a minute, "0 sent" would otherwise stay on screen
    // for a minute after the first one left.
    const bool sleepsLong = wakeAt - now >= progressIntervalNs;
    if (now - m_lastProgressNs >= progressIntervalNs
        || (sleepsLong && m_sent != m_reportedSent)) {
        m_lastProgressNs = now;
        m_reportedSent = m_sent;
        emit progress(snapshot(false, {}));
    }
}

int RepeatRunner::dueNow(qint64 now, int inTurn) const
{
    if (!m_steps.isEmpty())
        return 1;
    qint64 limit = std::min<qint64>(maxBatch, maxPerTurn - inTurn);
    if (m_planned > 0)
        limit = std::min(limit, m_planned - m_sent);
    int n = 1;
    while (n < limit && m_startNs + dueNs(m_sent + n) <= now)
        ++n;
    return n;
}

void RepeatRunner::resume()
{
    if (!m_running || !m_waitingForRoom || m_pumpQueued)
        return;
    m_waitingForRoom = false;
    pump();
}

void RepeatRunner::armAt(qint64 dueAbsNs)
{
#ifdef Q_OS_LINUX
    if (m_timerFd < 0) {
        m_timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
        if (m_timerFd >= 0) {
            m_timerNotifier = new QSocketNotifier(m_timerFd, QSocketNotifier::Read, this);
            connect(m_timerNotifier, &QSocketNotifier::activated, this, [this] {
                quint64 expirations = 0;
                [[maybe_unused]] const ssize_t n
                        = ::read(m_timerFd, &expirations, sizeof expirations);
                pump();
            });
        }
    }
    if (m_timerFd >= 0) {
        // Absolute time on CLOCK_MONOTONIC, the clock steady_clock reads on Linux.
        itimerspec when = {};
        when.it_value.tv_sec = time_t(dueAbsNs / 1'000'000'000);
        when.it_value.tv_nsec = long(dueAbsNs % 1'000'000'000);
        if (::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &when, nullptr) == 0)
            return;
    }
#endif
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &RepeatRunner::pump);
    }
    // Rounded up: a message never leaves before its time.
    const qint64 waitNs = std::max<qint64>(0, dueAbsNs - nowNs());
    m_timer->start(int(std::min<qint64>((waitNs + 999'999) / 1'000'000, INT_MAX)));
}

void RepeatRunner::disarm()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        const itimerspec off = {};
        ::timerfd_settime(m_timerFd, 0, &off, nullptr);
    }
#endif
    if (m_timer)
        m_timer->stop();
}

void RepeatRunner::stop(const QString &reason)
{
    if (m_running)
        finish(reason.isEmpty() ? tr("stopped") : reason);
}

void RepeatRunner::endTurn()
{
    if (m_turnEnd)
        m_turnEnd();
}

void RepeatRunner::finish(const QString &reason)
{
    endTurn();
    if (!m_running)
        return;
    m_running = false;
    m_waitingForRoom = false;
    disarm();
    const RepeatProgress last = snapshot(true, reason);
    m_producer = {};
    m_steps.clear();
    emit progress(last);
}

RepeatProgress RepeatRunner::snapshot(bool finished, const QString &reason) const
{
    RepeatProgress p;
    p.sent = m_sent;
    p.planned = m_planned;
    p.elapsedNs = std::max<qint64>(0, nowNs() - m_startNs);
    // Over the span from the first departure to now: 1,000 messages at 1 kHz took 999 ms.
    if (m_sent > 1 && p.elapsedNs > 0)
        p.achievedRate = double(m_sent) * 1e9 / double(p.elapsedNs);
    p.finished = finished;
    p.stopReason = reason;
    return p;
}
