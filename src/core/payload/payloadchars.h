// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Character classes the payload codec's parsing and formatting share (payloadcodec.cpp and
// payloadparse.cpp); internal to the codec.
namespace PayloadChars {

// Marks text cut short, in error messages and display text alike.
inline constexpr char16_t Ellipsis = u'\u2026';

// Valid characters that would hide, reorder or break the text they appear in: line and
// paragraph separators, bidi overrides ("Trojan Source"), zero-width spaces, a BOM, and
// noncharacters. ZWJ/ZWNJ are left alone because emoji and several scripts need them.
inline bool isInvisibleOrBreaking(char32_t cp)
{
    switch (cp) {
    case 0x061C: // arabic letter mark
    case 0x200B: // zero width space
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark
        return true;
    default:
        break;
    }
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

inline bool isControl(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

} // namespace PayloadChars
