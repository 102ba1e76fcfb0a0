// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <memory>

// Takes the datagrams waiting on a UDP socket many per system call: recvmmsg() on Linux, each
// datagram still whole and with its own sender. QUdpSocket asks the kernel twice per datagram
// (hasPendingDatagrams() peeks, readDatagram() reads), which under an unpaced flood is where
// a receiver falls behind a C recvmmsg() loop. Elsewhere isAvailable() is false and the session
// reads through QUdpSocket as before.
class UdpBatchReceive
{
public:
    // Datagrams per call, as the C reference of bench/udp_rate.sh takes them.
    static constexpr int maxBatch = 64;
    // Any datagram fits whole (UDP carries at most 65,527 bytes over IPv6), so none is cut.
    // The 4 MiB of slots are allocated but not touched: the kernel backs only the pages
    // datagrams fill (one page per slot for small ones: 256 KiB for a batch of them).
    static constexpr qsizetype slotBytes = 65536;

    UdpBatchReceive();
    ~UdpBatchReceive();
    UdpBatchReceive(const UdpBatchReceive &) = delete;
    UdpBatchReceive &operator=(const UdpBatchReceive &) = delete;

    static bool isAvailable();

    // Takes up to max (at most maxBatch) datagrams waiting on descriptor fd without blocking.
    // Returns how many (0 when none was waiting), or -1 with errno set by recvmmsg().
    int read(qintptr fd, int max);
    // The i-th datagram of the last read(), 0 <= i < its result.
    QByteArray payload(int i) const;
    // Its sender; an IPv4-mapped address is plain IPv4 (Endpoint), a link-local IPv6 one keeps
    // its interface as QUdpSocket names it. Built once for a run of datagrams from one sender
    // (a flood comes from one): *same says whether it is the sender of the previous call.
    Endpoint sender(int i, bool *same = nullptr);

private:
    struct Slots;
    std::unique_ptr<Slots> m_slots;
};
