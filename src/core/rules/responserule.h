// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload/payloadcodec.h"

#include <QList>
#include <optional>
#include <QString>

// One rule of a server's responder, as the user wrote it: which incoming message it matches
// and what the server then does. A value; Responder compiles a ResponseRules for a session,
// RulesJson reads and writes it.
struct ResponseRule
{
    enum class Match : quint8 {
        Exact,     // the whole message equals pattern (text with escapes)
        Prefix,    // the message starts with pattern
        Suffix,    // the message ends with pattern
        Contains,  // pattern occurs anywhere in the message
        Regex,     // QRegularExpression over the message decoded as UTF-8 (search, not anchored)
        HexPattern // hex bytes with ?? for any one byte and * for any run: "02 ?? 10 *"
    };
    enum class Action : quint8 {
        Reply, // send reply (after delayMs)
        Close, // close the connection gracefully (after delayMs); UDP: nothing to close
        Reset, // reset the connection (RST, after delayMs); UDP: nothing to reset
        Drop   // do nothing, and stop looking at further rules
    };

    bool enabled = true;
    Match match = Match::Exact;
    // As typed: text with escapes (Exact, Prefix, Suffix, Contains), a regular expression
    // (Regex), or hex with wildcards (HexPattern).
    QString pattern;
    Action action = Action::Reply;
    // Reply: what is sent, as typed in replyFormat, with {{...}} placeholders when macros is
    // set; {{group:N}} (and {{group:name}}) is capture group N of a Regex match, {{group:0}}
    // the whole matched text for every kind. A library message instead when replyMessageId is
    // set (its own format, line ending, checksum and macros apply).
    QString reply;
    PayloadCodec::Format replyFormat = PayloadCodec::Format::Text;
    bool macros = true;
    QString replyMessageId;
    int delayMs = 0; // 0..MaxDelayMs: the action waits this long after the message arrived
    QString comment; // the user's note, shown in the table, never matched

    static constexpr int MaxDelayMs = 3600 * 1000;

    bool operator==(const ResponseRule &) const = default;

    // Stable, untranslated names used in JSON: "exact", "regex", "hex", "reply", "reset", ...
    static QString matchName(Match match);
    static QString actionName(Action action);
    static std::optional<Match> matchFromName(const QString &name);
    static std::optional<Action> actionFromName(const QString &name);
};

// A server's ordered rules (first match wins) and what happens when none matches.
struct ResponseRules
{
    enum class Default : quint8 {
        None, // nothing is sent
        Echo, // the message is sent back as it came
        Reply // defaultReply is sent
    };

    QList<ResponseRule> rules;
    Default defaultAction = Default::None;
    QString defaultReply; // as typed in defaultReplyFormat; macros apply as for a rule
    PayloadCodec::Format defaultReplyFormat = PayloadCodec::Format::Text;
    bool defaultMacros = true;

    static constexpr int MaxRules = 256;

    bool operator==(const ResponseRules &) const = default;
    // No rule enabled and no default: a session skips the responder entirely.
    bool isInactive() const;

    static QString defaultName(Default action); // "none", "echo", "reply"
    static std::optional<Default> defaultFromName(const QString &name);
};
