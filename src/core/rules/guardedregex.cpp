#include "rules/guardedregex.h"

using namespace Qt::StringLiterals;

namespace {

QString limitPrefix()
{
    return u"(*LIMIT_MATCH="_s + QString::number(GuardedRegex::MatchLimit) + u')';
}

} // namespace

std::optional<GuardedRegex> GuardedRegex::compile(const QString &pattern, QString *error)
{
    const QString prefix = limitPrefix();
    GuardedRegex guarded;
    guarded.m_regex.setPattern(prefix + pattern);
    if (!guarded.m_regex.isValid()) {
        if (error) {
            const qsizetype offset
                = qMax<qsizetype>(0, guarded.m_regex.patternErrorOffset() - prefix.size());
            *error = tr("The regular expression is not valid at character %1: %2.")
                         .arg(offset)
                         .arg(guarded.m_regex.errorString());
        }
        return std::nullopt;
    }
    // Compiled (and JIT-compiled) now, on the caller's thread, not lazily inside a session.
    guarded.m_regex.optimize();
    return guarded;
}

GuardedRegex::Outcome GuardedRegex::match(const QString &subject,
                                          QRegularExpressionMatch *match) const
{
    *match = m_regex.match(subject);
    if (match->hasMatch())
        return Outcome::Match;
    // The expression is valid (checked in compile()), so an invalid match is PCRE2's error:
    // the match limit, or the JIT stack running out, which is the same kind of runaway.
    return match->isValid() ? Outcome::NoMatch : Outcome::LimitHit;
}
