// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QList>

class Session;

// Finds which of SockLab's sessions owns a socket of the table, by the endpoints the session
// knows: a server's listening address and its accepted connections, a client's connection,
// a UDP socket's bound address.
class SocketSessionMatcher
{
public:
    // The owning session's id, or 0 when none of them matches.
    static int sessionFor(const SocketRecord &record, const QList<Session *> &sessions);
};
