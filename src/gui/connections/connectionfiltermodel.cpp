// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionfiltermodel.h"

#include "connections/connectiontablemodel.h"

ConnectionFilterModel::ConnectionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectionTableModel::SortRole);
    // Sorting stays live: a row whose queue grows moves, as in netstat's ordering by column.
    setDynamicSortFilter(true);
}

void ConnectionFilterModel::setConnectionModel(ConnectionTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ConnectionFilterModel::setProtocol(std::optional<SocketRecord::Protocol> protocol)
{
    m_protocol = protocol;
    refilter();
}

void ConnectionFilterModel::setStateName(const QString &state)
{
    m_state = state;
    refilter();
}

void ConnectionFilterModel::setListeningOnly(bool on)
{
    m_listeningOnly = on;
    refilter();
}

void ConnectionFilterModel::setOwnOnly(bool on)
{
    m_ownOnly = on;
    refilter();
}

void ConnectionFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    refilter();
}

void ConnectionFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() keeps the sort order.
    invalidateFilter();
}

bool ConnectionFilterModel::acceptsRecord(const SocketRecord &record) const
{
    if (m_protocol && record.protocol != *m_protocol)
        return false;
    if (!m_state.isEmpty() && record.stateName() != m_state)
        return false;
    if (m_listeningOnly && !record.isListening())
        return false;
    if (m_ownOnly && !record.isOwn)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has
        = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(record.local.toString()) || has(record.remote.toString()) || has(record.process)
        || (record.pid != 0 && has(QString::number(record.pid))) || has(record.stateName());
}

bool ConnectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return acceptsRecord(m_model->record(sourceRow));
}

bool ConnectionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Equivalent)
        return left.row() < right.row(); // stable between refreshes
    return order == QPartialOrdering::Less;
}
