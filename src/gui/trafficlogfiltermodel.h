#pragma once

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
    TrafficLogModel *m_model = nullptr;
    QString m_filterText;
    int m_sessionFilter = 0;
    bool m_infoHidden = false;
};
