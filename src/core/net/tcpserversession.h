// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing/framespec.h"
#include "framing/streamframer.h"
#include "net/connectionchanges.h"
#include "net/outgoingqueue.h"
#include "net/repeatrunner.h"
#include "net/rulenarration.h"
#include "net/session.h"
#include "net/socketerrorwatch.h"
#include "net/tlsoptions.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>

#include <atomic>
#include <memory>
#include <vector>

class TcpListenerGroup;
class SocketErrorWatch;
class QTcpServer;
class QTcpSocket;
class QTimer;
class DelayedActions;
class FileStreamer;
class Responder;
struct RuleStep;

struct TcpServerOptions
{
    QByteArray greeting;            // sent to every client right after accept (empty: none)
    bool closeAfterGreeting = false; // the tutorial's server: send, then close the connection
    int maxConnections = 0;         // stop listening after this many accepts (0: never)
    bool echo = false;              // send every received chunk back to its sender
    int backlog = 1024;             // listen() backlog: bursts of connects must not be lost
    int maxClients = 0;             // connections held at once; more are closed at once (0: any)
    // Rules that answer each received message (issue 11); null or inactive: none. Shared
    // with the window, which reads its fire counters.
    std::shared_ptr<Responder> responder;
    // How each connection's stream is cut into messages (log rows, rules, counters).
    FrameSpec framing;
    // TLS (issue 12): every connection is accepted with SSL_accept; off by default.
    TlsOptions tls;
};

// A listening TCP socket and every connection it accepted. Connections stay open until one
// side closes them; the server can send to one or all, drop one, and stop.
class TcpServerSession : public Session
{
    Q_OBJECT

public:
    enum class State { Stopped, Listening, Draining };
    Q_ENUM(State)

    struct Connection
    {
        int id = 0;
        Endpoint local;
        Endpoint peer;
    };

    TcpServerSession(int id, TrafficLog *log, QObject *parent = nullptr);
    ~TcpServerSession() override;

    State state() const { return m_state.load(); }
    Endpoint localEndpoint() const;
    // Every address it listens on: "localhost" is 127.0.0.1 and ::1 (an address that could
    // not be bound is left out). Thread-safe.
    QList<Endpoint> localEndpoints() const;
    QList<Connection> connections() const;
    int acceptedCount() const { return m_acceptedCount.load(); }
    // Connections closed right after accept() because maxClients were already connected.
    int refusedCount() const { return m_refusedCount.load(); }
    // True while accepting is paused because the process ran out of file descriptors.
    bool isOutOfDescriptors() const { return m_outOfDescriptors.load(); }
    TcpServerOptions options() const;
    // Thread-safe: the connections accepted and closed since the last call, in order (see
    // connectionsChanged()). On a restart batch the open connections follow as opened.
    ConnectionChanges::Batch takeConnectionChanges();

    // Verbs: callable from any thread.
    void setOptions(const TcpServerOptions &options);
    void listen(const QHostAddress &address, quint16 port);
    // Listens on every address at one port (ListenAddresses: "localhost" is 127.0.0.1 and
    // ::1); the first names the session, a failure on another is narrated, not fatal.
    void listen(const QList<QHostAddress> &addresses, quint16 port);
    void send(int connectionId, const QByteArray &payload);
    void sendToAll(const QByteArray &payload);
    // Closes after what is queued was written; a peer that does not read gets
    // TcpSocketControl::closeGraceMs, then an abort. Called again: aborts at once.
    void disconnectClient(int connectionId);
    // Stops listening and closes every connection as disconnectClient() does; called again
    // while connections are still closing, aborts them at once.
    void stop();

