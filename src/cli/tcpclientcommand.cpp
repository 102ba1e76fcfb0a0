// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpclientcommand.h"

#include "clioptions.h"
#include "frameoption.h"
#include "net/engine.h"
#include "net/tcpclientsession.h"
#include "repeatoptions.h"
#include "stdinsource.h"
#include "tlsoption.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <climits>

TcpClientCommand::TcpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("tcp-client"), engine, out, err, parent)
{
}

QString TcpClientCommand::synopsis() const
{
    return QStringLiteral("--host H --port N [--send DATA [--count N] [--rate MSGS_PER_S | "
                          "--interval MS]] [--read-bytes N] [--timeout MS] [--frame SPEC] [--hex] "
                          "[--file PATH|-] [--json] [--stats] [--log-file PATH] [--raw] "
                          "[< INPUT] ")
           + TlsOption::clientSynopsis();
}

QString TcpClientCommand::description() const
{
    return tr("Connect to a TCP server, send DATA, and print what arrives until the server "
              "closes, --read-bytes bytes arrived, or nothing arrived for --timeout ms. Given "
              "nothing to send and a piped standard input (or --file -), stream it as ncat "
              "does and half-close (FIN) when it ends.");
}

void TcpClientCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::host());
    parser.addOption(CliOptions::port());
    parser.addOption(QCommandLineOption(QStringLiteral("send"),
                                        tr("Send DATA once connected."), QStringLiteral("DATA")));
    parser.addOption(QCommandLineOption(QStringLiteral("read-bytes"),
                                        tr("Close and exit once N bytes have arrived."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("timeout"),
                                        tr("Give up connecting, or stop waiting for data, "
                                           "after MS milliseconds (default 5000)."),
                                        QStringLiteral("MS")));
    RepeatOptions::addTo(parser);
    parser.addOption(FrameOption::option());
    parser.addOption(CliOptions::hex());
    parser.addOption(CliOptions::file());
    TlsOption::addClientOptions(parser);
}

