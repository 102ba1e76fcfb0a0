// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>

#include <optional>

// A responder rule's regular expression with a bound on the work one message may cost, so that
// a catastrophic pattern (^(a+)+$) meeting a hostile message cannot stall a session's thread.
//
// QRegularExpression has no timeout. PCRE2 honours a limit written at the start of the pattern,
// "(*LIMIT_MATCH=N)", with and without JIT (Qt passes the pattern through); a match that hits
// it fails quietly, without a warning, as an invalid QRegularExpressionMatch. But PCRE2 counts
// the limit afresh at every start position of an unanchored search, so a pattern that spends
// just under the limit at each of 64 Ki positions still takes seconds. The search is therefore
// done in blocks: the pattern is wrapped as "\G[\s\S]{0,K-1}?\K(?:pattern)" and matched
// anchored, so one call tries K start positions in the order PCRE2 would, the limit bounds that
// whole call, and \K keeps group 0 the user's match. Between blocks a clock bounds the total.
class GuardedRegex
{
    Q_DECLARE_TR_FUNCTIONS(GuardedRegex)

public:
    static constexpr int MatchLimit = 100'000; // PCRE2's match limit for one block
    static constexpr int BlockPositions = 1024; // start positions one call tries
    static constexpr int TimeBudgetMs = 50; // a search stops between blocks after this

    enum class Outcome : quint8 {
        NoMatch,
        Match,
        LimitHit, // a block needed more than MatchLimit steps: counted as no match
        TimeUp // the blocks together took longer than TimeBudgetMs: counted as no match
    };

    // nullopt and *error (one translated sentence with the 0-based character offset in the
    // pattern as the user wrote it) when pattern is not a valid regular expression.
    static std::optional<GuardedRegex> compile(const QString &pattern, QString *error);

    // Searches subject (not anchored, like QRegularExpression::match()). On Match, *match holds
    // the groups.
    Outcome match(const QString &subject, QRegularExpressionMatch *match) const;

    // False when no match can exist in this message's UTF-8 bytes, decided without decoding
    // it or running PCRE2: a pattern anchored at the start by a literal ("^POST /(\\w+)") can
    // only match a message that begins with those bytes. A rule table tries every earlier rule
    // on each message, and QRegularExpression's per-call costs (decoding, a match object)
    // were 2,000 of a UDP reply's 13,500 instructions (callgrind, bench/rules.sh's table) for
    // requests the pattern's first letter already refuses. True when unsure.
    bool mayMatch(QByteArrayView utf8) const { return utf8.startsWith(m_requiredPrefix); }
    // The bytes every match starts the message with; empty when the pattern promises none.
    QByteArray requiredPrefix() const { return m_requiredPrefix; }

    // Group N's name at index N, empty when unnamed (QRegularExpression::namedCaptureGroups()).
    QStringList namedGroups() const { return m_names; }

private:
    QRegularExpression m_regex;
    QStringList m_names;
    QByteArray m_requiredPrefix;
};
