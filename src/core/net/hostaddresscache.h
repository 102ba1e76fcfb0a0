// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QHostAddress>
#include <QtEndian>

#include <array>
#include <cstring>

// Most sockets share a handful of addresses (127.0.0.1, 0.0.0.0, ::1): building a QHostAddress
// is a socket-table parser's main cost, and QHostAddress is implicitly shared, so a small
// direct-mapped cache of recent addresses makes 10,000-socket tables several times cheaper.
// Internal to the parsers.
class HostAddressCache
{
public:
    // bytes: the address in network order (IPv4 in the first four).
    QHostAddress lookup(const std::array<quint8, 16> &bytes, SocketRecord::Family family)
    {
        quint32 hash = static_cast<quint32>(family);
        for (const quint8 byte : bytes)
            hash = hash * 31 + byte;
        Entry &entry = m_entries[hash % m_entries.size()];
        if (entry.isSet && entry.family == family && entry.bytes == bytes)
            return entry.address;
        QHostAddress address;
        if (family == SocketRecord::Family::IPv4) {
            quint32 networkOrder = 0;
            std::memcpy(&networkOrder, bytes.data(), sizeof networkOrder);
            address.setAddress(qFromBigEndian(networkOrder));
        } else {
            address.setAddress(bytes.data());
        }
        entry = {bytes, family, address, true};
        return address;
    }

private:
    struct Entry
    {
        std::array<quint8, 16> bytes {};
        SocketRecord::Family family = SocketRecord::Family::IPv4;
        QHostAddress address;
        bool isSet = false;
    };
    std::array<Entry, 16> m_entries;
};
