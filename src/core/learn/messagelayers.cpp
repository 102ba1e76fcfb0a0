// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/messagelayers.h"

#include "learn/linktable.h"
#include "payload/payloadcodec.h"

#include <climits>

namespace {

// On the wire an IPv4-mapped address (::ffff:127.0.0.1 of a dual-stack socket) is IPv4.
// (Endpoint unwraps them already; kept for addresses from elsewhere.)
QHostAddress plain(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

bool isAny(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
        || address == QHostAddress::Any;
}

int countOf(qint64 value)
{
    return int(qMin<qint64>(value, INT_MAX));
}

bool isTls(const TrafficEvent &event)
{
    // TLS rows name the call that gave their (decrypted) bytes: SSL_read() or SSL_write().
    return event.message.startsWith(QLatin1String("SSL_"));
}

bool isIPv6(const TrafficEvent &event)
{
    const QHostAddress peer = plain(event.peer.address());
    const QHostAddress side = peer.isNull() ? plain(event.local.address()) : peer;
    return side.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

bool MessageLayers::applies(const TrafficEvent &event)
{
    return (event.kind == TrafficEvent::Kind::Sent || event.kind == TrafficEvent::Kind::Received)
        && !event.peer.isNull();
}

QString MessageLayers::layerName(Layer layer)
{
    switch (layer) {
    case Application:
        return tr("Application");
    case Transport:
        return tr("Transport");
    case Internet:
        return tr("Internet");
    case Link:
    case LayerCount:
        break;
    }
    return tr("Link");
}

QString MessageLayers::caption(const TrafficEvent &event)
{
    const QString protocol = TrafficEvent::protocolName(event.protocol).toUpper();
    return event.kind == TrafficEvent::Kind::Sent
        ? tr("Sent %n byte(s) to %1 over %2", nullptr, countOf(event.size))
              .arg(event.peer.toString(), protocol)
        : tr("Received %n byte(s) from %1 over %2", nullptr, countOf(event.size))
              .arg(event.peer.toString(), protocol);
}

MessageLayers::Table MessageLayers::of(const TrafficEvent &event, const LinkTable *linkTable)
{
    Table table;
    table[Application] = application(event);
    table[Transport] = transport(event, linkTable);
    table[Internet] = internet(event, linkTable);
    table[Link] = link(event, linkTable);
    for (int layer = 0; layer < LayerCount; ++layer)
        table[size_t(layer)].layer = layerName(Layer(layer));
    return table;
}

MessageLayer MessageLayers::application(const TrafficEvent &event)
{
    const bool tcp = event.protocol == TrafficEvent::Protocol::Tcp;
    const bool sent = event.kind == TrafficEvent::Kind::Sent;
    MessageLayer layer;
    layer.protocol = isTls(event) ? tr("TLS (shown decrypted)") : tr("Payload");

    QString contents = tr("%n byte(s)", nullptr, countOf(event.size));
    if (event.payload.isEmpty() && event.size > 0) {
        contents += u' ' + tr("(the log did not keep them)");
    } else if (!event.payload.isEmpty()) {
        const QByteArray first = event.payload.left(PreviewBytes);
        const bool more = event.size > first.size();
        const QString ellipsis = more ? QStringLiteral("…") : QString();
        contents += QStringLiteral(": \"") + PayloadCodec::toEscapedText(first) + ellipsis
            + QStringLiteral("\"\n") + tr("hex: %1").arg(PayloadCodec::toHex(first) + ellipsis);
    }
    contents += u'\n';
    if (!tcp)
        contents += tr("Exactly one datagram: one sendto() arrives as one recvfrom(), never "
                       "split or joined with another.");
    else if (sent)
        contents += tr("One send() whose bytes the kernel took: it may cut them into several "
                       "segments or join them with others. TCP carries a byte stream, not "
                       "messages.");
    else
        contents += tr("One recv(): its bytes may come from several segments and from several "
                       "send() calls of the peer. TCP carries a byte stream, not messages.");
    layer.contents = contents;
    layer.header = isTls(event)
        ? tr("On the wire these bytes travel encrypted in TLS records (a 5-byte header each, "
             "plus an authentication tag); the log does not see the records.")
        : tr("None: the program's own bytes, as they are.");
    return layer;
}

MessageLayer MessageLayers::transport(const TrafficEvent &event, const LinkTable *linkTable)
{
    const bool sent = event.kind == TrafficEvent::Kind::Sent;
    const quint16 from = sent ? event.local.port() : event.peer.port();
    const quint16 to = sent ? event.peer.port() : event.local.port();
    MessageLayer layer;
    layer.contents = tr("Source port %1 → destination port %2: the port tells the process on "
                        "each machine apart.")
                         .arg(from)
                         .arg(to);
    if (event.protocol == TrafficEvent::Protocol::Udp) {
        layer.protocol = QStringLiteral("UDP");
        layer.header = tr("8 bytes exactly: both ports, a length and a checksum.");
        if (event.size + 8 <= 65535)
            layer.header
                += u' ' + tr("The length field says %1 (8 + the payload).").arg(event.size + 8);
        return layer;
    }
    layer.protocol = QStringLiteral("TCP");
    layer.header = tr("20 to 60 bytes per segment: 20 fixed, plus options that the log does not "
                      "see.");
    if (linkTable && linkTable->tcpTimestamps.has_value()) {
        layer.header += u' '
            + (*linkTable->tcpTimestamps
                   ? tr("This system offers TCP timestamps (net.ipv4.tcp_timestamps): when the "
                        "peer agrees, as Linux does by default, each segment carries 12 bytes "
                        "of them, 32 in all.")
                   : tr("TCP timestamps are off on this system (net.ipv4.tcp_timestamps = 0), so "
                        "data segments usually carry no options: 20 bytes."));
    }
    return layer;
}

MessageLayer MessageLayers::internet(const TrafficEvent &event, const LinkTable *linkTable)
{
    Q_UNUSED(linkTable);
    const bool sent = event.kind == TrafficEvent::Kind::Sent;
    const bool v6 = isIPv6(event);
    const QHostAddress local = plain(event.local.address());
    const QString localText = isAny(local)
        ? tr("this machine (the socket is bound to %1; which of its addresses was used is not "
             "logged)")
              .arg(event.local.addressString().isEmpty() ? QStringLiteral("*")
                                                         : event.local.addressString())
        : event.local.addressString();
    const QString peerText = event.peer.addressString();
    MessageLayer layer;
    layer.protocol = v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    layer.contents = tr("From %1 to %2: the address finds the machine.")
                         .arg(sent ? localText : peerText, sent ? peerText : localText);
    layer.header = v6 ? tr("40 bytes, fixed (SockLab adds no extension headers).")
                      : tr("20 bytes without options (SockLab sets none).");
    if (event.protocol == TrafficEvent::Protocol::Udp) {
        const qint64 total = event.size + 8 + (v6 ? 40 : 20);
        layer.header
            += u' ' + tr("This datagram makes a packet of %n byte(s).", nullptr, countOf(total));
    }
    return layer;
}

MessageLayer MessageLayers::link(const TrafficEvent &event, const LinkTable *linkTable)
{
    const QHostAddress local = plain(event.local.address());
    const QHostAddress peer = plain(event.peer.address());
    MessageLayer layer;
    const LinkTable::Interface *interface = nullptr;
    QString why;
    bool internal = false;

    if (local.isLoopback() || peer.isLoopback()) {
        internal = true;
        why = tr("A loopback address: the packet never leaves this machine.");
    } else if (!linkTable) {
        layer.protocol = tr("…");
        layer.contents = tr("Reading this machine's interfaces…");
        return layer;
    } else if (linkTable->owning(peer)) {
        internal = true;
        why = tr("%1 is an address of this machine: the kernel delivers the packet internally, "
                 "through the loopback interface.")
                  .arg(event.peer.addressString());
    } else if (!isAny(local) && (interface = linkTable->owning(local))) {
        why = tr("The interface holding the local address %1.").arg(event.local.addressString());
    } else {
        layer.protocol = tr("Unknown");
        layer.contents = isAny(local)
            ? tr("The socket is bound to every address and the log does not record which "
                 "interface the packet used.")
            : tr("No interface holds %1 now.").arg(event.local.addressString());
        layer.header = tr("Depends on the link (Ethernet: a 14-byte header and a 4-byte check "
                          "sequence).");
        return layer;
    }

    if (internal) {
        interface = linkTable ? linkTable->loopback() : nullptr;
#ifdef Q_OS_LINUX
        layer.protocol = interface ? interface->name : QStringLiteral("lo");
#else
        layer.protocol = interface ? interface->name : tr("loopback");
#endif
        layer.header = tr("None on a wire: loopback hands the packet over in memory.");
    } else {
        layer.protocol = interface->name;
        switch (interface->type) {
        case QNetworkInterface::Ethernet:
            layer.header = tr("Ethernet: a 14-byte header and a 4-byte frame check sequence.");
            break;
        case QNetworkInterface::Wifi:
            layer.header = tr("Wi-Fi: an 802.11 header, whose size depends on the frame.");
            break;
        default:
            layer.header = tr("Depends on the link type of %1.").arg(interface->name);
            break;
        }
    }
    layer.contents = why;
    if (interface && interface->mtu > 0) {
        layer.contents += u' ' + tr("MTU %1 bytes.").arg(interface->mtu);
        const qint64 total = event.size + 8 + (isIPv6(event) ? 40 : 20);
        if (event.protocol == TrafficEvent::Protocol::Udp && total > interface->mtu)
            layer.contents += u' '
                + tr("The %1-byte packet is larger than that: IP sends it in fragments.")
                      .arg(total);
    }
    return layer;
}
