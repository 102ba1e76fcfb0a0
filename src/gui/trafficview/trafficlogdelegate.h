// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints the traffic log's cells as the style would (panel, selection, focus, colours) but
// draws each cell's one line of text from a cache of laid-out text (QStaticText) keyed by text
// and width. The style lays out and shapes every cell's text on every paint; a log following a
// stream repaints the whole viewport several times a second, and most of its cells repeat the
// same few strings (session, event, endpoints, sizes), so shaping once is most of the window's
// CPU time while it watches a stream.
class TrafficLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Laid-out texts kept; the cache is dropped when it grows past this (a few viewports' worth).
    static constexpr qsizetype MaxCachedTexts = 4'096;

    explicit TrafficLogDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    qsizetype cachedTextCount() const { return m_cache.size(); }

private:
    struct Key
    {
        QString text;
        int width = 0;
        bool operator==(const Key &other) const
        {
            return width == other.width && text == other.text;
        }
    };
    friend size_t qHash(const Key &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.text, key.width);
    }
    const QStaticText &layoutFor(const QString &text, int width, const QFont &font) const;

    mutable QHash<Key, QStaticText> m_cache;
    mutable QFont m_font;
    mutable int m_narrowestGlyph = 0; // of m_font, px
};
