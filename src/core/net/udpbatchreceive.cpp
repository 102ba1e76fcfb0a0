// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpbatchreceive.h"

#include <QHostAddress>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

struct UdpBatchReceive::Slots
{
#ifdef Q_OS_LINUX
    // new[] without (): the 4 MiB stay untouched until datagrams land in them.
    std::unique_ptr<char[]> buffers{new char[maxBatch * slotBytes]};
    mmsghdr messages[maxBatch] = {};
    iovec pieces[maxBatch] = {};
    sockaddr_storage names[maxBatch] = {};
    // The sender sender() built last, as the kernel gave it, and as an Endpoint.
    sockaddr_storage lastName = {};
    socklen_t lastNameLength = 0;
    Endpoint lastSender;
#endif
};

UdpBatchReceive::UdpBatchReceive() = default;
UdpBatchReceive::~UdpBatchReceive() = default;

bool UdpBatchReceive::isAvailable()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

int UdpBatchReceive::read(qintptr fd, int max)
{
#ifdef Q_OS_LINUX
    if (!m_slots) {
        m_slots = std::make_unique<Slots>();
        for (int i = 0; i < maxBatch; ++i) {
            m_slots->pieces[i].iov_base = m_slots->buffers.get() + i * slotBytes;
            m_slots->pieces[i].iov_len = size_t(slotBytes);
            m_slots->messages[i].msg_hdr.msg_iov = &m_slots->pieces[i];
            m_slots->messages[i].msg_hdr.msg_iovlen = 1;
            m_slots->messages[i].msg_hdr.msg_name = &m_slots->names[i];
        }
    }
    const int n = std::clamp(max, 1, maxBatch);
    for (int i = 0; i < n; ++i) {
        m_slots->messages[i].msg_hdr.msg_namelen = sizeof(sockaddr_storage);
        // No ancillary data is asked for: what Qt enabled (IP_PKTINFO, IP_RECVTTL) is dropped.
        m_slots->messages[i].msg_hdr.msg_control = nullptr;
        m_slots->messages[i].msg_hdr.msg_controllen = 0;
    }
    for (;;) {
        const int got = ::recvmmsg(int(fd), m_slots->messages, unsigned(n), MSG_DONTWAIT, nullptr);
        if (got >= 0)
            return got;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        return -1;
    }
#else
    Q_UNUSED(fd);
    Q_UNUSED(max);
    return -1;
#endif
}

QByteArray UdpBatchReceive::payload(int i) const
{
#ifdef Q_OS_LINUX
    return QByteArray(static_cast<const char *>(m_slots->pieces[i].iov_base),
                      qsizetype(m_slots->messages[i].msg_len));
#else
    Q_UNUSED(i);
    return {};
#endif
}

Endpoint UdpBatchReceive::sender(int i, bool *same)
{
#ifdef Q_OS_LINUX
    const sockaddr_storage &name = m_slots->names[i];
    const socklen_t length = m_slots->messages[i].msg_hdr.msg_namelen;
    const bool isSame = length == m_slots->lastNameLength && length > 0
                        && std::memcmp(&name, &m_slots->lastName, length) == 0;
    if (same)
        *same = isSame;
    if (isSame)
        return m_slots->lastSender;
    QHostAddress address;
    quint16 port = 0;
    if (name.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&name);
        address.setAddress(ntohl(in->sin_addr.s_addr));
        port = ntohs(in->sin_port);
    } else if (name.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&name);
        address.setAddress(in6->sin6_addr.s6_addr);
        port = ntohs(in6->sin6_port);
        // As QUdpSocket does: the interface's name, or its index when it has none.
        if (in6->sin6_scope_id != 0) {
            char interfaceName[IF_NAMESIZE] = {};
            address.setScopeId(::if_indextoname(in6->sin6_scope_id, interfaceName)
                                       ? QString::fromLatin1(interfaceName)
                                       : QString::number(in6->sin6_scope_id));
        }
    }
    m_slots->lastName = name;
    m_slots->lastNameLength = length;
    m_slots->lastSender = Endpoint(address, port);
    return m_slots->lastSender;
#else
    Q_UNUSED(i);
    if (same)
        *same = false;
    return {};
#endif
}
