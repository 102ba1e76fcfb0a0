// SPDX-License-Identifier: GPL-3.0-or-later
#include "stdinsource.h"

#include <QSocketNotifier>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

StdinSource::StdinSource(int fd, Split split, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_split(split)
{
}

StdinSource::~StdinSource() = default;

bool StdinSource::isStreamable(int fd)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (fd < 0 || ::fstat(fd, &status) != 0)
        return false;
    // A terminal is a person typing (ncat would read it, but a forgotten --send must not hang
    // the command); /dev/null is "no input" to every test and service that starts us.
    return S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode) || S_ISREG(status.st_mode);
#else
    Q_UNUSED(fd);
    return false;
#endif
}

void StdinSource::start()
{
    if (m_notifier || m_atEnd)
        return;
    // Readable means data or end of input for a pipe or socket, and always for a regular
    // file: one read() then never blocks, so the descriptor keeps its blocking mode (which it
    // shares with the shell and the other commands of a pipeline).
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinSource::readSome);
    m_notifier->setEnabled(!m_paused);
}

void StdinSource::pause()
{
    m_paused = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void StdinSource::resume()
{
    m_paused = false;
    if (m_notifier && !m_atEnd)
        m_notifier->setEnabled(true);
}

void StdinSource::readSome()
{
#ifdef Q_OS_UNIX
    if (m_atEnd || m_paused)
        return;
    // A read is one datagram for UDP: never more than one holds.
    const qint64 want = m_split == Split::Reads && m_maxPiece > 0 ? std::min(readSize, m_maxPiece)
                                                                   : readSize;
    QByteArray chunk(want, Qt::Uninitialized);
    ssize_t n = -1;
    do {
        n = ::read(m_fd, chunk.data(), size_t(want));
    } while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return; // someone else set O_NONBLOCK and took the data first
    if (n < 0) {
        end(tr("Reading standard input failed after %1 bytes: %2.")
                    .arg(m_bytesRead)
                    .arg(qt_error_string(errno)));
        return;
    }
    if (n == 0) {
        if (m_split == Split::Lines)
            emitLines(true);
        if (!m_atEnd)
            end({});
        return;
    }
    chunk.truncate(n);
    // A pipe often gives a few KiB per read(): without this, each one kept the 64 KiB block
    // it was read into, and what the log holds (its budget counts bytes, not blocks) grew to
    // many times its budget under a slow pipe.
    if (n < want)
        chunk.squeeze();
    m_bytesRead += n;
    if (m_split == Split::Reads) {
        emit dataRead(chunk);
        return;
    }
    m_partial += chunk;
    emitLines(false);
#else
    end(tr("Reading standard input is not supported on this system."));
#endif
}

void StdinSource::emitLines(bool atEnd)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype newline = m_partial.indexOf('\n', from);
        if (newline < 0)
            break;
        const QByteArray line = m_partial.mid(from, newline + 1 - from);
        from = newline + 1;
        if (m_maxPiece > 0 && line.size() > m_maxPiece) {
            end(tr("A line of standard input is %1 bytes long; a datagram holds at most %2.")
                        .arg(line.size())
                        .arg(m_maxPiece));
            return;
        }
        emit dataRead(line);
        if (m_atEnd)
            return; // the consumer failed and stopped us
    }
    m_partial.remove(0, from);
    if (m_maxPiece > 0 && m_partial.size() > m_maxPiece) {
        end(tr("A line of standard input is longer than %1 bytes, the most a datagram holds.")
                    .arg(m_maxPiece));
        return;
    }
    if (atEnd && !m_partial.isEmpty())
        emit dataRead(std::exchange(m_partial, {}));
}

void StdinSource::end(const QString &error)
{
    if (m_atEnd)
        return;
    m_atEnd = true;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    emit finished(error);
}
