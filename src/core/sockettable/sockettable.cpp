// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockettable.h"

#include "sockettable/processsocketmap.h"
#include "sockettable/sockdiagreader.h"
#include "sockettable/sockettableparser.h"

#include <QElapsedTimer>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace {

#if defined(Q_OS_LINUX)
// Whole /proc file into memory. /proc reports size 0, so read until the end.
bool readProcFile(const char *path, QByteArray *contents, int *error)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    contents->resize(1 << 16);
    qsizetype used = 0;
    for (;;) {
        if (used == contents->size())
            contents->resize(contents->size() * 2);
        const ssize_t n
            = ::read(fd, contents->data() + used, static_cast<size_t>(contents->size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = errno;
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        used += n;
    }
    ::close(fd);
    contents->truncate(used);
    return true;
}
#endif

} // namespace

bool SocketTable::isSupported()
{
#if defined(Q_OS_LINUX)
    return true;
#else
    return false;
#endif
}

QString SocketTable::unsupportedMessage()
{
    return tr("Listing the machine's sockets is not supported on this platform yet; SockLab "
              "reads them from Linux's netlink sock_diag or /proc/net.");
}

SocketSnapshot SocketTable::read(const Options &options)
{
    SocketSnapshot snapshot;
    if (!isSupported()) {
        snapshot.isSupported = false;
        snapshot.error = unsupportedMessage();
        return snapshot;
    }
#if defined(Q_OS_LINUX)
    QElapsedTimer timer;
    timer.start();
    struct Table
    {
        const char *path;
        SocketRecord::Protocol protocol;
        SocketRecord::Family family;
        bool wanted;
    };
    using P = SocketRecord::Protocol;
    using F = SocketRecord::Family;
    const Table tables[] = {
        {"/proc/net/tcp", P::Tcp, F::IPv4, options.tcp},
        {"/proc/net/tcp6", P::Tcp, F::IPv6, options.tcp},
        {"/proc/net/udp", P::Udp, F::IPv4, options.udp},
        {"/proc/net/udp6", P::Udp, F::IPv6, options.udp},
    };
    QByteArray contents;
    bool usedNetlink = false;
    bool usedProcNet = false;
    for (const Table &table : tables) {
        if (!table.wanted)
            continue;
        if (options.backend != Backend::ProcNet) {
            SockDiagParser::Result dumped;
            if (SockDiagReader::dump(table.protocol, table.family, &dumped)) {
                usedNetlink = true;
                snapshot.records.append(std::move(dumped.parsed.records));
                continue;
            }
            if (options.backend == Backend::Netlink) {
                // A kernel without IPv6 has nothing to dump: not a failure.
                if (table.family == F::IPv6 && dumped.error == EAFNOSUPPORT)
                    continue;
                snapshot.error = tr("Cannot dump %1 sockets through netlink sock_diag.")
                                     .arg(QString::fromLatin1(table.path).section(u'/', -1));
                continue;
            }
        }
        usedProcNet = true;
        int error = 0;
        if (!readProcFile(table.path, &contents, &error)) {
            // A kernel without IPv6 has no tcp6/udp6: that is an empty table, not a failure.
            if (error == ENOENT && table.family == F::IPv6)
                continue;
            snapshot.error = tr("Cannot read %1: %2.")
                                 .arg(QString::fromLatin1(table.path),
                                      QString::fromLocal8Bit(std::strerror(error)));
            continue;
        }
        SocketTableParser::ParseResult parsed
            = SocketTableParser::parseProcNet(contents, table.protocol, table.family);
        snapshot.malformedLines += parsed.malformedLines;
        snapshot.records.append(std::move(parsed.records));
    }
    if (usedNetlink && usedProcNet)
        snapshot.source = QStringLiteral("netlink, /proc/net");
    else if (usedNetlink)
        snapshot.source = QStringLiteral("netlink");
    else
        snapshot.source = QStringLiteral("/proc/net");

    const qint64 ownPid = QCoreApplication::applicationPid();
    const ProcessSocketMap holders
        = options.processes ? ProcessSocketMap::scanAll() : ProcessSocketMap::scanProcess(ownPid);
    for (SocketRecord &record : snapshot.records) {
        if (record.inode == 0)
            continue;
        if (const ProcessSocketMap::Holder *holder = holders.holder(record.inode)) {
            record.pid = holder->pid;
            record.process = holder->process;
            record.isOwn = holder->pid == ownPid;
        }
    }
    snapshot.elapsedUs = timer.nsecsElapsed() / 1000;
#else
    Q_UNUSED(options);
#endif
    return snapshot;
}
