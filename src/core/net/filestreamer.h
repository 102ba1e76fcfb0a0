// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload/inputfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

class QSocketNotifier;

// Streams a file to a TCP connection in chunks as its write queue drains: any size, never
// the whole file in memory (at most the write queue bound plus one chunk). Opened like
// InputFile: without blocking, a directory or a FIFO nobody writes to is refused in one
// sentence; a FIFO is read when it has data and ends when its writer closes it (or on stop).
// A character device (/dev/zero, /dev/urandom) may never end: it is stopped at deviceLimit
// bytes (InputFile's TCP cap, 256 MiB), reported as an error.
// Lives on the session's thread.
class FileStreamer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 chunkSize = 256 * 1024;
    static constexpr qint64 deviceLimit = InputFile::maxTcpPayload;

    // Queues one chunk on the connection; false with one sentence ends the stream.
    using WriteFunction = std::function<bool(const QByteArray &chunk, QString *error)>;
    // Bytes the connection has queued and not yet handed to the kernel.
    using PendingFunction = std::function<qint64()>;

    FileStreamer(WriteFunction write, PendingFunction pending, QObject *parent = nullptr);
    ~FileStreamer() override;

    bool isRunning() const { return m_fd >= 0; }
    // false (with failed() and a final fileProgress()) when the file cannot be opened.
    bool start(const QString &path);
    // The connection wrote more: read on when there is room.
    void pump();
    // Ends the stream early (asked to, or the connection closed): reason in fileProgress().
    void stop(const QString &reason);
    // Bytes handed to the connection and the file's size (-1 when unknown).
    qint64 queuedBytes() const { return m_queued; }
    qint64 totalBytes() const { return m_total; }

signals:
    void fileProgress(qint64 sentBytes, qint64 totalBytes, bool finished, const QString &error);
    // The file could not be opened or read, or a stream hit streamLimit: one sentence.
    void failed(const QString &message);

private:
    void closeFile();
    void fail(const QString &message);
    void emitProgress(bool finished, const QString &error);

    WriteFunction m_write;
    PendingFunction m_pending;
    QString m_path;
    int m_fd = -1;
    bool m_regular = true;
    bool m_device = false; // a character device: capped at deviceLimit
    qint64 m_total = -1;
    qint64 m_queued = 0;
    qint64 m_lastProgressNs = 0;
    QSocketNotifier *m_readable = nullptr; // a FIFO without data yet
};
