// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How many terminal columns text takes, for aligning columns of names that may be Japanese,
// Chinese or Korean: those characters take two columns, combining marks none. Qt 6.4 has no
// East Asian Width property and SockLab does not link ICU, so displaywidth.cpp carries the
// small table of wide ranges (Unicode UAX #11 "W" and "F").
namespace DisplayWidth {

// Columns of one code point: 0 (combining marks, zero-width format characters), 1 or 2.
int of(char32_t codePoint);
// Columns of text; "Ambiguous" characters (Greek, Cyrillic, box drawing) count as one, as
// terminals do outside CJK locales.
int of(const QString &text);
// text followed by spaces up to width columns (text as it is when it is already wider).
QString padded(const QString &text, int width);

} // namespace DisplayWidth
