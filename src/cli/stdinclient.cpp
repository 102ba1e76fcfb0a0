// SPDX-License-Identifier: GPL-3.0-or-later
// TcpClientCommand streaming its standard input, kept apart from the command's other ways of
// sending (--send, repeats, --file).
#include "tcpclientcommand.h"

#include "net/tcpclientsession.h"
#include "net/tcpsocketcontrol.h"
#include "stdinsource.h"

#include <QTimer>

namespace {
// Bytes handed to the session and not yet taken by the kernel beyond which standard input is
// not read: well under the session's own refusal limit (TcpSocketControl::writeQueueLimit),
// so a peer that reads slowly slows the writer of the pipe instead of growing our memory.
constexpr qint64 inFlightLimit = TcpSocketControl::writeQueueLimit / 4;
static_assert(inFlightLimit + StdinSource::readSize < TcpSocketControl::writeQueueLimit);
} // namespace

void TcpClientCommand::startStdin()
{
    connect(m_stdin, &StdinSource::dataRead, this, &TcpClientCommand::onStdinData);
    connect(m_stdin, &StdinSource::finished, this, &TcpClientCommand::onStdinEnd);
    m_stdin->start();
}

void TcpClientCommand::onStdinData(const QByteArray &data)
{
    if (isFinished())
        return;
    const TcpClientSession::State state = m_session->state();
    if (state == TcpClientSession::State::Unconnected || state == TcpClientSession::State::Closing) {
        // The server closed first (as ncat, we stop there): the rest of stdin has nowhere to
        // go, and the close that is being reported ends the command.
        m_stdin->pause();
        return;
    }
    m_session->send(data);
    m_stdinInFlight += data.size();
    m_uploadBytes += data.size();
    m_idleTimer->start();
    if (m_stdinInFlight >= inFlightLimit)
        m_stdin->pause();
}

void TcpClientCommand::onStdinWritten(qint64 bytes)
{
    m_stdinInFlight = std::max<qint64>(0, m_stdinInFlight - bytes);
    if (!m_stdin->isAtEnd() && m_stdinInFlight < inFlightLimit / 2)
        m_stdin->resume();
}

void TcpClientCommand::onStdinEnd(const QString &error)
{
    if (isFinished())
        return;
    m_isSending = false;
    if (!error.isEmpty()) {
        // An upload cut short must not end with FIN, which would look complete.
        m_session->abort();
        sync(m_session);
        networkError(error);
        return;
    }
    // ncat's end of input: FIN once the rest is written; replies are still read and printed.
    m_session->finishSending();
    m_idleTimer->start();
}
