// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/sockdiagparser.h"

// Dumps one table (TCP or UDP, IPv4 or IPv6) through netlink sock_diag, as ss does: one
// request, then replies until the kernel says done. Linux only; elsewhere, and when the kernel
// refuses (no sock_diag support, a UDP diag module that is missing), it returns false and the
// caller falls back to /proc/net.
class SockDiagReader
{
public:
    static bool dump(SocketRecord::Protocol protocol, SocketRecord::Family family,
                     SockDiagParser::Result *result);
};
