// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

class QSocketNotifier;

// The command's standard input read as it arrives, as ncat does: never blocking the event
// loop (read only when the descriptor says it is readable), and paused by the consumer while
// its send queue is full, so memory stays bounded whatever is piped in. Hands the data on as
// it was read (chunks of at most maxRead bytes) or cut into lines (each with its line end).
class StdinSource : public QObject
{
    Q_OBJECT

public:
    enum class Split { Reads, Lines };

    // Bytes asked of one read().
    static constexpr qint64 readSize = 64 * 1024;

    // fd is not closed: it belongs to the process (or the test that made it).
    StdinSource(int fd, Split split, QObject *parent = nullptr);
    ~StdinSource() override;

    // True when fd is something to stream without being asked to (a pipe, a FIFO, a socket, a
    // regular file); false for a terminal, /dev/null and other devices, or a closed fd.
    static bool isStreamable(int fd);

    // Lines longer than this are an error (a datagram holds no more); 0: no limit.
    void setMaxPiece(qint64 bytes) { m_maxPiece = bytes; }
    qint64 maxPiece() const { return m_maxPiece; }

    void start();
    void pause();
    void resume();
    bool isAtEnd() const { return m_atEnd; }
    qint64 bytesRead() const { return m_bytesRead; }

signals:
    // One read (Reads) or one line (Lines; the last may lack its line end).
    void dataRead(const QByteArray &data);
    // End of input; error is one sentence when reading failed, empty at a normal end.
    void finished(const QString &error);

private:
    void readSome();
    void emitLines(bool atEnd);
    void end(const QString &error);

    const int m_fd;
    const Split m_split;
    qint64 m_maxPiece = 0;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_partial; // Lines: the start of a line not ended yet
    qint64 m_bytesRead = 0;
    bool m_paused = false;
    bool m_atEnd = false;
};
