// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/repeatrunner.h"

#include <QObject>

#include <functional>

// The RepeatRunner a session keeps for its repeats and sequences, made on first use rather than
// in the constructor: it must be born on the session's network thread (its timers live there),
// and most sessions never repeat. The session owns it; write and ready are the session's own
// send path and queue check (member function pointers or callables taking the session), and
// every progress report goes to onProgress (a signal or a callable) in the session's context.
namespace SessionRepeatRunner {

template<typename Session, typename Write, typename Ready, typename OnProgress>
RepeatRunner *ensure(RepeatRunner *&runner, Session *session, Write write, Ready ready,
                     OnProgress onProgress)
{
    if (runner)
        return runner;
    runner = new RepeatRunner(
        [session, write](const QByteArray &payload, QString *error) {
            return std::invoke(write, session, payload, error);
        },
        [session, ready] { return std::invoke(ready, session); }, session);
    QObject::connect(runner, &RepeatRunner::progress, session, onProgress);
    return runner;
}

} // namespace SessionRepeatRunner
