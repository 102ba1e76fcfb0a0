// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpsession.h"

#include "net/repeatrunner.h"
#include "net/rulenarration.h"
#include "net/socketnarration.h"
#include "net/udpbatchreceive.h"

#include <QHostInfo>
#include <QMutexLocker>
#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

UdpSession::UdpSession(int id, TrafficLog *log, QObject *parent)
    : Session(id, TrafficEvent::Protocol::Udp, log, parent)
{
}

UdpSession::~UdpSession()
{
    if (m_repeat)
        m_repeat->disconnect(this);
    for (QUdpSocket *socket : m_sockets.all())
        socket->disconnect(this);
}

Endpoint UdpSession::localEndpoint() const
{
    QMutexLocker locker(&m_mutex);
    return m_local;
}

QList<Endpoint> UdpSession::localEndpoints() const
{
    QMutexLocker locker(&m_mutex);
    return m_locals;
}

QList<Endpoint> UdpSession::peers() const
{
    m_peersNotifyArmed.store(true);
    QMutexLocker locker(&m_mutex);
    return QList<Endpoint>(m_recentPeers.cbegin(), m_recentPeers.cend());
}

void UdpSession::rememberPeer(const Endpoint &peer)
{
    const auto known = m_knownPeers.constFind(peer);
    if (known != m_knownPeers.cend()) {
        // Heard from again: now the most recent. Nothing to do for the usual single sender.
        if (*known != std::prev(m_recentPeers.end())) {
            QMutexLocker locker(&m_mutex);
            m_recentPeers.splice(m_recentPeers.end(), m_recentPeers, *known);
        }
        return;
    }
    {
        QMutexLocker locker(&m_mutex);
        m_recentPeers.push_back(peer);
        m_knownPeers.insert(peer, std::prev(m_recentPeers.end()));
        if (static_cast<qsizetype>(m_recentPeers.size()) > MaxRememberedPeers) {
            m_knownPeers.remove(m_recentPeers.front());
            m_recentPeers.pop_front();
        }
    }
    ++m_peersSeen;
    // Whoever hears of the new sender finds its datagram in the log already.
    flushRecorded();
    emit peerSeen(peer);
    if (m_peersNotifyArmed.exchange(false))
        emit peersChanged();
}

void UdpSession::forgetPeers()
{
    {
        QMutexLocker locker(&m_mutex);
        m_knownPeers.clear();
        m_recentPeers.clear();
    }
    m_peersSeen = 0;
}

UdpOptions UdpSession::options() const
{
    QMutexLocker locker(&m_mutex);
    return m_options;
}

void UdpSession::setOptions(const UdpOptions &options)
{
    QMutexLocker locker(&m_mutex);
    m_options = options;
}

void UdpSession::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

void UdpSession::ensureSocket()
{
    if (!m_sockets.isEmpty())
        return;
    m_sockets.add(makeSocket());
    m_preparedFor.clear(); // the new socket has none of the options prepareFor() set
}

QUdpSocket *UdpSession::makeSocket()
{
    auto *socket = new QUdpSocket(this);
    // Each socket's signals name it: a session of two sockets reads and reports the one that
    // is ready.
    connect(socket, &QUdpSocket::readyRead, this, [this, socket] { readPending(socket); });
    connect(socket, &QUdpSocket::errorOccurred, this, [this, socket] { onSocketError(socket); });
    return socket;
}

