// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"
#include "panes/paneconfig.h"
#include "panes/sessionpane.h"

#include <QPointer>

#include <memory>

class Session;
class TcpServerSession;
class UdpSession;

class MessageLibraryDocument;
class Responder;
class ServerConnectionsList;
class UdpSendersList;
class MulticastBox;
class TlsBox;

namespace Ui {
class ServerPane;
}

// One server tab: a TCP listener with its list of open connections, or a bound UDP socket with
// the senders it has seen. Validates what the user typed before starting anything and shows
// every failure in its status line.
class ServerPane : public SessionPane
{
    Q_OBJECT

public:
    ServerPane(Engine *engine, int number, QWidget *parent = nullptr);
    ~ServerPane() override;

    bool isRunning() const override;
    QString title() const override;

    // Rules may reply with messages of this library (the window's); null: none.
    void setMessageLibrary(const MessageLibraryDocument *library);

    ServerConfig config() const;
    // Fills the fields; ignored while running.
    void setConfig(const ServerConfig &config);

    TrafficEvent::Protocol protocol() const;
    // Where the running session listens (the real port when 0 was asked for); null otherwise.
    Endpoint localEndpoint() const;
    int sessionId() const;

    PayloadEditor *payloadEditor() const override;
    // Somewhere to send: a running TCP server with a connection (the selected ones, or all
    // when none is selected), or a UDP server with a sender selected.
    bool canSendMessages() const override;
    bool sendMessages(const QList<SequenceItem> &items, QString *error) override;

public slots:
    void start();
    void stop();

protected:
    void startRepeat(const RepeatPlan &plan) override;
    void stopRepeat() override;
    void sendFile(const QString &path) override;
    void stopFile() override;

private:
    void toggleRunning();
    // The connections a message, repeat or sequence goes to: the selected ones, else all.
    QList<int> targetConnectionIds() const;
    void fail(const QString &sentence, QString *error);
    void onProtocolChanged();
    // Shows a warning while the address field names every interface (0.0.0.0, ::).
    void updateExposureWarning();
    void startTcp(const QHostAddress &address, quint16 port);
    void startUdp(const QHostAddress &address, quint16 port);
    bool isCurrent(const Session *session) const;
    template<typename S> void watch(S *session, const QString &label);
    void ensureTcpSession();
    void ensureUdpSession();
    void dropSession();
    // Ctrl+Return: reply to the selected sender, or send to the selected connections (all
    // when none is selected).
    void sendDefault();
    void sendToSelected();
    void sendToAll();
    void replyToSelected();
    void disconnectSelected();
    bool payloadOrError(QByteArray *bytes);
    bool parseOption(const QString &text, const QString &what, QByteArray *bytes);
    // With rules on, what no rule matches gets the Echo or Auto-reply of the Options (as the
    // CLI's --echo and --reply do beside --rules) when the rules' own default is None.
    std::optional<ResponseRules> rulesFallback() const;
    // The compiled rules for Start (null when none is on); false after showing why not.
    bool compileRules(std::shared_ptr<Responder> *responder);
    // "Rules (3)" on the tab: rules that are on are seen without opening it.
    void showRulesSummary();
    // An edit of the rules while running: applied at once through setOptions().
    void onRulesEdited();
    void onRulesProblem(const QString &sentence, bool isError);
    void onStateChanged();
    void onFinished();
    void showRunningStatus();
    void updateWidgets();
    void onListFlushed();

    std::unique_ptr<Ui::ServerPane> m_ui;
    QPointer<TcpServerSession> m_tcp;
    QPointer<UdpSession> m_udp;
    TrafficEvent::Protocol m_lastProtocol = TrafficEvent::Protocol::Tcp;
    FrameSpec m_framing; // the last usable framing (config() while one is being typed)
    bool m_pending = false; // a verb was sent; its state change has not arrived yet
    bool m_stopRequested = false; // the user pressed Stop (not a stop-after-N limit)
    ServerConnectionsList *m_connections = nullptr; // batches the Connections tree
    UdpSendersList *m_senders = nullptr;            // batches the Senders seen list
    MulticastBox *m_multicast = nullptr; // UDP: join and leave groups (issue 12)
    TlsBox *m_tlsBox = nullptr;          // TCP: TLS options (issue 12)
};
