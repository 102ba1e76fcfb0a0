// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/processsocketmap.h"

#include "sockettable/sockettableparser.h"

#if defined(Q_OS_LINUX)
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cstdio>
#include <cstdlib>

#if defined(Q_OS_LINUX)
namespace {

// The process name from /proc/<pid>/comm; empty when it vanished meanwhile.
QString readComm(int procFd, const char *pidName)
{
    char path[64];
    std::snprintf(path, sizeof path, "%s/comm", pidName);
    const int fd = ::openat(procFd, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buffer[64];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    if (n <= 0)
        return {};
    return SocketTableParser::parseComm(QByteArrayView(buffer, n));
}

} // namespace
#endif

void ProcessSocketMap::scanPid(int procFd, const char *pidName, qint64 pid)
{
#if defined(Q_OS_LINUX)
    char fdPath[64];
    std::snprintf(fdPath, sizeof fdPath, "%s/fd", pidName);
    // Plain POSIX calls: at 10,000 sockets this walk is most of a snapshot's cost, and
    // readlinkat() on an open directory avoids building a path string per descriptor.
    const int fdDirFd = ::openat(procFd, fdPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fdDirFd < 0)
        return; // not ours to inspect, or already gone
    DIR *fdDir = ::fdopendir(fdDirFd);
    if (!fdDir) {
        ::close(fdDirFd);
        return;
    }
    QString process;
    bool haveProcess = false;
    char target[64];
    while (const dirent *entry = ::readdir(fdDir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const ssize_t n = ::readlinkat(fdDirFd, entry->d_name, target, sizeof target);
        if (n <= 0 || n >= static_cast<ssize_t>(sizeof target))
            continue;
        const std::optional<quint64> inode
            = SocketTableParser::parseSocketLink(QByteArrayView(target, n));
        if (!inode)
            continue;
        if (!haveProcess) {
            process = readComm(procFd, pidName);
            haveProcess = true;
        }
        // A socket shared after fork() keeps the first holder found, like ss shows one.
        if (!m_holders.contains(*inode))
            m_holders.insert(*inode, Holder {pid, process});
    }
    ::closedir(fdDir);
#else
    Q_UNUSED(procFd);
    Q_UNUSED(pidName);
    Q_UNUSED(pid);
#endif
}

ProcessSocketMap ProcessSocketMap::scanAll(const QByteArray &procRoot)
{
    ProcessSocketMap map;
#if defined(Q_OS_LINUX)
    const int procFd = ::open(procRoot.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procFd < 0)
        return map;
    DIR *proc = ::fdopendir(procFd);
    if (!proc) {
        ::close(procFd);
        return map;
    }
    while (const dirent *entry = ::readdir(proc)) {
        const char *name = entry->d_name;
        if (name[0] < '1' || name[0] > '9')
            continue;
        char *end = nullptr;
        const long long pid = std::strtoll(name, &end, 10);
        if (!end || *end != '\0' || pid <= 0)
            continue;
        map.scanPid(procFd, name, pid);
    }
    ::closedir(proc);
#else
    Q_UNUSED(procRoot);
#endif
    return map;
}

ProcessSocketMap ProcessSocketMap::scanProcess(qint64 pid, const QByteArray &procRoot)
{
    ProcessSocketMap map;
#if defined(Q_OS_LINUX)
    const int procFd = ::open(procRoot.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procFd < 0)
        return map;
    const QByteArray pidName = QByteArray::number(pid);
    map.scanPid(procFd, pidName.constData(), pid);
    ::close(procFd);
#else
    Q_UNUSED(pid);
    Q_UNUSED(procRoot);
#endif
    return map;
}

const ProcessSocketMap::Holder *ProcessSocketMap::holder(quint64 inode) const
{
    const auto it = m_holders.constFind(inode);
    return it == m_holders.cend() ? nullptr : &it.value();
}
