// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/responserule.h"

#include <QCoreApplication>
#include <QString>

// The cheap checks the rules table runs on each edited cell, so a mistake shows on its row as
// it is typed: a bad escape, a regular expression that does not compile, a malformed hex
// pattern, a reply that is not valid text or hex. Responder::compile() stays the authority
// (it also resolves library messages); these use the same parsers (PayloadCodec,
// GuardedRegex, HexPattern) and only add that an enabled rule needs a pattern.
class RuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(RuleCheck)

public:
    // One sentence about the pattern, "" when it looks fine.
    static QString patternProblem(const ResponseRule &rule);
    // One sentence about the reply, "" when it looks fine or the action sends nothing.
    static QString replyProblem(const ResponseRule &rule);
    // A hex pattern: pairs of hex digits, ?? for any one byte, * for any run (HexPattern).
    static QString hexPatternProblem(const QString &pattern);
};
