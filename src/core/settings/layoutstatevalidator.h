// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Checks, without a widget, the byte layouts that Qt 6.4 widgets write for their saved state
// (QHeaderView::saveState, QSplitter::saveState, QWidget::saveGeometry) before the window hands
// them back to restoreState(). Qt trusts those bytes: a count or index changed by one byte has
// crashed the window at start, looped in QSplitter::restoreState or allocated gigabytes. A blob
// passes only if every field is where and what Qt itself writes, every count matches the widget
// it is meant for and every size is on a screen's scale. Reads are bounds-checked and allocate
// nothing, so the check itself is safe on any input (fuzz/fuzz_layoutstate.cpp).
class LayoutStateValidator
{
public:
    // Sizes and positions beyond this many pixels are taken as damage, not as a big screen.
    static constexpr int MaxPixels = 1 << 20;
    // More sections or splitter children than this are never ours.
    static constexpr int MaxSections = 1024;

    // A horizontal or vertical header of exactly sectionCount sections.
    static bool isValidHeaderState(const QByteArray &state, int sectionCount);
    // A splitter holding exactly widgetCount widgets.
    static bool isValidSplitterState(const QByteArray &state, int widgetCount);
    // A top-level window's geometry (format 3.0 of Qt 6).
    static bool isValidGeometry(const QByteArray &geometry);

    // Hex SHA-256 of a blob, stored beside it so that a changed byte is noticed before the
    // layout is looked at.
    static QByteArray checksum(const QByteArray &blob);
};
