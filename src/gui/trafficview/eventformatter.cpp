// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/eventformatter.h"

#include <QDateTime>
#include <QLocale>

QString EventFormatter::time(qint64 timestampMs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampMs).toString(QStringLiteral("hh:mm:ss.zzz"));
}

QString EventFormatter::dateTime(qint64 timestampMs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampMs)
        .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
}

QString EventFormatter::kindLabel(TrafficEvent::Kind kind)
{
    using Kind = TrafficEvent::Kind;
    switch (kind) {
    case Kind::Listening:
        return tr("listening");
    case Kind::Accepted:
        return tr("accepted");
    case Kind::Connected:
        return tr("connected");
    case Kind::Received:
        return tr("received");
    case Kind::Sent:
        return tr("sent");
    case Kind::Closed:
        return tr("closed");
    case Kind::Error:
        return tr("error");
    case Kind::Info:
        return tr("info");
    }
    return QString();
}

QString EventFormatter::protocolLabel(TrafficEvent::Protocol protocol)
{
    return protocol == TrafficEvent::Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
}

bool EventFormatter::hasPayload(const TrafficEvent &event)
{
    return event.kind == TrafficEvent::Kind::Received || event.kind == TrafficEvent::Kind::Sent;
}

QString EventFormatter::text(const TrafficEvent &event, PayloadCodec::Encoding encoding,
                             qsizetype maxChars)
{
    if (!hasPayload(event))
        return event.message;
    QString shown = PayloadCodec::toDisplayText(event.payload, encoding, maxChars);
    if (event.isPayloadTruncated() && !shown.endsWith(QChar(0x2026)))
        shown += QChar(0x2026);
    return shown;
}

QString EventFormatter::hexPreview(const TrafficEvent &event, qsizetype maxBytes)
{
    if (event.payload.isEmpty())
        return QString();
    QString hex = PayloadCodec::toHex(event.payload.left(maxBytes));
    if (event.payload.size() > maxBytes || event.isPayloadTruncated())
        hex += QStringLiteral(" ") + QChar(0x2026);
    return hex;
}

QString EventFormatter::hexDumpToolTip(const TrafficEvent &event, qsizetype maxBytes)
{
    if (event.payload.isEmpty())
        return QString();
    QString tip = QStringLiteral("<pre>")
        + PayloadCodec::toHexDump(event.payload.left(maxBytes)).toHtmlEscaped()
        + QStringLiteral("</pre>");
    if (event.size > maxBytes)
        tip += tr("First %1 of %2 bytes shown.")
                   .arg(QLocale().toString(maxBytes), QLocale().toString(event.size));
    return tip;
}

QString EventFormatter::details(const TrafficEvent &event, const QString &sessionLabel,
                                PayloadCodec::Encoding encoding, qsizetype maxDumpBytes)
{
    const QLocale locale;
    QStringList lines;
    //: Details panel heading: event name, session, sequence number
    lines << tr("%1 · %2 · #%3")
                 .arg(kindLabel(event.kind), sessionLabel, QString::number(event.sequence));
    lines << tr("Time:  %1").arg(dateTime(event.timestampMs));
    if (!event.local.isNull())
        lines << tr("Local: %1").arg(event.local.toString());
    if (!event.peer.isNull())
        lines << tr("Peer:  %1").arg(event.peer.toString());
    if (event.connectionId > 0)
        lines << tr("Connection: #%1").arg(event.connectionId);
    if (!event.message.isEmpty())
        lines << tr("Message: %1").arg(event.message);
    if (!hasPayload(event))
        return lines.join(QLatin1Char('\n'));

    lines << tr("Bytes: %1").arg(locale.toString(event.size));
    if (event.isPayloadTruncated())
        lines << tr("The log kept the first %1 bytes only.")
                     .arg(locale.toString(event.payload.size()));
    const QByteArray shown = event.payload.left(maxDumpBytes);
    lines << QString() << tr("Text (%1):").arg(PayloadCodec::encodingName(encoding))
          << PayloadCodec::toDisplayText(shown, encoding);
    lines << QString() << tr("Hex:") << compactHexDump(shown);
    if (event.payload.size() > maxDumpBytes)
        lines << tr("First %1 of %2 bytes shown.")
                     .arg(locale.toString(maxDumpBytes), locale.toString(event.payload.size()));
    return lines.join(QLatin1Char('\n'));
}

QString EventFormatter::compactHexDump(const QByteArray &bytes)
{
    // Eight bytes a line fits the narrow details panel; offsets grow past four digits only
    // when the payload does.
    constexpr qsizetype PerLine = 8;
    const int offsetDigits = bytes.size() > 0xffff ? 8 : 4;
    QString dump;
    dump.reserve((bytes.size() / PerLine + 1) * (offsetDigits + 36));
    for (qsizetype start = 0; start < bytes.size(); start += PerLine) {
        const QByteArray line = bytes.mid(start, PerLine);
        if (start > 0)
            dump += QLatin1Char('\n');
        dump += QString::number(start, 16).rightJustified(offsetDigits, QLatin1Char('0'));
        dump += QStringLiteral("  ");
        QString ascii;
        for (qsizetype i = 0; i < PerLine; ++i) {
            if (i < line.size()) {
                const auto byte = static_cast<uchar>(line.at(i));
                dump += QString::number(byte, 16).rightJustified(2, QLatin1Char('0'));
                dump += QLatin1Char(' ');
                ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(static_cast<char>(byte))
                                                       : QLatin1Char('.');
            } else {
                dump += QStringLiteral("   ");
            }
        }
        dump += QLatin1Char(' ') + ascii;
    }
    return dump;
}

QByteArray EventFormatter::endpointSortKey(const Endpoint &endpoint)
{
    // Bytes, not text: a sort of a million rows builds one key per row, and compared
    // bytewise "4" < "6", the address big-endian and the port big-endian order as the
    // fixed-width hex and decimal text once did.
    if (endpoint.isNull())
        return {};
    QByteArray key;
    bool isV4 = false;
    const quint32 v4 = endpoint.address().toIPv4Address(&isV4);
    if (isV4) {
        key.reserve(7);
        key += '4';
        for (int shift = 24; shift >= 0; shift -= 8)
            key += char((v4 >> shift) & 0xff);
    } else {
        const Q_IPV6ADDR v6 = endpoint.address().toIPv6Address();
        key.reserve(19);
        key += '6';
        key.append(reinterpret_cast<const char *>(v6.c), 16);
    }
    key += char(endpoint.port() >> 8);
    key += char(endpoint.port() & 0xff);
    return key;
}
