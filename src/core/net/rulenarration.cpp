// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/rulenarration.h"

QString RuleNarration::describe(const QString &rule, const Decision &decision, bool connectionless,
                                bool explain)
{
    using Kind = Decision::Kind;
    QString action;
    switch (decision.kind) {
    case Kind::Reply:
        action = tr("reply, %n byte(s)", nullptr, static_cast<int>(decision.reply.size()));
        break;
    case Kind::Close:
    case Kind::Reset:
        if (connectionless) {
            const QString verb
                = decision.kind == Kind::Close ? QStringLiteral("close") : QStringLiteral("reset");
            action = explain ? tr("%1 acts as drop: UDP has no connection to close, so nothing "
                                  "is sent")
                                   .arg(verb)
                             : tr("%1 acts as drop").arg(verb);
            break;
        }
        action = decision.kind == Kind::Close ? QStringLiteral("close()") : tr("reset (RST)");
        break;
    case Kind::Drop:
        action = tr("drop: nothing sent");
        break;
    case Kind::Nothing:
        action = tr("nothing sent");
        break;
    }
    // A delayed close or reset on UDP acts as drop at once: no delay to speak of.
    const bool actsLater = decision.delayMs > 0
        && (decision.kind == Kind::Reply
            || (!connectionless && (decision.kind == Kind::Close || decision.kind == Kind::Reset)));
    QString line = actsLater ? tr("%1 -> %2, in %3 ms").arg(rule, action).arg(decision.delayMs)
                             : tr("%1 -> %2").arg(rule, action);
    if (!decision.guardNote.isEmpty())
        line += QStringLiteral("; ") + decision.guardNote;
    return line;
}

QString RuleNarration::replyCall(const QString &call, const QString &rule)
{
    //: The note of a sent row: the system call, then the rule whose reply it is
    return tr("%1: %2 -> reply").arg(call, rule);
}

QString RuleNarration::notQueued(const QString &rule, int maxActions, qint64 maxBytes)
{
    return tr("%1: not carried out: the server already holds its limit of delayed actions "
              "(%2 actions, %3 bytes of replies); later ones are refused until some are done.")
        .arg(rule)
        .arg(maxActions)
        .arg(maxBytes);
}

QString RuleNarration::dropped(int count, const QString &why)
{
    return tr("%n delayed rule action(s) dropped: %1", nullptr, count).arg(why);
}

const QString &RuleReplyNotes::noteFor(const QString &call,
                                       const std::shared_ptr<Responder> &responder,
                                       int ruleIndex)
{
    if (m_for != responder || m_call != call) {
        m_for = responder;
        m_call = call;
        m_notes.clear();
        m_notes.resize(responder->ruleCount() + 1);
    }
    const qsizetype slot = ruleIndex >= 0 && ruleIndex < responder->ruleCount()
        ? ruleIndex
        : responder->ruleCount();
    QString &note = m_notes[slot];
    if (note.isEmpty())
        note = RuleNarration::replyCall(call, responder->describeRule(ruleIndex));
    return note;
}
