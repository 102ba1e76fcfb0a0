#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Checksums that devices expect at the end of a frame. Each algorithm is the catalogued one
// (parameters in checksum.cpp); results are checked against the standard "123456789" vectors.
class Checksum
{
    Q_DECLARE_TR_FUNCTIONS(Checksum)

public:
    enum class Algorithm : quint8 { None, Sum8, Xor8, Crc8, Crc16Modbus, Crc16CcittFalse, Crc32 };
    enum class ByteOrder : quint8 { BigEndian, LittleEndian };

    // 0, 1, 2 or 4.
    static int width(Algorithm algorithm);
    static quint32 compute(Algorithm algorithm, const QByteArray &bytes);
    // The checksum as width() bytes in the given order (empty for None).
    static QByteArray bytes(Algorithm algorithm, const QByteArray &data, ByteOrder order);
    // data with its checksum appended.
    static QByteArray append(Algorithm algorithm, const QByteArray &data, ByteOrder order);

    // Stable untranslated names for JSON and the CLI: "none", "sum8", "xor8", "crc8",
    // "crc16-modbus", "crc16-ccitt-false", "crc32".
    static QString name(Algorithm algorithm);
    static bool fromName(const QString &name, Algorithm *algorithm);
    // Shown in the window: "CRC-16/MODBUS", ...
    static QString displayName(Algorithm algorithm);
    static QList<Algorithm> algorithms();
};
