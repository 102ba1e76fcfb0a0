// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/messagelayersview.h"

#include "learn/linktablecache.h"
#include "learn/messagelayers.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { LayerColumn, ProtocolColumn, ContentsColumn, HeaderColumn, ColumnCount };

} // namespace

MessageLayersView::MessageLayersView(QWidget *parent)
    : QWidget(parent)
    , m_links(new LinkTableCache(this))
    , m_caption(new QLabel)
    , m_table(new QTableWidget(MessageLayers::LayerCount, ColumnCount))
{
    setObjectName(QStringLiteral("messageLayersView"));
    m_caption->setObjectName(QStringLiteral("layersCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("layersTable"));
    m_table->setAccessibleName(tr("Layers of the selected message"));
    m_table->setHorizontalHeaderLabels(
        {tr("Layer"), tr("Protocol"), tr("What this message carries"), tr("Header it adds")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(LayerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProtocolColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContentsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HeaderColumn, QHeaderView::Stretch);
    // Rows follow their wrapped text when the columns change width.
    connect(header, &QHeaderView::sectionResized, this, &MessageLayersView::fitRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    layout->addStretch(1);

    // The interfaces arrive from a pool thread; the table is filled again with them.
    connect(m_links, &LinkTableCache::ready, this, [this] {
        if (m_event)
            fill();
    });
    clear();
}

QString MessageLayersView::caption() const
{
    return m_caption->text();
}

void MessageLayersView::clear()
{
    m_event.reset();
    m_caption->setText(tr("Select a sent or received row in the traffic log to see the layers "
                          "its bytes pass through: the tutorial's TCP/IP table, filled in with "
                          "what SockLab knows about that row."));
    for (int row = 0; row < MessageLayers::LayerCount; ++row) {
        m_table->setItem(row, LayerColumn,
                         new QTableWidgetItem(MessageLayers::layerName(MessageLayers::Layer(row))));
        for (int column = ProtocolColumn; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    fitRows();
}

void MessageLayersView::setEvent(const TrafficEvent &event)
{
    if (!MessageLayers::applies(event)) {
        clear();
        emit filled();
        return;
    }
    m_event = event;
    m_links->refreshIfOld();
    fill();
}

void MessageLayersView::fill()
{
    const MessageLayers::Table layers = MessageLayers::of(*m_event, m_links->table());
    m_caption->setText(MessageLayers::caption(*m_event));
    for (int row = 0; row < MessageLayers::LayerCount; ++row) {
        const MessageLayer &layer = layers[size_t(row)];
        const QString texts[ColumnCount]
            = {layer.layer, layer.protocol, layer.contents, layer.header};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_table->setItem(row, column, item);
        }
    }
    fitRows();
    emit filled();
}

void MessageLayersView::fitRows()
{
    // Four rows of wrapped text: the table is as tall as they are, with no empty area below.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}
