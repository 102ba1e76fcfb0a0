// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload/payloadcodec.h"

#include <QByteArray>
#include <QString>

// Hex with placeholders: "01 03 {{counter:width=2}} 0d" is hex bytes around placeholders kept
// as their own text, so a binary frame can carry a counter or a timestamp. Used by the editor
// when a message in Hex format has macros on. Placeholders are found the way MacroTemplate
// finds them ("{{" up to the next "}}"), copied verbatim into the bytes and checked only later
// by MacroTemplate::compile(); everything between them must be hex.
class MacroHex
{
public:
    // Bytes of the hex around the placeholders; an error names the position in text.
    static PayloadCodec::Result parse(const QString &text);
    // Hex pairs for the bytes outside placeholders, each placeholder as its text:
    // parse(toHex(b)).bytes == b for any b.
    static QString toHex(const QByteArray &bytes);
};