void TcpClientCommand::start(const QCommandLineParser &parser)
{
    QString error;
    const std::optional<QString> host = CliOptions::host(parser, &error);
    if (!host)
        return usageError(error);
    const std::optional<quint16> port = CliOptions::port(parser, true, &error);
    if (!port)
        return usageError(error);
    // --file is streamed from disk once connected, not read here whole (CliOptions::data).
    const bool isFile = parser.isSet(CliOptions::file());
    const QString filePath = parser.value(CliOptions::file());
    const bool isStdinFile = isFile && filePath == u"-";
    if (isFile && parser.isSet(QStringLiteral("send")))
        return usageError(tr("Give either --send or --file, not both."));
    if (isFile && parser.isSet(CliOptions::hex()))
        return usageError(tr("--hex applies to --send, not to --file: a file is sent as it "
                             "is."));
    if (isFile && filePath.isEmpty())
        return usageError(tr("The --file option needs the path of a file."));
    // A file that cannot be opened is an input error (exit 2) found before connecting; a
    // FIFO is checked when streaming starts (opening it here would disturb its writer).
    if (isFile && !isStdinFile && !QFileInfo(filePath).isFile() && !QFileInfo(filePath).exists())
        return usageError(tr("Cannot read \"%1\": %2.").arg(filePath, qt_error_string(ENOENT)));
    if (isFile && QFileInfo(filePath).isDir())
        return usageError(tr("Cannot read \"%1\": it is a directory.").arg(filePath));
    if (isFile && QFileInfo(filePath).isFile() && !QFileInfo(filePath).isReadable())
        return usageError(tr("Cannot read \"%1\": %2.").arg(filePath, qt_error_string(EACCES)));
    if (isFile && (CliOptions::hasMessage(parser) || parser.isSet(CliOptions::macros())))
        return usageError(tr("--message and --macros apply to messages, not to --file: a file "
                             "is sent as it is."));
    if (isFile && RepeatOptions::isSet(parser))
        return usageError(tr("--count, --rate and --interval repeat --send; a file is sent "
                             "once."));
    if (isStdinFile && inputFd() < 0)
        return usageError(tr("--file - reads standard input, which this run does not have."));
    // ncat's habit: nothing to send given, and something piped in, means send that.
    const bool isStdin = isStdinFile
            || (!isFile && !parser.isSet(QStringLiteral("send")) && !CliOptions::hasMessage(parser)
                && !RepeatOptions::isSet(parser) && StdinSource::isStreamable(inputFd()));
    const std::optional<QByteArray> payload = isFile
            ? std::optional<QByteArray>(QByteArray())
            : CliOptions::data(parser, QStringLiteral("send"), false, &error);
    if (!payload)
        return usageError(error);
    const bool isRepeat = RepeatOptions::isSet(parser);
    const std::optional<RepeatPlan> plan = RepeatOptions::plan(parser, &error);
    if (!plan)
        return usageError(error);
    if (isRepeat && payload->isEmpty())
        return usageError(tr("--count, --rate and --interval need --send DATA to repeat."));
    m_count = isRepeat ? plan->count : 1;
    m_isStats = parser.isSet(CliOptions::stats());
    m_isSending = isRepeat || isFile || isStdin;
    m_uploadBytes = payload->size();
    // Composed anew for each message: placeholders (--macros) and a message's checksum.
    const std::optional<MessageComposer> composer = CliOptions::composer(parser, *payload, &error);
    if (!composer)
        return usageError(error);
    const PayloadProducer producer = [composer = *composer](quint64 k) {
        return composer.compose(k);
    };
    const std::optional<int> readBytes =
            CliOptions::number(parser, QStringLiteral("read-bytes"), 1, 0, &error);
    if (!readBytes)
        return usageError(error);
    const std::optional<int> timeout =
            CliOptions::number(parser, QStringLiteral("timeout"), 1, 5000, &error);
    if (!timeout)
        return usageError(error);
    const std::optional<FrameSpec> framing = FrameOption::spec(parser, &error);
    if (!framing)
        return usageError(error);
    // The handshake gets the same bound as connecting.
    const std::optional<TlsOptions> tls = TlsOption::client(parser, *timeout, &error);
    if (!tls)
        return usageError(error);
    // The one message sent with the connection: its placeholders expanded like a repeat's first.
    m_payload = isFile ? QByteArray() : composer->compose(0);
    m_readBytes = *readBytes;

    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(*timeout);
    connect(m_idleTimer, &QTimer::timeout, this, &TcpClientCommand::onIdle);

    m_session = engine()->createTcpClient();
    m_session->setFraming(*framing);
    m_session->setTls(*tls);
    watch(m_session);
    connect(printer(), &EventPrinter::eventPrinted, this, &TcpClientCommand::onEvent);
    connect(m_session, &TcpClientSession::disconnected, this, &TcpClientCommand::onPeerClosed);
    // Refused, timed out, host not found, reset: all end the command as network failures.
    connect(m_session, &Session::errorOccurred, this, &TcpClientCommand::networkError);
    connect(m_session, &TcpClientSession::bytesSent, this, &TcpClientCommand::onBytesSent);
    connect(m_session, &TcpClientSession::repeatProgress, this,
            &TcpClientCommand::onRepeatProgress);
    connect(m_session, &TcpClientSession::fileProgress, this, &TcpClientCommand::onFileProgress);
    if (isStdin) {
        // Read from the first "connected" event on (onConnected), as the queue drains.
        m_stdin = new StdinSource(inputFd(), StdinSource::Split::Reads, this);
        m_session->connectToHost(*host, *port, *timeout);
        return;
    }
    if (isRepeat || isFile) {
        // Started on the network thread the moment the connection is up (direct): nothing
        // can come between, as with the payload that travels with the connect below.
        TcpClientSession *session = m_session;
        connect(m_session, &TcpClientSession::connected, m_session,
                [=](const Endpoint &, const Endpoint &) {
                    if (isFile)
                        session->sendFile(filePath);
                    else
                        session->startRepeat(*plan, producer);
                },
                Qt::DirectConnection);
        m_session->connectToHost(*host, *port, *timeout);
        return;
    }
    // The payload travels with the connect: a server that accepts and closes at once meets
    // the same data whether or not this thread was descheduled after connecting.
    m_session->connectToHost(*host, *port, *timeout, m_payload);
}

