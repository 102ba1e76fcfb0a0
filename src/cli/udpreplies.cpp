// SPDX-License-Identifier: GPL-3.0-or-later
// UdpClientCommand's --wait-replies: after the last datagram left, stay for the replies of a
// request/response exchange (DNS, SNMP, a device's UDP protocol) until none has come for the
// given time, as `ncat -u -i` does; kept apart from sending.
#include "udpclientcommand.h"

#include "clioptions.h"
#include "log/trafficlog.h"
#include "net/engine.h"
#include "net/udpsession.h"

#include <QCommandLineParser>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int maxWaitMs = 24 * 60 * 60 * 1000; // a day: any longer is a typo
} // namespace

QCommandLineOption UdpClientCommand::waitRepliesOption()
{
    return QCommandLineOption(QStringLiteral("wait-replies"),
                              tr("After the last datagram, keep printing replies until none "
                                 "has arrived for MS milliseconds (as ncat -u -i does); exit "
                                 "1 if no reply came at all."),
                              QStringLiteral("MS"));
}

bool UdpClientCommand::parseWaitReplies(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(waitRepliesOption()))
        return true;
    const std::optional<int> ms
            = CliOptions::number(parser, QStringLiteral("wait-replies"), 1, 1, error);
    if (!ms)
        return false;
    if (*ms > maxWaitMs) {
        *error = tr("The --wait-replies value %1 is out of range; enter 1 to %2 milliseconds.")
                         .arg(*ms)
                         .arg(maxWaitMs);
        return false;
    }
    m_waitRepliesMs = *ms;
    return true;
}

void UdpClientCommand::finishSending()
{
    if (m_waitRepliesMs < 0)
        return finishAfterPendingSignals(m_session, Success);
    if (m_waitingForReplies)
        return;
    m_waitingForReplies = true;
    // The counters are exact and updated on the network thread as each datagram is logged, so
    // polling them (a few times per wait, at most every 100 ms) sees every reply, including
    // those that came while we were still sending.
    const auto replies = [this] {
        return engine()->log()->sessionCounters(m_session->id()).messagesIn;
    };
    m_repliesSeen = replies();
    m_sinceLastReply.start();
    auto *poll = new QTimer(this);
    poll->setInterval(std::clamp(m_waitRepliesMs / 10, 5, 100));
    connect(poll, &QTimer::timeout, this, [this, poll, replies] {
        if (isFinished()) {
            poll->stop();
            return;
        }
        const quint64 now = replies();
        if (now != m_repliesSeen) {
            m_repliesSeen = now;
            m_sinceLastReply.restart();
            return;
        }
        if (m_sinceLastReply.elapsed() < m_waitRepliesMs)
            return;
        poll->stop();
        if (m_repliesSeen > 0)
            finishAfterPendingSignals(m_session, Success);
        else
            networkError(tr("No reply arrived within %1 ms of the last datagram.")
                                 .arg(m_waitRepliesMs));
    });
    poll->start();
}
