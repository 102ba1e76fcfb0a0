// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/guardedregex.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

// Settings PCRE2 accepts only at the very start of a pattern ("(*UTF)", "(*CRLF)", ...): they
// stay in front of the wrapper. The guard's own limit comes after them, and PCRE2 takes the
// last setting, so a pattern's own larger (*LIMIT_MATCH=...) cannot lift the guard.
qsizetype startSettingsLength(const QString &pattern)
{
    static const QRegularExpression setting(
        u"\\(\\*(?:UTF|UCP|CR|LF|CRLF|ANYCRLF|ANY|NUL|BSR_ANYCRLF|BSR_UNICODE|NO_AUTO_POSSESS"
        "|NO_DOTSTAR_ANCHOR|NO_JIT|NO_START_OPT|NOTEMPTY|NOTEMPTY_ATSTART"
        "|LIMIT_(?:HEAP|DEPTH|MATCH|RECURSION)=\\d+)\\)"_s);
    qsizetype length = 0;
    for (;;) {
        const QRegularExpressionMatch m
            = setting.match(pattern, length, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return length;
        length = m.capturedEnd();
    }
}

// The literal text a pattern, as written, requires at the very start of the subject: "^GET /"
// of "^GET /(\\w+)". Deliberately narrow, so that it is never wrong: the pattern must start
// with "^" (the wrapper sets no multiline option, so "^" is the subject's start), contain no
// "|" anywhere (an alternative could start elsewhere), and the run stops at the first
// character that is not plain printable ASCII or is special to PCRE2; a quantifier after the
// run takes its last character back ("^ab?" requires only "a").
QByteArray literalPrefixOf(const QString &pattern)
{
    if (!pattern.startsWith(u'^') || pattern.contains(u'|'))
        return {};
    static const QString special = u"\\^$.|?*+()[]{}#"_s;
    QByteArray prefix;
    qsizetype i = 1;
    for (; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || special.contains(c))
            break;
        prefix.append(char(c.unicode()));
    }
    if (i < pattern.size() && QStringView(u"?*+{").contains(pattern.at(i)))
        prefix.chop(1);
    return prefix;
}

} // namespace

std::optional<GuardedRegex> GuardedRegex::compile(const QString &pattern, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    // Checked as written first: its errors and offsets are the user's, and a pattern that is
    // valid alone cannot close the wrapper's group early.
    const QRegularExpression plain(pattern);
    if (!plain.isValid())
        return fail(tr("The regular expression is not valid at character %1: %2.")
                        .arg(plain.patternErrorOffset())
                        .arg(plain.errorString()));

    const qsizetype settings = startSettingsLength(pattern);
    const QString head = pattern.left(settings) + u"(*LIMIT_MATCH="_s + QString::number(MatchLimit)
        + u")\\G[\\s\\S]{0,"_s + QString::number(BlockPositions - 1) + u"}?\\K(?:"_s
        + pattern.mid(settings);
    // "\E" ends a "\Q" quote left open at the end (a lone \E is ignored). A pattern that ends
    // inside a "# comment" of (?x) would swallow the closing ")": only then the wrapper ends the
    // comment with a line break, which (?x) ignores.
    GuardedRegex guarded;
    guarded.m_regex.setPattern(head + u"\\E)"_s);
    if (!guarded.m_regex.isValid())
        guarded.m_regex.setPattern(head + u"\\E\n)"_s);
    if (!guarded.m_regex.isValid() || guarded.m_regex.captureCount() != plain.captureCount())
        return fail(tr("The regular expression cannot be guarded against runaway matching: %1.")
                        .arg(guarded.m_regex.isValid() ? tr("its groups change")
                                                       : guarded.m_regex.errorString()));
    guarded.m_names = guarded.m_regex.namedCaptureGroups();
    guarded.m_requiredPrefix = literalPrefixOf(pattern);
    // Compiled (and JIT-compiled) now, on the caller's thread, not lazily inside a session.
    guarded.m_regex.optimize();
    return guarded;
}

GuardedRegex::Outcome GuardedRegex::match(const QString &subject,
                                          QRegularExpressionMatch *match) const
{
    // PCRE2 checks the whole subject's UTF-16 at every call, which made a 64 KiB message cost a
    // check per block; it is checked once here instead (QString::fromUtf8 always gives valid
    // UTF-16, so this is a formality that keeps PCRE2's precondition true).
    // No AnchorAtOffsetMatchOption: PCRE2's JIT does not take PCRE2_ANCHORED at match time and
    // would fall back to the interpreter (several times slower); the leading \G anchors alike.
    QRegularExpression::MatchOptions options;
    if (QStringView(subject).isValidUtf16())
        options |= QRegularExpression::DontCheckSubjectStringMatchOption;
    QElapsedTimer clock;
    clock.start();
    const qsizetype size = subject.size();
    for (qsizetype offset = 0;;) {
        *match = m_regex.match(subject, offset, QRegularExpression::NormalMatch, options);
        if (match->hasMatch())
            return Outcome::Match;
        // The expression is valid, so an invalid match is PCRE2's error: the match limit, or
        // the JIT stack running out, which is the same kind of runaway.
        if (!match->isValid())
            return Outcome::LimitHit;
        // A block tries BlockPositions code points, so at least as many UTF-16 units: the next
        // block may try a few positions again but never skips one, and never starts inside a
        // surrogate pair.
        offset += BlockPositions;
        if (offset > size)
            return Outcome::NoMatch;
        if (offset < size && subject.at(offset).isLowSurrogate())
            ++offset;
        if (clock.elapsed() > TimeBudgetMs)
            return Outcome::TimeUp;
    }
}
