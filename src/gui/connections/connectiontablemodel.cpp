// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectiontablemodel.h"

#include "window/palettecolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {

// netstat shows a wildcard port as "*": "0.0.0.0:*".
QString endpointText(const Endpoint &endpoint)
{
    QString text = endpoint.toString();
    if (endpoint.port() == 0 && !text.isEmpty()) {
        text.chop(1);
        text += u'*';
    }
    return text;
}

// Sorts IPv4 and IPv6 addresses together by their bytes (IPv4 as ::ffff:a.b.c.d), then port.
QByteArray endpointSortKey(const Endpoint &endpoint)
{
    const QHostAddress address = endpoint.address();
    Q_IPV6ADDR bytes {};
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        bytes[10] = 0xff;
        bytes[11] = 0xff;
        bytes[12] = static_cast<quint8>(v4 >> 24);
        bytes[13] = static_cast<quint8>(v4 >> 16);
        bytes[14] = static_cast<quint8>(v4 >> 8);
        bytes[15] = static_cast<quint8>(v4);
    } else {
        bytes = address.toIPv6Address();
    }
    QByteArray key(reinterpret_cast<const char *>(&bytes), 16);
    key.append(static_cast<char>(endpoint.port() >> 8));
    key.append(static_cast<char>(endpoint.port() & 0xff));
    return key;
}

} // namespace

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

void ConnectionTableModel::setStateNotes(const QHash<SocketRecord::Key, QString> &notes)
{
    if (notes == m_stateNotes)
        return;
    m_stateNotes = notes;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StateColumn), index(m_rows.size() - 1, StateColumn));
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionTableModel::displayText(const Row &row, int column) const
{
    const SocketRecord &record = row.record;
    switch (column) {
    case OwnColumn:
        return record.isOwn ? QStringLiteral("\u25cf") : QString();
    case ProtocolColumn:
        return record.netstatProtocol();
    case LocalColumn:
        return endpointText(record.local);
    case ForeignColumn:
        return endpointText(record.remote);
    case StateColumn:
        if (!m_stateNotes.isEmpty() && record.isOwn) {
            if (const auto note = m_stateNotes.constFind(record.key()); note != m_stateNotes.cend())
                return record.stateName() + QStringLiteral(" · ") + *note;
        }
        return record.stateName();
    case ProcessColumn:
        return record.pid == 0 ? QString() : QString::number(record.pid) + u'/' + record.process;
    case RecvQColumn:
        return QString::number(record.recvQ);
    case SendQColumn:
        return QString::number(record.sendQ);
    default:
        return {};
    }
}

QColor ConnectionTableModel::rowTint(const Row &row)
{
    const QPalette palette = QGuiApplication::palette();
    if (row.status == RowStatus::New)
        return PaletteColors::newRowBackground(palette);
    if (row.status == RowStatus::Closed)
        return PaletteColors::closedRowBackground(palette);
    if (row.record.isOwn)
        return PaletteColors::ownRowBackground(palette);
    return QColor();
}

QString ConnectionTableModel::exportText(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (column == OwnColumn)
        return m_rows.at(row).record.isOwn ? QStringLiteral("own") : QString();
    return displayText(m_rows.at(row), column);
}

QVariant ConnectionTableModel::sortValue(const SocketRecord &record, int column) const
{
    switch (column) {
    case OwnColumn:
        return record.isOwn ? 1 : 0;
    case ProtocolColumn:
        return record.netstatProtocol();
    case LocalColumn:
        return endpointSortKey(record.local);
    case ForeignColumn:
        return endpointSortKey(record.remote);
    case StateColumn:
        return record.stateName();
    case ProcessColumn:
        if (record.pid == 0)
            return QString();
        return QString(record.process.toLower() + u' '
                       + QString::number(record.pid).rightJustified(10, u'0'));
    case RecvQColumn:
        return qulonglong(record.recvQ);
    case SendQColumn:
        return qulonglong(record.sendQ);
    default:
        return {};
    }
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case SortRole:
        return sortValue(row.record, column);
    case RowStatusRole:
        return static_cast<int>(row.status);
    case Qt::TextAlignmentRole:
        if (column == RecvQColumn || column == SendQColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == OwnColumn)
            return Qt::AlignCenter;
        return {};
    case Qt::BackgroundRole: {
        // Tints of the palette's own base, so a dark theme gets dark tints; the text on them
        // is the palette's, checked for contrast (PaletteColors).
        const QColor tint = rowTint(row);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor tint = rowTint(row);
        return tint.isValid()
            ? QVariant(QBrush(PaletteColors::textOn(QGuiApplication::palette(), tint)))
            : QVariant();
    }
    case Qt::FontRole:
        if (row.record.isOwn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == OwnColumn && row.record.isOwn)
            return tr("SockLab's own socket: select it to show its session.");
        if (column == ProcessColumn && row.record.pid == 0)
            return row.record.inode == 0 ? tr("No process holds this socket (it is closing).")
                                         : tr("The process is not visible to this user.");
        if (row.status == RowStatus::Closed)
            return tr("This socket has just closed.");
        if (row.status == RowStatus::New)
            return tr("This socket has just appeared.");
        return {};
    default:
        return {};
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OwnColumn)
        return tr("Marked: a socket of SockLab itself.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OwnColumn:
        return tr("Own");
    case ProtocolColumn:
        return tr("Proto");
    case LocalColumn:
        return tr("Local Address");
    case ForeignColumn:
        return tr("Foreign Address");
    case StateColumn:
        return tr("State");
    case ProcessColumn:
        return tr("PID/Program");
    case RecvQColumn:
        return tr("Recv-Q");
    case SendQColumn:
        return tr("Send-Q");
    default:
        return {};
    }
}

