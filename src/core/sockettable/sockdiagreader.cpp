// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockdiagreader.h"

#if defined(Q_OS_LINUX)
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#endif

#include <QByteArray>

bool SockDiagReader::dump(SocketRecord::Protocol protocol, SocketRecord::Family family,
                          SockDiagParser::Result *result)
{
#if defined(Q_OS_LINUX)
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return false;
    // Never hang the reader thread on a kernel that does not answer.
    const timeval timeout {2, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);

    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message {};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = 1;
    message.request.sdiag_family = family == SocketRecord::Family::IPv4 ? AF_INET : AF_INET6;
    message.request.sdiag_protocol
        = protocol == SocketRecord::Protocol::Tcp ? IPPROTO_TCP : IPPROTO_UDP;
    message.request.idiag_states = ~0u; // every state, as ss -a
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, &message, sizeof message, 0, reinterpret_cast<sockaddr *>(&kernel),
                 sizeof kernel)
        < 0) {
        ::close(fd);
        return false;
    }

    // Large reads: at 10,000 sockets a dump is about 1 MB of messages.
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    bool ok = true;
    // Bounded: the kernel ends every dump with NLMSG_DONE; a stream that never ends, or a
    // silent kernel (the receive timeout), ends here as a failure.
    for (int reads = 0; !result->isDone; ++reads) {
        const ssize_t n = ::recv(fd, buffer.data(), static_cast<size_t>(buffer.size()), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || reads > 1'000'000) {
            ok = false;
            break;
        }
        SockDiagParser::parse(QByteArrayView(buffer.constData(), n), protocol, result);
        if (result->parsed.malformedLines > 0 && !result->isDone) {
            ok = false; // lost framing: the rest of the stream cannot be trusted
            break;
        }
    }
    ::close(fd);
    return ok && result->error == 0;
#else
    Q_UNUSED(protocol);
    Q_UNUSED(family);
    Q_UNUSED(result);
    return false;
#endif
}
