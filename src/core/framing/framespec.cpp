// SPDX-License-Identifier: GPL-3.0-or-later
#include "framing/framespec.h"

#include "payload/payloadcodec.h"

#include <QStringList>

namespace {
const QString maxKey = QStringLiteral("max=");
const QString offsetKey = QStringLiteral("offset=");
const QString inclusiveKey = QStringLiteral("inclusive");

// A whole number within [minimum, maximum]: digits only, no sign, no spaces.
std::optional<qint64> wholeNumber(const QString &text, qint64 minimum, qint64 maximum)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

QString usage()
{
    return FrameSpec::tr("use none, delimiter:TEXT, fixed:N, length:2be (1, 2 or 4 bytes, be or "
                         "le) or idle:MS, each optionally followed by ,max=N");
}

// The delimiter as parse() reads it back: escaped text, commas escaped too since options
// follow a comma.
QString escapedDelimiter(const QByteArray &delimiter)
{
    QString text = PayloadCodec::toEscapedText(delimiter);
    text.replace(u',', QStringLiteral("\\x2c"));
    return text;
}

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

// Reads ",max=N" (and for the length prefix ",offset=N" and ",inclusive") into spec.
bool parseOptions(const QStringList &options, FrameSpec *spec, QString *error)
{
    bool seenMax = false;
    bool seenOffset = false;
    bool seenInclusive = false;
    for (const QString &option : options) {
        const QString trimmed = option.trimmed();
        if (trimmed.startsWith(maxKey) && !seenMax) {
            seenMax = true;
            const std::optional<qint64> max = wholeNumber(trimmed.mid(maxKey.size()), 1,
                                                          FrameSpec::MaxFrameLimit);
            if (!max)
                return fail(error, FrameSpec::tr("The framing's max=%1 is not a size from 1 to "
                                                 "%2 bytes.")
                                           .arg(trimmed.mid(maxKey.size()))
                                           .arg(FrameSpec::MaxFrameLimit));
            spec->maxFrameBytes = *max;
            continue;
        }
        if (spec->mode == FrameSpec::Mode::LengthPrefix && trimmed.startsWith(offsetKey)
            && !seenOffset) {
            seenOffset = true;
            const std::optional<qint64> offset = wholeNumber(trimmed.mid(offsetKey.size()), 0,
                                                             FrameSpec::MaxFrameLimit);
            if (!offset)
                return fail(error, FrameSpec::tr("The length prefix's offset=%1 is not a whole "
                                                 "number of header bytes.")
                                           .arg(trimmed.mid(offsetKey.size())));
            spec->lengthOffset = static_cast<int>(*offset);
            continue;
        }
        if (spec->mode == FrameSpec::Mode::LengthPrefix && trimmed == inclusiveKey
            && !seenInclusive) {
            seenInclusive = true;
            spec->lengthIncludesHeader = true;
            continue;
        }
        return fail(error, FrameSpec::tr("The framing option \"%1\" is unknown or repeated; %2.")
                                   .arg(trimmed, usage()));
    }
    return true;
}

bool parseLengthField(const QString &text, FrameSpec *spec, QString *error)
{
    const QString field = text.trimmed().toLower();
    if (field == u"1" || field == u"1be" || field == u"1le") {
        spec->lengthBytes = 1;
        spec->bigEndian = true;
        return true;
    }
    if (field.size() == 3 && (field.at(0) == u'2' || field.at(0) == u'4')
        && (field.endsWith(u"be") || field.endsWith(u"le"))) {
        spec->lengthBytes = field.at(0) == u'2' ? 2 : 4;
        spec->bigEndian = field.endsWith(u"be");
        return true;
    }
    return fail(error, FrameSpec::tr("The length prefix \"%1\" is not one of 1, 2be, 2le, 4be "
                                     "or 4le (its size in bytes and its byte order).")
                               .arg(text));
}
} // namespace

