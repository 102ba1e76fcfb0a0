// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpsegmentsend.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/udp.h>
#include <sys/socket.h>
#endif

bool UdpSegmentSend::isAvailable()
{
#if defined(Q_OS_LINUX) && defined(UDP_SEGMENT)
    return true;
#else
    return false;
#endif
}

int UdpSegmentSend::runLength(const QList<QByteArray> &payloads, int from, int end)
{
    if (from >= end || from >= payloads.size())
        return 0;
    const qsizetype size = payloads.at(from).size();
    if (size == 0)
        return 0;
    int run = 1;
    while (from + run < end && from + run < payloads.size() && run < maxSegments
           && payloads.at(from + run).size() == size && (run + 1) * size <= maxTotalBytes)
        ++run;
    return run;
}

UdpSegmentSend::Outcome UdpSegmentSend::send(int fd, const void *address, unsigned addressLength,
                                             const QList<QByteArray> &payloads, int from,
                                             int count)
{
#if defined(Q_OS_LINUX) && defined(UDP_SEGMENT)
    // The payloads are not copied together: the kernel reads the pieces as one stream and cuts
    // it every `size` bytes, which falls on their boundaries since all have that size.
    iovec pieces[maxSegments];
    const int n = std::min(count, maxSegments);
    for (int i = 0; i < n; ++i) {
        pieces[i].iov_base = const_cast<char *>(payloads.at(from + i).constData());
        pieces[i].iov_len = size_t(payloads.at(from + i).size());
    }
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(std::uint16_t))] = {};
    msghdr message = {};
    message.msg_name = const_cast<void *>(address);
    message.msg_namelen = addressLength;
    message.msg_iov = pieces;
    message.msg_iovlen = size_t(n);
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_UDP;
    header->cmsg_type = UDP_SEGMENT;
    header->cmsg_len = CMSG_LEN(sizeof(std::uint16_t));
    const std::uint16_t segmentSize = std::uint16_t(payloads.at(from).size());
    std::memcpy(CMSG_DATA(header), &segmentSize, sizeof segmentSize);
    for (;;) {
        if (::sendmsg(fd, &message, MSG_DONTWAIT) >= 0)
            return Outcome::Sent;
        switch (errno) {
        case EINTR:
            continue;
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
        case ENOBUFS:
            return Outcome::Busy;
        case ECONNREFUSED:
            return Outcome::Refused;
        default:
            return Outcome::Unsupported;
        }
    }
#else
    Q_UNUSED(fd);
    Q_UNUSED(address);
    Q_UNUSED(addressLength);
    Q_UNUSED(payloads);
    Q_UNUSED(from);
    Q_UNUSED(count);
    return Outcome::Unsupported;
#endif
}
