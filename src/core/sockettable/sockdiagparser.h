// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/sockettableparser.h"

#include <QByteArrayView>

// Pure parser for the replies of Linux's netlink sock_diag (SOCK_DIAG_BY_FAMILY dumps, what
// ss reads): a buffer of netlink messages in, records out. Any bytes are safe: truncated or
// malformed messages are counted, never read past (the parser is fuzzed).
class SockDiagParser
{
    Q_DECLARE_TR_FUNCTIONS(SockDiagParser)

public:
    struct Result
    {
        SocketTableParser::ParseResult parsed;
        bool isDone = false; // NLMSG_DONE or NLMSG_ERROR seen: the dump is over
        int error = 0; // errno of an NLMSG_ERROR reply, 0 otherwise
    };

    // One buffer as recv() returned it; results of a dump's buffers are appended to result.
    // protocol names the dump (the messages do not carry it).
    static void parse(QByteArrayView messages, SocketRecord::Protocol protocol, Result *result);
};
