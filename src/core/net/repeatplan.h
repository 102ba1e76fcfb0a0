// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <functional>

// What "send this N times at this pace" means, shared by every session (issue 10, item 3).
// Pacing runs on the session's own thread (RepeatRunner): the k-th message is due at
// start + k * intervalNs on the steady clock and never leaves before it; a late one is sent
// as soon as possible and the ones after it keep their own times (catching up, no slide).
struct RepeatPlan
{
    qint64 count = 1;      // messages to send; 0 = until stopped
    qint64 intervalNs = 0; // between departures; 0 = as fast as the socket accepts

    // rate in messages per second; 0 (or less) = as fast as possible.
    static RepeatPlan fromRate(double messagesPerSecond, qint64 count);
    static RepeatPlan fromIntervalMs(double intervalMs, qint64 count);
};

// Bytes of the index-th message (0-based). Called on the session's thread, once per message,
// just before it leaves: keep it cheap (MessageComposer::compose is).
using PayloadProducer = std::function<QByteArray(quint64 index)>;

// One step of a sequence. Steps run in order, each delayBeforeMs after the previous one left
// (the first step of every repetition too), `repetitions` times.
// The producer of a step is called with the repetition number (0-based: how many times this
// step was sent before). The step's own index (for the composer's {{seq}}) is `index` when
// set (>= 0), else its position in the list; the caller binds it when building the producer:
//     steps[i].payload = [composer, i](quint64 k) { return composer.compose(k, i); };
struct SequenceStep
{
    PayloadProducer payload;
    qint64 delayBeforeMs = 0;
    QString label;
    int index = -1; // informational (-1: its position in the list); shown in progress
};

// Where a repeat or a sequence stands: queued across threads as a value.
struct RepeatProgress
{
    qint64 sent = 0;
    qint64 planned = 0; // 0 = until stopped
    qint64 elapsedNs = 0;
    double achievedRate = 0; // messages per second since the start
    bool finished = false;
    QString stopReason; // empty while running and when every planned message was sent
};

Q_DECLARE_METATYPE(RepeatProgress)
