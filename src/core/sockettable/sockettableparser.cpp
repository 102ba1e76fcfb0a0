// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockettableparser.h"

#include "net/hostaddresscache.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <unistd.h>

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Exactly `digits` hex digits, or between 1 and `digits` when exact is false. At most 16
// digits, so the value always fits.
std::optional<quint64> parseHex(QByteArrayView text, qsizetype digits, bool exact)
{
    if (text.isEmpty() || text.size() > digits || (exact && text.size() != digits))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        const int digit = hexDigit(c);
        if (digit < 0)
            return std::nullopt;
        value = (value << 4) | static_cast<quint64>(digit);
    }
    return value;
}

std::optional<quint64> parseDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<quint64>(c - '0');
        if (value > (~quint64(0) - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

// "0100007F:EA61" (IPv4) or 32 hex digits and a port (IPv6). The kernel prints each 32-bit
// word of the address as a number in host byte order, so writing the numbers back into memory
// in host order restores the address bytes exactly, whatever the machine's endianness.
std::optional<Endpoint> parseEndpoint(QByteArrayView text, SocketRecord::Family family,
                                      HostAddressCache &cache)
{
    const qsizetype words = family == SocketRecord::Family::IPv4 ? 1 : 4;
    const qsizetype addressDigits = words * 8;
    if (text.size() != addressDigits + 5 || text.at(addressDigits) != ':')
        return std::nullopt;
    const std::optional<quint64> port = parseHex(text.sliced(addressDigits + 1), 4, true);
    if (!port)
        return std::nullopt;
    std::array<quint8, 16> bytes {};
    for (qsizetype i = 0; i < words; ++i) {
        const std::optional<quint64> word = parseHex(text.sliced(i * 8, 8), 8, true);
        if (!word)
            return std::nullopt;
        const auto value = static_cast<quint32>(*word);
        std::memcpy(bytes.data() + i * 4, &value, sizeof value);
    }
    return Endpoint(cache.lookup(bytes, family), static_cast<quint16>(*port));
}

// "00000000:00000001": transmit queue, then receive queue.
bool parseQueues(QByteArrayView text, quint32 *sendQ, quint32 *recvQ)
{
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return false;
    const std::optional<quint64> tx = parseHex(text.first(colon), 8, false);
    const std::optional<quint64> rx = parseHex(text.sliced(colon + 1), 8, false);
    if (!tx || !rx)
        return false;
    *sendQ = static_cast<quint32>(*tx);
    *recvQ = static_cast<quint32>(*rx);
    return true;
}

qint64 parseTimer(QByteArrayView text)
{
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return -1;
    const std::optional<quint64> timer = parseHex(text.first(colon), 2, false);
    const std::optional<quint64> ticks = parseHex(text.sliced(colon + 1), 16, false);
    if (!timer || *timer == 0 || !ticks)
        return -1;
    static const long ticksPerSecond = std::max(1L, ::sysconf(_SC_CLK_TCK));
    return static_cast<qint64>(*ticks * 1000 / static_cast<quint64>(ticksPerSecond));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Splits a line at runs of blanks; keeps at most N fields and says how many there were.
template<std::size_t N>
qsizetype splitFields(QByteArrayView line, std::array<QByteArrayView, N> &fields)
{
    qsizetype count = 0;
    qsizetype i = 0;
    const qsizetype size = line.size();
    while (i < size) {
        while (i < size && isSpace(line.at(i)))
            ++i;
        if (i >= size)
            break;
        const qsizetype start = i;
        while (i < size && !isSpace(line.at(i)))
            ++i;
        if (static_cast<std::size_t>(count) < N)
            fields[static_cast<std::size_t>(count)] = line.sliced(start, i - start);
        ++count;
    }
    return count;
}

} // namespace

SocketTableParser::ParseResult SocketTableParser::parseProcNet(QByteArrayView text,
                                                               SocketRecord::Protocol protocol,
                                                               SocketRecord::Family family)
{
    ParseResult result;
    // About 150 bytes per line: reserving avoids regrowing the list at 10,000 sockets.
    result.records.reserve(text.size() / 150 + 1);
    HostAddressCache cache;
    qsizetype lineNumber = 0;
    qsizetype position = 0;
    auto malformed = [&](const QString &what) {
        ++result.malformedLines;
        if (result.firstError.isEmpty())
            result.firstError = tr("Line %1: %2").arg(lineNumber).arg(what);
    };
    while (position < text.size()) {
        qsizetype end = text.indexOf('\n', position);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(position, end - position);
        position = end + 1;
        ++lineNumber;

        // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
        std::array<QByteArrayView, 10> fields;
        const qsizetype count = splitFields(line, fields);
        if (count == 0)
            continue;
        if (fields[0] == "sl")
            continue; // the header
        if (count < 10) {
            malformed(tr("%1 fields where at least 10 were expected.").arg(count));
            continue;
        }
        if (!fields[0].endsWith(':') || !parseDecimal(fields[0].chopped(1))) {
            malformed(tr("the slot number is not a number followed by a colon."));
            continue;
        }
        SocketRecord record;
        record.protocol = protocol;
        record.family = family;
        const std::optional<Endpoint> local = parseEndpoint(fields[1], family, cache);
        const std::optional<Endpoint> remote = parseEndpoint(fields[2], family, cache);
        if (!local || !remote) {
            malformed(tr("an address is not hex address:port of the expected length."));
            continue;
        }
        record.local = *local;
        record.remote = *remote;
        const std::optional<quint64> state = parseHex(fields[3], 2, true);
        if (!state || *state == 0 || *state > 12) {
            malformed(tr("the state is not a known socket state."));
            continue;
        }
        record.state = static_cast<SocketRecord::State>(*state);
        if (!parseQueues(fields[4], &record.sendQ, &record.recvQ)) {
            malformed(tr("the queue sizes are not two hex numbers."));
            continue;
        }
        // tr:when, both hex: the timer that runs (0: none) and what is left of it in clock
        // ticks. Informative only: a line is not refused for it.
        record.timerMs = parseTimer(fields[5]);
        const std::optional<quint64> uid = parseDecimal(fields[7]);
        const std::optional<quint64> inode = parseDecimal(fields[9]);
        if (!uid || *uid > 0xffffffffu || !inode) {
            malformed(tr("the uid or inode is not a number."));
            continue;
        }
        record.uid = static_cast<quint32>(*uid);
        record.inode = *inode;
        result.records.append(record);
    }
    return result;
}

std::optional<quint64> SocketTableParser::parseSocketLink(QByteArrayView target)
{
    constexpr QByteArrayView prefix("socket:[");
    if (!target.startsWith(prefix) || !target.endsWith(']'))
        return std::nullopt;
    if (target.size() < prefix.size() + 2)
        return std::nullopt;
    return parseDecimal(target.sliced(prefix.size(), target.size() - prefix.size() - 1));
}

QString SocketTableParser::parseComm(QByteArrayView comm)
{
    while (!comm.isEmpty() && (comm.back() == '\n' || comm.back() == '\0'))
        comm.chop(1);
    return QString::fromUtf8(comm);
}
