// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/payloadcodec.h"

#include "payload/payloadchars.h"

#include <QStringDecoder>

#include <algorithm>

namespace {

constexpr char16_t HexDigits[] = u"0123456789abcdef";

using PayloadChars::Ellipsis;
using PayloadChars::isControl;
using PayloadChars::isInvisibleOrBreaking;

// Length of the valid UTF-8 sequence at p (1..4), or 0 when the lead byte does not start one.
// Rejects overlong forms, surrogates and code points above U+10FFFF, as RFC 3629 requires.
int utf8SequenceAt(const uchar *p, qsizetype remaining, char32_t *cp)
{
    const uchar b = p[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        *cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        *cp = b & 0x0F;
        if (b == 0xE0)
            low = 0xA0; // overlong
        else if (b == 0xED)
            high = 0x9F; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        *cp = b & 0x07;
        if (b == 0xF0)
            low = 0x90; // overlong
        else if (b == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (remaining < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const uchar c = p[i];
        if (c < low || c > high)
            return 0;
        low = 0x80;
        high = 0xBF;
        *cp = (*cp << 6) | (c & 0x3F);
    }
    return length;
}

void appendHexEscape(QString &out, uchar b)
{
    const QChar escape[] = {u'\\', u'x', HexDigits[b >> 4], HexDigits[b & 0xF]};
    out.append(escape, 4);
}

// Appends the escape used for c (a character that is itself never shown) or returns false.
bool appendCommonEscape(QString &out, char32_t cp)
{
    switch (cp) {
    case u'\n':
        out += QLatin1String("\\n");
        return true;
    case u'\r':
        out += QLatin1String("\\r");
        return true;
    case u'\t':
        out += QLatin1String("\\t");
        return true;
    case 0:
        out += QLatin1String("\\0");
        return true;
    case u'\\':
        out += QLatin1String("\\\\");
        return true;
    default:
        return false;
    }
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(static_cast<char16_t>(cp));
    }
}

// One decoded character of a table cell: controls and invisible characters become escapes so
// the cell stays on one line and shows everything that was sent.
void appendDisplayChar(QString &out, char32_t cp)
{
    if (isControl(cp)) {
        appendHexEscape(out, static_cast<uchar>(cp));
    } else if (isInvisibleOrBreaking(cp) || QChar::isSurrogate(cp)) {
        if (cp > 0xFFFF)
            out += QStringLiteral("\\U%1").arg(static_cast<uint>(cp), 8, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0'));
    } else {
        appendCodePoint(out, cp);
    }
}

// ICU's Shift_JIS (IBM-943) swaps the controls 0x1A, 0x1C and 0x7F, and both Japanese
// converters report malformed bytes as U+001A (SUB) instead of U+FFFD. These bytes can never be
// trail bytes, so decoding up to and including each of them tells which output character is the
// real control; every other U+001A is a malformed sequence. Feeding a final '\n' flushes a
// dangling lead byte, which the converter would otherwise keep and drop silently.
QString decodeJapanese(QStringDecoder &decoder, QByteArrayView bytes, QByteArrayView realControls)
{
    QString out;
    out.reserve(bytes.size() + 1);
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && !realControls.contains(bytes.at(end)))
            ++end;
        const bool atEnd = end == bytes.size();
        const qsizetype from = out.size();
        out += decoder(atEnd ? bytes.sliced(start) : bytes.sliced(start, end - start + 1));
        if (atEnd)
            out += decoder(QByteArrayView("\n", 1));
        const qsizetype last = out.size() - 1;
        for (qsizetype i = from; i < last; ++i) {
            if (out.at(i) == u'\x1a')
                out[i] = QChar::ReplacementCharacter;
        }
        if (atEnd) {
            out.chop(1);
            break;
        }
        if (last >= from)
            out[last] = QLatin1Char(bytes.at(end));
        start = end + 1;
    }
    return out;
}

QString decodeBytes(QByteArrayView bytes, PayloadCodec::Encoding encoding)
{
    switch (encoding) {
    case PayloadCodec::Encoding::Latin1:
        return QString::fromLatin1(bytes);
    case PayloadCodec::Encoding::ShiftJis:
    case PayloadCodec::Encoding::EucJp: {
        const bool sjis = encoding == PayloadCodec::Encoding::ShiftJis;
        QStringDecoder decoder(sjis ? "Shift_JIS" : "EUC-JP");
        // Without ICU Qt knows neither; showing UTF-8 beats showing nothing.
        if (decoder.isValid())
            return decodeJapanese(decoder, bytes, sjis ? "\x1a\x1c\x7f" : "\x1a");
        break;
    }
    case PayloadCodec::Encoding::Utf8:
        break;
    }
    // Stateless so a truncated sequence at the end becomes U+FFFD, and a leading BOM is shown
    // rather than swallowed: the display must account for every byte.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}

} // namespace

QString PayloadCodec::toHex(const QByteArray &bytes, QChar separator)
{
    const qsizetype size = bytes.size();
    if (size == 0)
        return {};
    const bool separated = !separator.isNull();
    QString out(size * 2 + (separated ? size - 1 : 0), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        if (separated && i > 0)
            *o++ = separator;
        const auto b = static_cast<uchar>(bytes.at(i));
        *o++ = HexDigits[b >> 4];
        *o++ = HexDigits[b & 0xF];
    }
    return out;
}

QString PayloadCodec::toEscapedText(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() + bytes.size() / 8 + 8);
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        char32_t cp = 0;
        const int length = utf8SequenceAt(p + i, size - i, &cp);
        if (length == 1) {
            if (!appendCommonEscape(out, cp)) {
                if (isControl(cp))
                    appendHexEscape(out, p[i]);
                else
                    out += QLatin1Char(static_cast<char>(cp));
            }
            ++i;
        } else if (length == 0 || isControl(cp) || isInvisibleOrBreaking(cp)) {
            // Escaping the raw bytes keeps the round trip exact: parseEscapedText turns
            // \xHH back into the byte, not into the UTF-8 of U+00HH.
            const int count = length == 0 ? 1 : length;
            for (int k = 0; k < count; ++k)
                appendHexEscape(out, p[i + k]);
            i += count;
        } else {
            // Valid UTF-8 is canonical, so re-encoding the character gives back these bytes.
            appendCodePoint(out, cp);
            i += length;
        }
    }
    return out;
}

