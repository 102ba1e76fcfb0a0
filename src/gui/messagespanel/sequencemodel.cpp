// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/sequencemodel.h"

#include <QLocale>

SequenceModel::SequenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SequenceModel::setItems(const QList<SequenceItem> &items)
{
    beginResetModel();
    m_items = items.mid(0, SequenceItem::MaxSteps);
    for (SequenceItem &item : m_items)
        item.delayBeforeMs = qBound<qint64>(0, item.delayBeforeMs, SequenceItem::MaxDelayMs);
    endResetModel();
    emit stepsChanged();
}

qint64 SequenceModel::totalDelayMs() const
{
    qint64 total = 0;
    for (const SequenceItem &item : m_items)
        total += item.delayBeforeMs;
    return total;
}

bool SequenceModel::moveStep(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one ends up before, in the old numbering.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_items.move(row, to);
    endMoveRows();
    refreshFrom(qMin(row, to));
    emit stepsChanged();
    return true;
}

bool SequenceModel::removeStep(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    refreshFrom(row);
    emit stepsChanged();
    return true;
}

void SequenceModel::setAllDelays(qint64 ms)
{
    const qint64 bounded = qBound<qint64>(0, ms, SequenceItem::MaxDelayMs);
    for (SequenceItem &item : m_items)
        item.delayBeforeMs = bounded;
    refreshFrom(0);
    emit stepsChanged();
}

void SequenceModel::refreshFrom(int row)
{
    if (row < m_items.size())
        emit dataChanged(index(row, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

int SequenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SequenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SequenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SequenceItem &item = m_items.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == DelayColumn)
        return item.delayBeforeMs;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return item.message.folder.isEmpty()
            ? item.message.name
            : tr("%1 (folder %2)").arg(item.message.name, item.message.folder);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return index.row() + 1;
    case NameColumn:
        return item.message.name;
    case DelayColumn:
        return tr("%1 ms").arg(locale.toString(item.delayBeforeMs));
    case DueColumn: {
        qint64 due = 0;
        for (int row = 0; row <= index.row(); ++row)
            due += m_items.at(row).delayBeforeMs;
        //: when the step is due, counted from Send
        return tr("+%1 ms").arg(locale.toString(due));
    }
    default:
        return {};
    }
}

QVariant SequenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DelayColumn:
            return tr("How long the step waits after the previous one left (the first step: "
                      "after Send). Type a number or use the arrows; 0 to 3,600,000 ms.");
        case DueColumn:
            return tr("When the step is due, counted from Send; a step never leaves before "
                      "its time.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case NameColumn:
        return tr("Message");
    case DelayColumn:
        return tr("Delay before");
    case DueColumn:
        return tr("Due at");
    default:
        return {};
    }
}

Qt::ItemFlags SequenceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DelayColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SequenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != DelayColumn
        || index.row() >= m_items.size())
        return false;
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (!ok || ms < 0 || ms > SequenceItem::MaxDelayMs)
        return false;
    if (m_items[index.row()].delayBeforeMs == ms)
        return true;
    m_items[index.row()].delayBeforeMs = ms;
    refreshFrom(index.row());
    emit stepsChanged();
    return true;
}
