// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaywidth.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <array>
#include <utility>

namespace {

// Code points that are East Asian Wide (W) or Fullwidth (F) in Unicode's EastAsianWidth.txt,
// merged into ranges: the CJK, kana, Hangul and fullwidth blocks whole (unassigned points in
// them are W by the standard too), plus the emoji blocks terminals draw two columns wide.
// Sorted, so that a binary search finds a point.
constexpr std::array<std::pair<char32_t, char32_t>, 25> wideRanges = {{
    {0x1100, 0x115F}, // Hangul Jamo initial consonants
    {0x231A, 0x231B}, // watch, hourglass
    {0x2329, 0x232A}, // angle brackets
    {0x23E9, 0x23EC}, // media buttons
    {0x23F0, 0x23F0}, // alarm clock
    {0x23F3, 0x23F3}, // hourglass with flowing sand
    {0x25FD, 0x25FE}, // medium small squares
    {0x2614, 0x2615}, // umbrella, hot beverage
    {0x2E80, 0x303E}, // CJK radicals, Kangxi, ideographic description, CJK punctuation
    {0x3041, 0x33FF}, // Hiragana, Katakana, Bopomofo, Hangul Jamo, Kanbun, CJK compat
    {0x3400, 0x4DBF}, // CJK Extension A
    {0x4E00, 0x9FFF}, // CJK Unified Ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo Extended-A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK Compatibility Ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60}, // fullwidth ASCII and brackets (not the halfwidth katakana after)
    {0xFFE0, 0xFFE6}, // fullwidth signs
    {0x1B000, 0x1B2FF}, // kana supplement and extensions, Nushu
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
    {0x20000, 0x3FFFD}, // CJK Extensions B and later, planes 2 and 3
}};

} // namespace

int DisplayWidth::of(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width space and joiner, byte order mark
        return 0;
    default:
        break;
    }
    const auto range = std::lower_bound(
        wideRanges.begin(), wideRanges.end(), codePoint,
        [](const std::pair<char32_t, char32_t> &r, char32_t c) { return r.second < c; });
    return range != wideRanges.end() && range->first <= codePoint ? 2 : 1;
}

int DisplayWidth::of(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4())
        width += of(char32_t(c));
    return width;
}

QString DisplayWidth::padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - of(text)), u' ');
}
