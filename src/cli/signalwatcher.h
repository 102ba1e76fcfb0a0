// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal on the thread that created the
// watcher: the handler only writes to a self-pipe, a QSocketNotifier reads it in the loop.
// Ctrl+C must work even when the loop is not running (blocked in open, read or write of a
// pipe, a FIFO or a stuck terminal): a second signal, or a first one that the loop has not
// taken within a second while blocked (not busy: its thread used next to no CPU meanwhile),
// ends the process at once with 128 + the signal number.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    // How long a signal may wait for the event loop before the process ends at once.
    static constexpr unsigned watchdogSeconds = 1;

signals:
    void signalled(int signalNumber);

private:
    static void handle(int signalNumber);
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};
