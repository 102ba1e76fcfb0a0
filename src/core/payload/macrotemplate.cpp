// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/macrotemplate.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <charconv>
#include <limits>

namespace {

constexpr char Open[] = "{{";

// Appends value in decimal, zero-padded to width digits (the sign not counted).
void appendDecimal(QByteArray &out, qint64 value, int width)
{
    std::array<char, 24> digits {};
    const quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    const auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), magnitude);
    Q_UNUSED(ec); // 24 characters hold any 64-bit value
    const int count = int(end - digits.data());
    if (value < 0)
        out.append('-');
    if (count < width)
        out.append(width - count, '0');
    out.append(digits.data(), count);
}

void appendTwo(char *p, int value)
{
    p[0] = char('0' + value / 10);
    p[1] = char('0' + value % 10);
}

// Local date and time for "now", split into fields. QDateTime::currentDateTime() converts to
// local time on every call (a time-zone lookup, ~9 us here): too slow at 100k messages per
// second. The conversion is done once per second per thread instead; within that second only
// the milliseconds change. Recomputed every second, so a DST or zone change shows within 1 s.
struct LocalNow
{
    qint64 unixMs = 0;
    QDate date;
    int hour = 0, minute = 0, second = 0, msec = 0;
};

LocalNow localNow()
{
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QDateTime cachedLocal;
    LocalNow now;
    now.unixMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 second = now.unixMs >= 0 ? now.unixMs / 1000 : (now.unixMs - 999) / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedLocal = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::LocalTime);
    }
    const QTime time = cachedLocal.time();
    now.date = cachedLocal.date();
    now.hour = time.hour();
    now.minute = time.minute();
    now.second = time.second();
    now.msec = int(now.unixMs - second * 1000);
    return now;
}

// A group's name as in a regular expression: a letter or "_", then letters, digits and "_".
bool isGroupName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

bool parseInteger(QByteArrayView text, qint64 *value)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    const char *first = text.data();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), *value);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

std::optional<MacroTemplate> MacroTemplate::compile(const QByteArray &source, QString *error,
                                                    qsizetype *errorPosition)
{
    MacroTemplate result;
    QByteArray literal;
    auto flushLiteral = [&] {
        if (literal.isEmpty())
            return;
        result.m_fixedSize += literal.size();
        result.m_segments.append(Segment {Kind::Literal, literal, 0, 1, 0});
        literal.clear();
    };
    auto fail = [&](qsizetype position, const QString &sentence) {
        if (error)
            *error = sentence;
        if (errorPosition)
            *errorPosition = position;
        return std::nullopt;
    };

    const qsizetype size = source.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype open = source.indexOf(Open, i);
        if (open < 0) {
            literal.append(source.constData() + i, size - i);
            break;
        }
        literal.append(source.constData() + i, open - i);
        if (source.mid(open, 4) == "{{{{") {
            literal.append(Open);
            i = open + 4;
            continue;
        }
        if (open + 2 < size && source.at(open + 2) == '{') {
            // "{{{name}}": the first brace is text, the placeholder starts one later.
            literal.append('{');
            i = open + 1;
            continue;
        }
        const qsizetype close = source.indexOf("}}", open + 2);
        if (close < 0)
            return fail(
                open,
                tr("The placeholder opened with {{ at byte %1 is not closed with }}.").arg(open));
        const QByteArrayView body
            = QByteArrayView(source).sliced(open + 2, close - open - 2).trimmed();
        const qsizetype colon = body.indexOf(':');
        const QByteArrayView name = (colon < 0 ? body : body.first(colon)).trimmed();
        const QByteArrayView options = colon < 0 ? QByteArrayView() : body.sliced(colon + 1);
        const QString shownName = QString::fromUtf8(name);

        Segment segment;
        if (name == "counter") {
            segment.kind = Kind::Counter;
            if (colon >= 0) {
                for (const QByteArrayView option : QByteArray(options.toByteArray()).split(',')) {
                    const qsizetype equals = option.indexOf('=');
                    const QByteArrayView key
                        = (equals < 0 ? option : option.first(equals)).trimmed();
                    qint64 value = 0;
                    const bool isNumber
                        = equals >= 0 && parseInteger(option.sliced(equals + 1), &value);
                    if (key == "start" && isNumber) {
                        segment.start = value;
                    } else if (key == "step" && isNumber) {
                        segment.step = value;
                    } else if (key == "width" && isNumber && value >= 0 && value <= MaxWidth) {
                        segment.width = int(value);
                    } else {
                        return fail(open,
                                    tr("The counter at byte %1 has a bad option \"%2\": use "
                                       "start=N, step=N or width=0..%3.")
                                        .arg(open)
                                        .arg(QString::fromUtf8(option.trimmed()))
                                        .arg(MaxWidth));
                    }
                }
            }
        } else if (name == "random") {
            segment.kind = Kind::Random;
            qint64 count = 0;
            if (colon < 0 || !parseInteger(options, &count) || count < 1
                || count > MaxRandomBytes) {
                return fail(open,
                            tr("The placeholder at byte %1 needs a byte count from 1 to %2, "
                               "as in {{random:4}}.")
                                .arg(open)
                                .arg(MaxRandomBytes));
            }
            segment.width = int(count);
            result.m_fixedSize += count;
        } else if (name == "group") {
            segment.kind = Kind::Group;
            const QByteArrayView which = options.trimmed();
            qint64 number = 0;
            if (colon >= 0 && !which.isEmpty() && which.front() >= '0' && which.front() <= '9'
                && parseInteger(which, &number) && number <= MaxGroup) {
                segment.width = int(number);
            } else if (colon >= 0 && isGroupName(which)) {
                segment.width = -1;
                segment.literal = which.toByteArray();
            } else {
                return fail(open,
                            tr("The placeholder at byte %1 needs a group number from 0 to %2 or "
                               "a group's name, as in {{group:1}} or {{group:id}}.")
                                .arg(open)
                                .arg(MaxGroup));
            }
            result.m_usesGroups = true;
        } else if (name == "seq" || name == "time" || name == "date" || name == "unixms") {
            if (colon >= 0)
                return fail(open,
                            tr("The placeholder {{%1}} at byte %2 takes no options.")
                                .arg(shownName)
                                .arg(open));
            segment.kind = name == "seq" ? Kind::Sequence
                : name == "time"         ? Kind::Time
                : name == "date"         ? Kind::Date
                                         : Kind::UnixMs;
            result.m_needsClock = result.m_needsClock || segment.kind != Kind::Sequence;
        } else {
            return fail(open,
                        tr("Unknown placeholder \"%1\" at byte %2: use counter, seq, time, "
                           "date, unixms, random:N or group:N (write {{{{ for a literal {{).")
                            .arg(shownName.left(40))
                            .arg(open));
        }
        flushLiteral();
        result.m_segments.append(segment);
        i = close + 2;
    }
    flushLiteral();
    return result;
}