void TcpClientCommand::onRepeatProgress(const RepeatProgress &progress)
{
    if (!progress.finished)
        return;
    m_isSending = false;
    if (m_isStats)
        out() << RepeatOptions::summary(progress) << '\n';
    // Done: wait for replies as after a single --send. Stopped early: the close or the error
    // that stopped it ends the command.
    if (!isFinished() && progress.stopReason.isEmpty())
        m_idleTimer->start();
}

void TcpClientCommand::onFileProgress(qint64, qint64 totalBytes, bool finished,
                                      const QString &error)
{
    if (totalBytes > 0)
        m_uploadBytes = totalBytes;
    if (isFinished())
        return;
    m_idleTimer->start(); // reading the file on is progress too
    if (!finished)
        return;
    m_isSending = false;
    Q_UNUSED(error); // a failure came as errorOccurred(); a close ends the command itself
}

void TcpClientCommand::onConnected()
{
    m_idleTimer->start();
    if (m_stdin)
        startStdin();
}

void TcpClientCommand::onBytesSent(qint64 bytes, qint64 stillQueued)
{
    if (isFinished())
        return;
    // Writing is progress: a slow reader is not a silent one.
    m_idleTimer->start();
    if (m_stdin)
        onStdinWritten(bytes);
    if (m_readLimitReached && stillQueued == 0)
        closeAndFinish();
}

void TcpClientCommand::onIdle()
{
    if (isFinished())
        return;
    const qint64 unsent = m_session->bytesToSend();
    if (unsent == 0 && m_isSending) {
        m_idleTimer->start(); // between two paced messages, or the disk is slow
        return;
    }
    if (unsent == 0) {
        closeAndFinish();
        return;
    }
    // Never end a cut upload with FIN, which would look complete to the server.
    m_session->abort();
    sync(m_session);
    networkError(tr("%n byte(s) of %1 were not sent: the server read nothing for %2 ms; the "
                    "connection was reset.",
                    nullptr, static_cast<int>(std::min<qint64>(unsent, INT_MAX)))
                         .arg(m_uploadBytes)
                         .arg(m_idleTimer->interval()));
}

void TcpClientCommand::onEvent(const TrafficEvent &event)
{
    if (isFinished())
        return;
    // Driven by the printed events rather than by connected(): the log orders "connected"
    // before any "received", so our data is always sent before --read-bytes can close.
    if (event.kind == TrafficEvent::Kind::Connected) {
        onConnected();
        return;
    }
    if (event.kind != TrafficEvent::Kind::Received)
        return;
    m_received += event.size;
    if (m_readBytes > 0 && m_received >= m_readBytes) {
        // The upload still ends whole: close once the kernel has taken the rest of it.
        if (m_session->bytesToSend() > 0)
            m_readLimitReached = true;
        else
            closeAndFinish();
        return;
    }
    m_idleTimer->start();
}

void TcpClientCommand::onPeerClosed()
{
    if (isFinished())
        return;
    m_idleTimer->stop();
    // A reset may be signalled right after disconnected(): it must still make this exit 1.
    finishAfterPendingSignals(m_session, Success);
}

void TcpClientCommand::closeAndFinish()
{
    if (isFinished())
        return;
    m_idleTimer->stop();
    m_session->disconnectFromHost();
    sync(m_session);
    finish(Success);
}

void TcpClientCommand::stop()
{
    if (!m_session)
        return;
    if (m_idleTimer)
        m_idleTimer->stop();
    // Nothing more is queued; what is queued decides between FIN and RST below.
    m_session->stopRepeat();
    m_session->stopFile();
    if (m_stdin)
        m_stdin->pause();
    sync(m_session);
    const qint64 unsent = m_session->bytesToSend();
    if (unsent == 0) {
        m_session->disconnectFromHost();
        return;
    }
    // Interrupted mid-upload: reset, and say how much the server never got.
    m_session->abort();
    warning(tr("interrupted with %n byte(s) not sent; the connection was reset.", nullptr,
               static_cast<int>(std::min<qint64>(unsent, INT_MAX))));
}
