// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// Sends a run of equal-size datagrams to one destination in one sendmsg() with UDP_SEGMENT
// (UDP generic segmentation offload, Linux 4.18+): the kernel builds one buffer and routes it
// once, then cuts it into datagrams of that size, each with its own UDP header, as if each had
// been sent alone. It takes the run whole or not at all, so a success is exactly `count`
// datagrams taken. On loopback a C sender spent a quarter of a sendmmsg() loop's CPU time per
// datagram this way (bench/RESULTS.md, issue 15). Elsewhere isAvailable() is false.
namespace UdpSegmentSend {

// The kernel's limits for one call: UDP_MAX_SEGMENTS (64 in older kernels, 128 in newer), and
// the datagrams together within one IPv4 datagram's payload.
constexpr int maxSegments = 64;
constexpr qsizetype maxTotalBytes = 65507;

enum class Outcome {
    Sent,        // all of them
    Busy,        // the send buffer is full (EAGAIN, ENOBUFS): nothing was taken
    Refused,     // a late ICMP port unreachable for an earlier datagram: nothing was taken
    Unsupported, // the kernel, the route or the device cannot segment (EIO, EINVAL, ...)
};

bool isAvailable();
// How many payloads from index `from` (before `end`) one call may carry: equal, non-zero
// sizes within the limits above. Under 2, a plain send is as good.
int runLength(const QList<QByteArray> &payloads, int from, int end);
Outcome send(int fd, const void *address, unsigned addressLength,
             const QList<QByteArray> &payloads, int from, int count);

} // namespace UdpSegmentSend