void UdpSession::closeSockets()
{
    for (QUdpSocket *socket : m_sockets.takeAll()) {
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    m_batchReceive.reset();
    forgetMemberships();
}

void UdpSession::bind(const QHostAddress &address, quint16 port)
{
    bind(QList<QHostAddress>{address}, port);
}

void UdpSession::bind(const QList<QHostAddress> &addresses, quint16 port)
{
    if (deferToOwnThread([=, this] { bind(addresses, port); }))
        return;
    if (addresses.isEmpty())
        return;
    const QHostAddress address = addresses.first();
    const Endpoint requested(address, port);
    if (state() == State::Bound) {
        fail(tr("The UDP socket is already bound to %1; stop it before binding again.")
                     .arg(localEndpoint().toString()),
             requested);
        return;
    }
    clearError();
    if (!m_sockets.isEmpty()
        && m_sockets.primary()->state() != QAbstractSocket::UnconnectedState) {
        // A client socket the kernel bound on its first send: start over with a fresh one.
        for (QUdpSocket *old : m_sockets.takeAll()) {
            old->disconnect(this);
            old->deleteLater();
        }
    }
    ensureSocket();
    QUdpSocket *socket = m_sockets.primary();
    recordInfo(SocketNarration::socketCall(address, false), requested);
    if (address.protocol() == QAbstractSocket::AnyIPProtocol)
        recordInfo(tr("setsockopt(IPV6_V6ONLY, 0): one socket for IPv6 and IPv4 peers (shown "
                      "as plain IPv4)"),
                   requested);
    // Exclusive: with SO_REUSEADDR two UDP sockets could share the port and split the traffic.
    m_failureReportedInline = true;
    const bool isBound = socket->bind(address, port, QAbstractSocket::DontShareAddress);
    m_failureReportedInline = false;
    if (!isBound) {
        const QString message = SocketNarration::bindFailure(socket->error(), requested,
                                                             socket->errorString(), false);
        m_sockets.takeAll();
        socket->disconnect(this);
        socket->deleteLater();
        fail(message, requested);
        return;
    }
    const UdpOptions opts = options();
    const Endpoint local = UdpSocketSet::localOf(socket);
    applyReceiveBufferSize(socket, opts.receiveBufferSize, local);
    {
        QMutexLocker locker(&m_mutex);
        m_local = local;
        m_locals = {local};
    }
    forgetPeers();
    m_received = 0;
    recordInfo(port == 0 ? tr("bind(%1) -> port %2 chosen by the kernel")
                                   .arg(requested.toString())
                                   .arg(local.port())
                         : QStringLiteral("bind(%1)").arg(local.toString()),
               local);
    // As a TCP server's listeners: all narrated before the session says it is waiting.
    for (qsizetype i = 1; i < addresses.size(); ++i)
        bindAlso(addresses.at(i), local.port(), opts.receiveBufferSize);
    if (const QString warning = SocketNarration::exposureWarning(local.address());
        !warning.isEmpty())
        recordInfo(warning, local);
    record(TrafficEvent::Kind::Listening, local, {}, {},
           opts.maxDatagrams > 0
                   ? tr("waiting for datagrams; will stop after %n datagram(s)", nullptr,
                        opts.maxDatagrams)
                   : tr("waiting for datagrams"));
    setState(State::Bound);
    emit bound(local);
}

void UdpSession::bindAlso(const QHostAddress &address, quint16 port, int receiveBufferSize)
{
    const Endpoint also(address, port);
    recordInfo(SocketNarration::socketCall(address, false), also);
    QUdpSocket *socket = makeSocket();
    m_failureReportedInline = true;
    const bool isBound = socket->bind(address, port, QAbstractSocket::DontShareAddress);
    m_failureReportedInline = false;
    if (!isBound) {
        // ::1 where IPv6 is off, or the port taken on this address only: the session goes on
        // with the sockets it has, as a TCP server on "localhost" does.
        recordInfo(tr("not listening on %1 too: %2").arg(also.toString(), socket->errorString()),
                   also);
        socket->disconnect(this);
        socket->deleteLater();
        return;
    }
    m_sockets.add(socket);
    const Endpoint local = UdpSocketSet::localOf(socket);
    applyReceiveBufferSize(socket, receiveBufferSize, local);
    {
        QMutexLocker locker(&m_mutex);
        m_locals.append(local);
    }
    recordInfo(QStringLiteral("bind(%1)").arg(local.toString()), local);
}

void UdpSession::applyReceiveBufferSize(QUdpSocket *socket, int requested, const Endpoint &local)
{
    // receiveBufferSize() reports the first socket's: each socket has a buffer of its own, as
    // large as asked for, and each is narrated.
    const bool isFirst = socket == m_sockets.primary();
    if (requested <= 0) {
        if (isFirst)
            m_receiveBufferSize
                    = socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
        return;
    }
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(requested));
    const int reported
            = socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
    if (isFirst)
        m_receiveBufferSize = reported;
    recordInfo(tr("setsockopt(SO_RCVBUF, %1) -> the kernel reports %2 bytes")
                       .arg(requested)
                       .arg(reported),
               local);
#ifdef Q_OS_LINUX
    // Linux doubles what it is given (for its bookkeeping) and caps it at net.core.rmem_max:
    // anything under twice the request means the cap applied.
    const qint64 expected = 2 * static_cast<qint64>(requested);
#else
    const qint64 expected = requested;
#endif
    // The same cap applies to every socket: said once.
    if (isFirst && reported > 0 && reported < expected)
        recordInfo(tr("The kernel capped the receive buffer below the %1 bytes asked for "
                      "(on Linux the limit is net.core.rmem_max); a flood overflows it sooner.")
                           .arg(requested),
                   local);
}

