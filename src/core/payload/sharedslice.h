// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Bytes [pos, pos + size) of block as a QByteArray that shares block's buffer: no allocation,
// no copy (copying and later freeing each message cost a framed flood half its rate). Its
// constData() is not '\0'-terminated, as after an in-place remove(); writing to it detaches as
// to any shared QByteArray. Raw data (QByteArray::fromRawData) is not ours to share and is
// copied. Used by the stream framer to cut messages and by the log to hand a run's messages
// out.
inline QByteArray sharedSlice(const QByteArray &block, qsizetype pos, qsizetype size)
{
    QByteArray slice = block; // a reference more to the same buffer
    QByteArray::DataPointer &view = slice.data_ptr();
    if (!view.isMutable())
        return block.sliced(pos, size);
    view.setBegin(view.data() + pos);
    view.size = size;
    return slice;
}
