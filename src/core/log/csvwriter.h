// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Turns a table into RFC 4180 CSV (UTF-8, CRLF line ends) that is safe to open in a
// spreadsheet: a cell that starts with = + - @ tab or CR would run as a formula there, so it
// gets a leading apostrophe (the OWASP "CSV injection" advice).
class CsvWriter
{
public:
    static QString neutralized(const QString &cell);
    // The cell neutralized and quoted when it contains a comma, quote or line break.
    static QString formatCell(const QString &cell);
    static QString formatRow(const QStringList &cells);
    static QByteArray format(const QList<QStringList> &rows);
};
