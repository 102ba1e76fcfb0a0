// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/layoutstatevalidator.h"

#include <QCryptographicHash>
#include <qnamespace.h>

#include <optional>

namespace {

// Big-endian reads as QDataStream writes them, each checked against the end of the data.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData()))
        , m_size(data.size())
    {
    }

    bool atEnd() const { return m_pos == m_size; }
    qsizetype remaining() const { return m_size - m_pos; }

    std::optional<qint32> int32()
    {
        if (remaining() < 4)
            return std::nullopt;
        const quint32 value = (quint32(m_data[m_pos]) << 24) | (quint32(m_data[m_pos + 1]) << 16)
            | (quint32(m_data[m_pos + 2]) << 8) | quint32(m_data[m_pos + 3]);
        m_pos += 4;
        return static_cast<qint32>(value);
    }

    std::optional<quint16> uint16()
    {
        if (remaining() < 2)
            return std::nullopt;
        const quint16 value = static_cast<quint16>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
        m_pos += 2;
        return value;
    }

    std::optional<quint8> uint8()
    {
        if (remaining() < 1)
            return std::nullopt;
        return m_data[m_pos++];
    }

    // A bool as QDataStream writes it: one byte, 0 or 1.
    bool boolean()
    {
        const std::optional<quint8> value = uint8();
        return value && *value <= 1;
    }

    // An int within [min, max].
    bool int32In(qint32 min, qint32 max, qint32 *out = nullptr)
    {
        const std::optional<qint32> value = int32();
        if (!value || *value < min || *value > max)
            return false;
        if (out)
            *out = *value;
        return true;
    }

    bool skip(qsizetype bytes)
    {
        if (bytes < 0 || remaining() < bytes)
            return false;
        m_pos += bytes;
        return true;
    }

private:
    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

constexpr int MaxPixels = LayoutStateValidator::MaxPixels;

// A QList<int> index map: empty, or a permutation of 0..n-1. The values are kept (n is small)
// so that visual and logical maps can be checked against each other.
bool readIndexMap(Reader &in, int n, int *count, int *values)
{
    qint32 size = 0;
    if (!in.int32In(0, n, &size) || (size != 0 && size != n))
        return false;
    bool seen[LayoutStateValidator::MaxSections] = {};
    for (int i = 0; i < size; ++i) {
        qint32 value = 0;
        if (!in.int32In(0, n - 1, &value) || seen[value])
            return false;
        seen[value] = true;
        values[i] = value;
    }
    *count = size;
    return true;
}

// A QRect as QDataStream writes it: left, top, right, bottom.
bool readRect(Reader &in)
{
    qint32 left = 0;
    qint32 top = 0;
    qint32 right = 0;
    qint32 bottom = 0;
    if (!in.int32In(-MaxPixels, MaxPixels, &left) || !in.int32In(-MaxPixels, MaxPixels, &top)
        || !in.int32In(-MaxPixels, MaxPixels, &right)
        || !in.int32In(-MaxPixels, MaxPixels, &bottom))
        return false;
    // A null rect (right = left - 1) is written for a window never shown.
    return right >= left - 1 && bottom >= top - 1;
}

} // namespace

