// SPDX-License-Identifier: GPL-3.0-or-later
// PayloadCodec's parsers: escaped text and hex typed by a user into bytes, with one sentence
// naming the first character that cannot be read. Formatting is in payloadcodec.cpp.
#include "payload/payloadcodec.h"

#include "payload/payloadchars.h"

#include <QStringEncoder>

namespace {

using PayloadChars::Ellipsis;

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
    return QChar::isPrint(cp) && !PayloadChars::isInvisibleOrBreaking(cp);
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
