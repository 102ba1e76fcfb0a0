// SPDX-License-Identifier: GPL-3.0-or-later
// UdpSession's broadcast and multicast (issue 12): what the kernel is asked before a datagram
// goes to many hosts, and the groups a bound socket has joined.
#include "net/udpsession.h"

#include <QMutexLocker>
#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace {

#ifdef Q_OS_LINUX
void fillAddress(sockaddr_storage *storage, const QHostAddress &address)
{
    std::memset(storage, 0, sizeof *storage);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(storage);
        in4->sin_family = AF_INET;
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
    }
}
#endif

// The option a membership is made with, as a learner finds it in ip(7), ipv6(7) and RFC 3678.
// On Linux every membership is made with the protocol-independent options, which name the
// interface by index: IP_ADD_MEMBERSHIP names it by an IPv4 address, which an interface
// without one (an IPv6-only link) does not have.
QString membershipCall(const MulticastMembership &membership, bool join)
{
    if (membership.isSourceSpecific())
        return join ? QStringLiteral("MCAST_JOIN_SOURCE_GROUP")
                    : QStringLiteral("MCAST_LEAVE_SOURCE_GROUP");
#ifdef Q_OS_LINUX
    return join ? QStringLiteral("MCAST_JOIN_GROUP") : QStringLiteral("MCAST_LEAVE_GROUP");
#else
    if (membership.isIPv6())
        return join ? QStringLiteral("IPV6_JOIN_GROUP") : QStringLiteral("IPV6_LEAVE_GROUP");
    return join ? QStringLiteral("IP_ADD_MEMBERSHIP") : QStringLiteral("IP_DROP_MEMBERSHIP");
#endif
}

} // namespace

QList<MulticastMembership> UdpSession::memberships() const
{
    QMutexLocker locker(&m_mutex);
    return m_memberships;
}

bool UdpSession::isBroadcast(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol || address.isLoopback()
        || address.isMulticast())
        return false;
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    if (!m_broadcastAddresses) {
        // A subnet's broadcast address (192.168.1.255 for 192.168.1.0/24) of one of our
        // interfaces.
        QList<QHostAddress> found;
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &interface : interfaces) {
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (!entry.broadcast().isNull())
                    found.append(entry.broadcast());
            }
        }
        m_broadcastAddresses = found;
    }
    return m_broadcastAddresses->contains(address);
}

void UdpSession::prepareFor(const Endpoint &destination)
{
    const QHostAddress address = destination.address();
    // The socket the datagram leaves from: the one of its family where there are two.
    QUdpSocket *socket = m_sockets.forAddress(address);
    if (!socket)
        return;
    UdpOptions opts;
    if (address.isMulticast()) {
        // Set again when the window changed TTL, loopback or interface since the last send.
        opts = options();
        const QString applied = QStringLiteral("%1/%2/%3").arg(opts.multicastTtl).arg(
                opts.multicastLoopback).arg(opts.multicastInterface);
        if (m_preparedFor == address && m_preparedOptions == applied)
            return;
        m_preparedOptions = applied;
    } else if (m_preparedFor == address) {
        return;
    }
    m_preparedFor = address;
    const Endpoint local = UdpSocketSet::localOf(socket);
    if (isBroadcast(address)) {
        if (m_explainedBroadcast)
            return;
        m_explainedBroadcast = true;
#ifdef Q_OS_LINUX
        const int fd = static_cast<int>(socket->socketDescriptor());
        int on = 0;
        socklen_t length = sizeof on;
        if (::getsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, &length) == 0 && on) {
            recordInfo(tr("getsockopt(SO_BROADCAST) -> 1: Qt turns broadcast on for every UDP "
                          "socket, so sendto(%1) may reach every host on that link")
                               .arg(destination.toString()),
                       local, destination);
            return;
        }
        on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);
