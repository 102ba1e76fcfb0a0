// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpclientcommand.h"

#include "clioptions.h"
#include "net/engine.h"
#include "net/udpsession.h"
#include "repeatoptions.h"
#include "stdinsource.h"

#include <QCommandLineParser>
#include <QNetworkInterface>

UdpClientCommand::UdpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("udp-client"), engine, out, err, parent)
{
}

QString UdpClientCommand::synopsis() const
{
    return QStringLiteral("--host H --port N [--send DATA | --file PATH|- | < INPUT] "
                          "[--datagram-per line|read] [--wait-replies MS] [--count N] "
                          "[--rate MSGS_PER_S | "
                          "--interval MS] [--hex] [--json] [--stats] [--log-file PATH] [--raw] "
                          "[--ttl N] [--multicast-loop on|off] [--interface IFACE]");
}

QString UdpClientCommand::description() const
{
    return tr("Send DATA as UDP datagrams to host:port, then exit; given no DATA and a piped "
              "standard input (or --file -), send it a datagram per line until it ends. "
              "Replies that arrive meanwhile are printed; --wait-replies MS also waits for "
              "them until none has come for MS ms.");
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
    parser.addOption(QCommandLineOption(
            QStringLiteral("ttl"),
            tr("Multicast TTL (IPv4) or hop limit (IPv6) for datagrams to a group, 0 to 255 "
               "(default 1: they stay on the local link)."),
            QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
            QStringLiteral("multicast-loop"),
            tr("Whether datagrams to a group also reach this machine's own members: on or "
               "off (default: the kernel's, on)."),
            QStringLiteral("on|off")));
    parser.addOption(QCommandLineOption(
            QStringLiteral("interface"),
            tr("Network interface to send datagrams to a group from (default: the one the "
               "routing table picks)."),
            QStringLiteral("IFACE")));
    parser.addOption(datagramPerOption());
    parser.addOption(waitRepliesOption());
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
    if (!parseWaitReplies(parser, &error))
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
    const std::optional<int> ttl
            = CliOptions::number(parser, QStringLiteral("ttl"), 0, 1, &error);
    if (!ttl)
        return usageError(error);
    if (*ttl > 255)
        return usageError(tr("The --ttl value %1 is out of range; enter 0 to 255.").arg(*ttl));
    int loop = -1;
    if (parser.isSet(QStringLiteral("multicast-loop"))) {
        const QString value = parser.value(QStringLiteral("multicast-loop")).trimmed();
        if (value == u"on")
            loop = 1;
        else if (value == u"off")
            loop = 0;
        else
            return usageError(tr("--multicast-loop takes on or off, not \"%1\".").arg(value));
    }
    const QString interfaceName = parser.value(QStringLiteral("interface")).trimmed();
    if (parser.isSet(QStringLiteral("interface"))
        && !QNetworkInterface::interfaceFromName(interfaceName).isValid())
        return usageError(tr("There is no network interface named \"%1\" on this machine.")
                                  .arg(interfaceName));
    m_count = plan->count;
    if (m_count == 0 && m_waitRepliesMs >= 0)
        return usageError(tr("--count 0 sends until Ctrl+C, so there is no last datagram for "
                             "--wait-replies to wait after."));
    m_isStats = parser.isSet(CliOptions::stats());
    // Composed anew for each message: placeholders (--macros) and a message's checksum.
    const std::optional<MessageComposer> composer = CliOptions::composer(parser, *payload, &error);
    if (!composer)
        return usageError(error);
    const PayloadProducer producer = [composer = *composer](quint64 k) {
        return composer.compose(k);
    };

    m_session = engine()->createUdp(TrafficEvent::Role::Client);
    UdpOptions options = m_session->options();
    options.multicastTtl = *ttl;
    options.multicastLoopback = loop;
    options.multicastInterface = interfaceName;
    m_session->setOptions(options);
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
        finishSending();
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
