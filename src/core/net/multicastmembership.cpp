// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/multicastmembership.h"

#include "net/endpoint.h"

#include <QNetworkInterface>

bool MulticastMembership::sameAs(const MulticastMembership &other) const
{
    return group == other.group && interfaceName == other.interfaceName
           && source == other.source;
}

QString MulticastMembership::toString() const
{
    if (isSourceSpecific())
        return tr("%1 from %2 on %3").arg(group.toString(), source.toString(), interfaceName);
    return tr("%1 on %2").arg(group.toString(), interfaceName);
}

QString MulticastMembership::loopbackInterfaceName()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.flags().testFlag(QNetworkInterface::IsLoopBack))
            return interface.name();
    }
    return QStringLiteral("lo");
}

std::optional<MulticastMembership> MulticastMembership::parse(const QString &text, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<MulticastMembership> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString rest = text.trimmed();
    MulticastMembership membership;
    if (const qsizetype comma = rest.indexOf(u','); comma >= 0) {
        const QString option = rest.mid(comma + 1).trimmed();
        rest = rest.left(comma).trimmed();
        if (!option.startsWith(u"source="))
            return failWith(tr("\"%1\" is not understood in --join; write GROUP[@IFACE]"
                               "[,source=ADDR].")
                                    .arg(option));
        if (!membership.source.setAddress(Endpoint::normalizeHost(option.mid(7))))
            return failWith(tr("The source \"%1\" is not an IP address.").arg(option.mid(7)));
    }
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        membership.interfaceName = rest.mid(at + 1).trimmed();
        rest = rest.left(at).trimmed();
        if (!QNetworkInterface::interfaceFromName(membership.interfaceName).isValid())
            return failWith(tr("There is no network interface named \"%1\" on this machine.")
                                    .arg(membership.interfaceName));
    } else {
        membership.interfaceName = loopbackInterfaceName();
    }
    if (!membership.group.setAddress(Endpoint::normalizeHost(rest)) || !membership.group.isMulticast())
        return failWith(tr("\"%1\" is not a multicast group; IPv4 groups are 224.0.0.0 to "
                           "239.255.255.255, IPv6 groups start with ff.")
                                .arg(rest));
    if (membership.isSourceSpecific()
        && membership.source.protocol() != membership.group.protocol())
        return failWith(tr("The source %1 and the group %2 are not of the same address "
                           "family.")
                                .arg(membership.source.toString(), membership.group.toString()));
    return membership;
}
