// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/lifecycleview.h"

#include "learn/tcpstatetext.h"
#include "window/palettecolors.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr int Margin = 10;

using Row = LifecycleColumn::Row;

} // namespace

LifecycleView::LifecycleView(const LifecycleModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("lifecycleView"));
    setAccessibleName(tr("Socket lifecycle diagram"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QSize LifecycleView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {900, 2 * Margin + (2 * line + 10) + Row::RowCount * (2 * line + 12) + 4 * line + 8};
}

QSize LifecycleView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {560, 2 * Margin + (2 * line + 10) + Row::RowCount * (2 * line + 8) + 4 * line + 8};
}

LifecycleView::Layout LifecycleView::layout() const
{
    const int line = fontMetrics().height();
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin);
    const int gutter = std::clamp(area.width() / 5, 100, 220);
    const int columnWidth = (area.width() - gutter) / 2;
    Layout layout;
    layout.server = QRect(area.left(), area.top(), columnWidth, area.height());
    layout.client = QRect(area.right() - columnWidth + 1, area.top(), columnWidth, area.height());
    layout.headerHeight = 2 * line + 10;
    layout.rowTop = area.top() + layout.headerHeight;
    const int stateHeight = 4 * line + 8;
    layout.rowHeight = std::max(
        2 * line + 8, (area.height() - layout.headerHeight - stateHeight) / int(Row::RowCount));
    layout.rowHeight = std::min(layout.rowHeight, 3 * line + 8);
    layout.boxHeight = std::min(layout.rowHeight - 6, 2 * line + 10);
    layout.stateTop = layout.rowTop + Row::RowCount * layout.rowHeight + 4;
    return layout;
}

QRect LifecycleView::boxRect(const Layout &layout, Side side, int row) const
{
    const QRect &column = side == Side::Server ? layout.server : layout.client;
    const int top
        = layout.rowTop + row * layout.rowHeight + (layout.rowHeight - layout.boxHeight) / 2;
    return QRect(column.left(), top, column.width(), layout.boxHeight);
}

QRect LifecycleView::stepRect(Side side, int row) const
{
    return boxRect(layout(), side, row);
}

QString LifecycleView::placeholderCall(Side side, int row, const LifecycleColumn &column) const
{
    const bool udp = column.protocol == TrafficEvent::Protocol::Udp;
    const bool server = side == Side::Server;
    switch (row) {
    case Row::SocketRow:
        return QStringLiteral("socket()");
    case Row::BindRow:
        return QStringLiteral("bind()");
    case Row::ListenRow:
        return QStringLiteral("listen()");
    case Row::OpenRow:
        return server ? QStringLiteral("accept()") : QStringLiteral("connect()");
    case Row::ClientToServerRow:
        return server ? (udp ? QStringLiteral("recvfrom()") : QStringLiteral("recv()"))
                      : (udp ? QStringLiteral("sendto()") : QStringLiteral("send()"));
    case Row::ServerToClientRow:
        return server ? (udp ? QStringLiteral("sendto()") : QStringLiteral("send()"))
                      : (udp ? QStringLiteral("recvfrom()") : QStringLiteral("recv()"));
    default:
        return QStringLiteral("close()");
    }
}

void LifecycleView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto [server, client] = m_model->columns();
    if (!server.isPresent && !client.isPresent) {
        painter.setPen(PaletteColors::mutedText(palette()));
        painter.drawText(rect().adjusted(Margin * 4, Margin, -Margin * 4, -Margin),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Start a server or a client: its socket calls light up here as "
                            "they happen. Select a row in the traffic log to follow its "
                            "session."));
        return;
    }
    const Layout geometry = layout();
    paintArrows(painter, geometry, server, client);
    paintColumn(painter, geometry, Side::Server, server);
    paintColumn(painter, geometry, Side::Client, client);
}