#endif
        recordInfo(tr("setsockopt(SO_BROADCAST, 1): without it the kernel refuses "
                      "sendto(%1) with EACCES")
                           .arg(destination.toString()),
                   local, destination);
        return;
    }
    if (!address.isMulticast())
        return;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    socket->setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(opts.multicastTtl));
    recordInfo(v6 ? tr("setsockopt(IPV6_MULTICAST_HOPS, %1): the hop limit of datagrams to "
                       "%2 (1 keeps them on the local link)")
                            .arg(opts.multicastTtl)
                            .arg(address.toString())
                  : tr("setsockopt(IP_MULTICAST_TTL, %1): the time to live of datagrams to %2 "
                       "(1 keeps them on the local link)")
                            .arg(opts.multicastTtl)
                            .arg(address.toString()),
               local, destination);
    if (opts.multicastLoopback >= 0) {
        socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption,
                                QVariant(opts.multicastLoopback));
        recordInfo(QStringLiteral("setsockopt(%1, %2)")
                           .arg(v6 ? QStringLiteral("IPV6_MULTICAST_LOOP")
                                   : QStringLiteral("IP_MULTICAST_LOOP"))
                           .arg(opts.multicastLoopback),
                   local, destination);
    }
    if (!opts.multicastInterface.isEmpty()) {
        const QNetworkInterface interface
                = QNetworkInterface::interfaceFromName(opts.multicastInterface);
        if (!interface.isValid()) {
            recordInfo(tr("There is no network interface named \"%1\"; the routing table "
                          "picks the interface for %2.")
                               .arg(opts.multicastInterface, address.toString()),
                       local, destination);
            return;
        }
        socket->setMulticastInterface(interface);
        recordInfo(QStringLiteral("setsockopt(%1, %2)")
                           .arg(v6 ? QStringLiteral("IPV6_MULTICAST_IF")
                                   : QStringLiteral("IP_MULTICAST_IF"),
                                interface.name()),
                   local, destination);
    }
}

