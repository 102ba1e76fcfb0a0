#pragma once

#include "session.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>

#include <atomic>

class QTcpSocket;
class QTimer;
class QHostInfo;

// One outgoing TCP connection: resolve, connect (trying each address of a name in turn, IPv4
// first), send, receive, close. Refused, timed-out and reset connections end with one clear
// sentence in errorOccurred() and the log.
class TcpClientSession : public Session
{
    Q_OBJECT

public:
    enum class State { Unconnected, HostLookup, Connecting, Connected, Closing };
    Q_ENUM(State)

    TcpClientSession(int id, TrafficLog *log, QObject *parent = nullptr);
    ~TcpClientSession() override;

    State state() const { return m_state.load(); }
    Endpoint localEndpoint() const;
    Endpoint peerEndpoint() const;

    // Verbs: callable from any thread. timeoutMs bounds each connection attempt.
    void connectToHost(const QString &host, quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &payload);
    // Graceful close: pending data is written first (FIN).
    void disconnectFromHost();
    // Immediate close (RST when data is pending).
    void abort();

signals:
    void stateChanged(TcpClientSession::State state);
    void connected(const Endpoint &local, const Endpoint &peer);
    // The connection ended (by either side, or an error after it was established).
    void disconnected();

private:
    void lookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onConnectTimeout();
    void resetSocket();
    void setState(State state);

    QTcpSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    QString m_host;
    quint16 m_port = 0;
    int m_timeoutMs = 5000;
    int m_lookupId = -1;
    QList<QHostAddress> m_candidates;
    QStringList m_attemptFailures;
    bool m_closingByUs = false;
    std::atomic<State> m_state = State::Unconnected;
    mutable QMutex m_mutex;
    Endpoint m_local;
    Endpoint m_peer;
};
