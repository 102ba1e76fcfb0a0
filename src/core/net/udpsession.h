// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/multicastmembership.h"
#include "net/repeatrunner.h"
#include "net/rulenarration.h"
#include "net/session.h"
#include "net/udpsocketset.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <list>

class QTimer;
class QUdpSocket;
class QHostInfo;
class DelayedActions;
class Responder;
class UdpBatchReceive;

struct UdpOptions
{
    int maxDatagrams = 0;          // close after this many received datagrams (0: never)
    QByteArray autoReply;          // sent back to every sender (empty: none)
    // Rules that answer each datagram (issue 11); null or inactive: none (autoReply applies).
    std::shared_ptr<Responder> responder;
    // SO_RCVBUF asked for (0: the kernel's default): bursts must not overflow the default
    // buffer, which holds only ~256 small datagrams.
    int receiveBufferSize = 4 * 1024 * 1024;
    // Sending to a multicast group (issue 12): TTL / hop limit (1: the group's datagrams
    // stay on the local link), our own datagrams looped back to the machine (-1: the
    // kernel's default, on), and the interface to send from (empty: the routing table's).
    int multicastTtl = 1;
    int multicastLoopback = -1;
    QString multicastInterface;
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

    // Senders remembered: the most recently active ones, at most this many. A flood from
    // 100,000 source ports must not grow memory or a list in the window without bound.
    static constexpr qsizetype MaxRememberedPeers = 1000;

    State state() const { return m_state.load(); }
    // Where the session is bound: its first socket (the one that names it).
    Endpoint localEndpoint() const;
    // Every socket's address: one, or for "localhost" 127.0.0.1 and ::1 at one port (just the
    // first when ::1 could not be bound). Empty while unbound.
    QList<Endpoint> localEndpoints() const;
    // The senders remembered (at most MaxRememberedPeers), least recently active first.
    // Re-arms peersChanged().
    QList<Endpoint> peers() const;
    // Senders seen since bind(): exact while no more than MaxRememberedPeers were seen; beyond,
    // a sender forgotten and then heard from again is counted again.
    quint64 peersSeen() const { return m_peersSeen.load(); }
    quint64 datagramsReceived() const { return m_received.load(); }
    quint64 datagramsSent() const { return m_sent.load(); }
    UdpOptions options() const;
    // SO_RCVBUF as the kernel reports it after bind() (Linux: twice what it grants); 0 before.
    int receiveBufferSize() const { return m_receiveBufferSize.load(); }

    // Verbs: callable from any thread.
    void setOptions(const UdpOptions &options);
    void bind(const QHostAddress &address, quint16 port);
    // Binds one socket per address at one port (ListenAddresses: "localhost" is 127.0.0.1 and
    // ::1; port 0: the first socket's port for all). The first names the session and its
    // failure is the session's; a failure on another is narrated, not fatal, as a TCP server
    // does. Datagrams from every socket are received, and a peer is answered from the socket
    // of its family.
    void bind(const QList<QHostAddress> &addresses, quint16 port);
    // Resolves host when it is a name, then sends one datagram.
    void sendTo(const QString &host, quint16 port, const QByteArray &payload);
    void sendTo(const Endpoint &destination, const QByteArray &payload);
    void close();

    // Multicast (udpgroups.cpp): memberships of the bound socket, narrated as the
    // setsockopt() calls they are. A membership whose interface goes down or away is kept
    // and rejoined when the interface is back (checked every interfaceCheckMs).
    static constexpr int MaxMemberships = 64;
    static constexpr int interfaceCheckMs = 2000;
    QList<MulticastMembership> memberships() const;
    void joinGroup(const MulticastMembership &membership);
    void leaveGroup(const MulticastMembership &membership);

