// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/inputfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Bytes read per call: a whole UDP datagram, and few calls for a large TCP payload.
constexpr qint64 chunkSize = 64 * 1024;

std::optional<QByteArray> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

#ifdef Q_OS_UNIX
// Closes the descriptor on every way out of read().
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
#endif

} // namespace

InputFile::Limit InputFile::udpLimit(QAbstractSocket::NetworkLayerProtocol family)
{
    if (family == QAbstractSocket::IPv4Protocol)
        return {maxUdpPayloadIpv4, tr("a UDP datagram to an IPv4 address")};
    return {maxUdpPayloadIpv6, tr("a UDP datagram")};
}

InputFile::Limit InputFile::tcpLimit()
{
    return {maxTcpPayload, tr("one TCP payload (it is held in memory whole)")};
}

std::optional<QByteArray> InputFile::read(const QString &path, const Limit &limit, QString *error)
{
    // Checked here rather than left to open(): QFile warns on stderr about an empty name.
    if (path.isEmpty())
        return failWith(error, tr("No file name given."));
    const auto tooLarge = [&](qint64 size) {
        return failWith(
            error,
            tr("\"%1\" holds %2 bytes, over the limit of %4 bytes for %3; "
               "nothing was sent.")
                .arg(path, QString::number(size), limit.what, QString::number(limit.bytes)));
    };
    const auto endless = [&] {
        return failWith(error,
                        tr("\"%1\" delivers more than %2 bytes, the limit for %3; "
                           "reading stopped there and nothing was sent.")
                            .arg(path, QString::number(limit.bytes), limit.what));
    };
#ifdef Q_OS_UNIX
    const auto cannotRead = [&](int errorNumber) {
        return failWith(error,
                        tr("Cannot read \"%1\": %2.").arg(path, qt_error_string(errorNumber)));
    };
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer that may never come.
    Descriptor file;
    file.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (file.fd < 0)
        return cannotRead(errno);
    struct stat status = {};
    if (::fstat(file.fd, &status) != 0)
        return cannotRead(errno);
    if (S_ISDIR(status.st_mode))
        return failWith(error, tr("Cannot read \"%1\": it is a directory.").arg(path));
    if (S_ISREG(status.st_mode) && status.st_size > limit.bytes)
        return tooLarge(status.st_size);

    QByteArray bytes;
    if (S_ISREG(status.st_mode) && status.st_size > 0)
        bytes.reserve(qsizetype(status.st_size) + 1); // + 1: the read that sees the end
    if (S_ISFIFO(status.st_mode)) {
        // A FIFO nobody has open for writing reads as end of file at once; one with a writer
        // that has not written yet says "try again". Only the first is refused.
        char first = 0;
        const ssize_t n = ::read(file.fd, &first, 1);
        if (n == 0)
            return failWith(error,
                            tr("Nothing to read from the FIFO \"%1\": no process has it "
                               "open for writing.")
                                .arg(path));
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return cannotRead(errno);
        if (n == 1)
            bytes.append(first);
    }
    // From here on, wait for data like any reader; Ctrl+C still ends the wait (SignalWatcher).
    ::fcntl(file.fd, F_SETFL, ::fcntl(file.fd, F_GETFL) & ~O_NONBLOCK);
    while (bytes.size() <= limit.bytes) {
        const qint64 want = qMin(chunkSize, limit.bytes + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const ssize_t n = ::read(file.fd, bytes.data() + before, size_t(want));
        if (n < 0 && errno == EINTR) {
            bytes.resize(before);
            continue;
        }
        if (n < 0)
            return cannotRead(errno);
        bytes.resize(before + n);
        if (n == 0)
            return bytes;
    }
    return S_ISREG(status.st_mode) ? tooLarge(bytes.size()) : endless();
#else
    if (QFileInfo(path).isDir())
        return failWith(error, tr("Cannot read \"%1\": it is a directory.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(error, tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    if (!file.isSequential() && file.size() > limit.bytes)
        return tooLarge(file.size());
    QByteArray bytes = file.read(limit.bytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failWith(error, tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    if (bytes.size() > limit.bytes)
        return file.isSequential() ? endless() : tooLarge(bytes.size());
    return bytes;
#endif
}
