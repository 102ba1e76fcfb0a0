// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Turns what a user types into bytes (text with escapes, or hex) and bytes back into text,
// hex and hexdump. Never guesses: malformed input is an error naming the position.
class PayloadCodec
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCodec)

public:
    enum class Format { Text, Hex };
    enum class Encoding { Utf8, Latin1, ShiftJis, EucJp };

    struct Result
    {
        QByteArray bytes;
        QString error;               // one translated sentence; empty when ok
        qsizetype errorPosition = -1; // 0-based index into the input string
        bool isOk() const { return error.isEmpty(); }
    };

    // Text: UTF-8 of the input with the escapes \n \r \t \\ \0 \xHH (exactly two hex digits).
    // Any other backslash sequence, a lone trailing backslash or a short \x is an error.
    static Result parseEscapedText(const QString &text);
    // Hex in the usual spellings: "48 65 6c", "48656c", "0x48,0x65", "48:65:6c", "\x48\x65",
    // line breaks and tabs allowed. A run of digits must have an even length unless it is a
    // single 0x-prefixed byte ("0x7" = 07). Anything else is an error naming the position.
    static Result parseHex(const QString &text);
    static Result parse(const QString &input, Format format);

    // Lower-case hex pairs separated by separator (none when separator is null).
    static QString toHex(const QByteArray &bytes, QChar separator = QLatin1Char(' '));
    // Printable text that parseEscapedText turns back into exactly the same bytes: valid UTF-8
    // printable characters stay, \n \r \t \\ \0 are escaped, every other byte becomes \xHH.
    static QString toEscapedText(const QByteArray &bytes);
    // Text for display in one table cell: decoded with the encoding, invalid sequences as
    // U+FFFD, control characters as visible escapes, never longer than maxChars (with "…").
    static QString toDisplayText(const QByteArray &bytes, Encoding encoding = Encoding::Utf8,
                                 qsizetype maxChars = -1);
    // Classic 16-bytes-per-line dump: "00000000  48 65 6c 6c 6f ...  |Hello...|".
    static QString toHexDump(const QByteArray &bytes);
    // Decoded text with invalid sequences replaced by U+FFFD (for JSON "text").
    static QString decode(const QByteArray &bytes, Encoding encoding = Encoding::Utf8);

    // 0..15 for a hex digit (either case), -1 for anything else.
    static int hexDigitValue(QChar c);

    static QString encodingName(Encoding encoding);  // "UTF-8", "Shift_JIS", ...
    static QList<Encoding> encodings();
};