bool UdpSession::setMembership(const MulticastMembership &membership, bool join, QString *error)
{
    const QNetworkInterface interface = QNetworkInterface::interfaceFromName(
            membership.interfaceName);
    if (!interface.isValid()) {
        *error = tr("there is no network interface named \"%1\"").arg(membership.interfaceName);
        return false;
    }
    // A session on "localhost" joins an IPv6 group on its ::1 socket, an IPv4 one on 127.0.0.1.
    QUdpSocket *socket = m_sockets.forAddress(membership.group);
#ifdef Q_OS_LINUX
    const int fd = static_cast<int>(socket->socketDescriptor());
    const int level = membership.isIPv6() ? IPPROTO_IPV6 : IPPROTO_IP;
    int result = 0;
    if (membership.isSourceSpecific()) {
        group_source_req request{};
        request.gsr_interface = static_cast<uint32_t>(interface.index());
        fillAddress(&request.gsr_group, membership.group);
        fillAddress(&request.gsr_source, membership.source);
        result = ::setsockopt(fd, level, join ? MCAST_JOIN_SOURCE_GROUP : MCAST_LEAVE_SOURCE_GROUP,
                              &request, sizeof request);
    } else {
        group_req request{};
        request.gr_interface = static_cast<uint32_t>(interface.index());
        fillAddress(&request.gr_group, membership.group);
        result = ::setsockopt(fd, level, join ? MCAST_JOIN_GROUP : MCAST_LEAVE_GROUP, &request,
                              sizeof request);
    }
    if (result != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#else
    if (membership.isSourceSpecific()) {
        *error = tr("source-specific multicast is not supported on this system");
        return false;
    }
    const bool done = join ? socket->joinMulticastGroup(membership.group, interface)
                           : socket->leaveMulticastGroup(membership.group, interface);
    if (!done)
        *error = socket->errorString();
    return done;
#endif
}

void UdpSession::joinGroup(const MulticastMembership &membership)
{
    if (deferToOwnThread([=, this] { joinGroup(membership); }))
        return;
    const Endpoint local = m_sockets.isEmpty()
                                   ? localEndpoint()
                                   : UdpSocketSet::localOf(m_sockets.forAddress(membership.group));
    const QString call = QStringLiteral("setsockopt(%1, %2)")
                                 .arg(membershipCall(membership, true), membership.toString());
    if (state() != State::Bound || m_sockets.isEmpty()) {
        fail(tr("Cannot join %1: bind the UDP socket first.").arg(membership.toString()), local);
        return;
    }
    {
        QMutexLocker locker(&m_mutex);
        for (const MulticastMembership &known : std::as_const(m_memberships)) {
            if (known.sameAs(membership)) {
                locker.unlock();
                recordInfo(tr("already a member of %1").arg(membership.toString()), local);
                return;
            }
        }
        if (m_memberships.size() >= MaxMemberships) {
            locker.unlock();
            fail(tr("Cannot join %1: this socket is already in %2 groups, the most SockLab "
                    "keeps.")
                         .arg(membership.toString())
                         .arg(MaxMemberships),
                 local);
            return;
        }
    }
    QString error;
    if (!setMembership(membership, true, &error)) {
        fail(tr("%1 failed: %2.").arg(call, error), local);
        return;
    }
    MulticastMembership joined = membership;
    joined.isActive = true;
    {
        QMutexLocker locker(&m_mutex);
        m_memberships.append(joined);
    }
    recordInfo(call, local);
    recordInfo(tr("joined multicast group %1: the kernel delivers its datagrams to this socket")
                       .arg(joined.toString()),
               local);
    if (local.address() != membership.group && !local.address().isNull()
        && local.address() != QHostAddress(QHostAddress::AnyIPv4)
        && local.address() != QHostAddress(QHostAddress::AnyIPv6)
        && local.address() != QHostAddress(QHostAddress::Any))
        recordInfo(tr("The socket is bound to %1: the kernel delivers group datagrams only to a "
                      "socket bound to the group or to a wildcard address (0.0.0.0, ::).")
                           .arg(local.addressString()),
                   local);
    m_interfaceUp.insert(joined.interfaceName, true);
    if (!m_interfaceTimer) {
        m_interfaceTimer = new QTimer(this);
        m_interfaceTimer->setInterval(interfaceCheckMs);
        connect(m_interfaceTimer, &QTimer::timeout, this, &UdpSession::checkInterfaces);
    }
    m_interfaceTimer->start();
    emit membershipsChanged();
}

void UdpSession::leaveGroup(const MulticastMembership &membership)
{
    if (deferToOwnThread([=, this] { leaveGroup(membership); }))
        return;
    const Endpoint local = m_sockets.isEmpty()
                                   ? localEndpoint()
                                   : UdpSocketSet::localOf(m_sockets.forAddress(membership.group));
    qsizetype index = -1;
    MulticastMembership known;
    {
        QMutexLocker locker(&m_mutex);
        for (qsizetype i = 0; i < m_memberships.size(); ++i) {
            if (m_memberships.at(i).sameAs(membership)) {
                index = i;
                known = m_memberships.at(i);
            }
        }
        if (index >= 0)
            m_memberships.remove(index);
    }
    if (index < 0) {
        fail(tr("Cannot leave %1: this socket is not a member.").arg(membership.toString()),
             local);
        return;
    }
    const QString call = QStringLiteral("setsockopt(%1, %2)")
                                 .arg(membershipCall(membership, false), membership.toString());
    QString error;
    if (known.isActive && !m_sockets.isEmpty() && !setMembership(known, false, &error))
        recordInfo(tr("%1 failed: %2.").arg(call, error), local);
    else
        recordInfo(call, local);
    recordInfo(tr("left multicast group %1").arg(membership.toString()), local);
    if (memberships().isEmpty() && m_interfaceTimer)
        m_interfaceTimer->stop();
    emit membershipsChanged();
}

void UdpSession::checkInterfaces()
{
    if (m_sockets.isEmpty())
        return;
    QList<MulticastMembership> current = memberships();
    QHash<QString, bool> nowUp;
    for (const MulticastMembership &membership : std::as_const(current)) {
        if (nowUp.contains(membership.interfaceName))
            continue;
        const QNetworkInterface interface
                = QNetworkInterface::interfaceFromName(membership.interfaceName);
        nowUp.insert(membership.interfaceName,
                     interface.isValid() && interface.flags().testFlag(QNetworkInterface::IsUp));
    }
    bool changed = false;
    for (MulticastMembership &membership : current) {
        const bool up = nowUp.value(membership.interfaceName);
        const Endpoint local = UdpSocketSet::localOf(m_sockets.forAddress(membership.group));
        if (!up && membership.isActive) {
            membership.isActive = false;
            changed = true;
            recordInfo(tr("Interface %1 is down or gone: the membership of %2 waits for it "
                          "and is joined again when it is back.")
                               .arg(membership.interfaceName, membership.group.toString()),
                       local);
        } else if (up && !membership.isActive) {
            // A deleted interface took the membership with it; one that only went down may
            // still hold it: leave first (its failure is expected), then join again.
            QString error;
            setMembership(membership, false, &error);
            if (setMembership(membership, true, &error)) {
                membership.isActive = true;
                changed = true;
                recordInfo(tr("Interface %1 is back: rejoined %2 (setsockopt(%3))")
                                   .arg(membership.interfaceName, membership.toString(),
                                        membershipCall(membership, true)),
                           local);
            }
        }
    }
    m_interfaceUp = nowUp;
    if (!changed)
        return;
    {
        QMutexLocker locker(&m_mutex);
        for (MulticastMembership &stored : m_memberships) {
            for (const MulticastMembership &updated : std::as_const(current)) {
                if (stored.sameAs(updated))
                    stored.isActive = updated.isActive;
            }
        }
    }
    emit membershipsChanged();
}

void UdpSession::forgetMemberships()
{
    if (m_interfaceTimer)
        m_interfaceTimer->stop();
    m_interfaceUp.clear();
    m_preparedFor.clear();
    m_broadcastAddresses.reset();
    bool had = false;
    {
        QMutexLocker locker(&m_mutex);
        had = !m_memberships.isEmpty();
        m_memberships.clear();
    }
    if (had)
        emit membershipsChanged();
}
