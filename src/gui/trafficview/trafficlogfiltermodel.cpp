// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogfiltermodel.h"

#include "trafficview/eventformatter.h"
#include "trafficview/trafficlogmodel.h"

TrafficLogFilterModel::TrafficLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TrafficLogModel::RawRole);
}

void TrafficLogFilterModel::setLogModel(TrafficLogModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TrafficLogFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    m_endpointMatches.clear();
    rememberKindMatches();
    invalidateFilter();
}

void TrafficLogFilterModel::setSessionFilter(int sessionId)
{
    if (sessionId == m_sessionFilter)
        return;
    m_sessionFilter = sessionId;
    invalidateFilter();
}

void TrafficLogFilterModel::setInfoHidden(bool hidden)
{
    if (hidden == m_infoHidden)
        return;
    m_infoHidden = hidden;
    invalidateFilter();
}

bool TrafficLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const TrafficEvent &event = m_model->eventAt(sourceRow);
    if (m_sessionFilter != 0 && event.sessionId != m_sessionFilter)
        return false;
    if (m_infoHidden && event.kind == TrafficEvent::Kind::Info)
        return false;
    if (m_filterText.isEmpty())
        return true;
    const auto matches = [this](const QString &candidate) {
        return candidate.contains(m_filterText, Qt::CaseInsensitive);
    };
    if ((m_matchingKinds & (1u << static_cast<int>(event.kind))) != 0
        || endpointMatches(event.peer) || endpointMatches(event.local)
        || matches(event.message) || matches(m_model->sessionLabel(event))) {
        return true;
    }
    return EventFormatter::hasPayload(event)
        && matches(PayloadCodec::decode(event.payload, m_model->encoding()));
}

void TrafficLogFilterModel::rememberKindMatches()
{
    m_matchingKinds = 0;
    for (int kind = 0; kind <= static_cast<int>(TrafficEvent::Kind::Info); ++kind) {
        if (EventFormatter::kindLabel(static_cast<TrafficEvent::Kind>(kind))
                    .contains(m_filterText, Qt::CaseInsensitive))
            m_matchingKinds |= 1u << kind;
    }
}

bool TrafficLogFilterModel::endpointMatches(const Endpoint &endpoint) const
{
    const auto cached = m_endpointMatches.constFind(endpoint);
    if (cached != m_endpointMatches.constEnd())
        return *cached;
    // Bounded: a flood from many ports must not grow the cache without end.
    if (m_endpointMatches.size() > 100'000)
        m_endpointMatches.clear();
    const bool match = endpoint.toString().contains(m_filterText, Qt::CaseInsensitive);
    m_endpointMatches.insert(endpoint, match);
    return match;
}

bool TrafficLogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() < b.toByteArray();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    if (a.isValid() != b.isValid())
        return !a.isValid();
    if (a.typeId() == QMetaType::ULongLong)
        return a.toULongLong() < b.toULongLong();
    return a.toLongLong() < b.toLongLong();
}
