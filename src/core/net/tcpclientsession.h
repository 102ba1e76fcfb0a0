// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing/framespec.h"
#include "framing/streamframer.h"
#include "net/outgoingqueue.h"
#include "net/repeatrunner.h"
#include "net/session.h"
#include "net/tlsoptions.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>

#include <atomic>
#include <memory>

class QSslConfiguration;
class QSslError;
class QTcpSocket;
class QTimer;
class QHostInfo;
class SocketErrorWatch;
class FileStreamer;

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
    // How the received stream is cut into messages (issue 11); taken at the next connect.
    FrameSpec framing() const;
    void setFraming(const FrameSpec &framing);
    // TLS (issue 12, tcpclienttls.cpp); taken at the next connect. With TLS on, connected()
    // comes once the handshake is done and the certificate was accepted.
    TlsOptions tls() const;
    void setTls(const TlsOptions &tls);

    // Bytes handed to send() that the kernel has not taken yet (thread-safe).
    qint64 bytesToSend() const { return m_bytesToSend.load(); }

    // Verbs: callable from any thread. timeoutMs bounds each connection attempt.
    // firstPayload is written as soon as the connection is up, exactly as send() during
    // connecting would be, but queued in the same call so nothing can come between.
    void connectToHost(const QString &host, quint16 port, int timeoutMs = 5000,
                       const QByteArray &firstPayload = {});
    // Queued while connecting and written once connected, so a first send races no event.
    void send(const QByteArray &payload);
    // Graceful close: pending data is written first (FIN). A peer that does not read gets
    // TcpSocketControl::closeGraceMs, then the connection is reset; called again, resets at
    // once.
    void disconnectFromHost();
    // Immediate close (RST when data is pending; what was never sent is logged).
    void abort();

    // Repeat (issue 10): sends producer(k) for k = 0, 1, ... paced by plan on this session's
    // thread; waits while the write queue is full (TcpSocketControl::writeQueueLimit). Ends
    // when done, on stopRepeat(), or when the connection closes; a new start replaces a
    // running repeat or sequence. Progress comes as repeatProgress().
    void startRepeat(const RepeatPlan &plan, const PayloadProducer &producer);
    void startSequence(const QList<SequenceStep> &steps, qint64 repetitions = 1);
    void stopRepeat();
    // Streams a file (any size) in chunks as the write queue drains; progress and the end
    // come as fileProgress(). Stopped by stopFile(), disconnecting, or the end of the file.
    void sendFile(const QString &path);
    void stopFile();
    // Half-close (ncat at the end of its stdin): once everything sent so far is written, shut
    // down our sending side (FIN) and keep receiving until the peer closes. Nothing can be
    // sent afterwards. tcpclienthalfclose.cpp.
    void finishSending();
    bool hasFinishedSending() const { return m_sendingFinished.load(); }

signals:
    void stateChanged(TcpClientSession::State state);
    void connected(const Endpoint &local, const Endpoint &peer);
    // The connection ended (by either side, or an error after it was established).
    void disconnected();
    // The kernel took `bytes` more of what was sent; `stillQueued` are waiting.
    void bytesSent(qint64 bytes, qint64 stillQueued);
    // At most ~10 times a second while a repeat runs, and once at its end (finished).
    void repeatProgress(const RepeatProgress &progress);
    // totalBytes -1 when unknown (a FIFO, a device); error is one sentence, empty if none.
    void fileProgress(qint64 sentBytes, qint64 totalBytes, bool finished, const QString &error);
    // The server's certificate failed verification and nothing pinned or allowed it: the
    // handshake fails. problem is certificateProblem()'s sentence, fingerprint the SHA-256 of
    // the certificate ("AB:CD:.."), so a window can offer to trust it for this host.
    void certificateRejected(const QString &problem, const QString &fingerprint);