void UdpSession::respondTo(const Endpoint &peer, const QByteArray &datagram,
                           const UdpOptions &opts)
{
    if (RuleNarration::isActive(opts.responder))
        answerByRule(peer, datagram, opts.responder);
    else if (!opts.autoReply.isEmpty())
        sendTo(peer, opts.autoReply);
}

void UdpSession::readPending(QUdpSocket *socket)
{
    const UdpOptions opts = options();
    // The address this datagram came to: 127.0.0.1 or ::1 for a session on "localhost".
    const Endpoint local = UdpSocketSet::localOf(socket);
    // Any datagram fits (at most 65,535 bytes): readDatagram() into it costs one system call,
    // where receiveDatagram() first asks the kernel for the size with a second one. At
    // 200,000 datagrams/s that call is a tenth of the receive budget.
    if (m_readBuffer.size() < 65536)
        m_readBuffer.resize(65536);
    static const QString batchedCall = QStringLiteral("recvmmsg()");
    static const QString singleCall = QStringLiteral("recvfrom()");
    const qintptr fd = socket->socketDescriptor();
    if (!m_batchReceive && UdpBatchReceive::isAvailable() && fd >= 0)
        m_batchReceive = std::make_unique<UdpBatchReceive>();
    // One readyRead may stand for many datagrams: drain them, up to maxReadsPerTurn. Where
    // recvmmsg() is there, it takes them a batch per system call; a batch that comes back
    // short means the queue is empty, and one read through QUdpSocket then confirms it (or
    // takes a datagram that came meanwhile): QUdpSocket emits readyRead again only after a
    // read of its own, so the last read of every turn must be one.
    int taken = 0;
    bool haveSender = false; // a datagram before this one in this turn
    Endpoint lastPeer;
    while (!m_sockets.isEmpty() && taken < maxReadsPerTurn) {
        if (m_batchReceive && fd >= 0) {
            int want = UdpBatchReceive::maxBatch;
            if (opts.maxDatagrams > 0)
                want = int(std::min<quint64>(
                        quint64(want), quint64(opts.maxDatagrams) - m_received.load()));
            const int got = want > 0 ? m_batchReceive->read(fd, want) : 0;
            for (int i = 0; i < got; ++i) {
                bool same = false;
                const Endpoint peer = m_batchReceive->sender(i, &same);
                if (!takeDatagram(local, peer, m_batchReceive->payload(i), batchedCall, opts,
                                  haveSender && same)) {
                    flushRecorded();
                    return;
                }
                haveSender = true;
            }
            taken += std::max(got, 0);
            if (got == want && taken < maxReadsPerTurn)
                continue;
        } else if (!socket->hasPendingDatagrams()) {
            break;
        }
        QHostAddress senderAddress;
        quint16 senderPort = 0;
        const qint64 size = readOneThroughQt(socket, &senderAddress, &senderPort);
        if (size < 0)
            break;
        const Endpoint peer(senderAddress, senderPort);
        const bool same = haveSender && peer == lastPeer;
        lastPeer = peer;
        // The batch's sender cache no longer names the previous datagram's sender.
        haveSender = !m_batchReceive;
        if (!takeDatagram(local, peer, m_readBuffer.first(size), singleCall, opts, same))
            break;
        ++taken;
        if (m_batchReceive)
            break; // QUdpSocket re-armed: the next readyRead carries on
    }
    flushRecorded();
}

qint64 UdpSession::readOneThroughQt(QUdpSocket *socket, QHostAddress *sender,
                                    quint16 *senderPort)
{
    // Finding nothing makes QUdpSocket emit errorOccurred(TemporaryError): expected here.
    m_probingRead = true;
    const qint64 size = socket->readDatagram(m_readBuffer.data(), m_readBuffer.size(), sender,
                                             senderPort);
    m_probingRead = false;
    return size;
}

bool UdpSession::takeDatagram(const Endpoint &local, const Endpoint &peer,
                              const QByteArray &datagram, const QString &call,
                              const UdpOptions &opts, bool isSameSender)
{
    recordBatched(TrafficEvent::Kind::Received, local, peer, datagram, call);
    const quint64 received = ++m_received;
    if (!isSameSender)
        rememberPeer(peer);
    respondTo(peer, datagram, opts);
    if (opts.maxDatagrams > 0 && received >= static_cast<quint64>(opts.maxDatagrams)) {
        finishAfterLimit();
        return false;
    }
    return !m_sockets.isEmpty();
}