    // Repeat (issue 10): datagrams producer(k), k = 0, 1, ..., to host:port (resolved once),
    // paced by plan on this session's thread. Ends when done, on stopRepeat() or close(); a
    // new start replaces a running one. Progress comes as repeatProgress().
    void startRepeat(const QString &host, quint16 port, const RepeatPlan &plan,
                     const PayloadProducer &producer);
    void startSequence(const QString &host, quint16 port, const QList<SequenceStep> &steps,
                       qint64 repetitions = 1);
    void stopRepeat();

signals:
    void stateChanged(UdpSession::State state);
    void bound(const Endpoint &local);
    // A sender not remembered sent a datagram (one signal per new sender: prefer
    // peersChanged() when many may come).
    void peerSeen(const Endpoint &peer);
    // Coalesced: the remembered senders changed since the last peers() call.
    void peersChanged();
    // A datagram left the socket (or failed: then errorOccurred() comes too).
    void datagramSent(const Endpoint &destination, qint64 bytes);
    void sendFailed(const Endpoint &destination, const QString &message);
    // At most ~10 times a second while a repeat runs, and once at its end (finished).
    void repeatProgress(const RepeatProgress &progress);
    void membershipsChanged();

private:
    // Before the first datagram to a broadcast or multicast destination (udpgroups.cpp):
    // SO_BROADCAST narrated, multicast TTL, loopback and interface set and narrated.
    void prepareFor(const Endpoint &destination);
    // 255.255.255.255 or the broadcast address of one of our subnets (read once per session:
    // a server answering 20,000 senders must not list the interfaces for each).
    bool isBroadcast(const QHostAddress &address);
    bool setMembership(const MulticastMembership &membership, bool join, QString *error);
    void checkInterfaces();
    void forgetMemberships();
    // The first socket, made when a verb needs one (a client's is bound on its first send).
    void ensureSocket();
    QUdpSocket *makeSocket();
    // One more socket at the first one's port (bind(addresses)): narrated like the first;
    // when it cannot be bound, one line says so and the session goes on without it.
    void bindAlso(const QHostAddress &address, quint16 port, int receiveBufferSize);
    // Closes every socket (close(), the datagram limit): the session is unbound after it.
    void closeSockets();
    void applyReceiveBufferSize(QUdpSocket *socket, int requested, const Endpoint &local);
    // Datagrams taken per readyRead at most before the event loop gets the thread back (stop,
    // close, timers and other sockets are served during a flood); the rest wait in the kernel.
    static constexpr int maxReadsPerTurn = 4096;
    void readPending(QUdpSocket *socket);
    // One received datagram: its event (batched: the caller flushes), counters, sender,
    // answer. isSameSender: it came from the sender of the datagram just before, in this turn
    // (nothing to remember again). False when the session stopped (its limit, or the socket
    // closed while answering).
    bool takeDatagram(const Endpoint &local, const Endpoint &peer, const QByteArray &datagram,
                      const QString &call, const UdpOptions &opts, bool isSameSender);
    // One datagram through QUdpSocket (what remains after batched reads, or everything where
    // recvmmsg() is missing). Returns -1 when none was waiting.
    qint64 readOneThroughQt(QUdpSocket *socket, QHostAddress *sender, quint16 *senderPort);
    // What the server does with one received datagram: the auto-reply, or the responder's
    // decision.
    void respondTo(const Endpoint &peer, const QByteArray &datagram, const UdpOptions &opts);
    // The responder's decision for one datagram (udpresponding.cpp): narrated, then the reply
    // sent now or queued for its delay.
    void answerByRule(const Endpoint &peer, const QByteArray &datagram,
                      const std::shared_ptr<Responder> &responder);
    // sendTo() on this thread; call names what took the datagram in the sent event's note.
    void sendDatagram(const Endpoint &destination, const QByteArray &payload,
                      const QString &call);
    // The socket closes: delayed replies would otherwise open a new one to be sent from.
    void dropDelayed(const QString &why);
    void onSocketError(QUdpSocket *socket);
    void setState(State state);
    void finishAfterLimit();
    void rememberPeer(const Endpoint &peer);
    void forgetPeers();
    // matchFamily: AF_INET for an IPv4 destination (a repeat sends to one place only).
    bool bindForFirstSend(const Endpoint &destination, bool matchFamily = false);
    // Resolves host (once, not per datagram), then calls then(destination).
    void resolveThen(const QString &host, quint16 port,
                     const std::function<void(const Endpoint &)> &then);
    void ensureRepeatRunner();
    bool prepareRepeat(const Endpoint &destination, qint64 planned);
    RepeatRunner::SendResult sendRepeated(const QByteArray &payload, QString *error);
    RepeatRunner::BatchResult sendRepeatedBatch(const QList<QByteArray> &payloads,
                                                QString *error);
    // The two ends of one repeated datagram: logged as sent, or failed with one sentence.
    // The event's note names the system call that took the datagram, as the learner sees it.
    RepeatRunner::SendResult repeatSent(const QByteArray &payload,
                                        const QString &systemCall = QStringLiteral("sendto()"));
    RepeatRunner::SendResult repeatFailed(qsizetype size, bool tooLarge,
                                          const QString &systemText, QString *error);
    void onSocketErrorHint();

