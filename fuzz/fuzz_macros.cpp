// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes what a user types as a message with placeholders, through MacroTemplate and
// MessageComposer. Promises checked: an error names the byte of a "{{" inside the input;
// escaping every "{{" as "{{{{" gives back the input exactly, with nothing left to expand; a
// composed message ends with the checksum of everything before it; hex with placeholders
// round-trips.
#include "fuzzcheck.h"
#include "payload/macrohex.h"
#include "payload/macrotemplate.h"
#include "payload/messagecomposer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the message.
    const std::uint8_t options = data[0];
    const QByteArray source(reinterpret_cast<const char *>(data + 1),
                            static_cast<qsizetype>(size - 1));

    QString error;
    qsizetype position = -1;
    const std::optional<MacroTemplate> compiled = MacroTemplate::compile(source, &error, &position);
    if (!compiled) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(position >= 0 && position + 2 <= source.size());
        FUZZ_CHECK(source.mid(position, 2) == "{{");
    } else {
        const quint64 index = options;
        const QByteArray first = compiled->render(index, options & 7);
        if (compiled->isConstant())
            FUZZ_CHECK(compiled->render(index + 1) == first);
        if (!source.contains("{{"))
            FUZZ_CHECK(first == source);
    }

    QByteArray escaped = source;
    escaped.replace("{{", "{{{{");
    const std::optional<MacroTemplate> literal = MacroTemplate::compile(escaped, &error);
    FUZZ_CHECK(literal.has_value());
    FUZZ_CHECK(literal->isConstant());
    FUZZ_CHECK(literal->render(3) == source);

    // Hex with placeholders, as the editor writes and reads it, gives back the exact bytes.
    const PayloadCodec::Result hex = MacroHex::parse(MacroHex::toHex(source));
    FUZZ_CHECK(hex.isOk());
    FUZZ_CHECK(hex.bytes == source);
    const PayloadCodec::Result typed = MacroHex::parse(QString::fromUtf8(source));
    if (!typed.isOk())
        FUZZ_CHECK(typed.errorPosition >= 0 && typed.errorPosition <= source.size() * 4);

    const QList<Checksum::Algorithm> algorithms = Checksum::algorithms();
    Message message;
    message.payload = source;
    message.macros = (options & 0x80) != 0;
    message.lineEnding = static_cast<Message::LineEnding>((options >> 5) & 3);
    message.checksum = algorithms.at((options & 0x1f) % algorithms.size());
    message.checksumOrder
        = (options & 0x10) ? Checksum::ByteOrder::LittleEndian : Checksum::ByteOrder::BigEndian;
    const std::optional<MessageComposer> composer = MessageComposer::create(message, &error);
    FUZZ_CHECK(composer.has_value() == (!message.macros || compiled.has_value()));
    if (composer) {
        const QByteArray out = composer->compose(options, options & 3);
        const int width = Checksum::width(message.checksum);
        FUZZ_CHECK(out.size() >= width);
        const QByteArray body = out.first(out.size() - width);
        FUZZ_CHECK(out.endsWith(Checksum::bytes(message.checksum, body, message.checksumOrder)));
        FUZZ_CHECK(body.endsWith(Message::lineEndingBytes(message.lineEnding)));
        if (!message.macros)
            FUZZ_CHECK(body == source + Message::lineEndingBytes(message.lineEnding));
    }
    return 0;
}
