// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/checksumcombo.h"

namespace {

struct Choice
{
    Checksum::Algorithm algorithm;
    Checksum::ByteOrder order;
};

// Modbus lists little-endian first: that is how Modbus RTU sends its CRC.
QList<Choice> choices()
{
    using A = Checksum::Algorithm;
    using O = Checksum::ByteOrder;
    return {{A::None, O::BigEndian},
            {A::Sum8, O::BigEndian},
            {A::Xor8, O::BigEndian},
            {A::Crc8, O::BigEndian},
            {A::Crc16Modbus, O::LittleEndian},
            {A::Crc16Modbus, O::BigEndian},
            {A::Crc16CcittFalse, O::BigEndian},
            {A::Crc16CcittFalse, O::LittleEndian},
            {A::Crc32, O::BigEndian},
            {A::Crc32, O::LittleEndian}};
}

int encode(Checksum::Algorithm algorithm, Checksum::ByteOrder order)
{
    return int(algorithm) * 2 + int(order);
}

} // namespace

ChecksumCombo::ChecksumCombo(QWidget *parent)
    : QComboBox(parent)
{
    for (const Choice &choice : choices()) {
        const QString name = Checksum::displayName(choice.algorithm);
        QString label = name;
        QString tip = name;
        if (Checksum::width(choice.algorithm) > 1) {
            // Short in the combo so the editor stays narrow; spelled out in the tool tip.
            const bool little = choice.order == Checksum::ByteOrder::LittleEndian;
            label = little ? tr("%1 (LE)").arg(name) : tr("%1 (BE)").arg(name);
            tip = little ? tr("%1, little-endian: low byte first").arg(name)
                         : tr("%1, big-endian: high byte first").arg(name);
        }
        addItem(label, encode(choice.algorithm, choice.order));
        setItemData(count() - 1, tip, Qt::ToolTipRole);
    }
}

Checksum::Algorithm ChecksumCombo::algorithm() const
{
    return static_cast<Checksum::Algorithm>(currentData().toInt() / 2);
}

Checksum::ByteOrder ChecksumCombo::order() const
{
    return static_cast<Checksum::ByteOrder>(currentData().toInt() % 2);
}

void ChecksumCombo::setChecksum(Checksum::Algorithm algorithm, Checksum::ByteOrder order)
{
    if (Checksum::width(algorithm) <= 1)
        order = Checksum::ByteOrder::BigEndian;
    setCurrentIndex(qMax(0, findData(encode(algorithm, order))));
}
