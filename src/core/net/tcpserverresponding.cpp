// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/delayedactions.h"
#include "net/rulenarration.h"
#include "net/tlsnarration.h"

#include <QTcpSocket>

// How TcpServerSession answers a message by rule (issue 11): the responder decides, the log
// says which rule fired, and the reply, close or reset happens now or after the rule's delay.
// Replies go through writeTo(), the same bounded, truthful path as everything sent.

bool TcpServerSession::answerByRule(int connectionId, const QByteArray &message,
                                    const std::shared_ptr<Responder> &responder)
{
    const Responder::Decision decision = responder->decide(message);
    // A message nothing happens to costs no log line and no rule text.
    if (RuleNarration::isSilent(decision))
        return true;
    using Kind = Responder::Decision::Kind;
    // An immediate reply the kernel takes at once is narrated on its own sent row, as a UDP
    // server's is: a narration row before each reply was a third event per request and cost
    // a rule-answering server a quarter of its rate against --echo (bench/rules.sh). A reply
    // that has to wait in the queue gets the narration row, since its sent row comes later.
    if (decision.kind == Kind::Reply && decision.delayMs <= 0 && decision.guardNote.isEmpty()) {
        const QString &note = m_replyNotes.noteFor(TlsNarration::writeCall(m_tls), responder,
                                                   decision.ruleIndex);
        if (!writeTo(connectionId, decision.reply, SentRecord::Now, note)) {
            if (const Link *link = linkFor(connectionId))
                recordInfo(RuleNarration::describe(responder->describeRule(decision.ruleIndex),
                                                   decision),
                           link->local, link->peer, connectionId);
        }
        return linkFor(connectionId) // a failed write may have ended the connection
            && !pauseReadingIfBacklogged(connectionId);
    }
    const RuleStep step {decision, responder->describeRule(decision.ruleIndex)};
    const Link *link = linkFor(connectionId);
    recordInfo(RuleNarration::describe(step.rule, decision), link->local, link->peer, connectionId);

    if (decision.kind == Kind::Nothing || decision.kind == Kind::Drop)
        return true;
    if (decision.delayMs <= 0)
        return carryOut(connectionId, step);

    if (!m_delayed) {
        m_delayed = new DelayedActions(this);
        // A connection that closes takes its pending actions with it (forget() emits this).
        connect(this, &TcpServerSession::clientDisconnected, this,
                [this](int closedId) { dropDelayed(closedId); });
    }
    const bool queued
        = m_delayed->schedule(connectionId, decision.delayMs, decision.reply.size(),
                              [this, connectionId, step] { runDelayed(connectionId, step); });
    if (!queued)
        fail(RuleNarration::notQueued(step.rule, m_delayed->maxActions(), m_delayed->maxBytes()),
             link->local, link->peer, connectionId);
    return true;
}

bool TcpServerSession::carryOut(int connectionId, const RuleStep &step)
{
    using Kind = Responder::Decision::Kind;
    switch (step.decision.kind) {
    case Kind::Reply:
        writeTo(connectionId, step.decision.reply);
        return linkFor(connectionId) // a failed write may have ended the connection
            && !pauseReadingIfBacklogged(connectionId);
    case Kind::Close:
        // What is already queued is still written before the FIN.
        closeLink(connectionId, tr("closed by us: %1").arg(step.rule));
        // Still open until the FIN is out: the rest of what it sent is logged, not answered.
        return linkFor(connectionId) != nullptr;
    case Kind::Reset:
        abortLink(connectionId, tr("reset by us: %1").arg(step.rule));
        return false;
    case Kind::Drop:
    case Kind::Nothing:
        break;
    }
    return true;
}

void TcpServerSession::runDelayed(int connectionId, const RuleStep &step)
{
    const Link *link = linkFor(connectionId);
    if (!link) // dropDelayed() removed its actions when it closed; nothing should be left
        return;
    if (link->closing) {
        // An earlier rule (or the user) is closing it: a reply or a second close would be an
        // error, or an abort, where the user asked for neither.
        recordInfo(tr("%1: not carried out after %2 ms: the connection is closing")
                       .arg(step.rule)
                       .arg(step.decision.delayMs),
                   link->local, link->peer, connectionId);
        return;
    }
    // Reading may have paused on our replies; it resumes on bytesWritten, not here.
    carryOut(connectionId, step);
}

void TcpServerSession::dropDelayed(int connectionId)
{
    if (!m_delayed)
        return;
    if (const int dropped = m_delayed->drop(connectionId); dropped > 0)
        recordInfo(RuleNarration::dropped(dropped, tr("connection #%1 closed").arg(connectionId)),
                   localEndpoint(), {}, connectionId);
}
