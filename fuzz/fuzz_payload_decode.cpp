// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes what arrives from the network: arbitrary bytes rendered in every encoding, as a table
// cell, as hex and as a hexdump. Promises checked: the escaped text and the hex parse back to
// exactly the same bytes; a cell never exceeds its character budget.
#include "fuzzcheck.h"
#include "payload/payloadcodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the cell budget, so short and long cuts are both explored.
    const qsizetype maxChars = data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1,
                           static_cast<qsizetype>(size - 1));

    FUZZ_CHECK(PayloadCodec::parseEscapedText(PayloadCodec::toEscapedText(bytes)).bytes == bytes);
    FUZZ_CHECK(PayloadCodec::parseHex(PayloadCodec::toHex(bytes)).bytes == bytes);
    const QString dump = PayloadCodec::toHexDump(bytes);
    FUZZ_CHECK(bytes.isEmpty() || !dump.isEmpty());

    for (const PayloadCodec::Encoding encoding : PayloadCodec::encodings()) {
        const QString decoded = PayloadCodec::decode(bytes, encoding);
        FUZZ_CHECK(bytes.isEmpty() || !decoded.isEmpty());
        const QString cell = PayloadCodec::toDisplayText(bytes, encoding, maxChars);
        FUZZ_CHECK(cell.size() <= maxChars);
        PayloadCodec::toDisplayText(bytes, encoding);
    }
    return 0;
}