void UdpSession::finishAfterLimit()
{
    if (m_repeat)
        m_repeat->stop(tr("stopped: the socket was closed"));
    const Endpoint local = localEndpoint();
    dropDelayed(tr("the socket closed after its last datagram"));
    closeSockets();
    recordInfo(tr("close(): stopped after %n datagram(s)", nullptr,
                  static_cast<int>(m_received.load())),
               local);
    setState(State::Unbound);
    emit finished();
}

void UdpSession::sendTo(const QString &host, quint16 port, const QByteArray &payload)
{
    if (deferToOwnThread([=, this] { sendTo(host, port, payload); }))
        return;
    const QString name = Endpoint::normalizeHost(host);
    QHostAddress literal;
    if (literal.setAddress(name)) {
        sendTo(Endpoint(literal, port), payload);
        return;
    }
    if (name.isEmpty()) {
        fail(tr("No host given; enter a host name or an address such as 127.0.0.1."));
        emit sendFailed({}, errorString());
        return;
    }
    recordInfo(QStringLiteral("getaddrinfo(\"%1\")").arg(name));
    QHostInfo::lookupHost(name, this, [=, this](const QHostInfo &info) {
        QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            fail(tr("Host \"%1\" could not be resolved: %2; nothing was sent.")
                         .arg(name, info.errorString()));
            emit sendFailed({}, errorString());
            return;
        }
        std::stable_partition(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
            return a.protocol() == QAbstractSocket::IPv4Protocol;
        });
        sendTo(Endpoint(addresses.first(), port), payload);
    });
}

void UdpSession::sendTo(const Endpoint &destination, const QByteArray &payload)
{
    if (deferToOwnThread([=, this] { sendTo(destination, payload); }))
        return;
    sendDatagram(destination, payload, QStringLiteral("sendto()"));
}

void UdpSession::sendDatagram(const Endpoint &destination, const QByteArray &payload,
                              const QString &call)
{
    if (destination.port() == 0) {
        fail(tr("Port 0 cannot be a destination; nothing was sent."), {}, destination);
        emit sendFailed(destination, errorString());
        return;
    }
    ensureSocket();
    // A server on "localhost" answers an IPv6 peer from ::1 and an IPv4 one from 127.0.0.1.
    QUdpSocket *socket = m_sockets.forAddress(destination.address());
    // Bound here, not implicitly by writeDatagram(): the narration then says what the kernel
    // was asked (Qt binds an unbound socket to [::]:0, one AF_INET6 dual-stack socket), and
    // the local address is known even when this first datagram fails.
    // A group or broadcast address gets a socket of its own family: IP_MULTICAST_TTL and
    // SO_BROADCAST then mean what the narration says.
    if (socket->state() == QAbstractSocket::UnconnectedState
        && !bindForFirstSend(destination, destination.address().isMulticast()
                                                  || isBroadcast(destination.address())))
        return;
    prepareFor(destination);
    if (!m_explainedConnectionless && state() != State::Bound) {
        m_explainedConnectionless = true;
        recordInfo(tr("UDP is connectionless: sendto() succeeds whether or not anything "
                      "listens on %1, and no error comes back if nothing does.")
                           .arg(destination.toString()),
                   {}, destination);
    }
    const Endpoint local = UdpSocketSet::localOf(socket);
    m_failureReportedInline = true;
    const qint64 written = socket->writeDatagram(payload, destination.address(),
                                                 destination.port());
    m_failureReportedInline = false;
    if (written < 0) {
        // IPv6 carries 65,535 - 8 bytes of UDP payload, IPv4 20 bytes of header fewer.
        const bool v4 = destination.address().protocol() == QAbstractSocket::IPv4Protocol
                        || destination.address().toIPv4Address() != 0;
        const QString message
                = socket->error() == QAbstractSocket::DatagramTooLargeError
                          ? (v4 ? tr("The datagram of %1 bytes is too large for UDP to %2 (at "
                                     "most 65,507 bytes over IPv4); nothing was sent.")
                                : tr("The datagram of %1 bytes is too large for UDP to %2 (at "
                                     "most 65,527 bytes over IPv6); nothing was sent."))
                                    .arg(payload.size())
                                    .arg(destination.toString())
                          : tr("sendto(%1) failed: %2.")
                                    .arg(destination.toString(), socket->errorString());
        fail(message, local, destination);
        emit sendFailed(destination, message);
        return;
    }
    record(TrafficEvent::Kind::Sent, local, destination, payload, call);
    ++m_sent;
    emit datagramSent(destination, written);
}