    // Repeat (issue 10): producer(k), k = 0, 1, ..., to the given connections (empty: every
    // connection open at the start), paced by plan on this session's thread. The slowest
    // reader sets the pace (a full write queue is waited for, never dropped); a connection
    // that closes drops out, and the repeat ends when none is left, when done, or on
    // stopRepeat() / stop(). A new start replaces a running one.
    void startRepeat(const QList<int> &connectionIds, const RepeatPlan &plan,
                     const PayloadProducer &producer);
    void startSequence(const QList<int> &connectionIds, const QList<SequenceStep> &steps,
                       qint64 repetitions = 1);
    void stopRepeat();
    // Streams a file (any size) to one connection as its write queue drains; progress and the
    // end come as fileProgress(). One file at a time per server session.
    void sendFile(int connectionId, const QString &path);
    void stopFile();

signals:
    void stateChanged(TcpServerSession::State state);
    void listening(const Endpoint &local);
    void clientConnected(int connectionId, const Endpoint &peer);
    void clientDisconnected(int connectionId);
    // Coalesced: emitted for the first accept or close after the last takeConnectionChanges(),
    // so a burst of clients costs a reader one signal per pass, not one per connection. Kept
    // only while something is connected to it.
    void connectionsChanged();
    // Accepting paused (true) because the process ran out of file descriptors, or resumed.
    void outOfDescriptorsChanged(bool outOfDescriptors);
    // At most ~10 times a second while a repeat runs, and once at its end (finished).
    void repeatProgress(const RepeatProgress &progress);
    // totalBytes -1 when unknown (a FIFO, a device); error is one sentence, empty if none.
    void fileProgress(qint64 sentBytes, qint64 totalBytes, bool finished, const QString &error);

private:
    void acceptPending();
    // TLS (tcpservertls.cpp): a QSslServer that hands over connections once their handshake
    // is done (plain TCP listens through a TcpListenerGroup); null and *error when the
    // certificate or key is unusable. An adopted connection's handshake is narrated by
    // narrateTls().
    QTcpServer *createTlsListener(const TcpServerOptions &options, const Endpoint &requested,
                                  QString *error);
    void narrateTls(int connectionId, QTcpSocket *socket);
    void adopt(QTcpSocket *socket, const TcpServerOptions &opts);
    // A new client's greeting (and the close after it, if asked), sent by sendGreetings()
    // with those of every client accepted in the same event-loop turn.
    void queueGreeting(int connectionId, const TcpServerOptions &opts);
    void sendGreetings();
    void readFrom(int connectionId);
    // Plain TCP: reads the descriptor itself at each read notification, block after block
    // until the kernel's queue is empty (SocketErrorWatch::setDirectReader()). What each
    // block holds goes where readFrom() and readFramedBatch() send Qt's.
    void readDirect(int connectionId);
    void readDirectBlocks(int connectionId);
    bool takeBlock(int connectionId, const QByteArray &data);
    // A chunk went into the link's framer: restarts the idle gap and delivers what it cut.
    bool deliverPushedChunk(int connectionId);
    // readyRead(): reads at once, or on TLS once Qt has decrypted all it read (see .cpp).
    void onReadyRead(int connectionId);
    // What the server does with one received message (a chunk, or a frame): echo, or the
    // responder's decision. False when the caller must stop reading from the connection (it
    // closed, or reading paused because the peer does not read what we queued).
    bool respondTo(int connectionId, const QByteArray &message);
    // Pauses reading while more than TcpSocketControl::writeQueueLimit bytes wait for the
    // peer; true when it paused.
    bool pauseReadingIfBacklogged(int connectionId);
    // Framing (tcpserverframing.cpp): reads the connection through its StreamFramer, one
    // Received event and one respondTo() per message. False when reading must stop.
    void readFramed(int connectionId);
    void readFramedBatch(int connectionId);
    bool deliverFramed(int connectionId);
    bool deliverMessage(int connectionId, const StreamFramer::Message &message);
    // The peer's stream ended (FIN or close): what the framer still holds is logged (a partial
    // message, or an idle-framed one). False when the connection is gone or reading paused.
    bool finishFraming(int connectionId);
    void onIdleGap(int connectionId);
    void setUpFraming(int connectionId, const FrameSpec &spec);
    // The responder's decision for one message (tcpserverresponding.cpp): narrated, then
    // carried out now or queued for its delay. Same return as respondTo().
    bool answerByRule(int connectionId, const QByteArray &message,
                      const std::shared_ptr<Responder> &responder);
    bool carryOut(int connectionId, const RuleStep &step);
    void runDelayed(int connectionId, const RuleStep &step);
    void dropDelayed(int connectionId);
    // How writeTo() logs a message the kernel took at once: Batched only where the caller
    // flushes before the event loop runs again (acceptPending()).
    // sentNote: the sent row's note when the kernel takes it all at once (empty: the write
    // call's name). Returns true when it did and the sent row is logged; false when the bytes
    // wait in the queue (their sent row comes from onWritten()) or nothing was sent.
    enum class SentRecord { Now, Batched };
    bool writeTo(int connectionId, const QByteArray &payload,
                 SentRecord sentRecord = SentRecord::Now, const QString &sentNote = {});
    void onWritten(int connectionId, qint64 bytes);
    void onPeerFinished(int connectionId);
    void closeIfPeerFinished(int connectionId);
    void closeLink(int connectionId, const QString &reason);
    void abortLink(int connectionId, const QString &reason);
    void onCloseDeadline(int connectionId);
    void forget(int connectionId, const QString &reason);
    void closeListener(const QString &reason);
    void setState(State state);
    void finishIfDrained();
    // Descriptor limit (tcpserverdescriptors.cpp).
    bool hasSpareDescriptor(int moreThanReserve = 0) const;
    void checkDescriptors();
    // After an accept: checkDescriptors(), but the probe's syscalls only every few accepts
    // while descriptors are plentiful (m_acceptsBeforeProbe).
    void checkDescriptorsAfterAccept();
    // Qt stops accepting once this many accepted sockets wait for nextPendingConnection();
    // we drain on every newConnection, so this only matters for bursts within one iteration.
    static int pendingLimit(int backlog);
    // A read takes at most one such block (direct reads, and Qt's buffer on TLS): small enough
    // to be reused warm instead of page-faulted in (TCP ingest).
    static constexpr qint64 ReadBlockBytes = SocketErrorWatch::DirectReadBlockBytes;
    static constexpr int MaxBlocksPerNotification
            = SocketErrorWatch::DirectReadBlocksPerNotification;
    void ensureRepeatRunner();
    bool beginRepeat(const QList<int> &connectionIds, qint64 planned);
    bool canWriteRepeat();
    RepeatRunner::SendResult writeRepeat(const QByteArray &payload, QString *error);
    void dropFromRepeat(int connectionId, const QString &reason);

