#pragma once

#include "session.h"

#include <QList>
#include <QSet>
#include <QMutex>

#include <atomic>

class QUdpSocket;
class QHostInfo;

struct UdpOptions
{
    int maxDatagrams = 0;          // close after this many received datagrams (0: never)
    QByteArray autoReply;          // sent back to every sender (empty: none)
    // SO_RCVBUF asked for (0: the kernel's default): bursts must not overflow the default
    // buffer, which holds only ~256 small datagrams.
    int receiveBufferSize = 4 * 1024 * 1024;
};

// A UDP socket: bound to receive (the tutorial's server), or unbound and sending datagrams
// to host:port (the tutorial's client; the kernel picks an ephemeral port on the first send,
// and replies to it are received too).
class UdpSession : public Session
{
    Q_OBJECT

public:
    enum class State { Unbound, Bound };
    Q_ENUM(State)

    UdpSession(int id, TrafficLog *log, QObject *parent = nullptr);
    ~UdpSession() override;

    State state() const { return m_state.load(); }
    Endpoint localEndpoint() const;
    QList<Endpoint> peers() const;  // every sender seen, first seen first
    quint64 datagramsReceived() const { return m_received.load(); }
    quint64 datagramsSent() const { return m_sent.load(); }
    UdpOptions options() const;
    // SO_RCVBUF as the kernel reports it after bind() (Linux: twice what it grants); 0 before.
    int receiveBufferSize() const { return m_receiveBufferSize.load(); }

    // Verbs: callable from any thread.
    void setOptions(const UdpOptions &options);
    void bind(const QHostAddress &address, quint16 port);
    // Resolves host when it is a name, then sends one datagram.
    void sendTo(const QString &host, quint16 port, const QByteArray &payload);
    void sendTo(const Endpoint &destination, const QByteArray &payload);
    void close();

signals:
    void stateChanged(UdpSession::State state);
    void bound(const Endpoint &local);
    void peerSeen(const Endpoint &peer);
    // A datagram left the socket (or failed: then errorOccurred() comes too).
    void datagramSent(const Endpoint &destination, qint64 bytes);
    void sendFailed(const Endpoint &destination, const QString &message);

private:
    void ensureSocket();
    void applyReceiveBufferSize(int requested, const Endpoint &local);
    void readPending();
    void onSocketError();
    void setState(State state);
    void finishAfterLimit();

    QUdpSocket *m_socket = nullptr;
    std::atomic<State> m_state = State::Unbound;
    std::atomic<quint64> m_received = 0;
    std::atomic<quint64> m_sent = 0;
    std::atomic_int m_receiveBufferSize = 0;
    bool m_explainedConnectionless = false;
    bool m_failureReportedInline = false; // bind()/sendTo() report their own failures
    QSet<Endpoint> m_knownPeers; // network thread only: a lookup per datagram stays O(1)
    QByteArray m_readBuffer;     // network thread only: every datagram is read into it first
    mutable QMutex m_mutex;
    UdpOptions m_options;
    Endpoint m_local;
    QList<Endpoint> m_peers;
};
