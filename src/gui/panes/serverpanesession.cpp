// SPDX-License-Identifier: GPL-3.0-or-later
// ServerPane, the session it runs: creating the TCP or UDP session, following its signals (from
// the network thread, stragglers of a dropped session ignored) and saying its state in the
// status line. The fields, Start/Stop and the lists live in serverpane.cpp.
#include "panes/serverpane.h"

#include "net/engine.h"
#include "net/sessionname.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "panes/filesendrow.h"
#include "panes/multicastbox.h"
#include "panes/repeatrow.h"
#include "panes/serverconnectionslist.h"
#include "panes/udpsenderslist.h"

bool ServerPane::isCurrent(const Session *session) const
{
    return session && (session == m_tcp.data() || session == m_udp.data());
}

template<typename S> void ServerPane::watch(S *session, const QString &label)
{
    emit sessionCreated(session->id(), label);
    // Signals arrive queued from the network thread; ignore stragglers of a dropped session.
    connect(session, &S::stateChanged, this, [this, session] {
        if (isCurrent(session))
            onStateChanged();
    });
    connect(session, &Session::errorOccurred, this, [this, session](const QString &message) {
        if (!isCurrent(session))
            return;
        m_pending = false;
        showError(message);
        updateWidgets();
    });
    connect(session, &Session::finished, this, [this, session] {
        if (isCurrent(session))
            onFinished();
    });
}

void ServerPane::ensureTcpSession()
{
    if (m_tcp)
        return;
    dropSession();
    TcpServerSession *session = engine()->createTcpServer();
    m_tcp = session;
    watch(session, SessionName::of(*session));
    connect(session, &TcpServerSession::listening, this, [this, session] {
        if (isCurrent(session))
            showRunningStatus();
    });
    // One signal per batch of accepts and closes, not two queued events per client.
    connect(session, &TcpServerSession::connectionsChanged, this, [this, session] {
        if (!isCurrent(session))
            return;
        const ConnectionChanges::Batch batch = session->takeConnectionChanges();
        if (batch.restart)
            m_connections->clear();
        for (const ConnectionChanges::Change &change : batch.changes) {
            if (change.opened)
                m_connections->add(change.connectionId, change.peer);
            else
                m_connections->remove(change.connectionId);
        }
    });
    connect(session, &TcpServerSession::repeatProgress, this,
            [this, session](const RepeatProgress &progress) {
                if (isCurrent(session))
                    repeatRow()->showProgress(progress);
            });
    connect(session, &TcpServerSession::fileProgress, this,
            [this, session](qint64 sent, qint64 total, bool finished, const QString &error) {
                if (isCurrent(session))
                    fileSendRow()->showProgress(sent, total, finished, error);
            });
    connect(session, &TcpServerSession::outOfDescriptorsChanged, this, [this, session] {
        if (isCurrent(session))
            showRunningStatus();
    });
}

void ServerPane::ensureUdpSession()
{
    if (m_udp)
        return;
    dropSession();
    UdpSession *session = engine()->createUdp();
    m_udp = session;
    m_senders->setSession(session);
    m_multicast->setSession(session);
    watch(session, SessionName::of(*session));
    connect(session, &UdpSession::bound, this, [this, session] {
        if (isCurrent(session))
            showRunningStatus();
    });
    connect(session, &UdpSession::repeatProgress, this,
            [this, session](const RepeatProgress &progress) {
                if (isCurrent(session))
                    repeatRow()->showProgress(progress);
            });
    // Coalesced by the session: one signal per batch of new senders, not one per sender.
    connect(session, &UdpSession::peersChanged, this, [this, session] {
        if (isCurrent(session))
            m_senders->schedule();
    });
}

void ServerPane::dropSession()
{
    removeSessions(m_tcp, m_udp);
    m_senders->setSession(nullptr);
    if (m_multicast)
        m_multicast->setSession(nullptr);
    m_pending = false;
}

void ServerPane::onStateChanged()
{
    m_pending = false;
    if (isRunning())
        showRunningStatus();
    updateWidgets();
    emit titleChanged();
}

void ServerPane::onFinished()
{
    if (m_stopRequested) {
        showStatus(tr("Stopped."));
    } else if (m_tcp) {
        showStatus(
            tr("Stopped after %n connection(s), as configured.", nullptr, m_tcp->acceptedCount()));
    } else if (m_udp) {
        showStatus(tr("Stopped after %n datagram(s), as configured.", nullptr,
                      static_cast<int>(m_udp->datagramsReceived())));
    }
    updateWidgets();
    emit titleChanged();
}

void ServerPane::showRunningStatus()
{
    if (m_tcp) {
        const int open = m_connections->count();
        if (m_tcp->isOutOfDescriptors())
            showError(tr("Out of file descriptors with %n client(s) connected: new clients wait "
                         "until one closes.",
                         nullptr, open));
        else if (m_tcp->state() == TcpServerSession::State::Draining)
            showStatus(tr("No longer accepting connections; %n still open.", nullptr, open));
        else if (const QList<Endpoint> locals = m_tcp->localEndpoints(); locals.size() > 1)
            // A server on "localhost" listens on 127.0.0.1 and on ::1: both are named.
            showStatus(tr("Listening on %1 and %2 · %n client(s) connected", nullptr, open)
                               .arg(locals.at(0).toString(), locals.at(1).toString()));
        else
            showStatus(tr("Listening on %1 · %n client(s) connected", nullptr, open)
                           .arg(m_tcp->localEndpoint().toString()));
    } else if (m_udp) {
        // A server on "localhost" has a socket on 127.0.0.1 and one on ::1: both are named.
        const QList<Endpoint> locals = m_udp->localEndpoints();
        if (locals.size() > 1)
            showStatus(tr("Waiting for datagrams on %1 and %2")
                               .arg(locals.at(0).toString(), locals.at(1).toString()));
        else
            showStatus(tr("Waiting for datagrams on %1").arg(m_udp->localEndpoint().toString()));
    }
    emit titleChanged();
}
