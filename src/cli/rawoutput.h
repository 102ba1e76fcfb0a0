// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficlog.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// --raw: the payload of every received message of the watched sessions, written to a
// descriptor (stdout) exactly as it arrived, nothing else. A TrafficLog sink, so it sees every
// event with its whole payload whatever the log's caps keep, in order. A writer thread of its
// own does the writing; its queue is bounded, and the network thread that appends waits
// (waitForRoom) when the reader of stdout is slower than the peer, so TCP data stays in the
// kernel instead of in our memory.
class RawOutput : private TrafficLog::Sink
{
    Q_DECLARE_TR_FUNCTIONS(RawOutput)

public:
    static constexpr qint64 queueLimit = 8LL * 1024 * 1024;

    static QCommandLineOption option();

    RawOutput(TrafficLog *log, int fd);
    ~RawOutput() override;

    // Sessions whose received payloads are written (before they receive anything).
    void watch(int sessionId);
    // Writes what is queued, stops the writer and detaches from the log. Idempotent.
    void stop();
    bool hasFailed() const;
    // One sentence naming the failed write; empty while all is well.
    QString errorString() const;

private:
    void consume(const TrafficEvent &event) override;
    void waitForRoom() override;
    void writeLoop();

    TrafficLog *const m_log;
    const int m_fd;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qint64 m_queuedBytes = 0;
    QSet<int> m_sessions;
    bool m_detaching = false; // stop(): appenders no longer wait
    bool m_stopping = false;
    bool m_failed = false;
    int m_errno = 0;
    std::thread m_writer;
    bool m_attached = false;
};
