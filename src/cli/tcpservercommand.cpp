// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpservercommand.h"

#include "clioptions.h"
#include "frameoption.h"
#include "ruleoptions.h"
#include "tlsoption.h"
#include "net/engine.h"
#include "net/listenaddresses.h"
#include "net/tcpserversession.h"

#include <QCommandLineParser>

TcpServerCommand::TcpServerCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("tcp-server"), engine, out, err, parent)
{
}

QString TcpServerCommand::synopsis() const
{
    return QStringLiteral("[--bind ADDR] [--port N] [--greeting DATA] [--close-after-greeting] "
                          "[--max-connections N] [--max-clients N] [--echo] [--frame SPEC] [--hex] "
                          "[--file PATH] [--json] [--stats] [--log-file PATH] ")
           + RuleOptions::synopsis() + u' ' + TlsOption::serverSynopsis();
}

QString TcpServerCommand::description() const
{
    return tr("Listen for TCP connections and print everything that happens on them. Runs "
              "until interrupted, or until --max-connections connections have come and gone.");
}

void TcpServerCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::bind());
    parser.addOption(CliOptions::port(QStringLiteral("60001")));
    parser.addOption(QCommandLineOption(QStringLiteral("greeting"),
                                        tr("Send DATA to every client right after accept()."),
                                        QStringLiteral("DATA")));
    parser.addOption(QCommandLineOption(QStringLiteral("close-after-greeting"),
                                        tr("Close each connection after the greeting, like the "
                                           "tutorial's server.")));
    parser.addOption(QCommandLineOption(QStringLiteral("max-connections"),
                                        tr("Stop listening after N connections and exit once "
                                           "they have closed (0: never)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("max-clients"),
                                        tr("Hold at most N clients at once; more are closed "
                                           "right after accept() and logged (0: no limit)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("echo"),
                                        tr("Send everything received back to its sender "
                                           "(with --frame, each message); with rules, what no "
                                           "rule matches.")));
    parser.addOption(FrameOption::option());
    parser.addOption(CliOptions::hex());
    parser.addOption(CliOptions::file());
    RuleOptions::addTo(parser);
    TlsOption::addServerOptions(parser);
}

void TcpServerCommand::start(const QCommandLineParser &parser)
{
    QString error;
    const std::optional<QHostAddress> address = bindAddress(parser, &error);
    if (!address)
        return usageError(error);
    const std::optional<quint16> port = CliOptions::port(parser, false, &error);
    if (!port)
        return usageError(error);
    const std::optional<QByteArray> greeting =
            CliOptions::data(parser, QStringLiteral("greeting"), false, &error);
    if (!greeting)
        return usageError(error);
    const std::optional<int> maxConnections =
            CliOptions::number(parser, QStringLiteral("max-connections"), 0, 0, &error);
    if (!maxConnections)
        return usageError(error);
    const std::optional<int> maxClients =
            CliOptions::number(parser, QStringLiteral("max-clients"), 0, 0, &error);
    if (!maxClients)
        return usageError(error);
    const std::optional<FrameSpec> framing = FrameOption::spec(parser, &error);
    if (!framing)
        return usageError(error);
    const bool echo = parser.isSet(QStringLiteral("echo"));
    const std::optional<std::shared_ptr<Responder>> responder = RuleOptions::responder(
            parser,
            {echo ? ResponseRules::Default::Echo : ResponseRules::Default::None, {},
             QStringLiteral("--echo")},
            &error);
    if (!responder)
        return usageError(error);
    QString tlsNote;
    const std::optional<TlsOptions> tls = TlsOption::server(parser, *address, &tlsNote, &error);
    if (!tls)
        return usageError(error);
    if (!tlsNote.isEmpty())
        warning(tlsNote);

    TcpServerOptions options;
    options.greeting = *greeting;
    options.closeAfterGreeting = parser.isSet(QStringLiteral("close-after-greeting"));
    options.maxConnections = *maxConnections;
    options.echo = echo;
    options.maxClients = *maxClients;
    options.framing = *framing;
    options.responder = *responder;
    options.tls = *tls;

    m_session = engine()->createTcpServer();
    watch(m_session);
    connect(m_session, &TcpServerSession::listening, this, [this] { m_listening = true; });
    // Before listening, an error means there is no server (address in use, permission
    // denied): a network failure. Afterwards it concerns one connection: printed, not fatal.
    connect(m_session, &Session::errorOccurred, this, [this](const QString &message) {
        if (!m_listening)
            networkError(message);
    });
    connect(m_session, &Session::finished, this, [this] { finish(Success); });
    m_session->setOptions(options);
    warnIfAllInterfaces(*address);
    m_session->listen(ListenAddresses::expand(parser.value(QStringLiteral("bind")),
                                              *address),
                      *port);
}

void TcpServerCommand::stop()
{
    if (!m_session)
        return;
    // The command ends right after: connections that still have data queued are reset and
    // their unsent bytes logged, rather than cut with a FIN that looks complete.
    m_session->stop();
    m_session->stop();
}
