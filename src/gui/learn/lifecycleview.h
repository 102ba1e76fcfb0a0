// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learn/lifecyclemodel.h"

#include <QWidget>

// Paints the lifecycle diagram: the server's calls on the left, the client's on the right,
// lit as their events arrive, with arrows for the handshake, the data each way and the FIN;
// under each side the kernel's TCP state and what it means. Painted from the model on
// update() only (the dock calls it once per log batch), never per event.
class LifecycleView : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Server, Client };

    explicit LifecycleView(const LifecycleModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Where a step's box is drawn (tests click it).
    QRect stepRect(Side side, int row) const;

signals:
    // A lit step was clicked: the sequence number of the event that lit it.
    void stepClicked(quint64 sequence);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Layout
    {
        QRect server; // the server column, header to state line
        QRect client;
        int headerHeight = 0;
        int rowTop = 0;
        int rowHeight = 0;
        int boxHeight = 0;
        int stateTop = 0;
    };
    Layout layout() const;
    QRect boxRect(const Layout &layout, Side side, int row) const;
    void paintColumn(QPainter &painter, const Layout &layout, Side side,
                     const LifecycleColumn &column) const;
    void paintArrows(QPainter &painter, const Layout &layout, const LifecycleColumn &server,
                     const LifecycleColumn &client) const;
    QString placeholderCall(Side side, int row, const LifecycleColumn &column) const;

    const LifecycleModel *const m_model;
};
