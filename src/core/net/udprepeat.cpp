// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpsession.h"

#include "net/repeatrunner.h"
#include "net/udpsegmentsend.h"

#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

// UdpSession's repeat and sequence verbs: datagrams sent on a schedule, straight to the
// socket's descriptor. Binding, receiving and single sends are udpsession.cpp.

void UdpSession::ensureRepeatRunner()
{
    if (m_repeat)
        return;
    m_repeat = new RepeatRunner([this](const QByteArray &payload,
                                       QString *error) { return sendRepeated(payload, error); },
                                [this] { return !m_repeatBlocked; }, this);
    // One appendBatch() per turn (or per Session::maxBatchedEvents) instead of one append()
    // per datagram.
    m_repeat->setTurnEnd([this] { flushRecorded(); });
    m_repeat->setBatchSend([this](const QList<QByteArray> &payloads, QString *error) {
        return sendRepeatedBatch(payloads, error);
    });
    connect(m_repeat, &RepeatRunner::progress, this, &UdpSession::repeatProgress);
}

RepeatRunner::SendResult UdpSession::sendRepeated(const QByteArray &payload, QString *error)
{
    // The lean path of sendTo(Endpoint): the destination was checked and the socket bound
    // once at the start, so a datagram costs one sendto() and its log event. On Linux the
    // call is made on the socket's descriptor with the address prepared at the start:
    // QUdpSocket::writeDatagram() builds a header, calls sendmsg() and emits bytesWritten()
    // per datagram, which at a million datagrams is a tenth of a sendto() loop's rate.
    QUdpSocket *socket = m_sockets.forAddress(m_repeatDestination.address());
    if (!socket) {
        *error = tr("the socket was closed");
        return RepeatRunner::SendResult::Failed;
    }
#ifdef Q_OS_LINUX
    const int fd = int(socket->socketDescriptor());
    if (fd >= 0 && m_repeatAddressLength > 0) {
        for (int attempt = 0;; ++attempt) {
            const ssize_t n = ::sendto(fd, payload.constData(), size_t(payload.size()),
                                       MSG_DONTWAIT,
                                       reinterpret_cast<const sockaddr *>(&m_repeatAddress),
                                       m_repeatAddressLength);
            if (n >= 0)
                break;
            const int errorNumber = errno;
            if (errorNumber == EINTR)
                continue;
            // A late ICMP port unreachable for an earlier datagram is not this one's failure.
            if (errorNumber == ECONNREFUSED && attempt == 0) {
                onSocketErrorHint();
                continue;
            }
            // The send buffer is full: the same datagram is tried again in a moment.
            if (errorNumber == EAGAIN || errorNumber == EWOULDBLOCK || errorNumber == ENOBUFS) {
                m_repeatBlocked = true;
                QTimer::singleShot(1, this, [this] {
                    m_repeatBlocked = false;
                    if (m_repeat)
                        m_repeat->resume();
                });
                return RepeatRunner::SendResult::Later;
            }
            return repeatFailed(payload.size(), errorNumber == EMSGSIZE,
                                qt_error_string(errorNumber), error);
        }
        return repeatSent(payload);
    }
#endif
    m_failureReportedInline = true;
    qint64 written = socket->writeDatagram(payload, m_repeatDestination.address(),
                                           m_repeatDestination.port());
    if (written < 0 && socket->error() == QAbstractSocket::ConnectionRefusedError) {
        onSocketErrorHint();
        written = socket->writeDatagram(payload, m_repeatDestination.address(),
                                        m_repeatDestination.port());
    }
    m_failureReportedInline = false;
    if (written < 0)
        return repeatFailed(payload.size(),
                            socket->error() == QAbstractSocket::DatagramTooLargeError,
                            socket->errorString(), error);
    return repeatSent(payload);
}

