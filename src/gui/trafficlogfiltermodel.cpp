#include "trafficlogfiltermodel.h"

#include "eventformatter.h"
#include "trafficlogmodel.h"

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
    if (matches(event.peer.toString()) || matches(event.local.toString()) || matches(event.message)
        || matches(m_model->sessionLabel(event))
        || matches(EventFormatter::kindLabel(event.kind))) {
        return true;
    }
    return EventFormatter::hasPayload(event)
        && matches(PayloadCodec::decode(event.payload, m_model->encoding()));
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