bool UdpSession::bindForFirstSend(const Endpoint &destination, bool matchFamily)
{
    const bool v4Only = matchFamily
                        && destination.address().protocol() == QAbstractSocket::IPv4Protocol;
    const QHostAddress any(v4Only ? QHostAddress::AnyIPv4 : QHostAddress::Any);
    QUdpSocket *socket = m_sockets.primary(); // a client has one socket
    m_failureReportedInline = true;
    const bool isBound = socket->bind(any, 0);
    m_failureReportedInline = false;
    if (!isBound) {
        recordInfo(SocketNarration::socketCall(any, false), {}, destination);
        const QString message = SocketNarration::bindFailure(
                socket->error(), Endpoint(any, 0), socket->errorString(), false);
        fail(message, {}, destination);
        emit sendFailed(destination, message);
        return false;
    }
    const Endpoint local = UdpSocketSet::localOf(socket);
    {
        QMutexLocker locker(&m_mutex);
        m_local = local;
        m_locals = {local};
    }
    // Qt reports a dual-stack AF_INET6 socket bound to [::] as QHostAddress::Any, and falls
    // back to an AF_INET one bound to 0.0.0.0 where IPv6 is off: narrate what we got.
    const bool dualStack = local.address() == any
                           || local.address().protocol() == QAbstractSocket::IPv6Protocol;
    recordInfo(dualStack && !v4Only
                       ? tr("socket(AF_INET6, SOCK_DGRAM) with IPV6_V6ONLY off: one "
                            "dual-stack socket reaches IPv4 and IPv6 destinations")
                       : SocketNarration::socketCall(local.address(), false),
               {}, destination);
    recordInfo(tr("bind(%1) -> port %2 chosen by the kernel; replies to it are shown too")
                       .arg(dualStack && !v4Only ? QStringLiteral("[::]:0")
                                                 : QStringLiteral("0.0.0.0:0"))
                       .arg(local.port()),
               local, destination);
    return true;
}

void UdpSession::onSocketError(QUdpSocket *socket)
{
    if (m_sockets.isEmpty() || m_failureReportedInline)
        return;
    if (m_probingRead && socket->error() == QAbstractSocket::TemporaryError)
        return;
    const Endpoint local = UdpSocketSet::localOf(socket);
    if (socket->error() == QAbstractSocket::ConnectionRefusedError) {
        // ICMP port unreachable for an earlier datagram: a hint, not a failure, in UDP.
        recordInfo(tr("ICMP port unreachable: nothing listens where an earlier datagram went; "
                      "UDP reports this only as a hint and the datagram is lost."),
                   local);
        return;
    }
    fail(tr("UDP socket error: %1.").arg(socket->errorString()), local);
}

void UdpSession::close()
{
    if (deferToOwnThread([this] { close(); }))
        return;
    if (m_repeat)
        m_repeat->stop(tr("stopped: the socket was closed"));
    const bool wasBound = state() == State::Bound;
    dropDelayed(tr("the socket closed"));
    if (!m_sockets.isEmpty()) {
        const Endpoint local = localEndpoint();
        // Every socket of the session, narrated as one (as a TCP server's listeners are).
        closeSockets();
        recordInfo(QStringLiteral("close()"), local);
    }
    setState(State::Unbound);
    if (wasBound)
        emit finished();
}

void UdpSession::resolveThen(const QString &host, quint16 port,
                             const std::function<void(const Endpoint &)> &then)
{
    const QString name = Endpoint::normalizeHost(host);
    QHostAddress literal;
    if (literal.setAddress(name)) {
        then(Endpoint(literal, port));
        return;
    }
    if (name.isEmpty()) {
        then({});
        fail(tr("No host given; enter a host name or an address such as 127.0.0.1."));
        return;
    }
    recordInfo(QStringLiteral("getaddrinfo(\"%1\")").arg(name));
    QHostInfo::lookupHost(name, this, [=, this](const QHostInfo &info) {
        QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            then({});
            fail(tr("Host \"%1\" could not be resolved: %2; nothing was sent.")
                         .arg(name, info.errorString()));
            return;
        }
        std::stable_partition(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
            return a.protocol() == QAbstractSocket::IPv4Protocol;
        });
        then(Endpoint(addresses.first(), port));
    });
}
