// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/portholders.h"

#include "sockettable/processsocketmap.h"
#include "sockettable/sockettable.h"

#include <algorithm>

namespace {

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6)
        || address == QHostAddress(QHostAddress::Any);
}

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    if (isWildcard(a) || isWildcard(b))
        return true;
    // ::ffff:127.0.0.1 is 127.0.0.1 for bind()'s purposes.
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

QString ownerText(const PortHolders::Owner &owner)
{
    if (owner.isOwn)
        return PortHolders::tr("this SockLab (PID %1)").arg(owner.pid);
    return PortHolders::tr("%1 (PID %2)").arg(owner.process).arg(owner.pid);
}

} // namespace

PortHolders PortHolders::find(const QList<SocketRecord> &records, bool tcp, const Endpoint &where)
{
    PortHolders holders;
    holders.isTableRead = true;
    const SocketRecord::Protocol protocol
        = tcp ? SocketRecord::Protocol::Tcp : SocketRecord::Protocol::Udp;
    for (const SocketRecord &record : records) {
        if (record.protocol != protocol || record.local.port() != where.port()
            || !sameAddress(record.local.address(), where.address()))
            continue;
        const bool holds = !tcp || record.state == SocketRecord::State::Listen;
        if (tcp && record.state == SocketRecord::State::TimeWait) {
            ++holders.timeWait;
            holders.timeWaitLeftMs = std::max(holders.timeWaitLeftMs, record.timerMs);
        }
        else if (holds)
            ++holders.listening;
        else
            ++holders.connections;
        if (record.pid > 0 && record.state != SocketRecord::State::TimeWait) {
            const Owner owner {record.pid, record.process, record.isOwn};
            if (!holders.owners.contains(owner))
                holders.owners.append(owner);
        }
    }
    return holders;
}

PortHolders PortHolders::look(bool tcp, const Endpoint &where)
{
    if (!SocketTable::isSupported())
        return {};
    SocketTable::Options options;
    options.tcp = tcp;
    options.udp = !tcp;
    // Naming processes walks every /proc/<pid>/fd: only when someone besides TIME-WAIT holds
    // the port (TIME-WAIT sockets belong to no process).
    options.processes = false;
    const SocketSnapshot first = SocketTable::read(options);
    PortHolders holders = find(first.records, tcp, where);
    if (holders.listening + holders.connections == 0)
        return holders;
    options.processes = true;
    return find(SocketTable::read(options).records, tcp, where);
}

QString PortHolders::sentenceTemplate()
{
    return tr("Address %1 is already in use: %2");
}

QString PortHolders::explain(const Endpoint &where, const PortHolders &holders, bool tcp)
{
    return sentenceTemplate().arg(where.toString(), detail(where, holders, tcp));
}

QString PortHolders::detail(const Endpoint &where, const PortHolders &holders, bool tcp)
{
    const int port = where.port();
    if (!holders.isTableRead)
        return tr("another program (or another SockLab session) is bound to it; stop it or "
                  "pick another port.");
    QStringList names;
    for (const Owner &owner : holders.owners)
        names.append(ownerText(owner));
    const QString who = names.join(QStringLiteral(", "));

    if (holders.listening > 0) {
        if (who.isEmpty())
            return tcp ? tr("a program listens on port %1 (its PID is not visible to this "
                            "user; ss -ltnp as root shows it); stop it or pick another port.")
                             .arg(port)
                       : tr("a program is bound to UDP port %1 (its PID is not visible to this "
                            "user; ss -lunp as root shows it); stop it or pick another port.")
                             .arg(port);
        return tcp
            ? tr("%1 listens on port %2; stop it or pick another port.").arg(who).arg(port)
            : tr("%1 is bound to UDP port %2; stop it or pick another port.").arg(who).arg(port);
    }
    if (holders.timeWait > 0 && holders.connections == 0 && holders.timeWaitLeftMs >= 0)
        return tr("only %n connection(s) in TIME-WAIT hold it, left over by the server that "
                  "closed them first. Linux keeps them 60 s after the close; the last of them "
                  "goes in %1 s, then the port is free again. SO_REUSEADDR lets a new server "
                  "bind over TIME-WAIT only if the old server set it too (the tutorial's "
                  "server_tcp.py does not; SockLab does): wait or pick another port.",
                  nullptr, holders.timeWait)
            .arg((holders.timeWaitLeftMs + 999) / 1000);
    if (holders.timeWait > 0 && holders.connections == 0)
        return tr("only %n connection(s) in TIME-WAIT hold it, left over by the server that "
                  "closed them first. Linux keeps them up to 60 s after the close, then the "
                  "port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only "
                  "if the old server set it too (the tutorial's server_tcp.py does not; SockLab "
                  "does): wait up to a minute or pick another port.",
                  nullptr, holders.timeWait);
    if (holders.connections > 0) {
        const QString held
            = who.isEmpty() ? tr("programs whose PID is not visible to this user") : who;
        return tr("nobody listens on port %1, but %n connection(s) on it still exist (held by "
                  "%2, plus %3 in TIME-WAIT); they free the port once closed.",
                  nullptr, holders.connections)
            .arg(port)
            .arg(held)
            .arg(holders.timeWait);
    }
    return tr("the socket table shows no socket on port %1 (another network namespace, or a "
              "socket closed just now); stop the program that uses it or pick another port.")
        .arg(port);
}