bool MacroTemplate::isConstant() const
{
    for (const Segment &segment : m_segments) {
        if (segment.kind != Kind::Literal)
            return false;
    }
    return true;
}

QByteArray MacroTemplate::render(quint64 index, int sequenceStep) const
{
    QByteArray out;
    renderInto(out, index, sequenceStep);
    return out;
}

void MacroTemplate::renderInto(QByteArray &out, quint64 index, int sequenceStep) const
{
    renderSegments<false>(out, index, sequenceStep, nullptr);
}

QByteArray MacroTemplate::render(quint64 index, int sequenceStep, const Captures &captures) const
{
    QByteArray out;
    renderInto(out, index, sequenceStep, captures);
    return out;
}

void MacroTemplate::renderInto(QByteArray &out, quint64 index, int sequenceStep,
                               const Captures &captures) const
{
    renderSegments<true>(out, index, sequenceStep, &captures);
}

template<bool WithCaptures>
void MacroTemplate::renderSegments(QByteArray &out, quint64 index, int sequenceStep,
                                   const Captures *captures) const
{
    out.reserve(out.size() + m_fixedSize + 32 * m_segments.size());
    // One clock reading per message: {{date}} and {{time}} in one message agree.
    LocalNow now;
    if (m_needsClock)
        now = localNow();
    for (const Segment &segment : m_segments) {
        switch (segment.kind) {
        case Kind::Literal:
            out.append(segment.literal);
            break;
        case Kind::Counter:
            // Wraps like the unsigned arithmetic it is; no overflow is undefined.
            appendDecimal(out, qint64(quint64(segment.start) + index * quint64(segment.step)),
                          segment.width);
            break;
        case Kind::Sequence:
            appendDecimal(out, sequenceStep, 0);
            break;
        case Kind::Time: {
            char text[12];
            appendTwo(text, now.hour);
            text[2] = ':';
            appendTwo(text + 3, now.minute);
            text[5] = ':';
            appendTwo(text + 6, now.second);
            text[8] = '.';
            const int ms = now.msec;
            text[9] = char('0' + ms / 100);
            appendTwo(text + 10, ms % 100);
            out.append(text, 12);
            break;
        }
        case Kind::Date: {
            const QDate date = now.date;
            appendDecimal(out, date.year(), 4);
            char text[6];
            text[0] = '-';
            appendTwo(text + 1, date.month());
            text[3] = '-';
            appendTwo(text + 4, date.day());
            out.append(text, 6);
            break;
        }
        case Kind::UnixMs:
            appendDecimal(out, now.unixMs, 0);
            break;
        case Kind::Random: {
            const qsizetype at = out.size();
            out.resize(at + segment.width);
            std::array<quint32, 64> block;
            qsizetype done = 0;
            while (done < segment.width) {
                const qsizetype chunk
                    = qMin<qsizetype>(segment.width - done, qsizetype(sizeof(block)));
                QRandomGenerator::global()->fillRange(block.data(), block.size());
                memcpy(out.data() + at + done, block.data(), size_t(chunk));
                done += chunk;
            }
            break;
        }
        case Kind::Group:
            if constexpr (WithCaptures) {
                qsizetype number = segment.width;
                if (number < 0)
                    number = captures->names.indexOf(QLatin1StringView(segment.literal));
                if (number >= 0 && number < captures->groups.size())
                    out.append(captures->groups.at(number));
            }
            break;
        }
    }
}
