#include "tcpclientcommand.h"

#include "clioptions.h"
#include "engine.h"
#include "tcpclientsession.h"

#include <QCommandLineParser>
#include <QTimer>

TcpClientCommand::TcpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("tcp-client"), engine, out, err, parent)
{
}

QString TcpClientCommand::synopsis() const
{
    return QStringLiteral("--host H --port N [--send DATA] [--read-bytes N] [--timeout MS] "
                          "[--hex] [--file PATH] [--json] [--stats] [--log-file PATH]");
}

QString TcpClientCommand::description() const
{
    return tr("Connect to a TCP server, send DATA, and print what arrives until the server "
              "closes, --read-bytes bytes arrived, or nothing arrived for --timeout ms.");
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
    parser.addOption(CliOptions::hex());
    parser.addOption(CliOptions::file());
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
    const std::optional<QByteArray> payload =
            CliOptions::data(parser, QStringLiteral("send"), false, &error);
    if (!payload)
        return usageError(error);
    const std::optional<int> readBytes =
            CliOptions::number(parser, QStringLiteral("read-bytes"), 1, 0, &error);
    if (!readBytes)
        return usageError(error);
    const std::optional<int> timeout =
            CliOptions::number(parser, QStringLiteral("timeout"), 1, 5000, &error);
    if (!timeout)
        return usageError(error);
    m_payload = *payload;
    m_readBytes = *readBytes;

    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(*timeout);
    connect(m_idleTimer, &QTimer::timeout, this, &TcpClientCommand::closeAndFinish);

    m_session = engine()->createTcpClient();
    watch(m_session);
    connect(printer(), &EventPrinter::eventPrinted, this, &TcpClientCommand::onEvent);
    connect(m_session, &TcpClientSession::disconnected, this, &TcpClientCommand::onPeerClosed);
    // Refused, timed out, host not found, reset: all end the command as network failures.
    connect(m_session, &Session::errorOccurred, this, &TcpClientCommand::networkError);
    m_session->connectToHost(*host, *port, *timeout);
}

void TcpClientCommand::onConnected()
{
    if (!m_payload.isEmpty())
        m_session->send(m_payload);
    m_idleTimer->start();
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
    if (m_readBytes > 0 && m_received >= m_readBytes)
        closeAndFinish();
    else
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
    m_session->disconnectFromHost();
}
