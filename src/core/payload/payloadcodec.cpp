// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/payloadcodec.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace {

constexpr char16_t HexDigits[] = u"0123456789abcdef";
constexpr char16_t Ellipsis = u'\u2026';

int hexValue(QChar c)
{
    return PayloadCodec::hexDigitValue(c);
}

// Whitespace of any kind (so an ideographic space typed in a Japanese IME works), plus the
// punctuation that hex dumps and tools use between bytes. '-' is accepted because MAC-style
// and Windows "48-65-6C" dumps are common and a minus sign has no other meaning here.
bool isHexSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u':' || c == u'-';
}

// Valid characters that would hide, reorder or break the text they appear in: line and
// paragraph separators, bidi overrides ("Trojan Source"), zero-width spaces, a BOM, and
// noncharacters. ZWJ/ZWNJ are left alone because emoji and several scripts need them.
bool isInvisibleOrBreaking(char32_t cp)
{
    switch (cp) {
    case 0x061C: // arabic letter mark
    case 0x200B: // zero width space
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark
        return true;
    default:
        break;
    }
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

bool isControl(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

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

// The whole character at pos, a surrogate pair being one character.
QStringView characterAt(const QString &text, qsizetype pos, char32_t *cp)
{
    *cp = text.at(pos).unicode();
    if (QChar::isHighSurrogate(*cp) && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate()) {
        *cp = QChar::surrogateToUcs4(text.at(pos), text.at(pos + 1));
        return QStringView(text).sliced(pos, 2);
    }
    return QStringView(text).sliced(pos, 1);
}

bool isVisible(char32_t cp)
{
    return QChar::isPrint(cp) && !isInvisibleOrBreaking(cp);
}

// The character at pos for an error message: quoted when it can be seen, U+XXXX otherwise.
QString describeCharAt(const QString &text, qsizetype pos)
{
    char32_t cp = 0;
    const QStringView character = characterAt(text, pos, &cp);
    if (isVisible(cp))
        return QLatin1Char('"') + character + QLatin1Char('"');
    return QStringLiteral("U+%1").arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0')).toUpper();
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

PayloadCodec::Result PayloadCodec::parseEscapedText(const QString &text)
{
    Result result;
    // UTF-8 needs at most three bytes per UTF-16 unit; shrink once at the end.
    result.bytes.resize(text.size() * 3);
    char *const begin = result.bytes.data();
    char *out = begin;
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);

    auto fail = [&result](qsizetype position, const QString &message) {
        result.bytes.clear();
        result.errorPosition = position;
        result.error = message;
        return result;
    };

    const qsizetype size = text.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i) != u'\\')
            continue;
        // A backslash is never half of a surrogate pair, so the run is whole characters.
        out = encoder.appendToBuffer(out, QStringView(text).sliced(runStart, i - runStart));
        if (i + 1 == size) {
            return fail(i,
                        tr("Lone backslash at position %1 at the end of the text; write \\\\ "
                           "for a backslash.")
                            .arg(i));
        }
        const char16_t escape = text.at(i + 1).unicode();
        switch (escape) {
        case u'n':
            *out++ = '\n';
            break;
        case u'r':
            *out++ = '\r';
            break;
        case u't':
            *out++ = '\t';
            break;
        case u'0':
            *out++ = '\0';
            break;
        case u'\\':
            *out++ = '\\';
            break;
        case u'x': {
            qsizetype digits = 0;
            while (digits < 2 && i + 2 + digits < size && hexValue(text.at(i + 2 + digits)) >= 0)
                ++digits;
            const QString sequence = text.mid(i, 2 + digits);
            if (digits < 2 && i + 2 + digits == size) {
                return fail(i,
                            tr("Incomplete escape \"%1\" at position %2: \\x needs two hex "
                               "digits.")
                                .arg(sequence)
                                .arg(i));
            }
            if (digits < 2) {
                return fail(i,
                            tr("Escape \"%1\" at position %2 needs two hex digits, but %3 is "
                               "not one.")
                                .arg(sequence)
                                .arg(i)
                                .arg(describeCharAt(text, i + 2 + digits)));
            }
            *out++ = static_cast<char>(hexValue(text.at(i + 2)) << 4 | hexValue(text.at(i + 3)));
            i += 2;
            break;
        }
        default: {
            char32_t cp = 0;
            const QStringView character = characterAt(text, i + 1, &cp);
            if (isVisible(cp)) {
                return fail(i,
                            tr("Unknown escape \"\\%1\" at position %2; use \\n, \\r, \\t, "
                               "\\\\, \\0 or \\xHH.")
                                .arg(character)
                                .arg(i));
            }
            return fail(i,
                        tr("Unknown escape at position %1: a backslash followed by %2; use "
                           "\\n, \\r, \\t, \\\\, \\0 or \\xHH.")
                            .arg(i)
                            .arg(describeCharAt(text, i + 1)));
        }
        }
        ++i; // past the escape letter
        runStart = i + 1;
    }
    out = encoder.appendToBuffer(out, QStringView(text).sliced(runStart));
    result.bytes.truncate(out - begin);
    result.bytes.squeeze();
    return result;
}

