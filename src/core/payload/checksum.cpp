// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/checksum.h"

#include <QtEndian>

#include <array>

// Parameters follow the CRC catalogue (reveng "Catalogue of parametrised CRC algorithms"):
//   CRC-8/SMBUS          width 8,  poly 0x07,   init 0x00,   refin/refout false, xorout 0x00
//   CRC-16/MODBUS        width 16, poly 0x8005, init 0xFFFF, refin/refout true,  xorout 0x0000
//   CRC-16/IBM-3740      width 16, poly 0x1021, init 0xFFFF, refin/refout false, xorout 0x0000
//                        (a.k.a. CRC-16/CCITT-FALSE)
//   CRC-32/ISO-HDLC      width 32, poly 0x04C11DB7, init 0xFFFFFFFF, reflected, xorout 0xFFFFFFFF
// Qt's qChecksum() offers only CRC-16/X-25 (ISO 3309) and CRC-16/ISO-IEC-14443-3-A (ITU-V.41),
// neither of which is asked for, so all CRCs here are table-driven, one table each, built at
// compile time.

namespace {

constexpr std::array<quint8, 256> crc8Table()
{
    std::array<quint8, 256> table {};
    for (int i = 0; i < 256; ++i) {
        quint8 crc = quint8(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x80) ? quint8((crc << 1) ^ 0x07) : quint8(crc << 1);
        table[size_t(i)] = crc;
    }
    return table;
}

constexpr std::array<quint16, 256> crc16ReflectedTable(quint16 reflectedPoly)
{
    std::array<quint16, 256> table {};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ reflectedPoly) : quint16(crc >> 1);
        table[size_t(i)] = crc;
    }
    return table;
}

constexpr std::array<quint16, 256> crc16Table(quint16 poly)
{
    std::array<quint16, 256> table {};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ poly) : quint16(crc << 1);
        table[size_t(i)] = crc;
    }
    return table;
}

constexpr std::array<quint32, 256> crc32ReflectedTable(quint32 reflectedPoly)
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ reflectedPoly : crc >> 1;
        table[i] = crc;
    }
    return table;
}

constexpr auto Crc8Table = crc8Table();
constexpr auto Crc16ModbusTable = crc16ReflectedTable(0xA001); // 0x8005 reflected
constexpr auto Crc16CcittTable = crc16Table(0x1021);
constexpr auto Crc32Table = crc32ReflectedTable(0xEDB88320); // 0x04C11DB7 reflected

quint32 sum8(const QByteArray &bytes)
{
    quint8 sum = 0;
    for (const char c : bytes)
        sum = quint8(sum + quint8(c));
    return sum;
}

quint32 xor8(const QByteArray &bytes)
{
    quint8 value = 0;
    for (const char c : bytes)
        value ^= quint8(c);
    return value;
}

quint32 crc8(const QByteArray &bytes)
{
    quint8 crc = 0x00;
    for (const char c : bytes)
        crc = Crc8Table[crc ^ quint8(c)];
    return crc;
}

quint32 crc16Modbus(const QByteArray &bytes)
{
    quint16 crc = 0xFFFF;
    for (const char c : bytes)
        crc = quint16((crc >> 8) ^ Crc16ModbusTable[(crc ^ quint8(c)) & 0xFF]);
    return crc;
}

quint32 crc16CcittFalse(const QByteArray &bytes)
{
    quint16 crc = 0xFFFF;
    for (const char c : bytes)
        crc = quint16((crc << 8) ^ Crc16CcittTable[((crc >> 8) ^ quint8(c)) & 0xFF]);
    return crc;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char c : bytes)
        crc = (crc >> 8) ^ Crc32Table[(crc ^ quint8(c)) & 0xFF];
    return crc ^ 0xFFFFFFFF;
}

} // namespace

int Checksum::width(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None:
        return 0;
    case Algorithm::Sum8:
    case Algorithm::Xor8:
    case Algorithm::Crc8:
        return 1;
    case Algorithm::Crc16Modbus:
    case Algorithm::Crc16CcittFalse:
        return 2;
    case Algorithm::Crc32:
        return 4;
    }
    return 0;
}

quint32 Checksum::compute(Algorithm algorithm, const QByteArray &bytes)
{
    switch (algorithm) {
    case Algorithm::None:
        return 0;
    case Algorithm::Sum8:
        return sum8(bytes);
    case Algorithm::Xor8:
        return xor8(bytes);
    case Algorithm::Crc8:
        return crc8(bytes);
    case Algorithm::Crc16Modbus:
        return crc16Modbus(bytes);
    case Algorithm::Crc16CcittFalse:
        return crc16CcittFalse(bytes);
    case Algorithm::Crc32:
        return crc32(bytes);
    }
    return 0;
}

QByteArray Checksum::bytes(Algorithm algorithm, const QByteArray &data, ByteOrder order)
{
    const int size = width(algorithm);
    if (size == 0)
        return {};
    const quint32 value = compute(algorithm, data);
    QByteArray out(size, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(out.data());
    for (int i = 0; i < size; ++i) {
        // Byte i of the big-endian form is the (size-1-i)-th least significant byte.
        const int shift = order == ByteOrder::BigEndian ? 8 * (size - 1 - i) : 8 * i;
        p[i] = uchar(value >> shift);
    }
    return out;
}

QByteArray Checksum::append(Algorithm algorithm, const QByteArray &data, ByteOrder order)
{
    if (algorithm == Algorithm::None)
        return data;
    return data + bytes(algorithm, data, order);
}

QString Checksum::name(Algorithm algorithm)
{
    for (const auto &[candidate, text] : names) {
        if (candidate == algorithm)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("none");
}

bool Checksum::fromName(const QString &text, Algorithm *algorithm)
{
    for (const Algorithm candidate : algorithms()) {
        if (text.compare(name(candidate), Qt::CaseInsensitive) == 0) {
            if (algorithm)
                *algorithm = candidate;
            return true;
        }
    }
    return false;
}

QString Checksum::displayName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None:
        return tr("No checksum");
    case Algorithm::Sum8:
        return tr("Sum-8 (mod 256)");
    case Algorithm::Xor8:
        return tr("XOR-8");
    case Algorithm::Crc8:
        return tr("CRC-8/SMBUS");
    case Algorithm::Crc16Modbus:
        return tr("CRC-16/MODBUS");
    case Algorithm::Crc16CcittFalse:
        return tr("CRC-16/CCITT-FALSE");
    case Algorithm::Crc32:
        return tr("CRC-32");
    }
    return {};
}

QList<Checksum::Algorithm> Checksum::algorithms()
{
    return {Algorithm::None, Algorithm::Sum8,        Algorithm::Xor8,
            Algorithm::Crc8, Algorithm::Crc16Modbus, Algorithm::Crc16CcittFalse,
            Algorithm::Crc32};
}
