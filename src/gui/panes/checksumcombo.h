// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload/checksum.h"

#include <QComboBox>

// Picks the checksum appended to a message, with its byte order in sight: each 16/32-bit CRC
// is listed once per order ("CRC-16/MODBUS (LE)"; spelled out in the item's tool tip), the
// 8-bit sums once (their order is moot).
class ChecksumCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ChecksumCombo(QWidget *parent = nullptr);

    Checksum::Algorithm algorithm() const;
    Checksum::ByteOrder order() const;
    // Selects the entry; an 8-bit algorithm ignores order.
    void setChecksum(Checksum::Algorithm algorithm, Checksum::ByteOrder order);
};
