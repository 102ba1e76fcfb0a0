// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes what a user types as a port, a bind address or a host. Promises checked: a parsed port
// is in range (never 0 for a destination); a failure always comes with a sentence; a parsed
// bind address formats as an endpoint.
#include "net/endpoint.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                            static_cast<qsizetype>(size));
    QString error;

    if (const std::optional<quint16> port = Endpoint::parsePort(input, &error)) {
        const std::optional<quint16> destination = Endpoint::parseDestinationPort(input);
        FUZZ_CHECK(destination.has_value() == (*port != 0));
    } else {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(!Endpoint::parseDestinationPort(input).has_value());
    }

    error.clear();
    if (const std::optional<QHostAddress> address = Endpoint::parseBindAddress(input, &error)) {
        FUZZ_CHECK(!address->isNull());
        const Endpoint endpoint(*address, 60001);
        FUZZ_CHECK(endpoint.toString().endsWith(QStringLiteral(":60001")));
        FUZZ_CHECK(!endpoint.addressString().isEmpty());
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }

    const QString host = Endpoint::normalizeHost(input);
    FUZZ_CHECK(host.size() <= input.size());
    return 0;
}