void LifecycleView::paintColumn(QPainter &painter, const Layout &geometry, Side side,
                                const LifecycleColumn &column) const
{
    const QPalette pal = palette();
    const QColor muted = PaletteColors::mutedText(pal);
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor litFill = PaletteColors::blend(base, accent, 0.22);
    const QColor litText = PaletteColors::withContrast(text, litFill);
    const QRect area = side == Side::Server ? geometry.server : geometry.client;
    const int line = fontMetrics().height();
    const bool server = side == Side::Server;
    const bool udp = column.protocol == TrafficEvent::Protocol::Udp;

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QString role = server ? tr("Server") : tr("Client");
    const QRect titleRect(area.left(), area.top(), area.width(), line);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     column.isPresent ? tr("%1: %2").arg(role, column.title) : role);
    painter.setFont(font());
    painter.setPen(muted);
    QString subtitle;
    if (!column.isPresent)
        subtitle = server ? tr("no server seen yet") : tr("no client connected yet");
    else if (!column.isSockLab)
        subtitle = tr("another program: its calls are not in the log");
    else if (!column.local.isNull())
        subtitle = column.connectionId > 0
            ? tr("%1, connection #%2").arg(column.local.toString()).arg(column.connectionId)
            : column.local.toString();
    painter.drawText(QRect(area.left(), area.top() + line + 2, area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, subtitle);

    for (int row = 0; row < Row::RowCount; ++row) {
        const QRect box = boxRect(geometry, side, row);
        // Calls a side never makes: a TCP client has no bind() and no listen(), UDP neither
        // listens, accepts nor connects.
        QString absent;
        if (!server && !udp && row == Row::BindRow)
            absent = tr("no bind(): connect() has the kernel pick the port");
        else if (!server && row == Row::ListenRow)
            absent = QStringLiteral(" ");
        else if (udp && (row == Row::ListenRow || row == Row::OpenRow))
            absent = tr("UDP: no connection to set up");
        if (!absent.isEmpty()) {
            painter.setPen(muted);
            painter.drawText(box.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                             absent.trimmed());
            continue;
        }
        const LifecycleStep &step = column.steps[size_t(row)];
        const bool lit = step.isLit && column.isPresent;
        QPen border(lit ? accent : pal.color(QPalette::Mid));
        border.setWidthF(lit ? 2.0 : 1.0);
        if (!lit)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(lit ? litFill : base);
        painter.drawRoundedRect(QRectF(box).adjusted(1, 1, -1, -1), 6, 6);
        const QRect inner = box.adjusted(10, 3, -10, -3);
        painter.setPen(lit ? litText : muted);
        painter.setFont(lit ? bold : font());
        const QString call = lit ? step.call : placeholderCall(side, row, column);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                         fontMetrics().elidedText(call, Qt::ElideMiddle, inner.width()));
        painter.setFont(font());
        if (lit && !step.detail.isEmpty())
            painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                             fontMetrics().elidedText(step.detail, Qt::ElideRight, inner.width()));
    }
    painter.setBrush(Qt::NoBrush);

    if (!column.isPresent || udp)
        return;
    const QRect stateRect(area.left(), geometry.stateTop, area.width(),
                          area.bottom() - geometry.stateTop);
    if (!column.hasState) {
        painter.setPen(muted);
        painter.drawText(stateRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         column.isSockLab
                             ? tr("TCP state: read from the socket table once a second")
                             : tr("TCP state: that end's socket belongs to the other "
                                  "program"));
        return;
    }
    painter.setFont(bold);
    painter.setPen(text);
    QString name = column.isGone ? tr("gone") : TcpStateText::name(column.state);
    if (!column.isGone && column.timeWaitSecondsLeft >= 0)
        name = tr("%1, gone in %n s", nullptr, column.timeWaitSecondsLeft).arg(name);
    painter.drawText(QRect(stateRect.left(), stateRect.top(), stateRect.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("TCP state: %1").arg(name));
    painter.setFont(font());
    painter.drawText(stateRect.adjusted(0, line + 2, 0, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     column.isGone ? TcpStateText::gone() : TcpStateText::explain(column.state));
}

void LifecycleView::paintArrows(QPainter &painter, const Layout &geometry,
                                const LifecycleColumn &server, const LifecycleColumn &client) const
{
    if (!server.isPresent || !client.isPresent || server.protocol == TrafficEvent::Protocol::Udp)
        return;
    const QPalette pal = palette();
    const int left = geometry.server.right() + 6;
    const int right = geometry.client.left() - 6;
    // An arrow is lit when what it joins happened: both boxes when both ends are SockLab's,
    // else the one box the log knows.
    const auto happened = [&](int row) {
        const bool serverLit = server.steps[size_t(row)].isLit;
        const bool clientLit = client.steps[size_t(row)].isLit;
        if (server.isSockLab && client.isSockLab)
            return serverLit && clientLit;
        return server.isSockLab ? serverLit : clientLit;
    };
    const auto arrow = [&](int row, bool towardsServer, bool both, const QString &label) {
        const bool lit = happened(row);
        const int y = geometry.rowTop + row * geometry.rowHeight + geometry.rowHeight / 2;
        QPen pen(lit ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
        pen.setWidthF(lit ? 2.0 : 1.0);
        if (!lit)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(left, y, right, y);
        pen.setStyle(Qt::SolidLine);
        painter.setPen(pen);
        painter.setBrush(pen.color());
        const auto head = [&](int x, int direction) {
            QPainterPath path;
            path.moveTo(x, y);
            path.lineTo(x - direction * 9, y - 5);
            path.lineTo(x - direction * 9, y + 5);
            path.closeSubpath();
            painter.drawPath(path);
        };
        if (towardsServer || both)
            head(left, -1);
        if (!towardsServer || both)
            head(right, 1);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(lit ? pal.color(QPalette::Text) : PaletteColors::mutedText(pal));
        painter.drawText(
            QRect(left, y - fontMetrics().height() - 2, right - left, fontMetrics().height()),
            Qt::AlignHCenter | Qt::AlignBottom, label);
    };
    arrow(Row::OpenRow, true, false, tr("SYN, SYN-ACK, ACK"));
    arrow(Row::ClientToServerRow, true, false, tr("data"));
    arrow(Row::ServerToClientRow, false, false, tr("data"));
    using Order = LifecycleColumn::CloseOrder;
    const bool serverFirst = server.closeOrder == Order::ThisEnd;
    const bool clientFirst = client.closeOrder == Order::ThisEnd;
    arrow(Row::CloseRow, clientFirst, !serverFirst && !clientFirst, QStringLiteral("FIN"));
}

void LifecycleView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const auto [server, client] = m_model->columns();
    const Layout geometry = layout();
    for (const auto &[side, column] :
         {std::pair {Side::Server, &server}, std::pair {Side::Client, &client}}) {
        if (!column->isSockLab)
            continue;
        for (int row = 0; row < Row::RowCount; ++row) {
            const LifecycleStep &step = column->steps[size_t(row)];
            if (step.isLit && boxRect(geometry, side, row).contains(event->position().toPoint())) {
                emit stepClicked(step.sequence);
                return;
            }
        }
    }
    QWidget::mousePressEvent(event);
}
