// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;
class QWidget;

// Status colours (error text, muted info rows, row tints) derived from the palette in use rather
// than fixed, so a dark theme stays readable: every foreground is checked against the background
// it sits on and pulled towards black or white until it meets WCAG AA (4.5:1).
namespace PaletteColors {

constexpr double MinimumContrast = 4.5;

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &first, const QColor &second);
// foreground, moved towards whichever of black or white contrasts more with background, just
// far enough to reach the minimum ratio (unchanged when it already does).
QColor withContrast(const QColor &foreground, const QColor &background,
                    double minimum = MinimumContrast);
// first blended with second: 0 gives first, 1 gives second.
QColor blend(const QColor &first, const QColor &second, double amount);
bool isDark(const QPalette &palette);

// Error and problem text on the window background (status lines, labels).
QColor errorText(const QPalette &palette);
// Error text on a tinted error row (errorBackground()).
QColor errorRowText(const QPalette &palette);
QColor errorBackground(const QPalette &palette);
// Secondary rows (info events, disabled rules) on Base and AlternateBase alike.
QColor mutedText(const QPalette &palette);
// Row tints of the socket table, and the text drawn on them.
QColor newRowBackground(const QPalette &palette);
QColor closedRowBackground(const QPalette &palette);
QColor ownRowBackground(const QPalette &palette);
QColor textOn(const QPalette &palette, const QColor &background);

// Shows widget's text in the error colour (or the palette's own when isError is false) and
// keeps it right when the application palette changes (a theme switch at run time).
void setErrorText(QWidget *widget, bool isError);
bool hasErrorText(const QWidget *widget);

} // namespace PaletteColors
