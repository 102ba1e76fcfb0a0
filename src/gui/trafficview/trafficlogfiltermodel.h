// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"
#include "net/endpoint.h"

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <functional>
#include <vector>

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

    // Sorts with each row's value taken once (see SortKeys), then as Qt does.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The order of two of the model's raw values (TrafficLogModel::RawRole): the definition
    // the keys follow, and what rows arriving after a sort are placed by.
    static bool rawValueLess(const QVariant &a, const QVariant &b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool endpointMatches(const Endpoint &endpoint) const;
    bool sessionMatches(const TrafficEvent &event) const;
    bool payloadMatches(const TrafficEvent &event) const;
    // Whether bytes contain the ASCII needle, ignoring ASCII case when it has letters.
    bool bytesContainNeedle(const QByteArray &bytes) const;
    void rememberKindMatches();
    void prepareNeedle();
    // Runs work (a sort, or a new filter that re-sorts) with the sort keys of column taken.
    void withSortKeys(int column, const std::function<void()> &work);

    // Each source row's value in the sorted column, taken once before a sort: lessThan() had
    // asked the model for two QVariants per comparison (and for an endpoint built a string
    // key), and sorting a million rows made some twenty million comparisons. The raw values
    // themselves (TrafficLogModel::rawData()): numbers, or bytes. Only while sort() or a new
    // filter runs: rows shift as the log evicts, so the keys would not stay true.
    struct SortKeys
    {
        int column = -1;
        std::vector<qint64> numbers;
        QList<QByteArray> bytes;
    };
    SortKeys m_sortKeys;

    TrafficLogModel *m_model = nullptr;
    QString m_filterText;
    int m_sessionFilter = 0;
    bool m_infoHidden = false;
    // Per filter text: which event kinds' labels match, and which endpoints' text does. A log
    // of a million rows has a handful of kinds and few distinct endpoints, so formatting them
    // once instead of per row is most of the cost of filtering it.
    quint32 m_matchingKinds = 0;
    // Endpoint results by port: a slot is checked with Endpoint::operator==, which unlike
    // qHash(Endpoint) copies no QHostAddress (two atomic reference counts per row and side).
    struct EndpointSlot
    {
        Endpoint endpoint;
        bool isKnown = false;
        bool matches = false;
    };
    static constexpr size_t EndpointSlots = 4096;
    mutable std::vector<EndpointSlot> m_endpointMatches;
    mutable QHash<quint64, bool> m_sessionMatches;
    // The filter text prepared once for the search per row. Payloads in UTF-8 or Latin-1 are
    // searched as bytes when the text is ASCII (an ASCII byte is always that character in
    // both), instead of decoding every payload into a QString first.
    QStringMatcher m_textMatcher;
    QByteArray m_asciiNeedle; // lower-case; empty when the text is not all ASCII
    QByteArrayMatcher m_bytesMatcher; // the exact bytes, when the text has no letters
    bool m_needleHasLetters = false;
    // Whether the text has a letter some non-ASCII character folds to (see the .cpp).
    bool m_needleFoldsFromNonAscii = false;
};
