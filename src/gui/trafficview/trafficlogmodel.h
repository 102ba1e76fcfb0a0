// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload/payloadcodec.h"
#include "log/trafficevent.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>

class QTimer;
class TrafficLog;

// The traffic log as a table. Pulls new events from the shared TrafficLog on a ~30 Hz timer and
// appends each batch with one beginInsertRows(); keeps its own bounded store (evicting the
// oldest block with one beginRemoveRows()); formats cells lazily in data().
class TrafficLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SessionColumn,
        EventColumn,
        LocalColumn,
        PeerColumn,
        BytesColumn,
        TextColumn,
        HexColumn,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // unformatted value for sorting
        SequenceRole, // the event's sequence number
    };

    static constexpr qsizetype DefaultMaxRows = 100'000;
    // Rows one pull inserts at most. What a pull costs the GUI thread (copying, storing,
    // the views' bookkeeping) grows with its rows, and a desktop that pings the window
    // (_NET_WM_PING, bench/xping.c) sees each pull as a pause: 30,000 rows were 40-60 ms.
    static constexpr qsizetype DefaultMaxBatch = 5'000;
    // The first rows after a quiet spell show at the next tick, within 33 ms.
    static constexpr int DefaultIntervalMs = 33;
    // While rows keep coming (the previous pull brought some too) the view refreshes at 4 Hz:
    // a view following a stream repaints its whole viewport on every refresh whatever the
    // rate, and at 30 Hz that cost a third of a core to show a 250/s heartbeat (bench/
    // window_cpu.sh). Nobody reads rows that scroll by faster than that; the counters and a
    // pause are there for it. Under a flood it also leaves the network threads the CPU.
    static constexpr int StreamIntervalMs = 250;
    // After a pull that left rows in the log (it hit maxBatch), the next comes this soon:
    // 100,000 rows a second shown in steps of DefaultMaxBatch.
    static constexpr int CatchUpIntervalMs = 50;
    // Events copied per hold of the core log's lock, so a network thread appending never waits
    // long for a big pull.
    static constexpr qsizetype PullChunk = 4'096;
    static constexpr qsizetype TextColumnChars = 200;
    static constexpr qsizetype HexColumnBytes = 64;
    static constexpr qsizetype ToolTipBytes = 1024;

    explicit TrafficLogModel(TrafficLog *log, QObject *parent = nullptr);
    ~TrafficLogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    TrafficLog *log() const { return m_log; }
    const TrafficEvent &eventAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    // The session's one name (SessionName), as in its tab, JSON lines and the CLI.
    QString sessionLabel(const TrafficEvent &event) const;

    PayloadCodec::Encoding encoding() const { return m_encoding; }
    void setEncoding(PayloadCodec::Encoding encoding);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    qsizetype maxRows() const { return m_maxRows; }
    // Takes effect at the next pull; when shrinking, the oldest rows go then.
    void setMaxRows(qsizetype maxRows);
    void setMaxBatch(qsizetype maxBatch) { m_maxBatch = qMax<qsizetype>(1, maxBatch); }
    // The quiet-time interval (DefaultIntervalMs); a stream refreshes at the slower of it and
    // StreamIntervalMs.
    void setInterval(int ms);
    // The interval the next pull comes after: the quiet one, the stream's or the catch-up's.
    int currentIntervalMs() const;
    // Whether the last pull left rows in the log (a flood shown in steps).
    bool isBehind() const { return m_isBehind; }
    // Rows dropped from this model to stay under maxRows (the core log counts its own).
    quint64 evictedRows() const { return m_evictedRows; }
    quint64 lastSequence() const { return m_lastSequence; }

    // Forgets every row shown and the events held by the core log; counters go on.
    void clear();

    // The unformatted value of a cell, for sorting (RawRole): a number, or bytes to compare.
    QVariant rawData(const TrafficEvent &event, int column) const;

public slots:
    // One pull: at most maxBatch new events, one rowsInserted. Does nothing while paused.
    void fetchNow();

signals:
    void pausedChanged(bool paused);

private:
    QVariant displayData(const TrafficEvent &event, int column) const;
    void evictFor(qsizetype incoming);
    void noteRowsPulled(bool any, bool isBehind);

    TrafficLog *const m_log;
    QTimer *m_timer = nullptr;
    std::deque<TrafficEvent> m_rows;
    quint64 m_lastSequence = 0;
    quint64 m_evictedRows = 0;
    qsizetype m_maxRows = DefaultMaxRows;
    qsizetype m_maxBatch = DefaultMaxBatch;
    PayloadCodec::Encoding m_encoding = PayloadCodec::Encoding::Utf8;
    bool m_paused = false;
    int m_intervalMs = DefaultIntervalMs;
    bool m_lastPullHadRows = false;
    bool m_isStreaming = false; // the last two pulls brought rows
    bool m_isBehind = false; // the last pull left rows in the log
};
