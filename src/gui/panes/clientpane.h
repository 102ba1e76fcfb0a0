// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"
#include "panes/paneconfig.h"
#include "panes/sessionpane.h"

#include <QPointer>

#include <memory>

class TcpClientSession;
class TrafficLogFilterModel;
class TrafficLogModel;
class UdpSession;

namespace Ui {
class ClientPane;
}

class MulticastSendOptions;
class TlsBox;
class TlsTrustBar;

// One client tab: a TCP connection to host:port, or a UDP socket sending datagrams to it (bound
// by the system on the first send, so replies arrive too). What it sent and received shows in its
// Conversation list, a filtered view of the shared log.
class ClientPane : public SessionPane
{
    Q_OBJECT

public:
    ClientPane(Engine *engine, int number, QWidget *parent = nullptr);
    ~ClientPane() override;

    bool isRunning() const override;
    QString title() const override;

    ClientConfig config() const;
    // Fills the fields; ignored while connected.
    void setConfig(const ClientConfig &config);

    // Shows this pane's sessions from the shared log in the Conversation list.
    void setLogModel(TrafficLogModel *model);

    TrafficEvent::Protocol protocol() const;
    bool isConnected() const;
    // The local end of the TCP connection or of the UDP socket; null when there is none.
    Endpoint localEndpoint() const;
    int sessionId() const;

    PayloadEditor *payloadEditor() const override;
    bool canSendMessages() const override;
    bool sendMessages(const QList<SequenceItem> &items, QString *error) override;
    // Sets the fields to target (the pane must be idle) and sends: UDP at once, TCP once
    // connected (nothing is sent when the connection fails; the status line says why).
    bool sendToTarget(const Message::Target &target, const QList<SequenceItem> &items,
                      QString *error);

public slots:
    void connectToServer();
    void disconnectFromServer();
    void send();

protected:
    void startRepeat(const RepeatPlan &plan) override;
    void stopRepeat() override;
    void sendFile(const QString &path) override;
    void stopFile() override;

private:
    void onConnectButton();
    void fail(const QString &sentence, QString *error);
    void onProtocolChanged();
    void ensureTcpSession();
    void ensureUdpSession();
    void dropSession();
    void closeUdpSocket();
    bool validateTarget(QString *host, quint16 *port);
    QString targetText() const;
    void onTcpStateChanged();
    void updateWidgets();

    std::unique_ptr<Ui::ClientPane> m_ui;
    TrafficLogFilterModel *m_conversation = nullptr;
    MulticastSendOptions *m_multicast = nullptr; // UDP: TTL, loopback, interface (issue 12)
    void applyMulticastOptions();
    // TLS (issue 12, clientpanetls.cpp): the options box, the trust bar a rejected server
    // certificate shows, and the reconnect once the user chose to trust it.
    void setUpTls();
    bool applyTls(const QString &host, quint16 port);
    void onCertificateRejected(const QString &problem, const QString &fingerprint);
    void onTrustChosen(const QString &host, quint16 port, const QString &fingerprint);
    TlsBox *m_tlsBox = nullptr;
    TlsTrustBar *m_trustBar = nullptr;
    QString m_tlsHost;            // the target of the last TLS connect, for a pin
    quint16 m_tlsPort = 0;
    bool m_reconnectAfterTrust = false; // trusted while the failed attempt was still closing
    QPointer<TcpClientSession> m_tcp;
    QPointer<UdpSession> m_udp;
    TrafficEvent::Protocol m_lastProtocol = TrafficEvent::Protocol::Tcp;
    // Steps waiting for the TCP connection sendToTarget() started.
    QList<SequenceItem> m_pendingMessages;
    FrameSpec m_framing; // the last usable framing (config() while one is being typed)
    bool m_udpOpen = false; // the UDP socket exists (bound by the system on its first send)
};
