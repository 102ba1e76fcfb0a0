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

public slots:
    void connectToServer();
    void disconnectFromServer();
    void send();

private:
    void onConnectButton();
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
    QPointer<TcpClientSession> m_tcp;
    QPointer<UdpSession> m_udp;
    TrafficEvent::Protocol m_lastProtocol = TrafficEvent::Protocol::Tcp;
    bool m_udpOpen = false; // the UDP socket exists (bound by the system on its first send)
};
