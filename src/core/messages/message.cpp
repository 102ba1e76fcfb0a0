// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/message.h"

QByteArray Message::lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return QByteArray();
    case LineEnding::Lf:
        return QByteArrayLiteral("\n");
    case LineEnding::CrLf:
        return QByteArrayLiteral("\r\n");
    case LineEnding::Cr:
        return QByteArrayLiteral("\r");
    }
    return QByteArray();
}