    RepeatRunner *m_repeat = nullptr;
    QList<int> m_repeatTargets; // connections the running repeat still sends to
    FileStreamer *m_file = nullptr;
    int m_fileConnection = 0;
    // Rule actions waiting for their delay, keyed by connection; created with the first.
    DelayedActions *m_delayed = nullptr;
    RuleReplyNotes m_replyNotes; // the sent rows' notes of immediate rule replies

    // The listening socket. Plain TCP listens through a TcpListenerGroup (one or more
    // addresses: "localhost" is 127.0.0.1 and ::1), which is m_group too; TLS through a
    // QSslServer on the first address only, and m_group is null.
    QTcpServer *m_server = nullptr;
    TcpListenerGroup *m_group = nullptr;
    // QTcpServer's pending limit and pause are not virtual: these reach the group's own.
    void setPendingLimit(int limit);
    void setAccepting(bool accepting);
    // An accepted connection as the network thread sees it. Endpoints are kept, not asked of
    // the socket per message: every read and write logs them.
    struct Link
    {
        QTcpSocket *socket = nullptr;
        Endpoint local;
        Endpoint peer;
        OutgoingQueue queue;      // written to the socket, not yet reported as sent
        SocketErrorWatch *errorWatch = nullptr; // child of socket
        QTimer *deadline = nullptr; // grace period of a close, created when first needed
        // Cuts the stream into messages when framing is on (shared: Link is copied into the
        // hash); idleTimer ends an idle-framed message.
        std::shared_ptr<StreamFramer> framer;
        QTimer *idleTimer = nullptr;
        bool readingPaused = false; // echo waits for the peer to read what we queued
        bool pauseLogged = false;
        bool peerFinished = false; // the peer's FIN arrived: close once our queue is empty
        bool endOfStream = false;  // a direct read found the FIN (reported after the reading)
        bool closing = false;      // close() was called: nothing more is queued
        bool readQueued = false;   // TLS: a read waits for Qt to finish decrypting
        bool writesWatched = false; // onWritten() is connected (before the first Qt write)
    };
    // Stored by value and looked up by pointer: a connection's queue must not be copied per
    // read or write.
    // Why a connection ended, kept on the socket until its disconnected() arrives.
    static constexpr const char *CloseReasonProperty = "socklab.closeReason";
    QHash<int, Link> m_links;
    Link *linkFor(int connectionId);
    // Connects onWritten() to the link's socket once, before anything is written through Qt:
    // most clients are only ever written to through writeNow() (a greeting), and a connection
    // per accepted client cost the accept path ~800 instructions and two allocations.
    void watchWrites(int connectionId, Link *link);

    // The last link looked up: a framed flood looks one connection up per message, and the
    // hash lookup was a tenth of the framing's own work. Forgotten whenever m_links changes
    // (an insert may move every value).
    int m_lastLinkId = 0;
    Link *m_lastLink = nullptr;
    bool m_stopping = false; // stop() was called once: a second call aborts
    bool m_tls = false; // the listener speaks TLS: data rows name SSL_read()/SSL_write()
    int m_nextConnectionId = 1;
    std::atomic<State> m_state = State::Stopped;
    std::atomic_int m_acceptedCount = 0;
    std::atomic_int m_refusedCount = 0;
    std::atomic_bool m_outOfDescriptors = false;
    // Whether a message gets an answer at all (echo or rules), kept by setOptions(): a framed
    // flood of messages nobody answers skips respondTo()'s options() copy under the mutex per
    // message (bench/framing.sh).
    std::atomic_bool m_answersMessages = false;
    QTimer *m_descriptorTimer = nullptr;
    int m_acceptsBeforeProbe = 0; // accepts left that the last probe's headroom covers
    struct PendingGreeting
    {
        int connectionId;
        QByteArray payload;
        bool closeAfter;
    };
    std::vector<PendingGreeting> m_pendingGreetings; // see queueGreeting()
    mutable QMutex m_mutex; // guards the fields below, read from other threads
    TcpServerOptions m_options;
    Endpoint m_local;
    QList<Endpoint> m_locals; // m_local first, then the group's other listeners
    // Keyed by id (= accept order): dropping one of 10,000 connections is O(log n), not a
    // scan of a list.
    QMap<int, Connection> m_connections;
    ConnectionChanges m_connectionChanges;
    bool isWatchingConnectionChanges() const;
};
