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

// What writeNow() did: bytes the kernel took (0 when it took none or the write was not
// tried), and the errno of a failed send(), 0 if none.
struct WriteNowResult
{
    qint64 written = 0;
    int error = 0;
};
// Hands data straight to the kernel (one non-blocking send()) when Qt has nothing queued for
// the socket, so the order of the stream stays Qt's; what is left is the caller's to write
// through Qt. Why: QAbstractSocket's first write() allocates a 32 KiB buffer chunk it keeps
// for the socket's life, arms the write notifier and writes an event-loop turn later, so
// greeting 10,000 clients cost 320 MiB of address space and a turn each. Not tried (0, no
// error) on an encrypted socket or one that is not connected. A send() error is not raised
// through Qt: the caller keeps it (SocketErrorWatch::noteError), since send() consumed it.
WriteNowResult writeNow(QAbstractSocket *socket, const QByteArray &data);

} // namespace TcpSocketControl
