// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/responder.h"
#include "rules/responserule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

// --rules FILE and --reply-if MATCH=REPLY, shared by tcp-server and udp-server: the rules a
// server answers each message with, read, checked and compiled into its Responder.
class RuleOptions
{
    Q_DECLARE_TR_FUNCTIONS(RuleOptions)

public:
    // What the server does without rules (--echo, udp-server's --reply): with rules, it becomes
    // their default (what happens when no rule matches).
    struct Fallback
    {
        ResponseRules::Default action = ResponseRules::Default::None;
        QByteArray reply; // Default::Reply: the exact bytes
        QString option; // "--echo", "--reply": named when it clashes with the file's default
    };

    static QString synopsis(); // "[--rules FILE] [--reply-if MATCH=REPLY]..."
    static void addTo(QCommandLineParser &parser);
    static bool isSet(const QCommandLineParser &parser);

    // The responder, or a null one when no rule was given (or none is enabled and there is no
    // default); nullopt and one sentence on bad input: an unreadable or invalid file, a
    // malformed --reply-if, a rule that does not compile, --echo against the file's default.
    static std::optional<std::shared_ptr<Responder>>
    responder(const QCommandLineParser &parser, const Fallback &fallback, QString *error);

    // One --reply-if value as a rule: MATCH is exact text with escapes, or /REGEX/; REPLY is
    // text with escapes and placeholders ({{group:1}}). They are split at the first '=' not
    // escaped as \=.
    static std::optional<ResponseRule> parseReplyIf(const QString &value, QString *error);
};
