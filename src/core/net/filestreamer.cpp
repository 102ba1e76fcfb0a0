// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/filestreamer.h"

#include "net/repeatrunner.h"
#include "net/tcpsocketcontrol.h"

#include <QFile>
#include <QSocketNotifier>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

FileStreamer::FileStreamer(WriteFunction write, PendingFunction pending, QObject *parent)
    : QObject(parent)
    , m_write(std::move(write))
    , m_pending(std::move(pending))
{
}

FileStreamer::~FileStreamer()
{
    closeFile();
}

bool FileStreamer::start(const QString &path)
{
    if (isRunning())
        stop(tr("replaced by \"%1\"").arg(path));
    m_path = path;
    m_queued = 0;
    m_total = -1;
    m_regular = true;
    m_device = false;
    const auto refuse = [this](const QString &error) {
        fail(error);
        return false;
    };
    if (path.isEmpty())
        return refuse(tr("No file name given."));
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO must not wait for a writer that may never come, and reading
    // one must not stall the session's thread.
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return refuse(tr("Cannot read \"%1\": %2.").arg(path, qt_error_string(errno)));
    struct stat status = {};
    if (::fstat(m_fd, &status) != 0)
        return refuse(tr("Cannot read \"%1\": %2.").arg(path, qt_error_string(errno)));
    if (S_ISDIR(status.st_mode))
        return refuse(tr("Cannot read \"%1\": it is a directory.").arg(path));
    m_regular = S_ISREG(status.st_mode);
    m_device = S_ISCHR(status.st_mode);
    if (m_regular)
        m_total = status.st_size;
    if (S_ISFIFO(status.st_mode)) {
        // A FIFO nobody has open for writing reads as end of file at once (as InputFile).
        char probe = 0;
        const ssize_t n = ::read(m_fd, &probe, 1);
        if (n == 0)
            return refuse(tr("Nothing to read from the FIFO \"%1\": no process has it open "
                             "for writing.")
                                  .arg(path));
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return refuse(tr("Cannot read \"%1\": %2.").arg(path, qt_error_string(errno)));
        if (n == 1) {
            QString error;
            if (!m_write(QByteArray(1, probe), &error))
                return refuse(error);
            m_queued = 1;
        }
    }
    if (!m_regular) {
        m_readable = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        m_readable->setEnabled(false);
        connect(m_readable, &QSocketNotifier::activated, this, [this] {
            m_readable->setEnabled(false);
            pump();
        });
    }
#else
    return refuse(tr("Streaming files is not supported on this system."));
#endif
    m_lastProgressNs = RepeatRunner::nowNs();
    emitProgress(false, {});
    pump();
    return true;
}

void FileStreamer::pump()
{
#ifdef Q_OS_UNIX
    // Reads only while the queue has room: memory is the queue bound plus one chunk.
    while (m_fd >= 0 && m_pending() < TcpSocketControl::writeQueueLimit) {
        if (m_device && m_queued >= deviceLimit) {
            fail(tr("\"%1\" delivered more than %2 bytes, the limit for a device that may never "
                    "end; sending stopped there and the stream is incomplete.")
                         .arg(m_path)
                         .arg(deviceLimit));
            return;
        }
        QByteArray chunk(chunkSize, Qt::Uninitialized);
        const ssize_t n = ::read(m_fd, chunk.data(), size_t(chunkSize));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (m_readable)
                m_readable->setEnabled(true); // a FIFO with no data yet
            break;
        }
        if (n < 0) {
            fail(tr("Reading \"%1\" failed after %2 bytes: %3.")
                         .arg(m_path)
                         .arg(m_queued)
                         .arg(qt_error_string(errno)));
            return;
        }
        if (n == 0) {
            // End of file: done once the kernel took the rest.
            if (m_pending() == 0) {
                m_total = m_queued;
                closeFile();
                emitProgress(true, {});
                return;
            }
            break;
        }
        chunk.truncate(n);
        QString error;
        if (!m_write(chunk, &error)) {
            fail(error);
            return;
        }
        m_queued += n;
    }
#endif
    if (m_fd >= 0) {
        const qint64 now = RepeatRunner::nowNs();
        if (now - m_lastProgressNs >= 100'000'000) {
            m_lastProgressNs = now;
            emitProgress(false, {});
        }
    }
}

void FileStreamer::stop(const QString &reason)
{
    if (!isRunning())
        return;
    closeFile();
    emitProgress(true, reason.isEmpty() ? tr("stopped") : reason);
}

void FileStreamer::fail(const QString &message)
{
    closeFile();
    emitProgress(true, message);
    emit failed(message);
}

void FileStreamer::closeFile()
{
    if (m_readable) {
        m_readable->setEnabled(false);
        m_readable->deleteLater();
        m_readable = nullptr;
    }
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}

void FileStreamer::emitProgress(bool finished, const QString &error)
{
    const qint64 sent = std::max<qint64>(0, m_queued - (finished && error.isEmpty()
                                                                ? 0
                                                                : m_pending()));
    emit fileProgress(sent, m_total, finished, error);
}
