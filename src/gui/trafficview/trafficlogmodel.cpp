// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogmodel.h"

#include "trafficview/eventformatter.h"
#include "net/sessionname.h"
#include "log/trafficlog.h"
#include "window/palettecolors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <vector>

TrafficLogModel::TrafficLogModel(TrafficLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_timer(new QTimer(this))
{
    // Polling (rather than a signal per event) bounds the GUI's work per second whatever the
    // traffic rate: a flood costs at most one insert batch per tick.
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TrafficLogModel::fetchNow);
    m_timer->start();
}

TrafficLogModel::~TrafficLogModel() = default;

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficLogModel::sessionLabel(const TrafficEvent &event) const
{
    return SessionName::of(event);
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TrafficEvent &event = eventAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, column);
    case RawRole:
        return rawData(event, column);
    case SequenceRole:
        return QVariant::fromValue(event.sequence);
    case Qt::ToolTipRole:
        if (column == TextColumn || column == HexColumn)
            return EventFormatter::hexDumpToolTip(event, ToolTipBytes);
        if ((column == EventColumn) && !event.message.isEmpty())
            return event.message;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == BytesColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    // From the application palette on every paint: a theme switch repaints the view, and the
    // rows follow without being told.
    case Qt::ForegroundRole:
        if (event.kind == TrafficEvent::Kind::Error)
            return QBrush(PaletteColors::errorRowText(QGuiApplication::palette()));
        if (event.kind == TrafficEvent::Kind::Info)
            return QBrush(PaletteColors::mutedText(QGuiApplication::palette()));
        return QVariant();
    case Qt::BackgroundRole:
        if (event.kind == TrafficEvent::Kind::Error)
            return QBrush(PaletteColors::errorBackground(QGuiApplication::palette()));
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant TrafficLogModel::displayData(const TrafficEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return EventFormatter::time(event.timestampMs);
    case SessionColumn:
        return sessionLabel(event);
    case EventColumn:
        return EventFormatter::kindLabel(event.kind);
    case LocalColumn:
        return event.local.toString();
    case PeerColumn:
        return event.peer.toString();
    case BytesColumn:
        return EventFormatter::hasPayload(event) ? QVariant(event.size) : QVariant();
    case TextColumn:
        return EventFormatter::text(event, m_encoding, TextColumnChars);
    case HexColumn:
        return EventFormatter::hexPreview(event, HexColumnBytes);
    default:
        return QVariant();
    }
}

QVariant TrafficLogModel::rawData(const TrafficEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return QVariant::fromValue(event.sequence);
    case SessionColumn:
        return event.sessionId;
    case EventColumn:
        return static_cast<int>(event.kind);
    case LocalColumn:
        return EventFormatter::endpointSortKey(event.local);
    case PeerColumn:
        return EventFormatter::endpointSortKey(event.peer);
    case BytesColumn:
        return event.size;
    case TextColumn:
        return EventFormatter::hasPayload(event) ? QVariant(event.payload)
                                                 : QVariant(event.message.toUtf8());
    case HexColumn:
        return event.payload;
    default:
        return QVariant();
    }
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SessionColumn:
        return tr("Session");
    case EventColumn:
        return tr("Event");
    case LocalColumn:
        return tr("Local");
    case PeerColumn:
        return tr("Peer");
    case BytesColumn:
        return tr("Bytes");
    case TextColumn:
        return tr("Text");
    case HexColumn:
        return tr("Hex");
    default:
        return QVariant();
    }
}

void TrafficLogModel::setEncoding(PayloadCodec::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    if (!m_rows.empty())
        emit dataChanged(index(0, TextColumn), index(rowCount() - 1, TextColumn));
}

void TrafficLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    emit pausedChanged(paused);
}

void TrafficLogModel::setMaxRows(qsizetype maxRows)
{
    m_maxRows = qMax<qsizetype>(1, maxRows);
}

void TrafficLogModel::setInterval(int ms)
{
    m_intervalMs = ms;
    m_timer->setInterval(currentIntervalMs());
}

int TrafficLogModel::currentIntervalMs() const
{
    if (m_isBehind)
        return qMax(m_intervalMs, CatchUpIntervalMs);
    return m_isStreaming ? qMax(m_intervalMs, StreamIntervalMs) : m_intervalMs;
}

void TrafficLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_log->clear();
    m_lastSequence = m_log->lastSequence();
    endResetModel();
}

void TrafficLogModel::fetchNow()
{
    if (m_paused || m_log->lastSequence() <= m_lastSequence) {
        noteRowsPulled(false, false);
        // A shrunk cap still applies while nothing new arrives.
        if (!m_paused && static_cast<qsizetype>(m_rows.size()) > m_maxRows)
            evictFor(0);
        return;
    }
    // The pull in chunks (the core log's lock is held per chunk), kept as they come: one
    // QList grown chunk by chunk would copy every event again at each growth.
    std::vector<QList<TrafficEvent>> chunks;
    qsizetype pulled = 0;
    quint64 after = m_lastSequence;
    while (pulled < m_maxBatch) {
        QList<TrafficEvent> chunk = m_log->eventsAfter(after, qMin(m_maxBatch - pulled, PullChunk));
        if (chunk.isEmpty())
            break;
        after = chunk.constLast().sequence;
        pulled += chunk.size();
        chunks.push_back(std::move(chunk));
    }
    noteRowsPulled(pulled > 0, pulled >= m_maxBatch);
    if (pulled == 0)
        return;
    m_lastSequence = after;
    // A batch larger than the whole store only keeps its newest events.
    qsizetype skip = 0;
    if (pulled > m_maxRows) {
        skip = pulled - m_maxRows;
        m_evictedRows += static_cast<quint64>(skip);
        pulled = m_maxRows;
    }
    evictFor(pulled);

    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(pulled) - 1);
    for (QList<TrafficEvent> &chunk : chunks) {
        for (TrafficEvent &event : chunk) {
            if (skip > 0) {
                --skip;
                continue;
            }
            m_rows.push_back(std::move(event));
        }
        chunk.clear(); // each chunk's copies go as soon as they are stored
    }
    endInsertRows();
}

void TrafficLogModel::noteRowsPulled(bool any, bool isBehind)
{
    // Rows in two pulls in a row are a stream, refreshed at the slower pace until a pull
    // finds nothing; a lone event keeps the quick one. A pull that hit maxBatch left rows in
    // the log: the next one comes sooner, so that a flood is shown in short steps.
    const bool streaming = any && m_lastPullHadRows;
    m_lastPullHadRows = any;
    if (streaming == m_isStreaming && isBehind == m_isBehind)
        return;
    m_isStreaming = streaming;
    m_isBehind = isBehind;
    m_timer->setInterval(currentIntervalMs());
}

void TrafficLogModel::evictFor(qsizetype incoming)
{
    const auto held = static_cast<qsizetype>(m_rows.size());
    const qsizetype overflow = held + incoming - m_maxRows;
    if (overflow <= 0)
        return;
    // Evict a block (a tenth of the cap at least) so a steady flood does not cost the views a
    // removal on every tick.
    const qsizetype count = qMin(held, qMax(overflow, m_maxRows / 10));
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, static_cast<int>(count) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
    m_evictedRows += static_cast<quint64>(count);
}
