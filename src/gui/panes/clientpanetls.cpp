// SPDX-License-Identifier: GPL-3.0-or-later
// ClientPane's TLS (issue 12): the options box under the connection fields, and the inline bar
// that offers to trust a rejected server certificate for this host and port, then reconnects.
#include "panes/clientpane.h"

#include "ui_clientpane.h"

#include "net/tcpclientsession.h"
#include "panes/tlsbox.h"
#include "panes/tlstrustbar.h"

void ClientPane::setUpTls()
{
    m_tlsBox = new TlsBox(TlsBox::Role::Client, this);
    m_ui->paneLayout->insertWidget(m_ui->paneLayout->indexOf(m_ui->statusLabel), m_tlsBox);
    m_trustBar = new TlsTrustBar(this);
    // Right under the status line that names the problem.
    m_ui->paneLayout->insertWidget(m_ui->paneLayout->indexOf(m_ui->statusLabel) + 1,
                                   m_trustBar);
    connect(m_tlsBox, &TlsBox::problem, this, &ClientPane::showError);
    connect(m_tlsBox, &TlsBox::status, this, &ClientPane::showStatus);
    connect(m_trustBar, &TlsTrustBar::trustChosen, this, &ClientPane::onTrustChosen);
}

bool ClientPane::applyTls(const QString &host, quint16 port)
{
    m_trustBar->dismiss();
    QString error;
    const std::optional<TlsOptions> tls = m_tlsBox->options(host, port, &error);
    if (!tls) {
        showError(error);
        return false;
    }
    m_tlsHost = host;
    m_tlsPort = port;
    m_tcp->setTls(*tls); // taken at this connect
    return true;
}

void ClientPane::onCertificateRejected(const QString &problem, const QString &fingerprint)
{
    // Offered, never taken: the handshake fails and the status line says why.
    m_trustBar->offer(problem, m_tlsHost, m_tlsPort, fingerprint);
}

void ClientPane::onTrustChosen(const QString &host, quint16 port, const QString &fingerprint)
{
    m_tlsBox->pin(host, port, fingerprint);
    showStatus(tr("Trusting the certificate %1 for %2; connecting again…")
                       .arg(fingerprint, TlsPin{host, port, fingerprint}.target()));
    if (m_tcp && m_tcp->state() != TcpClientSession::State::Unconnected) {
        m_reconnectAfterTrust = true; // once the failed attempt has closed
        return;
    }
    connectToServer();
}
