// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawoutput.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

QCommandLineOption RawOutput::option()
{
    return QCommandLineOption(QStringLiteral("raw"),
                              tr("Write only the bytes received to standard output, exactly as "
                                 "they arrived; events and summaries go to standard error."));
}

RawOutput::RawOutput(TrafficLog *log, int fd)
    : m_log(log)
    , m_fd(fd)
{
    m_writer = std::thread([this] { writeLoop(); });
    m_log->addSink(this);
    m_attached = true;
}

RawOutput::~RawOutput()
{
    stop();
}

void RawOutput::watch(int sessionId)
{
    std::lock_guard lock(m_mutex);
    m_sessions.insert(sessionId);
}

void RawOutput::consume(const TrafficEvent &event)
{
    if (event.kind != TrafficEvent::Kind::Received || event.payload.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    if (m_stopping || m_failed || !m_sessions.contains(event.sessionId))
        return;
    m_queue.push_back(event.payload);
    m_queuedBytes += event.payload.size();
    m_changed.notify_all();
}

void RawOutput::waitForRoom()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queuedBytes < queueLimit || m_detaching || m_failed; });
}

void RawOutput::writeLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_queue.empty())
            return; // stopping, everything written
        const QByteArray data = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        int error = 0;
#ifdef Q_OS_UNIX
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                error = errno;
                break;
            }
            done += n;
        }
#endif
        lock.lock();
        m_queuedBytes -= data.size();
        if (error != 0 && !m_failed) {
            // A reader that went away: the rest is dropped, and the command exits 1.
            m_failed = true;
            m_errno = error;
            m_queue.clear();
            m_queuedBytes = 0;
        }
        m_changed.notify_all();
    }
}

void RawOutput::stop()
{
    {
        // removeSink() waits for an appender waiting for room, which a stalled reader of
        // stdout would never give.
        std::lock_guard lock(m_mutex);
        m_detaching = true;
        m_changed.notify_all();
    }
    if (m_attached) {
        // After this no consume() runs: what was received is all queued.
        m_log->removeSink(this);
        m_attached = false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_changed.notify_all();
    }
    if (m_writer.joinable())
        m_writer.join();
}

bool RawOutput::hasFailed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

QString RawOutput::errorString() const
{
    std::lock_guard lock(m_mutex);
    if (!m_failed)
        return {};
    return tr("writing the received bytes to standard output failed (%1); the rest was "
              "dropped.")
            .arg(qt_error_string(m_errno));
}
