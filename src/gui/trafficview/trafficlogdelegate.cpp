// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

TrafficLogDelegate::TrafficLogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void TrafficLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, alternating colour and selection: the style's own panel.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    if (!item.text.isEmpty()) {
        // The margins QCommonStyle gives an item view's text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = item.rect.adjusted(margin, 0, -margin, 0);
        QPalette::ColorGroup group
            = (item.state & QStyle::State_Enabled) != 0 ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && (item.state & QStyle::State_Active) == 0)
            group = QPalette::Inactive;
        const bool selected = (item.state & QStyle::State_Selected) != 0;
        const QStaticText &text = layoutFor(item.text, textRect.width(), item.font);
        const QSizeF size = text.size();
        const qreal x = (item.displayAlignment & Qt::AlignRight) != 0
            ? textRect.right() + 1 - size.width()
            : textRect.left();
        const qreal y = textRect.top() + (textRect.height() - size.height()) / 2.0;
        painter->save();
        painter->setFont(item.font); // the font the text was laid out with
        painter->setPen(
            item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(textRect);
        painter->drawStaticText(QPointF(x, y), text);
        painter->restore();
    }

    if ((item.state & QStyle::State_HasFocus) != 0) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(item);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = item.palette.color(
            QPalette::Normal,
            (item.state & QStyle::State_Selected) != 0 ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

const QStaticText &TrafficLogDelegate::layoutFor(const QString &text, int width,
                                                 const QFont &font) const
{
    if (font != m_font) {
        m_cache.clear();
        m_font = font;
        m_narrowestGlyph = 0;
    }
    const Key key {text, width};
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_cache.size() >= MaxCachedTexts)
        m_cache.clear();
    // One line, elided on the right like the view's textElideMode; a line break would start a
    // second line the fixed row height cannot show.
    const QFontMetrics metrics(font);
    // Laying out 200 characters to show 30 is most of the cost of a new row: no more
    // characters than the narrowest ASCII glyph could fit are measured, the cut shown by the
    // ellipsis as any other elision.
    if (m_narrowestGlyph <= 0) {
        m_narrowestGlyph = metrics.horizontalAdvance(QLatin1Char(' '));
        for (char c = '!'; c <= '~'; ++c)
            m_narrowestGlyph = qMin(m_narrowestGlyph, metrics.horizontalAdvance(QLatin1Char(c)));
        m_narrowestGlyph = qMax(1, m_narrowestGlyph);
    }
    const qsizetype fitting = width / m_narrowestGlyph + 2;
    const bool isCut = text.size() > fitting;
    QString line = isCut ? text.left(fitting) + QChar(0x2026) : text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (isCut || metrics.horizontalAdvance(line) > width)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    QStaticText laidOut(line);
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut.prepare(QTransform(), font);
    return *m_cache.insert(key, laidOut);
}
