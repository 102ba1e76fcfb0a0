// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "rules/responserule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// ResponseRules compiled for a running session: patterns parsed, regular expressions and
// reply templates compiled once, so that decide() per message only matches and renders.
// Immutable after compile() except the fire counters; decide() is thread-safe, so one
// Responder may be shared (std::shared_ptr) by a session's thread and the window reading
// the counters.
class Responder
{
    Q_DECLARE_TR_FUNCTIONS(Responder)

public:
    // A regular expression looks at messages of at most this many bytes; regex rules do not
    // match a longer one (other rules still do), and the decision's guardNote says so: a
    // hostile peer's megabyte cannot stall the thread. See GuardedRegex for the work bound.
    static constexpr qsizetype MaxRegexInputBytes = 64 * 1024;

    struct Decision
    {
        enum class Kind : quint8 { Nothing, Reply, Close, Reset, Drop };
        Kind kind = Kind::Nothing;
        int ruleIndex = -1;    // which rule fired (0-based); -1: none did (the default applied)
        QByteArray reply;      // Reply: the exact bytes to send (placeholders rendered)
        int delayMs = 0;       // the action waits this long
        // One sentence for the log when a guard stopped matching (a regular expression that
        // hit its backtracking limit, a message over MaxRegexInputBytes); empty otherwise.
        QString guardNote;
    };

    // Looks up a library message by id (replyMessageId); nullopt when it does not exist.
    using MessageLookup = std::function<std::optional<Message>(const QString &id)>;

    // nullptr and *error (one translated sentence naming the rule number, 1-based, and what is
    // wrong: a bad escape, a regular expression's error and offset, a bad hex pattern, an
    // unknown library message) when the rules cannot be used.
    static std::shared_ptr<Responder> compile(const ResponseRules &rules,
                                              const MessageLookup &lookup, QString *error);

    // The decision for one incoming message (a datagram, or a TCP message as framed).
    Decision decide(const QByteArray &message) const;

    int ruleCount() const;
    // How often each rule fired, in rule order, and how often the default applied.
    QList<quint64> fireCounts() const;
    quint64 defaultCount() const;

    // For the log: "rule 3 (prefix \"GET\")" / "no rule matched: echo".
    QString describeRule(int ruleIndex) const;

    ~Responder();

private:
    Responder();
    struct Private;
    std::unique_ptr<Private> d;
};