QString PayloadCodec::toDisplayText(const QByteArray &bytes, Encoding encoding, qsizetype maxChars)
{
    if (maxChars == 0)
        return {};
    // Every supported encoding yields at least one UTF-16 unit per four bytes, so a prefix this
    // long already overflows maxChars; a megabyte payload costs no more than a short one.
    QByteArrayView input(bytes);
    bool cut = false;
    if (maxChars > 0 && maxChars <= input.size() / 4 - 2) {
        input = input.first((maxChars + 1) * 4);
        cut = true;
    }
    const QString decoded = decodeBytes(input, encoding);

    QString out;
    out.reserve((maxChars < 0 ? decoded.size() : std::min(decoded.size(), maxChars)) + 16);
    // Escapes and surrogate pairs are appended whole; fitting remembers the longest prefix
    // that still leaves room for the ellipsis, so a cut never splits one.
    qsizetype fitting = 0;
    const qsizetype size = decoded.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t cp = decoded.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < size && decoded.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(decoded.at(i), decoded.at(i + 1));
            ++i;
        }
        if (!appendCommonEscape(out, cp))
            appendDisplayChar(out, cp);

        if (maxChars < 0)
            continue;
        if (out.size() < maxChars)
            fitting = out.size();
        else if (out.size() > maxChars)
            break;
    }
    if (maxChars >= 0 && (cut || out.size() > maxChars)) {
        out.truncate(fitting);
        out += Ellipsis;
    }
    return out;
}

QString PayloadCodec::toHexDump(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    if (size == 0)
        return {};
    // Eight offset digits like hexdump -C, more only for payloads past 4 GiB.
    int offsetWidth = 8;
    for (auto last = static_cast<quint64>(size - 1) >> 32; last != 0; last >>= 4)
        ++offsetWidth;
    // offset, 2 spaces, 16 * 3 + 1 for the hex columns, " |", 16 characters, "|", '\n'
    const qsizetype lineLength = offsetWidth + 2 + 49 + 2 + 16 + 1 + 1;
    const qsizetype lines = (size + 15) / 16;
    QString out(lines * lineLength, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *o = begin;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype offset = 0; offset < size; offset += 16) {
        if (offset > 0)
            *o++ = u'\n';
        auto value = static_cast<quint64>(offset);
        for (int k = offsetWidth - 1; k >= 0; --k) {
            o[k] = HexDigits[value & 0xF];
            value >>= 4;
        }
        o += offsetWidth;
        *o++ = u' ';
        const qsizetype count = std::min<qsizetype>(16, size - offset);
        for (qsizetype j = 0; j < 16; ++j) {
            if (j == 8)
                *o++ = u' ';
            *o++ = u' ';
            if (j < count) {
                *o++ = HexDigits[p[offset + j] >> 4];
                *o++ = HexDigits[p[offset + j] & 0xF];
            } else {
                *o++ = u' ';
                *o++ = u' ';
            }
        }
        *o++ = u' ';
        *o++ = u' ';
        *o++ = u'|';
        for (qsizetype j = 0; j < count; ++j) {
            const uchar b = p[offset + j];
            *o++ = QLatin1Char(b >= 0x20 && b < 0x7F ? static_cast<char>(b) : '.');
        }
        *o++ = u'|';
    }
    out.truncate(o - begin);
    return out;
}

QString PayloadCodec::decode(const QByteArray &bytes, Encoding encoding)
{
    return decodeBytes(bytes, encoding);
}

QString PayloadCodec::encodingName(Encoding encoding)
{
    // IANA names, which QStringDecoder also accepts.
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    case Encoding::ShiftJis:
        return QStringLiteral("Shift_JIS");
    case Encoding::EucJp:
        return QStringLiteral("EUC-JP");
    }
    return {};
}

QList<PayloadCodec::Encoding> PayloadCodec::encodings()
{
    return {Encoding::Utf8, Encoding::Latin1, Encoding::ShiftJis, Encoding::EucJp};
}

int PayloadCodec::hexDigitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
