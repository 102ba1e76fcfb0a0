// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/lessons.h"

#include "learn/portholders.h"
#include "net/socketnarration.h"

#include <QRegularExpression>

#include <climits>

bool Lessons::matchesTemplate(const QString &message, const QString &sentenceTemplate)
{
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]+"));
    const QStringList parts = sentenceTemplate.split(placeholder);
    qsizetype from = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty())
            continue;
        const qsizetype at = message.indexOf(part, from);
        if (at < 0 || (i == 0 && at != 0))
            return false;
        from = at + part.size();
    }
    return true;
}

QString Lessons::icmpHint()
{
    // The same source text as UdpSession::onSocketError(), so the same translation; the
    // lessons test checks it against a real ICMP error.
    return QCoreApplication::translate(
        "UdpSession",
        "ICMP port unreachable: nothing listens where an earlier datagram went; UDP "
        "reports this only as a hint and the datagram is lost.");
}

std::optional<Lesson> Lessons::forEvent(const TrafficEvent &event, qint64 ownPid,
                                        const QString &peerOwner)
{
    using Kind = TrafficEvent::Kind;
    const bool tcp = event.protocol == TrafficEvent::Protocol::Tcp;

    if (event.kind == Kind::Error && tcp
        && matchesTemplate(event.message, SocketNarration::refusedTemplate()))
        return Lesson {tr("Connection refused: TCP asks first"),
                       tr("TCP is connection-oriented: connect() first asks the server's "
                          "kernel for a connection. When no socket listens on that port, the "
                          "kernel answers with a reset (RST) and connect() fails at once with "
                          "\"connection refused\" (ECONNREFUSED), as the tutorial's "
                          "client_tcp.py does once server_tcp.py has stopped. UDP has no "
                          "connection to refuse: sending a datagram to the same port would "
                          "have \"succeeded\".")};

    if (event.kind == Kind::Error
        && matchesTemplate(event.message, PortHolders::sentenceTemplate()))
        return Lesson {tr("Address already in use"),
                       tr("Only one socket may be bound to an address and port at a time, so "
                          "that the kernel knows which process gets what arrives there. The "
                          "sentence above says who holds the port, read from the socket table "
                          "(what ss -tanp and the Connections tab show). A TCP port can also "
                          "stay taken after its program ended: the side that closed first "
                          "keeps each connection in TIME-WAIT for up to 60 s, so that late "
                          "packets of the old connection are not taken for a new one. "
                          "SO_REUSEADDR, set by the old server and the new one, lets a new "
                          "listener bind over TIME-WAIT; the tutorial's server_tcp.py does "
                          "not set it.")};

    if (!tcp && event.kind == Kind::Info && event.message == icmpHint())
        return Lesson {tr("UDP: an error that comes late, if at all"),
                       tr("Nothing listened where an earlier datagram went, and the peer's "
                          "kernel answered with an ICMP \"port unreachable\" message. The "
                          "sendto() had already succeeded: UDP does not wait for an answer. "
                          "Linux passes such a message on, as an error on a later call, only "
                          "to a connected UDP socket; across a network it is often filtered, "
                          "and then nothing at all tells the sender.")};

    if (!tcp && event.kind == Kind::Sent)
        return Lesson {tr("UDP sends without a connection"),
                       tr("sendto() succeeded: the kernel sent this %n-byte datagram towards "
                          "%1 whether or not anything listens there. UDP does no handshake "
                          "and no retransmission, so it cannot report that nobody received "
                          "it, as the tutorial's client_udp.py shows after server_udp.py has "
                          "stopped. If nothing listens, the peer's kernel may answer with an "
                          "ICMP \"port unreachable\", which Linux hands on, as an error on a "
                          "later call, only to a connected UDP socket (SockLab logs it as a "
                          "hint when it comes). TCP would have refused the connection "
                          "instead.",
                          nullptr, static_cast<int>(qMin<qint64>(event.size, INT_MAX)))
                           .arg(event.peer.toString())};

    if (tcp && event.kind == Kind::Received) {
        QString text = tr("recv() returns whatever bytes have arrived, not one message: "
                          "several send() calls of the peer may come out of one recv(), and "
                          "one send() may take several. TCP keeps no message boundaries, so "
                          "a protocol marks its own (a newline, a length prefix); framing in "
                          "SockLab cuts the stream that way.");
        if (!event.message.isEmpty())
            text += u' '
                + tr("For this message the framing note says \"%1\": that many recv() "
                     "calls made it.")
                      .arg(event.message);
        return Lesson {tr("TCP is a byte stream"), text};
    }

    if (event.kind == Kind::Listening || event.kind == Kind::Accepted
        || event.kind == Kind::Connected) {
        QString text = tr("An IP address finds the machine; the port finds the process on it. "
                          "This socket is %1, held by SockLab (PID %2): the kernel hands what "
                          "arrives for that port to it and to no other process.")
                           .arg(event.local.toString())
                           .arg(ownPid);
        if (!event.peer.isNull()) {
            text += u' ';
            text += peerOwner.isEmpty()
                ? tr("The peer is %1: another process, told apart by its own port.")
                      .arg(event.peer.toString())
                : tr("The peer is %1, held by %2.").arg(event.peer.toString(), peerOwner);
        }
        text += u' '
            + tr("The Connections tab (like netstat -ap, ss -p or the tutorial's ps step) "
                 "shows which PID and program holds each port.");
        return Lesson {tr("Ports tell processes apart"), text};
    }
    return std::nullopt;
}
