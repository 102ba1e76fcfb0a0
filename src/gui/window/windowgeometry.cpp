// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowGeometry {

QSize fittedSize(const QSize &wanted, const QRect &available)
{
    if (!available.isValid())
        return wanted;
    return wanted.boundedTo((available.size() - FrameAllowance).expandedTo(QSize(1, 1)));
}

QRect fittedGeometry(const QRect &geometry, const QRect &available)
{
    if (!available.isValid())
        return geometry;
    QRect fitted(geometry.topLeft(), fittedSize(geometry.size(), available));
    // The frame adds about half the allowance on each side, the title bar on top.
    const QRect inner = available.adjusted(
        FrameAllowance.width() / 2, FrameAllowance.height() - FrameAllowance.width() / 2,
        -FrameAllowance.width() / 2, -FrameAllowance.width() / 2);
    if (fitted.right() > inner.right())
        fitted.moveRight(inner.right());
    if (fitted.bottom() > inner.bottom())
        fitted.moveBottom(inner.bottom());
    if (fitted.left() < inner.left())
        fitted.moveLeft(inner.left());
    if (fitted.top() < inner.top())
        fitted.moveTop(inner.top());
    return fitted;
}

namespace {

QRect availableFor(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

void applyDefaultSize(QWidget *window, const QSize &wanted)
{
    const QRect available = availableFor(window);
    const QSize size = fittedSize(wanted, available).expandedTo(window->minimumSize());
    if (!available.isValid()) {
        window->resize(size);
        return;
    }
    QRect centred(QPoint(), size);
    centred.moveCenter(available.center());
    window->setGeometry(fittedGeometry(centred, available));
}

void clampToScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = availableFor(window);
    const QRect fitted = fittedGeometry(window->geometry(), available);
    if (fitted != window->geometry())
        window->setGeometry(fitted);
}

} // namespace WindowGeometry
