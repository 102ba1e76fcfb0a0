// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A short explanation of a notable event, in the learner's language: the tutorial's lessons
// (TCP refuses, UDP sends into the void, the address is in use, TCP is a byte stream, ports
// tell processes apart) shown where they happen. Plain values; the window draws them.
struct Lesson
{
    QString title;
    QString text;
};

class Lessons
{
    Q_DECLARE_TR_FUNCTIONS(Lessons)

public:
    // The lesson an event teaches, if any. ownPid is SockLab's process id (named as the
    // holder of its own ports); peerOwner, when known, the process on this machine that
    // holds the peer's port ("python3 (PID 4242)").
    static std::optional<Lesson> forEvent(const TrafficEvent &event, qint64 ownPid,
                                          const QString &peerOwner = {});
    // Whether message was made from template (a tr() text with %1, %2 ...): its fixed parts
    // appear in order, the first at the start. Sentences are recognised this way in any
    // language, since both come from the same translation.
    static bool matchesTemplate(const QString &message, const QString &sentenceTemplate);
    // The UDP session's hint for an ICMP port unreachable (UdpSession's own sentence).
    static QString icmpHint();
};