std::optional<FrameSpec> FrameSpec::parse(const QString &text, QString *error)
{
    FrameSpec spec;
    const qsizetype colon = text.indexOf(u':');
    const QString modeName = text.left(colon < 0 ? text.size() : colon).trimmed().toLower();
    const QString body = colon < 0 ? QString() : text.mid(colon + 1);

    if (modeName.isEmpty() && colon < 0)
        return spec; // nothing typed: no framing
    if (modeName == u"none" || modeName.startsWith(QStringLiteral("none,"))) {
        if (colon >= 0) {
            fail(error, tr("The framing \"none\" takes no value after a colon."));
            return std::nullopt;
        }
        if (!parseOptions(modeName.split(u',').mid(1), &spec, error))
            return std::nullopt;
        return spec;
    }
    if (colon < 0) {
        fail(error, tr("The framing \"%1\" is not known: %2.").arg(text.trimmed(), usage()));
        return std::nullopt;
    }

    if (modeName == u"delimiter") {
        spec.mode = Mode::Delimiter;
        // The delimiter may contain anything but an unescaped ",max=": options start there.
        QString delimiterText = body;
        const qsizetype optionsAt = body.lastIndexOf(QStringLiteral(",max="));
        if (optionsAt >= 0) {
            delimiterText = body.left(optionsAt);
            if (!parseOptions({body.mid(optionsAt + 1)}, &spec, error))
                return std::nullopt;
        }
        const PayloadCodec::Result delimiter = PayloadCodec::parseEscapedText(delimiterText);
        if (!delimiter.isOk()) {
            fail(error, tr("The delimiter \"%1\" is not valid text with escapes: %2")
                                .arg(delimiterText, delimiter.error));
            return std::nullopt;
        }
        if (delimiter.bytes.isEmpty() || delimiter.bytes.size() > 64) {
            fail(error, tr("The delimiter must be 1 to 64 bytes long, not %n byte(s).", nullptr,
                           static_cast<int>(delimiter.bytes.size())));
            return std::nullopt;
        }
        if (delimiter.bytes.size() > spec.maxFrameBytes) {
            fail(error, tr("The delimiter is longer than the largest message (max=%1).")
                                .arg(spec.maxFrameBytes));
            return std::nullopt;
        }
        spec.delimiter = delimiter.bytes;
        return spec;
    }

    QStringList parts = body.split(u',');
    const QString value = parts.takeFirst().trimmed();
    if (modeName == u"fixed") {
        spec.mode = Mode::Fixed;
        if (!parseOptions(parts, &spec, error))
            return std::nullopt;
        const std::optional<qint64> length = wholeNumber(value, 1, spec.maxFrameBytes);
        if (!length) {
            fail(error, tr("The fixed message length \"%1\" is not a size from 1 to %2 bytes "
                           "(max=%2).")
                                .arg(value)
                                .arg(spec.maxFrameBytes));
            return std::nullopt;
        }
        spec.fixedLength = static_cast<int>(*length);
        return spec;
    }
    if (modeName == u"length") {
        spec.mode = Mode::LengthPrefix;
        if (!parseLengthField(value, &spec, error) || !parseOptions(parts, &spec, error))
            return std::nullopt;
        if (spec.lengthOffset + spec.lengthBytes > spec.maxFrameBytes) {
            fail(error, tr("The length prefix's header (offset=%1 and a %2-byte field) is "
                           "longer than the largest message (max=%3).")
                                .arg(spec.lengthOffset)
                                .arg(spec.lengthBytes)
                                .arg(spec.maxFrameBytes));
            return std::nullopt;
        }
        return spec;
    }
    if (modeName == u"idle") {
        spec.mode = Mode::Idle;
        if (!parseOptions(parts, &spec, error))
            return std::nullopt;
        const std::optional<qint64> ms = wholeNumber(value, 1, MaxIdleMs);
        if (!ms) {
            fail(error, tr("The idle gap \"%1\" is not a number of milliseconds from 1 to %2.")
                                .arg(value)
                                .arg(MaxIdleMs));
            return std::nullopt;
        }
        spec.idleMs = static_cast<int>(*ms);
        return spec;
    }
    fail(error, tr("The framing \"%1\" is not known: %2.").arg(modeName, usage()));
    return std::nullopt;
}

QString FrameSpec::toString() const
{
    QString text;
    switch (mode) {
    case Mode::None:
        text = QStringLiteral("none");
        break;
    case Mode::Delimiter:
        text = QStringLiteral("delimiter:") + escapedDelimiter(delimiter);
        break;
    case Mode::Fixed:
        text = QStringLiteral("fixed:%1").arg(fixedLength);
        break;
    case Mode::LengthPrefix:
        text = QStringLiteral("length:%1").arg(lengthBytes);
        if (lengthBytes > 1)
            text += bigEndian ? QStringLiteral("be") : QStringLiteral("le");
        if (lengthOffset > 0)
            text += QStringLiteral(",offset=%1").arg(lengthOffset);
        if (lengthIncludesHeader)
            text += QStringLiteral(",inclusive");
        break;
    case Mode::Idle:
        text = QStringLiteral("idle:%1").arg(idleMs);
        break;
    }
    if (maxFrameBytes != MaxFrameDefault)
        text += QStringLiteral(",max=%1").arg(maxFrameBytes);
    return text;
}

QString FrameSpec::describe() const
{
    QString text;
    switch (mode) {
    case Mode::None:
        return tr("no framing: one message per recv()");
    case Mode::Delimiter:
        text = tr("messages end with %1").arg(PayloadCodec::toEscapedText(delimiter));
        break;
    case Mode::Fixed:
        text = tr("messages of %n byte(s)", nullptr, fixedLength);
        break;
    case Mode::LengthPrefix:
        text = lengthBytes == 1 ? tr("1-byte length prefix")
               : bigEndian      ? tr("%1-byte big-endian length prefix").arg(lengthBytes)
                                : tr("%1-byte little-endian length prefix").arg(lengthBytes);
        if (lengthOffset > 0)
            text = tr("%1 after %n header byte(s)", nullptr, lengthOffset).arg(text);
        text = lengthIncludesHeader ? tr("%1 counting the whole message").arg(text)
                                    : tr("%1 counting the body only").arg(text);
        break;
    case Mode::Idle:
        text = tr("messages end after %n ms without data", nullptr, idleMs);
        break;
    }
    return tr("%1, at most %2 bytes each").arg(text).arg(maxFrameBytes);
}
