#pragma once

#include "trafficlog.h"

#include <QFile>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

class QThread;

// "Log to file without drawing": writes every event appended to the TrafficLog while it runs
// to a file, one JSON object per line (the fields of `socklab-cli --json`). Exact: it is fed
// at append time, so the log's caps never cost it an event. The network threads only queue
// the event; a writer thread of its own formats and writes them in batches, so neither the
// network threads nor the GUI thread ever wait for the disk. The queue is bounded by memory
// only: a disk slower than the traffic makes it grow rather than lose events.
// A stream cannot be written atomically (QSaveFile): the file is valid JSON lines up to the
// last flushed batch at any time.
class TrafficLogFileWriter : public QObject, private TrafficLog::Sink
{
    Q_OBJECT

public:
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
    void writeLoop();
    bool writeBatch(const std::vector<TrafficEvent> &batch);

    TrafficLog *const m_log;
    QString m_path;
    QFile m_file; // used by the writer thread only while it runs
    QThread *m_thread = nullptr;
    mutable std::mutex m_mutex; // guards the fields below
    std::condition_variable m_wake;
    std::vector<TrafficEvent> m_queue;
    bool m_stopping = false;
    QString m_error;
    std::atomic<quint64> m_written = 0;
    std::atomic_bool m_failed = false;
};
