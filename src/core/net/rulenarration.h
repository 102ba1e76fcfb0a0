// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/responder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

// One decision on its way to being carried out, now or after its delay: what the responder
// decided, and the rule as the log names it (made once, for the narration and a close's reason).
struct RuleStep
{
    Responder::Decision decision;
    QString rule;
};

// The log line that tells a learner which rule decided what a server does with a message (or
// that none matched and the default applied), with the guard's note when one stopped a match:
// one line per decision, and none for a message nothing happens to, so that a flood the rules
// ignore does not double the log. Shared by the TCP and UDP servers.
class RuleNarration
{
    Q_DECLARE_TR_FUNCTIONS(RuleNarration)

public:
    using Decision = Responder::Decision;

    // A responder a session should consult: set. (Inactive rules are not compiled into one:
    // the front ends hand the session a null responder instead, and echo or the auto-reply
    // applies.)
    static bool isActive(const std::shared_ptr<Responder> &responder)
    {
        return responder != nullptr;
    }

    // No rule fired, the default does nothing and no guard stopped a match: nothing to say.
    static bool isSilent(const Decision &decision)
    {
        return decision.kind == Decision::Kind::Nothing && decision.ruleIndex < 0
            && decision.guardNote.isEmpty();
    }

    // "rule 3 (prefix \"GET\") -> reply, 12 bytes, in 500 ms"; rule is
    // Responder::describeRule(decision.ruleIndex). connectionless: a datagram server, where a
    // close or a reset acts as a drop; explain says why (once per session is enough).
    static QString describe(const QString &rule, const Decision &decision,
                            bool connectionless = false, bool explain = false);
    // The note of a reply's own sent event: "sendto(): rule 3 (prefix \"GET\") -> reply".
    static QString replyCall(const QString &call, const QString &rule);
    // The error when DelayedActions refused an action: names both bounds.
    static QString notQueued(const QString &rule, int maxActions, qint64 maxBytes);
    // What one closing connection (or socket) took with it.
    static QString dropped(int count, const QString &why);
};

// The notes of a server's immediate rule replies, on the replies' own sent rows ("sendto():
// rule 3 (prefix \"GET\") -> reply"): which rule answered, without a narration row of its own
// before each reply (a third event per request, which cost a rule-answering server a third of
// its rate, bench/rules.sh). Made once per rule of the responder in use. Network thread only.
class RuleReplyNotes
{
public:
    // call: the system call that takes the reply, "sendto()", "send()" or "SSL_write()".
    const QString &noteFor(const QString &call, const std::shared_ptr<Responder> &responder,
                           int ruleIndex);

private:
    QString m_call;
    // Held, so that its address cannot be reused by another while the notes name its rules.
    std::shared_ptr<Responder> m_for;
    QList<QString> m_notes; // one per rule, then the default's
};
