// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes what a user types as a payload: text with escapes and hex, each in every spelling.
// Promises checked: an error names a position inside the input; success round-trips through
// the codec's own output forms; parse() agrees with the specific parsers.
#include "fuzzcheck.h"
#include "payload/payloadcodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                            static_cast<qsizetype>(size));

    const PayloadCodec::Result text = PayloadCodec::parseEscapedText(input);
    if (text.isOk()) {
        FUZZ_CHECK(text.errorPosition == -1);
        FUZZ_CHECK(PayloadCodec::parseEscapedText(PayloadCodec::toEscapedText(text.bytes)).bytes
                   == text.bytes);
    } else {
        FUZZ_CHECK(text.errorPosition >= 0 && text.errorPosition <= input.size());
    }
    FUZZ_CHECK(PayloadCodec::parse(input, PayloadCodec::Format::Text).bytes == text.bytes);

    const PayloadCodec::Result hex = PayloadCodec::parseHex(input);
    if (hex.isOk()) {
        FUZZ_CHECK(PayloadCodec::parseHex(PayloadCodec::toHex(hex.bytes)).bytes == hex.bytes);
        FUZZ_CHECK(PayloadCodec::parseHex(PayloadCodec::toHex(hex.bytes, QChar())).bytes
                   == hex.bytes);
    } else {
        FUZZ_CHECK(hex.errorPosition >= 0 && hex.errorPosition <= input.size());
    }
    FUZZ_CHECK(PayloadCodec::parse(input, PayloadCodec::Format::Hex).bytes == hex.bytes);
    return 0;
}
