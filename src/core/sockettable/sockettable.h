// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// One look at every TCP and UDP socket of the machine.
struct SocketSnapshot
{
    bool isSupported = true;
    QString error; // a sentence when the table could not be read (or unsupported)
    QList<SocketRecord> records;
    qsizetype malformedLines = 0; // lines of /proc/net that were not understood
    qint64 elapsedUs = 0; // time the snapshot took
    QString source; // where the tables came from: "netlink", "/proc/net" or both
};

Q_DECLARE_METATYPE(SocketSnapshot)

// Reads the machine's socket table. On Linux through netlink sock_diag (what ss uses), table by
// table falling back to /proc/net/{tcp,tcp6,udp,udp6}, with inode -> process from
// /proc/<pid>/fd; other platforms are reported as unsupported, never faked.
// Blocking file I/O: call it off the GUI thread (SocketTableReader does).
class SocketTable
{
    Q_DECLARE_TR_FUNCTIONS(SocketTable)

public:
    enum class Backend { Automatic, Netlink, ProcNet };

    struct Options
    {
        // Automatic: netlink, and /proc/net for any table netlink cannot dump.
        Backend backend = Backend::Automatic;
        bool tcp = true;
        bool udp = true;
        // Walk every process's descriptors to name the holders (the costly part). Our own
        // sockets are always marked.
        bool processes = true;
    };

    static bool isSupported();
    static QString unsupportedMessage();
    static SocketSnapshot read(const Options &options);
    static SocketSnapshot read() { return read(Options {}); }
};
Q_DECLARE_METATYPE(SocketTable::Backend)
