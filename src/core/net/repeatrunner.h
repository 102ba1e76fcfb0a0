// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/repeatplan.h"

#include <QList>
#include <QObject>

#include <functional>

class QSocketNotifier;
class QTimer;

// Paces a repeat or a sequence on the thread it lives on (its session's network thread).
// Message k is due at start + due(k) on the steady clock: it never leaves before, and when
// the thread was late the overdue ones leave at once while later ones keep their own times
// (catch up, no slide). A sequence step is also never sooner than its delay after the step
// before it actually left: "wait 50 ms after the previous message" is what a device under test
// needs, so there a late step moves the ones after it (they slide rather than bunch up). Between departures the thread sleeps in its event loop on an
// absolute-time timer (timerfd on Linux, nanosecond resolution; a precise QTimer elsewhere);
// a departure under spinNs away is waited for in place, and one under minSleepNs after a
// sleep shares the wake-up with the next ones (batching at 100,000/s);
// overdue or unpaced messages are sent in a tight loop bounded per event-loop turn
// (maxPerTurn messages or maxTurnNs), so reads, stop and other sockets are still served.
// The session supplies how to send (and whether its write queue has room): a full queue
// pauses the runner until resume().
class RepeatRunner : public QObject
{
    Q_OBJECT

public:
    // What became of one message handed to the session.
    enum class SendResult {
        Sent,   // counted
        Later,  // not sent (a full buffer): the same index is produced again once ready()
        Failed, // ends the run; *error says why in one sentence
    };
    using SendFunction = std::function<SendResult(const QByteArray &payload, QString *error)>;
    // False while the write queue is full: the runner waits for resume().
    using ReadyFunction = std::function<bool()>;
    // Called whenever the runner hands the thread back to the event loop, and before every
    // progress(): where a session appends the events it batched during the turn.
    using TurnEndFunction = std::function<void()>;
    // Optional: several messages that are all due now, handed over in one call (sendmmsg()
    // for UDP: one system call instead of one per datagram). `sent` is how many of them,
    // from the first and in order, the kernel took; when that is not all, `next` says what
    // became of the first one left over (Sent: try it again at once).
    struct BatchResult
    {
        int sent = 0;
        SendResult next = SendResult::Sent;
    };
    using BatchSendFunction
            = std::function<BatchResult(const QList<QByteArray> &payloads, QString *error)>;

    static constexpr int maxPerTurn = 4096;
    static constexpr qint64 maxTurnNs = 2'000'000;
    static constexpr qint64 progressIntervalNs = 100'000'000; // 10 Hz
    static constexpr qint64 spinNs = 20'000;     // a departure this close is waited for
    static constexpr qint64 minSleepNs = 50'000; // shorter sleeps become batches
    static constexpr int maxBatch = 64;          // messages per batch send (UIO_MAXIOV is 1024)

    explicit RepeatRunner(SendFunction send, ReadyFunction ready = {},
                          QObject *parent = nullptr);
    ~RepeatRunner() override;

    bool isRunning() const { return m_running; }
    // Replace a running one (which ends with stopReason "replaced by a new repeat").
    void start(const RepeatPlan &plan, const PayloadProducer &producer);
    void startSequence(const QList<SequenceStep> &steps, qint64 repetitions);
    // Ends a running repeat with reason (emits the final progress); nothing if none runs.
    void stop(const QString &reason);
    // The write queue has room again.
    void resume();
    void setTurnEnd(TurnEndFunction turnEnd) { m_turnEnd = std::move(turnEnd); }
    // Repeats (not sequences: their steps wait for each other) then send what is due in
    // batches of up to maxBatch.
    void setBatchSend(BatchSendFunction sendBatch) { m_sendBatch = std::move(sendBatch); }

    // Nanoseconds on the steady clock (CLOCK_MONOTONIC), the clock departures are due on.
    static qint64 nowNs();

signals:
    void progress(const RepeatProgress &progress);

private:
    void begin(qint64 planned);
    qint64 dueNs(qint64 k) const;
    QByteArray payloadFor(qint64 k) const;
    void pump();
    // How many messages from m_sent on are due by now, up to the batch, turn and plan limits.
    int dueNow(qint64 now, int inTurn) const;
    void armAt(qint64 dueAbsNs);
    void disarm();
    void endTurn();
    void finish(const QString &reason);
    RepeatProgress snapshot(bool finished, const QString &reason) const;

    SendFunction m_send;
    BatchSendFunction m_sendBatch;
    QList<QByteArray> m_batch; // reused: its capacity stays between turns
    ReadyFunction m_ready;
    TurnEndFunction m_turnEnd;
    bool m_running = false;
    bool m_waitingForRoom = false;
    bool m_pumpQueued = false;
    qint64 m_startNs = 0;
    qint64 m_sent = 0;
    qint64 m_planned = 0;
    qint64 m_lastProgressNs = 0;
    qint64 m_reportedSent = 0;    // m_sent as the last progress report gave it
    // A plain repeat:
    qint64 m_intervalNs = 0;
    PayloadProducer m_producer;
    // A sequence: the steps, and when each is due within one repetition.
    QList<SequenceStep> m_steps;
    QList<qint64> m_stepOffsetNs; // cumulative delays: step i is due at offset[i]
    qint64 m_cycleNs = 0;         // one repetition
    qint64 m_lastSentNs = 0;      // when the previous step left
    int m_timerFd = -1;
    QSocketNotifier *m_timerNotifier = nullptr;
    QTimer *m_timer = nullptr; // where timerfd is missing
};
