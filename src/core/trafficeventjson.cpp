#include "trafficeventjson.h"

#include "payloadcodec.h"

#include <QDateTime>

namespace {

void appendString(QByteArray &out, const QString &text)
{
    static const char hexDigits[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hexDigits[u >> 4];
                out += hexDigits[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, const char *key)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

} // namespace

QByteArray TrafficEventJson::line(const TrafficEvent &event, const QString &sessionLabel)
{
    QByteArray out;
    out.reserve(256 + event.payload.size() * 3);
    out += '{';
    appendKey(out, "bytes");
    out += QByteArray::number(event.size);
    appendKey(out, "connection");
    out += QByteArray::number(event.connectionId);
    appendKey(out, "event");
    appendString(out, TrafficEvent::kindName(event.kind));
    appendKey(out, "local");
    appendString(out, event.local.toString());
    appendKey(out, "message");
    appendString(out, event.message);
    appendKey(out, "payload_hex");
    out += '"';
    out += event.payload.toHex();
    out += '"';
    appendKey(out, "peer");
    appendString(out, event.peer.toString());
    appendKey(out, "protocol");
    appendString(out, TrafficEvent::protocolName(event.protocol));
    appendKey(out, "sequence");
    out += QByteArray::number(event.sequence);
    appendKey(out, "session");
    appendString(out, sessionLabel);
    appendKey(out, "session_id");
    out += QByteArray::number(event.sessionId);
    appendKey(out, "text");
    appendString(out, PayloadCodec::decode(event.payload));
    appendKey(out, "time");
    appendString(out, QDateTime::fromMSecsSinceEpoch(event.timestampMs, Qt::UTC)
                              .toString(Qt::ISODateWithMs));
    appendKey(out, "truncated");
    out += event.isPayloadTruncated() ? "true" : "false";
    out += '}';
    return out;
}
