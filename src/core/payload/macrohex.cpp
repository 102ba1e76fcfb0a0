// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/macrohex.h"

PayloadCodec::Result MacroHex::parse(const QString &text)
{
    PayloadCodec::Result result;
    qsizetype from = 0;
    auto appendHex = [&](qsizetype end) {
        const PayloadCodec::Result chunk = PayloadCodec::parseHex(text.mid(from, end - from));
        if (!chunk.isOk()) {
            result.error = chunk.error;
            result.errorPosition = from + qMax<qsizetype>(chunk.errorPosition, 0);
            return false;
        }
        result.bytes.append(chunk.bytes);
        return true;
    };
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break; // the rest is hex (an unclosed "{{" is a hex error there)
        if (!appendHex(open))
            return result;
        result.bytes.append(text.mid(open, close + 2 - open).toUtf8());
        from = close + 2;
    }
    if (!appendHex(text.size()))
        return result;
    return result;
}

QString MacroHex::toHex(const QByteArray &bytes)
{
    QString out;
    qsizetype from = 0;
    auto appendHex = [&](qsizetype end) {
        if (end <= from)
            return;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
        out += PayloadCodec::toHex(bytes.mid(from, end - from));
    };
    while (from < bytes.size()) {
        const qsizetype open = bytes.indexOf("{{", from);
        const qsizetype close = open < 0 ? -1 : bytes.indexOf("}}", open + 2);
        if (close < 0)
            break;
        const QByteArray token = bytes.mid(open, close + 2 - open);
        // Only a token that survives UTF-8 round trip can be shown as text; else it stays hex.
        if (QString::fromUtf8(token).toUtf8() != token || token.contains('\0')) {
            appendHex(close + 2);
            from = close + 2;
            continue;
        }
        appendHex(open);
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromUtf8(token);
        from = close + 2;
    }
    appendHex(bytes.size());
    return out;
}