PayloadCodec::Result PayloadCodec::parseHex(const QString &text)
{
    Result result;
    result.bytes.reserve(text.size() / 2);

    auto fail = [&result](qsizetype position, const QString &message) {
        result.bytes.clear();
        result.errorPosition = position;
        result.error = message;
        return result;
    };

    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (isHexSeparator(text.at(i))) {
            ++i;
            continue;
        }
        // A token is an optional "0x"/"0X"/"\x" prefix and a run of digits. A "\x" token may
        // follow the previous one directly ("\x48\x65"); everything else needs a separator.
        const qsizetype tokenStart = i;
        const bool zeroX = i + 1 < size && text.at(i) == u'0'
            && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X');
        const bool prefixed
            = zeroX || (i + 1 < size && text.at(i) == u'\\' && text.at(i + 1) == u'x');
        if (prefixed)
            i += 2;
        const qsizetype digitsStart = i;
        while (i < size && hexValue(text.at(i)) >= 0)
            ++i;
        const qsizetype digits = i - digitsStart;

        if (i < size && !isHexSeparator(text.at(i)) && text.at(i) != u'\\') {
            return fail(
                i, tr("%1 at position %2 is not a hex digit.").arg(describeCharAt(text, i)).arg(i));
        }
        if (digits == 0) {
            if (!prefixed) { // a backslash that does not start "\x"
                return fail(i,
                            tr("%1 at position %2 is not a hex digit.")
                                .arg(describeCharAt(text, i))
                                .arg(i));
            }
            return fail(tokenStart,
                        tr("\"%1\" at position %2 is not followed by hex digits.")
                            .arg(text.mid(tokenStart, 2))
                            .arg(tokenStart));
        }
        // "0x7" is the byte 07 (C literals); any other group is a run of whole bytes, "0x4865"
        // being 48 65, so a digit left over means the input was mistyped. "\x7" is refused like
        // in escaped text, where \x takes exactly two digits.
        if (digits % 2 != 0 && !(zeroX && digits == 1)) {
            QString token = text.mid(tokenStart, i - tokenStart);
            if (token.size() > 16)
                token = token.left(12) + QChar(Ellipsis);
            return fail(tokenStart,
                        tr("Odd number of hex digits (%1) in \"%2\" at position %3; "
                           "each byte needs two digits.")
                            .arg(digits)
                            .arg(token)
                            .arg(tokenStart));
        }
        if (digits == 1) {
            result.bytes.append(static_cast<char>(hexValue(text.at(digitsStart))));
            continue;
        }
        for (qsizetype d = digitsStart; d < i; d += 2)
            result.bytes.append(
                static_cast<char>(hexValue(text.at(d)) << 4 | hexValue(text.at(d + 1))));
    }
    return result;
}

PayloadCodec::Result PayloadCodec::parse(const QString &input, Format format)
{
    return format == Format::Hex ? parseHex(input) : parseEscapedText(input);
}

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
