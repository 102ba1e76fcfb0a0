// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/trafficeventjson.h"

#include "payload/payloadcodec.h"

#include <QDateTime>

#include <algorithm>

namespace {

void appendEscaped(QByteArray &out, const QString &text)
{
    static const char hexDigits[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    // Written through a pointer into room for the worst case (6 bytes per byte): a profile of
    // a --log-file flood showed per-character QByteArray appends as a fifth of the writer.
    const qsizetype start = out.size();
    out.resize(start + 6 * utf8.size());
    char *to = out.data() + start;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\') {
            *to++ = c;
            continue;
        }
        *to++ = '\\';
        switch (c) {
        case '"': *to++ = '"'; break;
        case '\\': *to++ = '\\'; break;
        case '\b': *to++ = 'b'; break;
        case '\f': *to++ = 'f'; break;
        case '\n': *to++ = 'n'; break;
        case '\r': *to++ = 'r'; break;
        case '\t': *to++ = 't'; break;
        default:
            *to++ = 'u';
            *to++ = '0';
            *to++ = '0';
            *to++ = hexDigits[u >> 4];
            *to++ = hexDigits[u & 0xf];
        }
    }
    out.truncate(to - out.constData());
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    appendEscaped(out, text);
    out += '"';
}

void appendHex(QByteArray &out, QByteArrayView bytes)
{
    static const char hexDigits[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 2 * bytes.size());
    char *to = out.data() + start;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        *to++ = hexDigits[u >> 4];
        *to++ = hexDigits[u & 0xf];
    }
}

// Where to end a slice of UTF-8 at or before end so that decoding the slices one by one gives
// what decoding the whole would: just before a byte that starts a sequence (or is not a
// continuation byte), since such a byte always starts a new character. A lead byte further
// back than 3 bytes cannot reach past end, so end itself is then a boundary.
qsizetype utf8Boundary(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    if (end >= bytes.size())
        return bytes.size();
    for (qsizetype cut = end; cut > begin && cut > end - 4; --cut) {
        if ((static_cast<unsigned char>(bytes.at(cut)) & 0xC0) != 0x80)
            return cut;
    }
    return end;
}

} // namespace

QByteArray TrafficEventJson::line(const TrafficEvent &event, const QString &sessionLabel)
{
    QByteArray out;
    out.reserve(256 + event.payload.size() * 3);
    const qsizetype whole = std::max<qsizetype>(1, event.payload.size());
    appendLine(out, event, sessionLabel, whole, [](QByteArray &) { return true; });
    return out;
}

bool TrafficEventJson::appendLine(QByteArray &out, const TrafficEvent &event,
                                  const QString &sessionLabel, qsizetype sliceBytes,
                                  const Flush &flush)
{
    bool first = true;
    const auto key = [&out, &first](const char *name) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += name;
        out += "\":";
    };
    const qsizetype slice = std::max<qsizetype>(1, sliceBytes);
    const auto flushIfFull = [&out, &flush, slice] { return out.size() < slice || flush(out); };
    const QByteArray &payload = event.payload;

    out += '{';
    key("bytes");
    out += QByteArray::number(event.size);
    key("connection");
    out += QByteArray::number(event.connectionId);
    key("event");
    appendString(out, TrafficEvent::kindName(event.kind));
    key("local");
    appendString(out, event.local.toString());
    key("message");
    appendString(out, event.message);
    key("payload_hex");
    out += '"';
    for (qsizetype at = 0; at < payload.size(); at += slice) {
        appendHex(out, QByteArrayView(payload).sliced(at, std::min(slice, payload.size() - at)));
        if (!flushIfFull())
            return false;
    }
    out += '"';
    key("peer");
    appendString(out, event.peer.toString());
    key("protocol");
    appendString(out, TrafficEvent::protocolName(event.protocol));
    key("sequence");
    out += QByteArray::number(event.sequence);
    key("session");
    appendString(out, sessionLabel);
    key("session_id");
    out += QByteArray::number(event.sessionId);
    key("text");
    out += '"';
    for (qsizetype at = 0; at < payload.size();) {
        const qsizetype end = utf8Boundary(payload, at, at + slice);
        appendEscaped(out, PayloadCodec::decode(payload.sliced(at, end - at)));
        at = end;
        if (!flushIfFull())
            return false;
    }
    out += '"';
    key("time");
    appendString(out, QDateTime::fromMSecsSinceEpoch(event.timestampMs, Qt::UTC)
                              .toString(Qt::ISODateWithMs));
    key("truncated");
    out += event.isPayloadTruncated() ? "true" : "false";
    out += '}';
    return true;
}
