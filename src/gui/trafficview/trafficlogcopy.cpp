// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogcopy.h"

#include <QAbstractItemModel>
#include <QHeaderView>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";
constexpr int CBytesPerLine = 12;

QString lines(const QStringList &parts)
{
    return parts.isEmpty() ? QString() : parts.join(u'\n') + u'\n';
}

QString pythonLiteral(const QByteArray &bytes)
{
    QString out = QStringLiteral("b\"");
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (u >= 0x20 && u < 0x7f) {
                out += QLatin1Char(c);
            } else {
                out += QLatin1String("\\x");
                out += QLatin1Char(HexDigits[u >> 4]);
                out += QLatin1Char(HexDigits[u & 0xf]);
            }
        }
    }
    out += u'"';
    return out;
}

QString cDeclaration(const TrafficEvent &event)
{
    QString out = QStringLiteral("const unsigned char event_%1[] = {").arg(event.sequence);
    const QByteArray &bytes = event.payload;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto u = static_cast<unsigned char>(bytes.at(i));
        out += i % CBytesPerLine == 0 ? QLatin1String("\n    ") : QLatin1String(" ");
        out += QLatin1String("0x");
        out += QLatin1Char(HexDigits[u >> 4]);
        out += QLatin1Char(HexDigits[u & 0xf]);
        if (i + 1 < bytes.size())
            out += u',';
    }
    out += bytes.isEmpty() ? QLatin1String("};") : QLatin1String("\n};");
    // A log that cut a payload short must not pass for the whole message.
    if (event.isPayloadTruncated())
        out += QStringLiteral(" /* first %1 of %2 bytes */").arg(bytes.size()).arg(event.size);
    return out;
}

} // namespace

namespace TrafficLogCopy {

QString rowsText(const QAbstractItemModel *model, const QList<int> &rows, const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QStringList out;
    for (int row : rows) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            // Tabs and line breaks inside a cell would split it; the table shows them as spaces.
            QString cell = model->index(row, column).data().toString();
            cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells << cell;
        }
        out << cells.join(u'\t');
    }
    return lines(out);
}

QString hex(const QList<TrafficEvent> &events)
{
    QStringList out;
    for (const TrafficEvent &event : events)
        out << QString::fromLatin1(event.payload.toHex(' '));
    return lines(out);
}

QString cArray(const QList<TrafficEvent> &events)
{
    QStringList out;
    for (const TrafficEvent &event : events)
        out << cDeclaration(event);
    return lines(out);
}

QString pythonBytes(const QList<TrafficEvent> &events)
{
    QStringList out;
    for (const TrafficEvent &event : events)
        out << pythonLiteral(event.payload);
    return lines(out);
}

} // namespace TrafficLogCopy
