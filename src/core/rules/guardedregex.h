#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QString>

#include <optional>

// A responder rule's regular expression with a bound on the work one match may take, so that
// a catastrophic pattern (^(a+)+$) meeting a hostile message cannot stall a session's thread.
// QRegularExpression has no timeout; PCRE2 honours a limit written at the start of the
// pattern, "(*LIMIT_MATCH=N)", with and without JIT, and Qt passes the pattern through. A match
// that hits the limit fails quietly (no warning is printed) with an invalid
// QRegularExpressionMatch, which is how it is told apart from "no match".
class GuardedRegex
{
    Q_DECLARE_TR_FUNCTIONS(GuardedRegex)

public:
    // PCRE2's match limit per search (see matchLimitNote() for what it costs at worst).
    static constexpr int MatchLimit = 100'000;

    enum class Outcome : quint8 { NoMatch, Match, LimitHit };

    // nullopt and *error (one translated sentence with the 0-based character offset in the
    // pattern as the user wrote it) when pattern is not a valid regular expression.
    static std::optional<GuardedRegex> compile(const QString &pattern, QString *error);

    // Searches subject (not anchored). On Match, *match holds the groups.
    Outcome match(const QString &subject, QRegularExpressionMatch *match) const;

    QStringList namedGroups() const { return m_regex.namedCaptureGroups(); }

private:
    QRegularExpression m_regex;
};
