// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockdiagparser.h"

#include "net/hostaddresscache.h"

#include <QtEndian>

#include <cstring>

namespace {

// Linux ABI values (include/uapi/linux/{netlink,sock_diag,inet_diag}.h, socket.h): the bytes
// come from a Linux kernel, so the parser does not depend on the build machine's headers.
constexpr quint16 nlmsgError = 2;
constexpr quint16 nlmsgDone = 3;
constexpr quint16 sockDiagByFamily = 20;
constexpr quint8 linuxAfInet = 2;
constexpr quint8 linuxAfInet6 = 10;
constexpr qsizetype headerSize = 16; // struct nlmsghdr
constexpr qsizetype diagMsgSize = 72; // struct inet_diag_msg

template<typename T> T hostOrder(QByteArrayView bytes, qsizetype offset)
{
    T value;
    std::memcpy(&value, bytes.data() + offset, sizeof value);
    return value;
}

} // namespace

void SockDiagParser::parse(QByteArrayView messages, SocketRecord::Protocol protocol, Result *result)
{
    HostAddressCache cache;
    SocketTableParser::ParseResult &parsed = result->parsed;
    auto malformed = [&parsed](const QString &what) {
        ++parsed.malformedLines;
        if (parsed.firstError.isEmpty())
            parsed.firstError = what;
    };
    qsizetype offset = 0;
    while (!result->isDone && messages.size() - offset >= headerSize) {
        const QByteArrayView rest = messages.sliced(offset);
        const auto length = hostOrder<quint32>(rest, 0);
        const auto type = hostOrder<quint16>(rest, 4);
        if (length < headerSize || length > quint64(rest.size())) {
            malformed(tr("A netlink message claims %1 bytes where %2 remain.")
                          .arg(length)
                          .arg(rest.size()));
            return;
        }
        const QByteArrayView message = rest.first(length);
        // Messages are 4-byte aligned; the last one may end without its padding.
        offset += std::min<qsizetype>((qsizetype(length) + 3) & ~qsizetype(3), rest.size());

        if (type == nlmsgDone) {
            result->isDone = true;
            return;
        }
        if (type == nlmsgError) {
            result->isDone = true;
            // struct nlmsgerr: a negative errno, then the request that failed.
            result->error
                = message.size() >= headerSize + 4 ? -hostOrder<qint32>(message, headerSize) : -1;
            return;
        }
        if (type != sockDiagByFamily)
            continue;
        if (message.size() < headerSize + diagMsgSize) {
            malformed(tr("A socket message of %1 bytes is too short.").arg(message.size()));
            continue;
        }
        const QByteArrayView diag = message.sliced(headerSize, diagMsgSize);
        const auto family = static_cast<quint8>(diag.at(0));
        const auto state = static_cast<quint8>(diag.at(1));
        if ((family != linuxAfInet && family != linuxAfInet6) || state == 0 || state > 12) {
            malformed(tr("A socket message has family %1 and state %2.").arg(family).arg(state));
            continue;
        }
        SocketRecord record;
        record.protocol = protocol;
        record.family
            = family == linuxAfInet ? SocketRecord::Family::IPv4 : SocketRecord::Family::IPv6;
        record.state = static_cast<SocketRecord::State>(state);
        // struct inet_diag_sockid at offset 4: ports big-endian, addresses in network order.
        const auto sport = qFromBigEndian(hostOrder<quint16>(diag, 4));
        const auto dport = qFromBigEndian(hostOrder<quint16>(diag, 6));
        std::array<quint8, 16> source {};
        std::array<quint8, 16> destination {};
        const std::size_t addressSize = family == linuxAfInet ? 4 : 16;
        std::memcpy(source.data(), diag.data() + 8, addressSize);
        std::memcpy(destination.data(), diag.data() + 24, addressSize);
        record.local = Endpoint(cache.lookup(source, record.family), sport);
        record.remote = Endpoint(cache.lookup(destination, record.family), dport);
        // After the sockid (ends at 52): expires, rqueue, wqueue, uid, inode. expires is in
        // ms and means something only while a timer runs (idiag_timer, offset 2, not 0).
        if (diag.at(2) != 0)
            record.timerMs = hostOrder<quint32>(diag, 52);
        record.recvQ = hostOrder<quint32>(diag, 56);
        record.sendQ = hostOrder<quint32>(diag, 60);
        record.uid = hostOrder<quint32>(diag, 64);
        record.inode = hostOrder<quint32>(diag, 68);
        parsed.records.append(record);
    }
    if (!result->isDone && offset < messages.size())
        malformed(tr("%1 bytes after the last netlink message.").arg(messages.size() - offset));
}
