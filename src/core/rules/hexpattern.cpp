// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/hexpattern.h"

#include "payload/payloadcodec.h"

namespace {

int hexValue(QChar c)
{
    return PayloadCodec::hexDigitValue(c);
}

} // namespace

std::optional<HexPattern> HexPattern::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    HexPattern pattern;
    QList<Piece> pieces(1);
    int tokens = 0;
    bool startsWithStar = false;
    bool endsWithStar = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (++tokens > MaxTokens)
            return fail(tr("The hex pattern has more than %1 items.").arg(MaxTokens));
        endsWithStar = c == u'*';
        if (c == u'*') {
            startsWithStar = startsWithStar || tokens == 1;
            pieces.append(Piece());
            ++i;
            continue;
        }
        const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
        Piece &piece = pieces.last();
        if (c == u'?' && next == u'?') {
            piece.bytes.append('\0');
            piece.mask.append('\0');
            piece.hasWildcard = true;
        } else if (hexValue(c) >= 0 && hexValue(next) >= 0) {
            piece.bytes.append(char(hexValue(c) * 16 + hexValue(next)));
            piece.mask.append(char(0xff));
        } else if (i + 1 >= size && (c == u'?' || hexValue(c) >= 0)) {
            return fail(tr("The hex pattern ends in half a byte at character %1: write two hex "
                           "digits, ?? or *.")
                            .arg(i));
        } else {
            const qsizetype bad = hexValue(c) >= 0 || c == u'?' ? i + 1 : i;
            return fail(tr("The hex pattern has \"%1\" at character %2: write two hex digits, "
                           "?? for any byte or * for any run of bytes.")
                            .arg(PayloadCodec::toDisplayText(QString(text.at(bad)).toUtf8()))
                            .arg(bad));
        }
        i += 2;
    }
    if (tokens == 0)
        return fail(tr("The hex pattern is empty: write hex bytes, ?? or * (* alone matches "
                       "every message)."));
    // Empty pieces come from a star at either end or two stars in a row: nothing to find.
    pieces.removeIf([](const Piece &piece) { return piece.bytes.isEmpty(); });
    for (Piece &piece : pieces) {
        if (!piece.hasWildcard)
            continue;
        piece.shiftAndMasks.fill(0, 256);
        for (qsizetype k = 0; k < qMin<qsizetype>(piece.bytes.size(), 64); ++k) {
            const quint64 bit = quint64(1) << k;
            if (piece.mask.at(k) == '\0') {
                for (quint64 &mask : piece.shiftAndMasks)
                    mask |= bit;
            } else {
                piece.shiftAndMasks[uchar(piece.bytes.at(k))] |= bit;
            }
        }
    }
    pattern.m_pieces = pieces;
    pattern.m_anchoredStart = !startsWithStar;
    pattern.m_anchoredEnd = !endsWithStar;
    return pattern;
}

bool HexPattern::matchesAt(const Piece &piece, QByteArrayView message, qsizetype at)
{
    const qsizetype length = piece.bytes.size();
    if (at < 0 || at + length > message.size())
        return false;
    const char *data = message.data() + at;
    if (!piece.hasWildcard)
        return memcmp(data, piece.bytes.constData(), size_t(length)) == 0;
    for (qsizetype k = 0; k < length; ++k) {
        if ((data[k] & piece.mask.at(k)) != piece.bytes.at(k))
            return false;
    }
    return true;
}

qsizetype HexPattern::find(const Piece &piece, QByteArrayView message, qsizetype from)
{
    if (!piece.hasWildcard)
        return message.indexOf(QByteArrayView(piece.bytes), from);
    // Shift-And over the piece's first 64 bytes: bit k of state says "the last k + 1 bytes
    // match the piece's first k + 1", with ?? set in every byte's mask. One pass, no
    // backtracking; a longer piece has the rest of it checked where the first 64 match.
    const qsizetype automatonLength = qMin<qsizetype>(piece.bytes.size(), 64);
    const quint64 accept = quint64(1) << (automatonLength - 1);
    const quint64 *masks = piece.shiftAndMasks.constData();
    quint64 state = 0;
    for (qsizetype i = from; i < message.size(); ++i) {
        state = ((state << 1) | 1) & masks[uchar(message.at(i))];
        if (state & accept) {
            const qsizetype at = i - automatonLength + 1;
            if (automatonLength == piece.bytes.size() || matchesAt(piece, message, at))
                return at;
        }
    }
    return -1;
}

bool HexPattern::matches(QByteArrayView message) const
{
    // Without a star the single piece is the whole message.
    if (m_anchoredStart && m_anchoredEnd && m_pieces.size() == 1)
        return message.size() == m_pieces.first().bytes.size()
            && matchesAt(m_pieces.first(), message, 0);

    // Glob matching without backtracking: taking each middle piece at its leftmost place leaves
    // the most room for the rest, so a failure there is final.
    qsizetype first = 0;
    qsizetype last = m_pieces.size();
    qsizetype position = 0;
    qsizetype end = message.size();
    if (m_anchoredStart && first < last) {
        if (!matchesAt(m_pieces.at(first), message, 0))
            return false;
        position = m_pieces.at(first).bytes.size();
        ++first;
    }
    if (m_anchoredEnd && first < last) {
        const Piece &tail = m_pieces.at(last - 1);
        end = message.size() - tail.bytes.size();
        if (end < position || !matchesAt(tail, message, end))
            return false;
        --last;
    }
    const QByteArrayView middle = message.first(end);
    for (qsizetype k = first; k < last; ++k) {
        const qsizetype at = find(m_pieces.at(k), middle, position);
        if (at < 0)
            return false;
        position = at + m_pieces.at(k).bytes.size();
    }
    return true;
}
