// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the socket-table parsers, which read what the kernel publishes: /proc/net text and
// netlink sock_diag replies. The first byte picks the parser, protocol and family; the rest is
// the input. Promises checked: any bytes parse without reading out of bounds; every line of
// /proc/net text is a record, malformed (counted, with a sentence for the first) or skipped;
// every record formats (state name, endpoints) without failing.
#include "fuzzcheck.h"
#include "sockettable/sockdiagparser.h"
#include "sockettable/sockettableparser.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace {

void checkRecords(const SocketTableParser::ParseResult &result)
{
    FUZZ_CHECK(result.malformedLines >= 0);
    FUZZ_CHECK((result.malformedLines == 0) == result.firstError.isEmpty());
    for (const SocketRecord &record : result.records) {
        FUZZ_CHECK(!SocketRecord::stateName(record.protocol, record.state).isEmpty());
        FUZZ_CHECK(!record.local.toString().isEmpty());
        FUZZ_CHECK(!record.remote.toString().isEmpty());
        FUZZ_CHECK(!record.netstatProtocol().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1),
                               static_cast<qsizetype>(size - 1));
    const auto protocol = (selector & 1) ? SocketRecord::Protocol::Udp
                                         : SocketRecord::Protocol::Tcp;
    const auto family = (selector & 2) ? SocketRecord::Family::IPv6 : SocketRecord::Family::IPv4;

    if (selector & 4) {
        SockDiagParser::Result result;
        SockDiagParser::parse(input, protocol, &result);
        checkRecords(result.parsed);
        if (result.error != 0)
            FUZZ_CHECK(result.isDone);
    } else {
        const SocketTableParser::ParseResult result
                = SocketTableParser::parseProcNet(input, protocol, family);
        checkRecords(result);
        const qsizetype lines = input.count('\n') + 1;
        FUZZ_CHECK(result.records.size() + result.malformedLines <= lines);
        // The link and comm parsers see the same bytes as a /proc/<pid>/fd target and comm.
        if (const std::optional<quint64> inode = SocketTableParser::parseSocketLink(input))
            FUZZ_CHECK(input.startsWith("socket:["));
        FUZZ_CHECK(SocketTableParser::parseComm(input).size() <= input.size());
    }
    return 0;
}
