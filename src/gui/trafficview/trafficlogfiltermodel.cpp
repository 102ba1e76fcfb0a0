// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogfiltermodel.h"

#include "trafficview/eventformatter.h"
#include "trafficview/trafficlogmodel.h"

#include <cstring>

namespace {

constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

bool hasNonAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if ((static_cast<unsigned char>(c) & 0x80) != 0)
            return true;
    }
    return false;
}

} // namespace

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
    m_endpointMatches.clear(); // refilled at the first row
    m_sessionMatches.clear();
    rememberKindMatches();
    prepareNeedle();
    // A new text changes which of possibly a million rows show. invalidateFilter() removes
    // and inserts the difference interval by interval, and keeps each step's mapping up to
    // date, which costs far more than the filter itself at that size; invalidate() drops the
    // mapping and builds it again in one pass (the view gets one layout change).
    withSortKeys(sortColumn(), [this] { invalidate(); });
}

void TrafficLogFilterModel::sort(int column, Qt::SortOrder order)
{
    withSortKeys(column, [&] { QSortFilterProxyModel::sort(column, order); });
}

void TrafficLogFilterModel::withSortKeys(int column, const std::function<void()> &work)
{
    m_sortKeys = {};
    const int rows = m_model && column >= 0 && column < TrafficLogModel::ColumnCount
            ? m_model->rowCount()
            : 0;
    if (rows > 1) {
        // A column's raw values are all numbers or all bytes.
        const bool bytes = m_model->rawData(m_model->eventAt(0), column).typeId()
                == QMetaType::QByteArray;
        m_sortKeys.column = column;
        if (bytes)
            m_sortKeys.bytes.reserve(rows);
        else
            m_sortKeys.numbers.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const QVariant raw = m_model->rawData(m_model->eventAt(row), column);
            if (bytes)
                m_sortKeys.bytes << raw.toByteArray(); // a payload is shared, not copied
            else
                m_sortKeys.numbers.push_back(raw.toLongLong());
        }
    }
    work();
    m_sortKeys = {};
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
    if ((m_matchingKinds & (1u << static_cast<int>(event.kind))) != 0
        || endpointMatches(event.peer) || endpointMatches(event.local)
        || (!event.message.isEmpty() && m_textMatcher.indexIn(event.message) >= 0)
        || sessionMatches(event)) {
        return true;
    }
    return EventFormatter::hasPayload(event) && payloadMatches(event);
}

void TrafficLogFilterModel::prepareNeedle()
{
    m_textMatcher = QStringMatcher(m_filterText, Qt::CaseInsensitive);
    m_asciiNeedle.clear();
    m_needleHasLetters = false;
    m_needleFoldsFromNonAscii = false;
    for (const QChar c : std::as_const(m_filterText)) {
        if (c.unicode() >= 0x80) {
            m_asciiNeedle.clear();
            return;
        }
        const char byte = asciiLower(static_cast<char>(c.unicode()));
        m_asciiNeedle.append(byte);
        m_needleHasLetters |= byte >= 'a' && byte <= 'z';
        // Case-insensitive QString matching folds both sides: KELVIN SIGN (U+212A) folds to
        // 'k' and LATIN SMALL LETTER LONG S (U+017F) to 's', the only characters outside
        // ASCII that fold into it (tst_trafficlogfilter checks this against Qt's tables).
        m_needleFoldsFromNonAscii |= byte == 'k' || byte == 's';
    }
    m_bytesMatcher = QByteArrayMatcher(m_asciiNeedle);
}

bool TrafficLogFilterModel::sessionMatches(const TrafficEvent &event) const
{
    // Every row of a session has the same name: format and search it once per session.
    const quint64 key = (static_cast<quint64>(static_cast<quint32>(event.sessionId)) << 16)
        | (static_cast<quint64>(event.protocol) << 8) | static_cast<quint64>(event.role);
    const auto cached = m_sessionMatches.constFind(key);
    if (cached != m_sessionMatches.constEnd())
        return *cached;
    if (m_sessionMatches.size() > 100'000)
        m_sessionMatches.clear();
    const bool match = m_textMatcher.indexIn(m_model->sessionLabel(event)) >= 0;
    m_sessionMatches.insert(key, match);
    return match;
}

bool TrafficLogFilterModel::payloadMatches(const TrafficEvent &event) const
{
    const PayloadCodec::Encoding encoding = m_model->encoding();
    const bool asciiCompatible
        = encoding == PayloadCodec::Encoding::Utf8 || encoding == PayloadCodec::Encoding::Latin1;
    if (asciiCompatible && !m_asciiNeedle.isEmpty()) {
        if (bytesContainNeedle(event.payload))
            return true;
        // Only a UTF-8 payload with non-ASCII bytes can still match, through a character that
        // folds to the needle's 'k' or 's': decode those few.
        if (encoding == PayloadCodec::Encoding::Latin1 || !m_needleFoldsFromNonAscii
            || !hasNonAscii(event.payload))
            return false;
    }
    return m_textMatcher.indexIn(PayloadCodec::decode(event.payload, encoding)) >= 0;
}

bool TrafficLogFilterModel::bytesContainNeedle(const QByteArray &bytes) const
{
    if (!m_needleHasLetters)
        return m_bytesMatcher.indexIn(bytes) >= 0;
    const qsizetype length = m_asciiNeedle.size();
    if (length > bytes.size())
        return false;
    const char *needle = m_asciiNeedle.constData();
    const char first = needle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 32) : first;
    const char *data = bytes.constData();
    const char *const last = data + bytes.size() - length;
    for (const char *p = data; p <= last; ++p) {
        if (*p != first && *p != firstUpper)
            continue;
        qsizetype i = 1;
        while (i < length && asciiLower(p[i]) == needle[i])
            ++i;
        if (i == length)
            return true;
    }
    return false;
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
    if (m_endpointMatches.empty())
        m_endpointMatches.resize(EndpointSlots);
    EndpointSlot &slot = m_endpointMatches[endpoint.port() % EndpointSlots];
    if (slot.isKnown && slot.endpoint == endpoint)
        return slot.matches;
    slot.endpoint = endpoint;
    slot.isKnown = true;
    slot.matches = m_textMatcher.indexIn(endpoint.toString()) >= 0;
    return slot.matches;
}

bool TrafficLogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortKeys.column >= 0 && left.column() == m_sortKeys.column) {
        const int a = left.row();
        const int b = right.row();
        if (!m_sortKeys.numbers.empty() && a < int(m_sortKeys.numbers.size())
            && b < int(m_sortKeys.numbers.size()))
            return m_sortKeys.numbers[size_t(a)] < m_sortKeys.numbers[size_t(b)];
        if (a < m_sortKeys.bytes.size() && b < m_sortKeys.bytes.size())
            return m_sortKeys.bytes.at(a) < m_sortKeys.bytes.at(b);
    }
    return rawValueLess(left.data(sortRole()), right.data(sortRole()));
}

bool TrafficLogFilterModel::rawValueLess(const QVariant &a, const QVariant &b)
{
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