    // Replies waiting for their rule's delay; created with the first.
    DelayedActions *m_delayed = nullptr;
    bool m_explainedRuleCloseOnUdp = false; // said once per session: close acts as drop
    RuleReplyNotes m_replyNotes; // the sent rows' notes of immediate rule replies

    RepeatRunner *m_repeat = nullptr;
    Endpoint m_repeatDestination; // network thread only, like the two below
    Endpoint m_repeatLocal;
    bool m_repeatBlocked = false; // the send buffer was full: try again shortly
    bool m_repeatSegmenting = false; // runs of equal datagrams go in one UDP_SEGMENT send
    // The destination as sendto() takes it (Linux); length 0: use writeDatagram().
    alignas(8) unsigned char m_repeatAddress[128] = {};
    unsigned m_repeatAddressLength = 0;

    // The session's sockets (udpsocketset.h): one, or one per family for "localhost". The
    // first is created unbound by ensureSocket(); the others only by bind().
    UdpSocketSet m_sockets;
    QHostAddress m_preparedFor; // prepareFor() ran for this destination (network thread)
    QString m_preparedOptions;  // ... with these multicast options ("ttl/loop/interface")
    bool m_explainedBroadcast = false;
    std::optional<QList<QHostAddress>> m_broadcastAddresses;
    QTimer *m_interfaceTimer = nullptr;
    QHash<QString, bool> m_interfaceUp; // last seen state of the memberships' interfaces
    QList<MulticastMembership> m_memberships; // guarded by m_mutex, changed on network thread
    std::atomic<State> m_state = State::Unbound;
    std::atomic<quint64> m_received = 0;
    std::atomic<quint64> m_sent = 0;
    std::atomic_int m_receiveBufferSize = 0;
    bool m_explainedConnectionless = false;
    bool m_failureReportedInline = false; // bind()/sendTo() report their own failures
    // Network thread only, shared by every socket of the session (the sockets' reads never
    // interleave): every datagram is read into one of them first.
    QByteArray m_readBuffer;
    std::unique_ptr<UdpBatchReceive> m_batchReceive; // recvmmsg() slots, made on first read
    bool m_probingRead = false; // readOneThroughQt() may find nothing: not an error
    std::atomic<quint64> m_peersSeen = 0;
    mutable std::atomic_bool m_peersNotifyArmed = true;
    mutable QMutex m_mutex;
    UdpOptions m_options;
    Endpoint m_local;
    QList<Endpoint> m_locals; // every socket's, m_local first
    // The remembered senders, least recently active first, and where each is in that list:
    // O(1) per datagram. Changed on the network thread only (under m_mutex, so that peers()
    // may read from any thread); read there without the lock.
    std::list<Endpoint> m_recentPeers;
    QHash<Endpoint, std::list<Endpoint>::iterator> m_knownPeers;
};