bool LayoutStateValidator::isValidHeaderState(const QByteArray &state, int n)
{
    if (n <= 0 || n > MaxSections)
        return false;
    Reader in(state);
    // Version marker and version (QHeaderView::saveState), then QHeaderViewPrivate::write.
    if (!in.int32In(0xff, 0xff) || !in.int32In(0, 0))
        return false;
    if (!in.int32In(Qt::Horizontal, Qt::Vertical) || !in.int32In(0, 1) // orientation, order
        || !in.int32In(-1, n - 1) || !in.boolean()) // sort indicator section, shown
        return false;

    int visualCount = 0;
    int logicalCount = 0;
    int visual[MaxSections];
    int logical[MaxSections];
    if (!readIndexMap(in, n, &visualCount, visual) || !readIndexMap(in, n, &logicalCount, logical)
        || visualCount != logicalCount)
        return false;
    for (int i = 0; i < visualCount; ++i) {
        if (logical[visual[i]] != i)
            return false;
    }

    // Hidden sections: a QBitArray (bit count, then the bytes) and a QHash<int, int>.
    qint32 hiddenBits = 0;
    if (!in.int32In(0, n, &hiddenBits) || !in.skip((hiddenBits + 7) / 8))
        return false;
    qint32 hiddenSizes = 0;
    if (!in.int32In(0, n, &hiddenSizes))
        return false;
    for (int i = 0; i < hiddenSizes; ++i) {
        if (!in.int32In(0, n - 1) || !in.int32In(0, MaxPixels))
            return false;
    }

    qint32 length = 0;
    if (!in.int32In(0, MaxPixels, &length) || !in.int32In(n, n)) // length, section count
        return false;
    for (int i = 0; i < 5; ++i) { // movable, clickable, highlight, stretch last, cascading
        if (!in.boolean())
            return false;
    }
    if (!in.int32In(0, n) || !in.int32In(0, n) // stretch and contents section counts
        || !in.int32In(0, MaxPixels) || !in.int32In(-1, MaxPixels) // default, minimum size
        || !in.int32In(0, Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask) // alignment
        || !in.int32In(0, 3)) // global resize mode (Interactive .. ResizeToContents)
        return false;

    // Section items: size, a span count (always 1 since Qt 5; Qt repeats the item that many
    // times, which is how a changed byte allocated gigabytes) and the resize mode.
    if (!in.int32In(n, n))
        return false;
    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        qint32 size = 0;
        if (!in.int32In(0, MaxPixels, &size) || !in.int32In(1, 1) || !in.int32In(0, 3))
            return false;
        total += size;
    }
    if (total != length)
        return false;

    // Written by every Qt 6: resize-contents precision, then custom default size, last
    // section size and whether the sort indicator is clearable.
    if (!in.int32In(-1, 1'000'000) || !in.boolean() || !in.int32In(0, MaxPixels)
        || !in.int32In(0, 1))
        return false;
    return in.atEnd();
}

bool LayoutStateValidator::isValidSplitterState(const QByteArray &state, int widgetCount)
{
    if (widgetCount <= 0 || widgetCount > MaxSections)
        return false;
    Reader in(state);
    // Magic and version, then the sizes as a QList<int>.
    if (!in.int32In(0xff, 0xff) || !in.int32In(1, 1) || !in.int32In(widgetCount, widgetCount))
        return false;
    qint64 total = 0;
    for (int i = 0; i < widgetCount; ++i) {
        qint32 size = 0;
        // -1: a splitter never laid out (a window saved before it was shown).
        if (!in.int32In(-1, MaxPixels, &size))
            return false;
        total += qMax(size, 0);
    }
    if (total > MaxPixels)
        return false;
    // Children collapsible, handle width (-1 = style default), opaque resize, orientation,
    // and whether opaque resize was set explicitly.
    if (!in.boolean() || !in.int32In(-1, 64) || !in.boolean()
        || !in.int32In(Qt::Horizontal, Qt::Vertical) || !in.boolean())
        return false;
    return in.atEnd();
}

bool LayoutStateValidator::isValidGeometry(const QByteArray &geometry)
{
    Reader in(geometry);
    // Magic number, format 3.0.
    if (!in.int32In(0x1D9D0CB, 0x1D9D0CB))
        return false;
    const std::optional<quint16> major = in.uint16();
    const std::optional<quint16> minor = in.uint16();
    if (!major || !minor || *major != 3 || *minor != 0)
        return false;
    // Frame and normal geometry, screen number, maximized, full screen, screen width, and the
    // geometry of the screen it was on.
    if (!readRect(in) || !readRect(in) || !in.int32In(-1, 64))
        return false;
    const std::optional<quint8> maximized = in.uint8();
    const std::optional<quint8> fullScreen = in.uint8();
    if (!maximized || !fullScreen || *maximized > 1 || *fullScreen > 1)
        return false;
    if (!in.int32In(0, MaxPixels) || !readRect(in))
        return false;
    return in.atEnd();
}

QByteArray LayoutStateValidator::checksum(const QByteArray &blob)
{
    return QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex();
}
