// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QWidget>

#include <optional>

class LinkTableCache;
class QLabel;
class QTableWidget;

// The "Layers" tab of the Learn dock: the tutorial's four-layer table for the traffic log's
// selected sent or received row (MessageLayers), or a line saying what to select. Filled only
// when the selection changes or the interface table arrives, never per log batch.
class MessageLayersView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageLayersView(QWidget *parent = nullptr);

    // The row to explain; one that is not a data row shows the hint instead.
    void setEvent(const TrafficEvent &event);
    void clear();

    QTableWidget *table() const { return m_table; }
    QString caption() const;
    // The event shown, if any.
    const std::optional<TrafficEvent> &event() const { return m_event; }

signals:
    // The table was filled (tests wait on it).
    void filled();

private:
    void fill();
    void fitRows();

    LinkTableCache *m_links = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
    std::optional<TrafficEvent> m_event;
};
