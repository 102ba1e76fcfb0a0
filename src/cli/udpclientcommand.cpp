#include "udpclientcommand.h"

#include "clioptions.h"
#include "net/engine.h"
#include "net/udpsession.h"
#include "repeatoptions.h"
#include "stdinsource.h"

#include <QCommandLineParser>

UdpClientCommand::UdpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("udp-client"), engine, out, err, parent)
{
}

QString UdpClientCommand::synopsis() const
{
    return QStringLiteral("--host H --port N [--send DATA | --file PATH|- | < INPUT] "
                          "[--datagram-per line|read] [--count N] [--rate MSGS_PER_S | "
                          "--interval MS] [--hex] [--json] [--stats] [--log-file PATH] [--raw]");
}

QString UdpClientCommand::description() const
{
    return tr("Send DATA as UDP datagrams to host:port, then exit; given no DATA and a piped "
              "standard input (or --file -), send it a datagram per line until it ends. "
              "Replies that arrive meanwhile are printed; none is awaited.");
}

void UdpClientCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::host());
    parser.addOption(CliOptions::port());
    parser.addOption(QCommandLineOption(QStringLiteral("send"),
                                        tr("The datagram to send (required unless --file, --message or a piped standard "
                                           "input)."),
                                        QStringLiteral("DATA")));
    RepeatOptions::addTo(parser);
    parser.addOption(CliOptions::hex());
    parser.addOption(CliOptions::file());
    parser.addOption(datagramPerOption());
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
    if (startStdin(parser, *host, *port, &error) || !error.isEmpty())
        return error.isEmpty() ? void() : usageError(error);
    const std::optional<QByteArray> payload =
            CliOptions::data(parser, QStringLiteral("send"), true, &error,
                             CliOptions::udpLimit(*host));
    if (!payload)
        return usageError(error);
    const std::optional<RepeatPlan> plan = RepeatOptions::plan(parser, &error);
    if (!plan)
        return usageError(error);
    m_count = plan->count;
    m_isStats = parser.isSet(CliOptions::stats());
    // Composed anew for each message: placeholders (--macros) and a message's checksum.
    const std::optional<MessageComposer> composer = CliOptions::composer(parser, *payload, &error);
    if (!composer)
        return usageError(error);
    const PayloadProducer producer = [composer = *composer](quint64 k) {
        return composer.compose(k);
    };

    m_session = engine()->createUdp(TrafficEvent::Role::Client);
    watch(m_session);
    connect(m_session, &UdpSession::repeatProgress, this, &UdpClientCommand::onProgress);
    // Host not found, no route, permission denied: the datagram did not leave.
    connect(m_session, &Session::errorOccurred, this, &UdpClientCommand::networkError);
    connect(m_session, &UdpSession::sendFailed, this,
            [this](const Endpoint &, const QString &message) { networkError(message); });
    m_session->startRepeat(*host, *port, *plan, producer);
}

void UdpClientCommand::onProgress(const RepeatProgress &progress)
{
    if (!progress.finished)
        return;
    // After an interrupt too: the summary says how far it got.
    if (m_isStats)
        out() << RepeatOptions::summary(progress) << '\n';
    // Stopped early: errorOccurred() (a failed send) or interrupt() ends the command.
    if (progress.stopReason.isEmpty())
        finishAfterPendingSignals(m_session, Success);
}

void UdpClientCommand::stop()
{
    if (m_session) {
        m_session->stopRepeat();
        m_session->close();
    }
    if (m_stdin) {
        m_stdin->pause();
    }
}
