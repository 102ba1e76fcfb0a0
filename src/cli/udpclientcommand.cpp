#include "udpclientcommand.h"

#include "clioptions.h"
#include "net/engine.h"
#include "net/udpsession.h"

#include <QCommandLineParser>
#include <QTimer>

namespace {
constexpr int defaultIntervalMs = 1000;
} // namespace

UdpClientCommand::UdpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("udp-client"), engine, out, err, parent)
{
}

QString UdpClientCommand::synopsis() const
{
    return QStringLiteral("--host H --port N --send DATA [--count N] [--interval MS] [--hex] "
                          "[--file PATH] [--json] [--stats] [--log-file PATH]");
}

QString UdpClientCommand::description() const
{
    return tr("Send DATA as UDP datagrams to host:port, then exit. No reply is awaited.");
}

void UdpClientCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::host());
    parser.addOption(CliOptions::port());
    parser.addOption(QCommandLineOption(QStringLiteral("send"),
                                        tr("The datagram to send (required unless --file)."),
                                        QStringLiteral("DATA")));
    parser.addOption(QCommandLineOption(QStringLiteral("count"),
                                        tr("Send the datagram N times (default 1)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("interval"),
                                        tr("Wait MS milliseconds between datagrams "
                                           "(default %1).")
                                                .arg(defaultIntervalMs),
                                        QStringLiteral("MS")));
    parser.addOption(CliOptions::hex());
    parser.addOption(CliOptions::file());
}

void UdpClientCommand::start(const QCommandLineParser &parser)
{
    QString error;
    const std::optional<QString> host = CliOptions::host(parser, &error);
    if (!host)
        return usageError(error);
    const std::optional<quint16> port = CliOptions::port(parser, true, &error);
    if (!port)
        return usageError(error);
    const std::optional<QByteArray> payload =
            CliOptions::data(parser, QStringLiteral("send"), true, &error,
                             CliOptions::udpLimit(*host));
    if (!payload)
        return usageError(error);
    const std::optional<int> count =
            CliOptions::number(parser, QStringLiteral("count"), 1, 1, &error);
    if (!count)
        return usageError(error);
    const std::optional<int> interval =
            CliOptions::number(parser, QStringLiteral("interval"), 0, defaultIntervalMs, &error);
    if (!interval)
        return usageError(error);
    m_host = *host;
    m_port = *port;
    m_payload = *payload;
    m_count = *count;

    m_timer = new QTimer(this);
    m_timer->setInterval(*interval);
    connect(m_timer, &QTimer::timeout, this, &UdpClientCommand::sendNext);

    m_session = engine()->createUdp(TrafficEvent::Role::Client);
    watch(m_session);
    connect(m_session, &UdpSession::datagramSent, this, &UdpClientCommand::onSent);
    // Host not found, no route, permission denied: the datagram did not leave.
    connect(m_session, &Session::errorOccurred, this, &UdpClientCommand::networkError);
    connect(m_session, &UdpSession::sendFailed, this,
            [this](const Endpoint &, const QString &message) { networkError(message); });
    sendNext();
    if (m_requested < m_count)
        m_timer->start();
}

void UdpClientCommand::sendNext()
{
    if (isFinished() || m_requested >= m_count) {
        m_timer->stop();
        return;
    }
    ++m_requested;
    m_session->sendTo(m_host, m_port, m_payload);
    if (m_requested >= m_count)
        m_timer->stop();
}

void UdpClientCommand::onSent()
{
    // datagramSent() also reports a failed send, followed by errorOccurred(): let it arrive.
    if (++m_sent >= m_count)
        finishAfterPendingSignals(m_session, Success);
}

void UdpClientCommand::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_session)
        m_session->close();
}
