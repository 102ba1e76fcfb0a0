// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpsession.h"

#include "net/delayedactions.h"
#include "net/rulenarration.h"

// How UdpSession answers a datagram by rule (issue 11): the responder decides, the log says
// which rule fired, and the reply goes through sendTo() now or after the rule's delay. UDP has
// no connection: a rule that closes or resets acts as a drop, and says so.

void UdpSession::answerByRule(const Endpoint &peer, const QByteArray &datagram,
                              const std::shared_ptr<Responder> &responder)
{
    const Responder::Decision decision = responder->decide(datagram);
    // A datagram nothing happens to costs no log line and no rule text.
    if (RuleNarration::isSilent(decision))
        return;
    using Kind = Responder::Decision::Kind;
    const bool replyNow = decision.kind == Kind::Reply && decision.delayMs <= 0;
    // An immediate reply is narrated on its own sent row, not on a row of its own before it:
    // a third event per request (and its text, formatted per message) cost a rule-answering
    // UDP server a third of its rate (bench/rules.sh).
    if (replyNow && decision.guardNote.isEmpty()) {
        sendDatagram(peer, decision.reply,
                     m_replyNotes.noteFor(QStringLiteral("sendto()"), responder,
                                          decision.ruleIndex));
        return;
    }
    const bool connectionAction = decision.kind == Kind::Close || decision.kind == Kind::Reset;
    const bool explain = connectionAction && !m_explainedRuleCloseOnUdp;
    if (explain)
        m_explainedRuleCloseOnUdp = true;
    const QString rule = responder->describeRule(decision.ruleIndex);
    // Where the datagram came to (and its answer leaves from): 127.0.0.1 or ::1 for a server
    // on "localhost". Read from the socket, without localEndpoint()'s lock.
    const Endpoint local = UdpSocketSet::localOf(m_sockets.forAddress(peer.address()));
    recordInfo(RuleNarration::describe(rule, decision, true, explain), local, peer);
    if (decision.kind != Kind::Reply)
        return;
    const QString &call = m_replyNotes.noteFor(QStringLiteral("sendto()"), responder,
                                               decision.ruleIndex);
    if (replyNow) {
        sendDatagram(peer, decision.reply, call);
        return;
    }
    if (!m_delayed)
        m_delayed = new DelayedActions(this);
    // One key for the whole socket: it is the socket that closes, not a peer.
    const bool queued = m_delayed->schedule(
        0, decision.delayMs, decision.reply.size(),
        [this, peer, call, reply = decision.reply] { sendDatagram(peer, reply, call); });
    if (!queued)
        fail(RuleNarration::notQueued(rule, m_delayed->maxActions(), m_delayed->maxBytes()),
             local, peer);
}

void UdpSession::dropDelayed(const QString &why)
{
    if (!m_delayed)
        return;
    if (const int dropped = m_delayed->clear(); dropped > 0)
        recordInfo(RuleNarration::dropped(dropped, why), localEndpoint());
}
