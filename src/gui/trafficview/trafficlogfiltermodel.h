// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QHash>
#include <QSortFilterProxyModel>

class TrafficLogModel;

// Filters the traffic log by a case-insensitive text (matched against peer, local endpoint,
// session, event, message and decoded payload), optionally by session and without info rows,
// and sorts on the model's raw values.
class TrafficLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TrafficLogFilterModel(QObject *parent = nullptr);

    void setLogModel(TrafficLogModel *model);
    TrafficLogModel *logModel() const { return m_model; }

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    // Only rows of this session: 0 shows every session, -1 none.
    int sessionFilter() const { return m_sessionFilter; }
    void setSessionFilter(int sessionId);
    // Hide the socket-call narration (info rows), leaving the conversation.
    void setInfoHidden(bool hidden);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool endpointMatches(const Endpoint &endpoint) const;
    void rememberKindMatches();

    TrafficLogModel *m_model = nullptr;
    QString m_filterText;
    int m_sessionFilter = 0;
    bool m_infoHidden = false;
    // Per filter text: which event kinds' labels match, and which endpoints' text does. A log
    // of a million rows has a handful of kinds and few distinct endpoints, so formatting them
    // once instead of per row is most of the cost of filtering it.
    quint32 m_matchingKinds = 0;
    mutable QHash<Endpoint, bool> m_endpointMatches;
};
