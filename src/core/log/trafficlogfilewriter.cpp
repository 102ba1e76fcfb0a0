// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/trafficlogfilewriter.h"

#include "net/sessionname.h"
#include "log/trafficeventjson.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>

TrafficLogFileWriter::TrafficLogFileWriter(TrafficLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
}

TrafficLogFileWriter::~TrafficLogFileWriter()
{
    stop();
}

QString TrafficLogFileWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool TrafficLogFileWriter::start(const QString &path, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_thread)
        return refuse(tr("Already logging to \"%1\"; stop that first.").arg(m_path));
    if (path.isEmpty())
        return refuse(tr("No log file given."));
    if (QFileInfo(path).isDir())
        return refuse(tr("Cannot log to \"%1\": it is a directory.").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return refuse(tr("Cannot log to \"%1\": %2.").arg(path, m_file.errorString()));
    m_path = path;
    m_written = 0;
    m_failed = false;
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_queuedBytes = 0;
        m_peakQueuedBytes = 0;
        m_stopping = false;
        m_error.clear();
    }
    m_full = false;
    m_thread = QThread::create([this] { writeLoop(); });
    m_thread->setObjectName(QStringLiteral("socklab-log-writer"));
    m_thread->start();
    m_log->addSink(this);
    return true;
}

void TrafficLogFileWriter::stopInBackground()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    // Releases every appender waiting for room before removeSink() waits for them.
    m_room.notify_all();
    // From here on no network thread calls consume(); what is queued still gets written.
    m_log->removeSink(this);
}

void TrafficLogFileWriter::stop()
{
    if (!m_thread)
        return;
    stopInBackground();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void TrafficLogFileWriter::setQueueLimit(qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    m_queueLimit = std::max<qint64>(1, bytes);
}

qint64 TrafficLogFileWriter::queueLimit() const
{
    std::lock_guard lock(m_mutex);
    return m_queueLimit;
}

qint64 TrafficLogFileWriter::queuedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_queuedBytes;
}

qint64 TrafficLogFileWriter::peakQueuedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_peakQueuedBytes;
}

qint64 TrafficLogFileWriter::cost(const TrafficEvent &event)
{
    // The payload and a line's worth of fields: what the queued event holds in memory.
    return event.payload.size() + 2 * event.message.size() + 256;
}

void TrafficLogFileWriter::consume(const TrafficEvent &event)
{
    // Called under the log's lock: never waits here (waitForRoom() does, outside it).
    if (m_failed.load(std::memory_order_relaxed))
        return;
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        wasEmpty = m_queue.empty();
        m_queue.push_back(event);
        m_queuedBytes += cost(event);
        m_peakQueuedBytes = std::max(m_peakQueuedBytes, m_queuedBytes);
        if (m_queuedBytes > m_queueLimit)
            m_full.store(true, std::memory_order_relaxed);
    }
    // One wake-up per slice, not per event: the writer takes what is queued in slices.
    if (wasEmpty)
        m_wake.notify_one();
}

void TrafficLogFileWriter::waitForRoom()
{
    if (!m_full.load(std::memory_order_relaxed))
        return;
    // No deadline: the writer frees room as it writes, and stop or a failure ends the wait.
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [this] {
        return m_queuedBytes <= m_queueLimit || m_stopping || m_failed.load();
    });
}

void TrafficLogFileWriter::writeLoop()
{
    std::vector<TrafficEvent> slice;
    for (;;) {
        qint64 sliceCost = 0;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            // A slice of about SliceBytes of payload: formatted text in memory stays a few
            // MiB, and appenders get room back as each slice is written.
            qint64 payloadBytes = 0;
            while (!m_queue.empty() && (slice.empty() || payloadBytes < SliceBytes)) {
                payloadBytes += m_queue.front().payload.size();
                sliceCost += cost(m_queue.front());
                slice.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            stopping = m_stopping && m_queue.empty();
        }
        if (!slice.empty() && !m_failed.load() && !writeBatch(slice))
            reportFailure();
        slice.clear();
        {
            std::lock_guard lock(m_mutex);
            m_queuedBytes -= sliceCost;
            if (m_failed.load()) {
                // Nothing more will be written: free what waits instead of holding it.
                m_queue.clear();
                m_queuedBytes = 0;
            }
            if (m_queuedBytes <= m_queueLimit)
                m_full.store(false, std::memory_order_relaxed);
        }
        m_room.notify_all();
        if (stopping) {
            m_file.close();
            emit stopped();
            return;
        }
    }
}

void TrafficLogFileWriter::reportFailure()
{
    m_failed = true;
    const QString message = tr("Writing the log file \"%1\" failed (%2): %3 events were written, "
                               "and logging to the file stopped.")
                                    .arg(m_path, m_file.errorString())
                                    .arg(m_written.load());
    {
        std::lock_guard lock(m_mutex);
        m_error = message;
    }
    m_room.notify_all();
    emit failed(message);
}

bool TrafficLogFileWriter::writeBatch(const std::vector<TrafficEvent> &batch)
{
    QByteArray chunk;
    chunk.reserve(3 * SliceBytes + 4096);
    // Written whenever the text passes a slice, and flushed so that a full disk is noticed
    // now, not when the file is closed.
    const auto flush = [this](QByteArray &out) {
        const bool ok = m_file.write(out) == out.size() && m_file.flush();
        out.clear();
        return ok;
    };
    for (const TrafficEvent &event : batch) {
        if (!TrafficEventJson::appendLine(chunk, event, SessionName::of(event), SliceBytes,
                                          flush))
            return false;
        chunk += '\n';
        if (chunk.size() >= SliceBytes && !flush(chunk))
            return false;
    }
    if (!chunk.isEmpty() && !flush(chunk))
        return false;
    m_written += batch.size();
    return true;
}
