// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <utility>

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

    // The one table of stable untranslated names, in algorithms() order. They are part of the
    // message library's JSON format (messages/messagejson.cpp reads and writes them from here),
    // of the panes' settings and of the CLI: never rename one.
    static constexpr std::array<std::pair<Algorithm, const char *>, 7> names = {{
        {Algorithm::None, "none"},
        {Algorithm::Sum8, "sum8"},
        {Algorithm::Xor8, "xor8"},
        {Algorithm::Crc8, "crc8"},
        {Algorithm::Crc16Modbus, "crc16-modbus"},
        {Algorithm::Crc16CcittFalse, "crc16-ccitt-false"},
        {Algorithm::Crc32, "crc32"},
    }};
    static QString name(Algorithm algorithm);
    // Any case ("CRC32" too), unlike the library's JSON, which takes the names exactly.
    static bool fromName(const QString &name, Algorithm *algorithm);
    // Shown in the window: "CRC-16/MODBUS", ...
    static QString displayName(Algorithm algorithm);
    static QList<Algorithm> algorithms();
};
