// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QAbstractSocket;

// The few TCP socket controls Qt 6.4 does not offer, and the bounds every TCP write path
// shares.
namespace TcpSocketControl {

// Bytes one connection may have waiting to be written before we stop reading from it (echo)
// and refuse further sends: a peer that does not read must not decide our memory.
constexpr qint64 writeQueueLimit = 4 * 1024 * 1024;
// How long a closing connection may take to hand over what is still queued for a peer that
// does not read, before it is aborted.
constexpr int closeGraceMs = 3000;

// Closes with RST instead of FIN (SO_LINGER 0): a stream we could not finish must not end
// like a complete one.
void resetAndClose(QAbstractSocket *socket);
// Bytes written to the kernel that the peer has not acknowledged yet (SIOCOUTQ); -1 if
// unknown.
qint64 unacknowledgedBytes(const QAbstractSocket *socket);
// The socket's pending errno (SO_ERROR), which reading clears; 0 if none.
int takeSocketError(QAbstractSocket *socket);

} // namespace TcpSocketControl
