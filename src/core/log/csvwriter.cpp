// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/csvwriter.h"

QString CsvWriter::neutralized(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::formatCell(const QString &cell)
{
    QString text = neutralized(cell);
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString CsvWriter::formatRow(const QStringList &cells)
{
    QStringList formatted;
    formatted.reserve(cells.size());
    for (const QString &cell : cells)
        formatted.append(formatCell(cell));
    return formatted.join(u',');
}

QByteArray CsvWriter::format(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += formatRow(row) + QStringLiteral("\r\n");
    return text.toUtf8();
}
