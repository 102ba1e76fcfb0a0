// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/delayedactions.h"

#include <QTimer>

#include <algorithm>
#include <climits>

DelayedActions::DelayedActions(QObject *parent, int maxActions, qint64 maxBytes)
    : QObject(parent)
    , m_maxActions(maxActions)
    , m_maxBytes(maxBytes)
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    // Coarse timers may fire up to 5% early or late; a reply "after 500 ms" must not come early.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DelayedActions::runDue);
}

DelayedActions::~DelayedActions() = default;

bool DelayedActions::schedule(qint64 key, int delayMs, qint64 bytes, Action action)
{
    if (pendingCount() >= m_maxActions || m_pendingBytes + bytes > m_maxBytes)
        return false;
    const qint64 due
        = m_clock.nsecsElapsed() + static_cast<qint64>(std::max(delayMs, 0)) * 1000 * 1000;
    // upper_bound: after every action due at the same time, so equal delays keep their order.
    m_pending.emplace_hint(m_pending.upper_bound(due), due,
                           Pending {key, bytes, std::move(action)});
    m_pendingBytes += bytes;
    arm();
    return true;
}

int DelayedActions::drop(qint64 key)
{
    int dropped = 0;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.key == key) {
            m_pendingBytes -= it->second.bytes;
            it = m_pending.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    if (dropped > 0)
        arm();
    return dropped;
}

int DelayedActions::clear()
{
    const int dropped = pendingCount();
    m_pending.clear();
    m_pendingBytes = 0;
    m_timer->stop();
    return dropped;
}

int DelayedActions::pendingCount(qint64 key) const
{
    return static_cast<int>(
        std::count_if(m_pending.cbegin(), m_pending.cend(),
                      [key](const auto &entry) { return entry.second.key == key; }));
}

void DelayedActions::runDue()
{
    // An action may schedule or drop others: take each out of the map before running it.
    // Only what is due now runs, so an action that schedules one with no delay cannot keep
    // this loop going for ever.
    const qint64 now = m_clock.nsecsElapsed();
    while (!m_pending.empty() && m_pending.begin()->first <= now) {
        Pending next = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        m_pendingBytes -= next.bytes;
        next.action();
    }
    arm();
}

void DelayedActions::arm()
{
    if (m_pending.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 waitNs = m_pending.begin()->first - m_clock.nsecsElapsed();
    // Rounded up: a timer that fires before the due time would only re-arm.
    const qint64 waitMs = waitNs <= 0 ? 0 : (waitNs + 999999) / 1000000;
    m_timer->start(static_cast<int>(std::min<qint64>(waitMs, INT_MAX)));
}
