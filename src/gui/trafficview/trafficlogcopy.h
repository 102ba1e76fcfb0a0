// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QList>
#include <QString>

class QAbstractItemModel;
class QHeaderView;

// What the traffic log's Copy commands put on the clipboard: rows as the table shows them
// (tab-separated), or the rows' payload bytes as hex, a C array or a Python bytes literal, ready
// to paste into a test or a peer script. One line (or declaration) per row, in view order.
namespace TrafficLogCopy {

// The display text of rows (of model, as numbered there) in the header's visible columns, in
// their visual order, one tab-separated line each.
QString rowsText(const QAbstractItemModel *model, const QList<int> &rows,
                 const QHeaderView *header);
QString hex(const QList<TrafficEvent> &events);
// "const unsigned char event_42[] = { 0x48, 0x69 };" per row, named by sequence number.
QString cArray(const QList<TrafficEvent> &events);
// b"Hi\r\n\x00" per row: printable ASCII as is, the usual escapes, \xHH for the rest.
QString pythonBytes(const QList<TrafficEvent> &events);

} // namespace TrafficLogCopy
