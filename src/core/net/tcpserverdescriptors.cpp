// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/descriptorlimit.h"
#include "net/tcplistenergroup.h"

#include <algorithm>

// How a listening TcpServerSession lives with the process's descriptor limit: it stops
// accepting before accept() would fail with EMFILE (Qt 6.4 would spin there) and resumes when
// descriptors are free again.

namespace {
// Descriptors left free for the rest of the process when a server stops accepting.
constexpr int descriptorReserve = 4;
// A probe after an accept asks for this many descriptors beyond the reserve; when they are
// free, the next acceptsPerProbe accepts skip the probe (each takes one descriptor, so at
// least the reserve and one more are still free at the last of them, as a probe per accept
// would have found). The probe is dup()s and close()s: ten syscalls per accepted client,
// which a 10,000-client burst paid for nothing.
constexpr int probeHeadroom = 32;
constexpr int acceptsPerProbe = probeHeadroom;
} // namespace

int TcpServerSession::pendingLimit(int backlog)
{
    return std::max(backlog, 30);
}

bool TcpServerSession::hasSpareDescriptor(int moreThanReserve) const
{
    // A few more than accept() needs are kept in reserve, so the rest of SockLab (clients,
    // lookups, files) still gets descriptors while this server is at the limit.
    return DescriptorLimit::canOpen(descriptorReserve + 1 + moreThanReserve,
                                    m_server->socketDescriptor());
}

void TcpServerSession::checkDescriptorsAfterAccept()
{
    if (!m_server || m_outOfDescriptors)
        return checkDescriptors();
    if (m_acceptsBeforeProbe > 0) {
        --m_acceptsBeforeProbe;
        return;
    }
    if (hasSpareDescriptor(probeHeadroom)) {
        m_acceptsBeforeProbe = acceptsPerProbe - 1;
        return;
    }
    // Close to the limit: probe after every accept, as exactly as before.
    checkDescriptors();
}

void TcpServerSession::checkDescriptors()
{
    if (!m_server)
        return;
    const bool spare = hasSpareDescriptor();
    m_acceptsBeforeProbe = 0;
    if (!spare && !m_outOfDescriptors) {
        m_outOfDescriptors = true;
        // Qt 6.4 goes on calling accept() after pauseAccepting() until the backlog is empty
        // (or spins at EMFILE); a pending limit of 0 makes its accept loop stop right here.
        setPendingLimit(0);
        setAccepting(false);
        recordInfo(tr("Stopped accepting on %1: the process has run out of file descriptors "
                      "with %n connection(s) open; new clients wait in the backlog until one "
                      "closes.",
                      nullptr, static_cast<int>(m_links.size()))
                           .arg(localEndpoint().toString()),
                   localEndpoint());
        emit outOfDescriptorsChanged(true);
    } else if (spare && m_outOfDescriptors) {
        m_outOfDescriptors = false;
        recordInfo(tr("Accepting again on %1: file descriptors are free.")
                           .arg(localEndpoint().toString()),
                   localEndpoint());
        setPendingLimit(pendingLimit(options().backlog));
        setAccepting(true);
        emit outOfDescriptorsChanged(false);
    }
}

void TcpServerSession::setPendingLimit(int limit)
{
    if (m_group)
        m_group->setMaxPendingConnections(limit);
    else
        m_server->setMaxPendingConnections(limit);
}

void TcpServerSession::setAccepting(bool accepting)
{
    if (m_group)
        accepting ? m_group->resumeAccepting() : m_group->pauseAccepting();
    else
        accepting ? m_server->resumeAccepting() : m_server->pauseAccepting();
}