void ConnectionTableModel::applySnapshot(const QList<SocketRecord> &records, qint64 nowMs)
{
    // Which incoming record has which key; what is left after matching existing rows is new.
    QHash<SocketRecord::Key, qsizetype> incoming;
    incoming.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        incoming.insert(records.at(i).key(), i);

    QList<int> changed;
    QList<int> expired;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &current = m_rows[row];
        const auto it = incoming.constFind(current.record.key());
        if (it == incoming.cend()) {
            if (current.status != RowStatus::Closed) {
                current.status = RowStatus::Closed;
                current.statusUntilMs = nowMs + m_highlightMs;
                changed.append(row);
            } else if (nowMs >= current.statusUntilMs) {
                expired.append(row);
            }
            continue;
        }
        const SocketRecord &fresh = records.at(*it);
        bool isChanged = !current.record.sameDetails(fresh);
        if (current.status == RowStatus::Closed) {
            current.status = RowStatus::Normal; // came back within its highlight time
            isChanged = true;
        } else if (current.status == RowStatus::New && nowMs >= current.statusUntilMs) {
            current.status = RowStatus::Normal;
            isChanged = true;
        }
        if (isChanged) {
            current.record = fresh;
            changed.append(row);
        }
        incoming.erase(it);
    }

    // Keep the snapshot's order for the newcomers (the kernel's, stable between reads).
    QList<qsizetype> fresh = incoming.values();
    std::sort(fresh.begin(), fresh.end());

    // (Counts, not only runs: rows neighbouring in the model are scattered in a sorted view.)
    if (runsIn(expired) > maxSignalRuns || runsIn(changed) > maxSignalRuns
        || expired.size() > maxBulkRows || (fresh.size() > maxBulkRows && !m_rows.isEmpty())) {
        // Thousands of sockets opening or closing together (a test or a benchmark starting or
        // ending) land scattered through the sorted view: as fine-grained signals they cost
        // the proxy and the view O(rows) each, seconds in all. One reset costs one sort; the
        // view puts selection and scroll position back by key (see ConnectionsView).
        beginResetModel();
        QList<Row> kept;
        kept.reserve(m_rows.size() - expired.size() + fresh.size());
        qsizetype next = 0;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (next < expired.size() && expired.at(next) == row) {
                ++next;
                continue;
            }
            kept.append(std::move(m_rows[row]));
        }
        m_rows = std::move(kept);
        appendRecords(records, fresh, nowMs);
        rebuildIndex();
        endResetModel();
        return;
    }

    emitChangedRanges(changed);
    removeRowsAt(expired);
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        appendRecords(records, fresh, nowMs);
        endInsertRows();
    }
    m_hasSnapshot = true;
}

void ConnectionTableModel::appendRecords(const QList<SocketRecord> &records,
                                         const QList<qsizetype> &which, qint64 nowMs)
{
    for (const qsizetype i : which) {
        Row row;
        row.record = records.at(i);
        // The first snapshot is the starting point, not news.
        if (m_hasSnapshot) {
            row.status = RowStatus::New;
            row.statusUntilMs = nowMs + m_highlightMs;
        }
        m_rowOfKey.insert(row.record.key(), static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }
    m_hasSnapshot = true;
}

qsizetype ConnectionTableModel::runsIn(const QList<int> &rows)
{
    qsizetype runs = rows.isEmpty() ? 0 : 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows.at(i) != rows.at(i - 1) + 1;
    return runs;
}

void ConnectionTableModel::clear()
{
    if (m_rows.isEmpty()) {
        m_hasSnapshot = false;
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_hasSnapshot = false;
    endResetModel();
}

void ConnectionTableModel::emitChangedRanges(const QList<int> &rows)
{
    // rows is ascending: one dataChanged per run of neighbouring rows.
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void ConnectionTableModel::removeRowsAt(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    // From the bottom up, one removal per run, so earlier row numbers stay valid.
    qsizetype j = rows.size() - 1;
    while (j >= 0) {
        qsizetype i = j;
        while (i > 0 && rows.at(i - 1) == rows.at(i) - 1)
            --i;
        beginRemoveRows({}, rows.at(i), rows.at(j));
        m_rows.remove(rows.at(i), rows.at(j) - rows.at(i) + 1);
        endRemoveRows();
        j = i - 1;
    }
    rebuildIndex();
}

void ConnectionTableModel::rebuildIndex()
{
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfKey.insert(m_rows.at(row).record.key(), row);
}