private:
    void lookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onConnected();
    // TLS (tcpclienttls.cpp): the configuration for the next connection, false (and the
    // session failed) when a file is unusable; the socket of one attempt; SSL_connect once
    // TCP is up; the certificate decision; the narration once encrypted.
    bool prepareTls();
    QTcpSocket *createSocket();
    void startHandshake();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    // The sentence for a failed attempt when it failed in the TLS handshake; empty if not.
    QString tlsFailure() const;
    // What Qt read (TLS, and anything it read before the watch took over), an event per
    // 64 KiB at most.
    void onReadyRead();
    // readyRead(): onReadyRead() at once, or on TLS once Qt has decrypted all it read.
    void onSocketReadyRead();
    // Plain TCP: the watch's read notification; recv()s 64 KiB blocks until the queue is
    // empty (at most 16), as the server does (TcpServerSession::readDirect()).
    void readDirect();
    // A received chunk, logged (batched; the caller flushes) or cut into messages.
    void takeReceived(const QByteArray &data);
    // Framing (tcpclientframing.cpp): framing() taken when the connection is up; each chunk
    // pushed through the framer, one Received event per message.
    void startFraming();
    void receiveFramed(const QByteArray &chunk, const Endpoint &local, const Endpoint &peer);
    // The peer's stream ended: what the framer still holds is logged (before the close).
    void finishFraming();
    void onIdleGap();
    void recordMessage(const StreamFramer::Message &message, const Endpoint &local,
                       const Endpoint &peer);
    void onDisconnected();
    void onSocketError();
    void onConnectTimeout();
    void onWritten(qint64 bytes);
    void onPeerFinished();
    void closeAfterPeerFinished();
    void checkAcknowledged();
    void onCloseDeadline();
    void resetConnection(const QString &reason);
    void writeNow(const QByteArray &payload);
    void updateBytesToSend();
    void resetSocket();
    void setState(State state);
    void ensureRepeatRunner();
    void ensureFileStreamer();
    bool canWriteRepeat() const;
    void shutdownWriteWhenWritten();
    RepeatRunner::SendResult writeRepeat(const QByteArray &payload, QString *error);

    RepeatRunner *m_repeat = nullptr;
    FileStreamer *m_file = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    QString m_host;
    quint16 m_port = 0;
    int m_timeoutMs = 5000;
    int m_lookupId = -1;
    QList<QHostAddress> m_candidates;
    QStringList m_attemptFailures;
    bool m_closingByUs = false;
    QTimer *m_closeTimer = nullptr; // grace period of a close, and the wait for acks
    QTimer *m_ackTimer = nullptr;
    SocketErrorWatch *m_watch = nullptr;
    std::unique_ptr<StreamFramer> m_framer; // null: unframed
    QTimer *m_idleFrameTimer = nullptr;      // idle framing: the gap that ends a message
    OutgoingQueue m_queue;               // written to the socket, not yet reported as sent
    QList<QByteArray> m_beforeConnect;   // sent while connecting
    bool m_peerFinished = false;
    bool m_closeRequested = false;       // close() was narrated; nothing more is queued
    qint64 m_written = 0;                // bytes the kernel took on this connection
    qint64 m_received = 0;
    int m_resetError = 0;                // errno found while waiting for acks
    QString m_closeReason;               // why we close, when we do
    bool m_closedByPeerBeforeSend = false;
    std::atomic<qint64> m_bytesToSend = 0;
    bool m_finishSendingRequested = false; // finishSending(): FIN once the queue is written
    std::atomic<bool> m_sendingFinished = false; // our FIN went out (shutdown(SHUT_WR))
    std::atomic<State> m_state = State::Unconnected;
    mutable QMutex m_mutex;
    FrameSpec m_framing;
    TlsOptions m_tls;
    // Set per connect from m_tls when TLS is on: the handshake in progress, and why it failed.
    std::shared_ptr<QSslConfiguration> m_sslConfiguration;
    TlsOptions m_activeTls;
    bool m_handshaking = false;
    bool m_readQueued = false; // TLS: onReadyRead() waits for Qt to finish decrypting
    QString m_tlsFailure;
    Endpoint m_local;
    Endpoint m_peer;
};
