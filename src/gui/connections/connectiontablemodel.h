// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

// The socket table as a model that is updated, never reset: each snapshot is applied as a
// keyed diff (rows inserted at the end, changed rows dataChanged, vanished rows removed), so
// the view keeps its sort order, selection and scroll position. Like TCPView, a new socket is
// highlighted for a moment and a closed one stays highlighted for a moment before it goes.
class ConnectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OwnColumn,
        ProtocolColumn,
        LocalColumn,
        ForeignColumn,
        StateColumn,
        ProcessColumn,
        RecvQColumn,
        SendQColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers, address bytes
        RowStatusRole,
    };
    enum class RowStatus { Normal, New, Closed };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies one snapshot taken at nowMs (any monotonic clock, the same for every call).
    // The first snapshot fills the table without highlighting anything as new. Sockets that
    // come and go by the thousand in one snapshot are applied as one model reset instead.
    void applySnapshot(const QList<SocketRecord> &records, qint64 nowMs);
    void clear();

    // How long new and closed rows stay highlighted (default 2000 ms).
    void setHighlightMs(qint64 ms) { m_highlightMs = ms; }
    qint64 highlightMs() const { return m_highlightMs; }

    const SocketRecord &record(int row) const { return m_rows.at(row).record; }
    RowStatus rowStatus(int row) const { return m_rows.at(row).status; }
    // -1 when no row has this key.
    int rowOf(const SocketRecord::Key &key) const { return m_rowOfKey.value(key, -1); }

    // The text of a cell for copying and CSV export (the marker column reads "own").
    QString exportText(int row, int column) const;

    // Notes on SockLab's own sockets, shown after the state (a UDP socket's multicast groups,
    // issue 12): replaced as a whole, the State column redrawn when they changed.
    void setStateNotes(const QHash<SocketRecord::Key, QString> &notes);

private:
    struct Row
    {
        SocketRecord record;
        RowStatus status = RowStatus::Normal;
        qint64 statusUntilMs = 0;
    };

    QString displayText(const Row &row, int column) const;
    // The row's background tint in the current palette; invalid for a plain row.
    static QColor rowTint(const Row &row);
    QHash<SocketRecord::Key, QString> m_stateNotes;
    QVariant sortValue(const SocketRecord &record, int column) const;
    void emitChangedRanges(const QList<int> &rows);
    // rows ascending: one signal per run of neighbouring rows.
    void removeRowsAt(const QList<int> &rows);
    void appendRecords(const QList<SocketRecord> &records, const QList<qsizetype> &which,
                       qint64 nowMs);
    static qsizetype runsIn(const QList<int> &rows);

    // Past these, a snapshot is applied as one reset (see applySnapshot()).
    static constexpr qsizetype maxSignalRuns = 64;
    static constexpr qsizetype maxBulkRows = 1000;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<SocketRecord::Key, int> m_rowOfKey;
    qint64 m_highlightMs = 2000;
    bool m_hasSnapshot = false;
};
