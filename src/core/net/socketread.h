// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>

// What a socket's buffer holds, at most maxBytes, in an array no larger than twice its size.
// The log's payload budget counts bytes, not the blocks holding them, so a block must not
// hold much more than its bytes: QIODevice::read(max) allocates max bytes however few arrive
// (and readAll() at least 16 KiB), and the block Qt buffered, handed over whole when the size
// asked matches it, is 16 KiB too. A peer trickling one byte per segment made each log row
// pin 64 KiB (massif: 356 MB of heap for 2,845 one-byte rows); after the exact-size read
// 16 KiB (44 MB); after the squeeze, the row's own bytes. A full block, as a flood gives, is
// kept as it is: no copy (a framed 64 MiB flood went from 131 to 109 million instructions).
// The squeeze: an array more than twice its bytes shrinks to them. squeeze() reallocates in
// place (glibc shrinks a heap block without copying it).
inline void shrinkIfLoose(QByteArray &data)
{
    if (data.capacity() - data.size() > data.size())
        data.squeeze();
}

inline QByteArray readAvailable(QIODevice *device, qint64 maxBytes)
{
    QByteArray data = device->read(std::min(device->bytesAvailable(), maxBytes));
    shrinkIfLoose(data);
    return data;
}
