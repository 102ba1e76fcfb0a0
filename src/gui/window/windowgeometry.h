// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Keeps a top-level window on the screen it opens on: the default size shrinks to fit a small
// screen (1366x768 with a panel), and a restored geometry saved on a bigger monitor is pulled
// back inside the available area instead of opening half off-screen.
namespace WindowGeometry {

// Room left for the window manager's title bar and borders, which the client size excludes.
inline constexpr QSize FrameAllowance {16, 48};

// wanted, shrunk to what fits in available (the screen minus panels and docks).
QSize fittedSize(const QSize &wanted, const QRect &available);
// geometry (client area) moved and shrunk so that it, plus the frame, lies inside available.
QRect fittedGeometry(const QRect &geometry, const QRect &available);

// Gives window its default size, clamped to its screen and centred on it.
void applyDefaultSize(QWidget *window, const QSize &wanted);
// Pulls an already placed window (after restoreGeometry()) inside its screen.
void clampToScreen(QWidget *window);

} // namespace WindowGeometry
