// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <map>

class QTimer;

// What a server promised to do later (a rule's delayed reply, close or reset), run in due
// order on the owner's thread from ONE timer armed for the earliest action: a flood of delayed
// replies costs a map entry each, not a timer each. Bounded in count and in bytes (a reply's
// payload); beyond either bound schedule() refuses and the caller says so. Each action carries
// a key (a connection id) so that a connection that closes takes its pending actions with it.
class DelayedActions : public QObject
{
    Q_OBJECT

public:
    using Action = std::function<void()>;

    // Per session: far more than a test scenario needs, small enough that a peer sending
    // thousands of delayed-reply triggers cannot grow a server without bound.
    static constexpr int DefaultMaxActions = 1024;
    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;

    explicit DelayedActions(QObject *parent = nullptr, int maxActions = DefaultMaxActions,
                            qint64 maxBytes = DefaultMaxBytes);
    ~DelayedActions() override;

    // Runs action delayMs (>= 0) from now, after every action already due by then. bytes is
    // what the action holds (a reply's size), counted against maxBytes(). False, and nothing
    // queued, when maxActions() actions or maxBytes() bytes are already pending.
    bool schedule(qint64 key, int delayMs, qint64 bytes, Action action);
    // Forgets the pending actions of key (its connection closed); returns how many there were.
    int drop(qint64 key);
    // Forgets every pending action; returns how many there were.
    int clear();

    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    int pendingCount(qint64 key) const;
    qint64 pendingBytes() const { return m_pendingBytes; }
    int maxActions() const { return m_maxActions; }
    qint64 maxBytes() const { return m_maxBytes; }

private:
    struct Pending
    {
        qint64 key = 0;
        qint64 bytes = 0;
        Action action;
    };
    void runDue();
    void arm();

    const int m_maxActions;
    const qint64 m_maxBytes;
    QElapsedTimer m_clock; // monotonic: a wall-clock jump must not fire or stall actions
    QTimer *m_timer = nullptr;
    // Keyed by due time in ns of m_clock; equal times keep their scheduling order.
    std::multimap<qint64, Pending> m_pending;
    qint64 m_pendingBytes = 0;
};
