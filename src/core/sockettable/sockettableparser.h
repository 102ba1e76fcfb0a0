// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Pure parsers for what Linux publishes about sockets: the /proc/net/{tcp,tcp6,udp,udp6}
// tables and the "socket:[inode]" targets of /proc/<pid>/fd links. No file access and no
// assumptions about the input: any bytes give records plus a count of lines that were not
// understood (the parsers are fuzzed).
class SocketTableParser
{
    Q_DECLARE_TR_FUNCTIONS(SocketTableParser)

public:
    struct ParseResult
    {
        QList<SocketRecord> records;
        qsizetype malformedLines = 0;
        QString firstError; // "Line 3: ..." for the first malformed line, empty when none
    };

    // One /proc/net table as text. The header line ("sl local_address ...") and empty lines
    // are skipped; every other line becomes a record or counts as malformed. pid, process and
    // isOwn are left for the process map to fill in.
    static ParseResult parseProcNet(QByteArrayView text, SocketRecord::Protocol protocol,
                                    SocketRecord::Family family);

    // "socket:[12345]" -> 12345; anything else (pipes, files, garbage) -> nullopt.
    static std::optional<quint64> parseSocketLink(QByteArrayView target);
    // /proc/<pid>/comm: the name without its trailing newline.
    static QString parseComm(QByteArrayView comm);
};
