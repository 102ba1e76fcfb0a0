// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QCoreApplication>
#include <QString>

// One sentence per TCP state for a learner: what the state means for this end of the
// connection, who closed first, and why TIME-WAIT lasts a minute.
class TcpStateText
{
    Q_DECLARE_TR_FUNCTIONS(TcpStateText)

public:
    // The name as ss prints it (FIN-WAIT-1, TIME-WAIT).
    static QString name(SocketRecord::State state);
    static QString explain(SocketRecord::State state);
    // The socket has left the kernel's table after it had been seen there.
    static QString gone();
};
