// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficlog.h"

#include <QFile>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

class QThread;

// "Log to file without drawing": writes every event appended to the TrafficLog while it runs
// to a file, one JSON object per line (the fields of `socklab-cli --json`). Exact: it is fed
// at append time with whole payloads, so the log's caps never cost it an event or a byte. The
// network threads only queue the event; a writer thread of its own formats and writes them a
// slice at a time. The queue is bounded (queueLimit() bytes): when the disk cannot keep up,
// the appending network thread waits in waitForRoom(), outside the log's lock, until the
// writer has room or stops, so sockets are read more slowly (TCP stays in the kernel) rather
// than memory growing, and stopping never has a giant backlog to format. The GUI thread
// never waits: it appends nothing, and TrafficLog never throttles the main thread.
// A stream cannot be written atomically (QSaveFile): the file is valid JSON lines up to the
// last flushed slice at any time.
class TrafficLogFileWriter : public QObject, private TrafficLog::Sink
{
    Q_OBJECT

public:
    // Queued bytes (payloads plus a line's worth each) beyond which appenders wait.
    static constexpr qint64 DefaultQueueLimit = 32LL * 1024 * 1024;
    // Payload bytes formatted and written at a time: bounds the formatted text in memory.
    static constexpr qsizetype SliceBytes = 1024 * 1024;

    explicit TrafficLogFileWriter(TrafficLog *log, QObject *parent = nullptr);
    ~TrafficLogFileWriter() override;

    // Creates (truncates) path and starts writing every event appended from now on. False,
    // with one sentence in error, when the file cannot be opened or a file is already open.
    bool start(const QString &path, QString *error = nullptr);
    // Stops taking events, writes every event queued so far, closes the file. Idempotent.
    // Blocks until the queue is on disk: the CLI's way to end.
    void stop();
    // Stops taking events at once and lets the writer thread finish the queue on its own;
    // stopped() follows when the file is complete and closed, and stop() then returns at once.
    // The window's way to end: its thread never waits for the disk.
    void stopInBackground();

    void setQueueLimit(qint64 bytes);
    qint64 queueLimit() const;
    // Bytes queued and not yet written, and the most there ever were since start().
    qint64 queuedBytes() const;
    qint64 peakQueuedBytes() const;

    bool isActive() const { return m_thread != nullptr; }
    QString path() const { return m_path; }
    quint64 eventsWritten() const { return m_written.load(); }
    bool hasFailed() const { return m_failed.load(); }
    // The sentence of the first write failure; empty while all is well.
    QString errorString() const;

signals:
    // Emitted once, from the writer thread, when a write fails (a full disk, a removed
    // device); the file stays as it was and no further events are written.
    void failed(const QString &message);
    // Emitted from the writer thread once everything queued is written and the file closed.
    void stopped();

private:
    void consume(const TrafficEvent &event) override;
    void waitForRoom() override;
    void writeLoop();
    bool writeBatch(const std::vector<TrafficEvent> &batch);
    void reportFailure();
    static qint64 cost(const TrafficEvent &event);

    TrafficLog *const m_log;
    QString m_path;
    QFile m_file; // used by the writer thread only while it runs
    QThread *m_thread = nullptr;
    mutable std::mutex m_mutex; // guards the fields below
    std::condition_variable m_wake; // the writer: something queued, or stop
    std::condition_variable m_room; // appenders: the queue shrank, or stop, or failure
    std::deque<TrafficEvent> m_queue;
    qint64 m_queuedBytes = 0;
    qint64 m_peakQueuedBytes = 0;
    qint64 m_queueLimit = DefaultQueueLimit;
    bool m_stopping = false;
    QString m_error;
    std::atomic<quint64> m_written = 0;
    std::atomic_bool m_failed = false;
    std::atomic_bool m_full = false; // queue past its limit: the appenders' lock-free check
};
