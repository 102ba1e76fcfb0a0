// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A responder rule's hex pattern with wildcards, "02 ?? 10 *": hex byte pairs, ?? for any one
// byte, * for any run of bytes (none included). The whole message must match, as a shell glob
// matches a whole name. Matching never backtracks: each piece between stars is searched once,
// leftmost, from where the previous one ended (memmem-like search, or Shift-And when it holds
// ??), so the time is linear in the message for pieces up to 64 bytes.
class HexPattern
{
    Q_DECLARE_TR_FUNCTIONS(HexPattern)

public:
    static constexpr int MaxTokens = 4096;

    // nullopt and *error (one translated sentence naming the 0-based character position) when
    // text is not such a pattern. Spaces between tokens are optional ("0210??*" works).
    static std::optional<HexPattern> parse(const QString &text, QString *error);

    bool matches(QByteArrayView message) const;

private:
    // The pattern split at its stars: every piece must occur in order, the first at the start
    // (unless the pattern starts with *), the last at the end (unless it ends with *).
    struct Piece
    {
        QByteArray bytes;
        QByteArray mask; // 0xff: this byte must equal; 0x00: ?? (any byte)
        bool hasWildcard = false;
        QList<quint64> shiftAndMasks; // with a wildcard: per byte value, see find()
    };

    static bool matchesAt(const Piece &piece, QByteArrayView message, qsizetype at);
    static qsizetype find(const Piece &piece, QByteArrayView message, qsizetype from);

    QList<Piece> m_pieces;
    bool m_anchoredStart = true;
    bool m_anchoredEnd = true;
};
