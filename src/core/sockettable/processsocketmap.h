// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Which process holds which socket inode, read from the /proc/<pid>/fd links the way ss -p
// and netstat -p do. Processes we may not inspect (other users' without privilege) are simply
// absent: their sockets show no pid, which is not an error.
class ProcessSocketMap
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString process;
    };

    // Walks every process under procRoot ("/proc"). Empty on systems without /proc.
    static ProcessSocketMap scanAll(const QByteArray &procRoot = QByteArrayLiteral("/proc"));
    // Only the given process: cheap, enough to mark our own sockets.
    static ProcessSocketMap scanProcess(qint64 pid,
                                        const QByteArray &procRoot = QByteArrayLiteral("/proc"));

    // nullptr when no visible process holds the inode.
    const Holder *holder(quint64 inode) const;
    qsizetype size() const { return m_holders.size(); }

private:
    void scanPid(int procFd, const char *pidName, qint64 pid);

    QHash<quint64, Holder> m_holders;
};