RepeatRunner::BatchResult UdpSession::sendRepeatedBatch(const QList<QByteArray> &payloads,
                                                        QString *error)
{
#ifdef Q_OS_LINUX
    // The socket of the destination's family (a server on "localhost" has two).
    const QUdpSocket *socket = m_sockets.forAddress(m_repeatDestination.address());
    const int fd = socket ? int(socket->socketDescriptor()) : -1;
    const int n = int(std::min<qsizetype>(payloads.size(), RepeatRunner::maxBatch));
    int done = 0;
    if (fd >= 0 && m_repeatAddressLength > 0 && n > 1) {
        // Runs of equal-size datagrams (a repeat of one message) in one sendmsg() each with
        // UDP_SEGMENT: the kernel takes a run whole or not at all, so each datagram of a run
        // it took is one `sent` event, as with sendmmsg(); it is the per-datagram routing and
        // buffer building that is paid once per run. Where the route or the device cannot
        // segment, the rest of the repeat uses sendmmsg().
        static const QString segmentedCall = QStringLiteral("sendmsg(UDP_SEGMENT)");
        while (m_repeatSegmenting && done < n) {
            const int run = UdpSegmentSend::runLength(payloads, done, n);
            if (run < 2)
                break;
            UdpSegmentSend::Outcome outcome = UdpSegmentSend::send(
                    fd, &m_repeatAddress, m_repeatAddressLength, payloads, done, run);
            // A late ICMP port unreachable for an earlier datagram, as in sendRepeated().
            if (outcome == UdpSegmentSend::Outcome::Refused) {
                onSocketErrorHint();
                outcome = UdpSegmentSend::send(fd, &m_repeatAddress, m_repeatAddressLength,
                                               payloads, done, run);
            }
            if (outcome == UdpSegmentSend::Outcome::Unsupported)
                m_repeatSegmenting = false;
            if (outcome != UdpSegmentSend::Outcome::Sent)
                break;
            for (int i = done; i < done + run; ++i)
                repeatSent(payloads.at(i), segmentedCall);
            done += run;
        }
    }
    if (done == n)
        return {done, RepeatRunner::SendResult::Sent};
    if (fd >= 0 && m_repeatAddressLength > 0 && n - done > 1) {
        // Every datagram due now in one sendmmsg(): the kernel still takes each as a datagram
        // of its own and says how many it took, so each is one `sent` event as before, but the
        // system call, the descriptor lookup and the wrapper are paid once per batch. Measured
        // with bench/repeat.sh: see bench/RESULTS.md ("sendmmsg").
        mmsghdr messages[RepeatRunner::maxBatch] = {};
        iovec pieces[RepeatRunner::maxBatch];
        for (int i = 0; i < n - done; ++i) {
            pieces[i].iov_base = const_cast<char *>(payloads.at(done + i).constData());
            pieces[i].iov_len = size_t(payloads.at(done + i).size());
            messages[i].msg_hdr.msg_name = &m_repeatAddress;
            messages[i].msg_hdr.msg_namelen = m_repeatAddressLength;
            messages[i].msg_hdr.msg_iov = &pieces[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        int taken = -1;
        for (int attempt = 0; taken < 0; ++attempt) {
            taken = ::sendmmsg(fd, messages, unsigned(n - done), MSG_DONTWAIT);
            if (taken >= 0)
                break;
            if (errno == EINTR)
                continue;
            // A late ICMP port unreachable for an earlier datagram, as in sendRepeated().
            if (errno == ECONNREFUSED && attempt == 0) {
                onSocketErrorHint();
                continue;
            }
            break;
        }
        if (taken > 0) {
            static const QString call = QStringLiteral("sendmmsg()");
            for (int i = done; i < done + taken; ++i)
                repeatSent(payloads.at(i), call);
            return {done + taken, RepeatRunner::SendResult::Sent};
        }
    }
    // What the kernel took so far is reported; the rest is tried again at once, where the
    // one-datagram path below says why the first of it is refused, if it is.
    if (done > 0)
        return {done, RepeatRunner::SendResult::Sent};
#endif
    // The first datagram was refused: the one-datagram path says why and what comes next (a
    // full buffer is tried again, a datagram too large ends the run).
    const RepeatRunner::SendResult first = sendRepeated(payloads.first(), error);
    return {first == RepeatRunner::SendResult::Sent ? 1 : 0, first};
}

RepeatRunner::SendResult UdpSession::repeatSent(const QByteArray &payload,
                                                const QString &systemCall)
{
    // Only now that sendto() took it: a sent event is a datagram the kernel accepted.
    recordBatched(TrafficEvent::Kind::Sent, m_repeatLocal, m_repeatDestination, payload,
                  systemCall);
    ++m_sent;
    return RepeatRunner::SendResult::Sent;
}

RepeatRunner::SendResult UdpSession::repeatFailed(qsizetype size, bool tooLarge,
                                                  const QString &systemText, QString *error)
{
    *error = tooLarge ? tr("The datagram of %1 bytes is too large for UDP to %2; nothing was "
                           "sent.")
                                .arg(size)
                                .arg(m_repeatDestination.toString())
                      : tr("sendto(%1) failed: %2.")
                                .arg(m_repeatDestination.toString(), systemText);
    fail(*error, m_repeatLocal, m_repeatDestination);
    emit sendFailed(m_repeatDestination, *error);
    return RepeatRunner::SendResult::Failed;
}

void UdpSession::onSocketErrorHint()
{
    recordInfo(tr("ICMP port unreachable: nothing listens where an earlier datagram went; "
                  "UDP reports this only as a hint and the datagram is lost."),
               m_repeatLocal, m_repeatDestination);
}

void UdpSession::startRepeat(const QString &host, quint16 port, const RepeatPlan &plan,
                             const PayloadProducer &producer)
{
    if (deferToOwnThread([=, this] { startRepeat(host, port, plan, producer); }))
        return;
    ensureRepeatRunner();
    m_repeat->stop(tr("replaced by a new repeat"));
    resolveThen(host, port, [=, this](const Endpoint &destination) {
        if (prepareRepeat(destination, plan.count))
            m_repeat->start(plan, producer);
    });
}

void UdpSession::startSequence(const QString &host, quint16 port,
                               const QList<SequenceStep> &steps, qint64 repetitions)
{
    if (deferToOwnThread([=, this] { startSequence(host, port, steps, repetitions); }))
        return;
    ensureRepeatRunner();
    m_repeat->stop(tr("replaced by a new repeat"));
    resolveThen(host, port, [=, this](const Endpoint &destination) {
        if (prepareRepeat(destination, repetitions * steps.size()))
            m_repeat->startSequence(steps, repetitions);
    });
}

bool UdpSession::prepareRepeat(const Endpoint &destination, qint64 planned)
{
    const auto refuse = [&](const QString &message) {
        if (!message.isEmpty()) {
            fail(message, {}, destination);
            emit sendFailed(destination, message);
        }
        RepeatProgress progress;
        progress.planned = planned;
        progress.finished = true;
        progress.stopReason = message.isEmpty() ? errorString() : message;
        emit repeatProgress(progress);
        return false;
    };
    if (destination.address().isNull())
        return refuse({}); // resolveThen() told why
    if (destination.port() == 0)
        return refuse(tr("Port 0 cannot be a destination; nothing was sent."));
    ensureSocket();
    QUdpSocket *socket = m_sockets.forAddress(destination.address());
    // An AF_INET socket for an IPv4 destination: the dual-stack one costs every datagram a
    // detour through the IPv6 code (~10% of a sendto() loop's rate on loopback).
    if (socket->state() == QAbstractSocket::UnconnectedState
        && !bindForFirstSend(destination, true))
        return refuse({});
    if (!m_explainedConnectionless && state() != State::Bound) {
        m_explainedConnectionless = true;
        recordInfo(tr("UDP is connectionless: sendto() succeeds whether or not anything "
                      "listens on %1, and no error comes back if nothing does.")
                           .arg(destination.toString()),
                   {}, destination);
    }
    prepareFor(destination);
    m_repeatDestination = destination;
    m_repeatLocal = UdpSocketSet::localOf(socket);
    m_repeatBlocked = false;
    m_repeatAddressLength = 0;
    // Unicast only: segmenting toward a group or a broadcast address was not tried here, and
    // those keep the sendmmsg() batches they had.
    m_repeatSegmenting = UdpSegmentSend::isAvailable() && !destination.address().isMulticast()
                         && !isBroadcast(destination.address());
#ifdef Q_OS_LINUX
    // The destination as sendto() wants it, in the socket's family.
    std::memset(&m_repeatAddress, 0, sizeof m_repeatAddress);
    const QHostAddress address = destination.address();
    const bool v4Socket = socket->localAddress().protocol() == QAbstractSocket::IPv4Protocol;
    if (v4Socket && address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&m_repeatAddress);
        in->sin_family = AF_INET;
        in->sin_port = htons(destination.port());
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        m_repeatAddressLength = sizeof(sockaddr_in);
    } else if (!v4Socket) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&m_repeatAddress);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(destination.port());
        // An IPv4 destination on a dual-stack socket is its IPv4-mapped address.
        const Q_IPV6ADDR bytes = address.protocol() == QAbstractSocket::IPv4Protocol
                ? QHostAddress(QStringLiteral("::ffff:") + address.toString()).toIPv6Address()
                : address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        in6->sin6_scope_id = address.scopeId().isEmpty()
                ? 0
                : QNetworkInterface::interfaceIndexFromName(address.scopeId());
        m_repeatAddressLength = sizeof(sockaddr_in6);
    }
#endif
    return true;
}

void UdpSession::stopRepeat()
{
    if (deferToOwnThread([this] { stopRepeat(); }))
        return;
    if (m_repeat)
        m_repeat->stop(tr("stopped"));
}
