// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/socketnarration.h"

#include "learn/portholders.h"

QString SocketNarration::socketCall(const QHostAddress &address, bool stream)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol
                    || address == QHostAddress(QHostAddress::Any);
    return QStringLiteral("socket(%1, %2)")
            .arg(v6 ? QStringLiteral("AF_INET6") : QStringLiteral("AF_INET"),
                 stream ? QStringLiteral("SOCK_STREAM") : QStringLiteral("SOCK_DGRAM"));
}

QString SocketNarration::bindFailure(QAbstractSocket::SocketError error, const Endpoint &where,
                                     const QString &systemText, bool stream)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        // Who holds the port, from the socket table: TIME-WAIT alone is not another program.
        return PortHolders::explain(where, PortHolders::look(stream, where), stream);
    case QAbstractSocket::SocketAccessError:
        return tr("Permission denied binding %1: ports below 1024 need administrator rights; "
                  "pick a port from 1024 up.")
                .arg(where.toString());
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("Address %1 is not available: it is not an address of this machine.")
                .arg(where.addressString());
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("Cannot bind %1: this machine does not support that address family (%2).")
                .arg(where.toString(), systemText);
    case QAbstractSocket::SocketResourceError:
        return tr("Cannot create a socket for %1: too many open files, or the system is out "
                  "of memory (%2).")
                .arg(where.toString(), systemText);
    default:
        return tr("Cannot bind %1: %2.").arg(where.toString(), systemText);
    }
}

QString SocketNarration::connectionFailure(QAbstractSocket::SocketError error,
                                           const Endpoint &peer, const QString &systemText)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return refusedTemplate().arg(peer.toString());
    case QAbstractSocket::RemoteHostClosedError:
        return tr("%1 closed the connection.").arg(peer.toString());
    case QAbstractSocket::HostNotFoundError:
        return tr("Host %1 could not be found.").arg(peer.addressString());
    case QAbstractSocket::SocketTimeoutError:
        return tr("Connection to %1 timed out.").arg(peer.toString());
    case QAbstractSocket::NetworkError:
        // Not "the peer may have reset": this also ends failed connects; resets are told
        // apart by SocketErrorWatch.
        return tr("Network error talking to %1: %2.")
                .arg(peer.toString(), systemText);
    case QAbstractSocket::SocketAccessError:
        return tr("Permission denied connecting to %1: %2.").arg(peer.toString(), systemText);
    case QAbstractSocket::SocketResourceError:
        return tr("Cannot open a socket to %1: too many open files, or the system is out of "
                  "memory (%2).")
                .arg(peer.toString(), systemText);
    default:
        return tr("Connection to %1 failed: %2.").arg(peer.toString(), systemText);
    }
}

QString SocketNarration::refusedTemplate()
{
    return tr("Connection to %1 refused: nothing is listening on that port (TCP needs a "
              "server that accepts).");
}

bool SocketNarration::isAllInterfaces(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::AnyIPv4)
           || address == QHostAddress(QHostAddress::AnyIPv6)
           || address == QHostAddress(QHostAddress::Any);
}

QString SocketNarration::exposureWarning(const QHostAddress &address)
{
    if (!isAllInterfaces(address))
        return {};
    return tr("Warning: bound to all interfaces (%1), so other machines on the network can "
              "reach this server; bind 127.0.0.1 to keep it on this machine.")
            .arg(Endpoint(address, 0).addressString());
}
