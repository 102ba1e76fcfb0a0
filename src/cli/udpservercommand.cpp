// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpservercommand.h"

#include "clioptions.h"
#include "ruleoptions.h"
#include "net/engine.h"
#include "net/listenaddresses.h"
#include "net/multicastmembership.h"
#include "net/udpsession.h"

#include <QCommandLineParser>

UdpServerCommand::UdpServerCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(QStringLiteral("udp-server"), engine, out, err, parent)
{
}

QString UdpServerCommand::synopsis() const
{
    return QStringLiteral("[--bind ADDR] [--port N] [--max-datagrams N] [--reply DATA] [--hex] "
                          "[--file PATH] [--rcvbuf BYTES] [--join GROUP[@IFACE][,source=ADDR]]... "
                          "[--json] [--stats] [--log-file PATH] ")
           + RuleOptions::synopsis();
}

QString UdpServerCommand::description() const
{
    return tr("Receive UDP datagrams and print each one with its sender. Runs until "
              "interrupted, or until --max-datagrams datagrams have arrived.");
}

void UdpServerCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::bind());
    parser.addOption(CliOptions::port(QStringLiteral("60002")));
    parser.addOption(QCommandLineOption(QStringLiteral("max-datagrams"),
                                        tr("Exit after N datagrams (0: never)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("reply"),
                                        tr("Send DATA back to the sender of every datagram; "
                                           "with rules, of every datagram no rule matches."),
                                        QStringLiteral("DATA")));
    parser.addOption(CliOptions::hex());
    parser.addOption(CliOptions::file());
    parser.addOption(QCommandLineOption(QStringLiteral("rcvbuf"),
                                        tr("Ask the kernel for a receive buffer (SO_RCVBUF) of "
                                           "BYTES (default %1; 0 keeps the kernel's default). "
                                           "The log says when the kernel caps it.")
                                                .arg(UdpOptions().receiveBufferSize),
                                        QStringLiteral("BYTES")));
    parser.addOption(QCommandLineOption(
            QStringLiteral("join"),
            tr("Join a multicast group (repeatable): GROUP[@IFACE][,source=ADDR]. IFACE "
               "defaults to the loopback interface, so nothing from the network arrives "
               "unless one is named; source= accepts one sender only (source-specific). "
               "Without --bind, the socket binds the group (one group) or the wildcard "
               "address of its family."),
            QStringLiteral("GROUP")));
    RuleOptions::addTo(parser);
}

void UdpServerCommand::start(const QCommandLineParser &parser)
{
    QString error;
    QList<MulticastMembership> joins;
    for (const QString &text : parser.values(QStringLiteral("join"))) {
        const std::optional<MulticastMembership> membership
                = MulticastMembership::parse(text, &error);
        if (!membership)
            return usageError(error);
        joins.append(*membership);
    }
    std::optional<QHostAddress> address;
    if (!joins.isEmpty() && !parser.isSet(QStringLiteral("bind")))
        address = groupBindAddress(joins);
    else
        address = bindAddress(parser, &error);
    if (!address)
        return usageError(error);
    const std::optional<quint16> port = CliOptions::port(parser, false, &error);
    if (!port)
        return usageError(error);
    const std::optional<QByteArray> reply =
            CliOptions::data(parser, QStringLiteral("reply"), false, &error,
                             InputFile::udpLimit(address->protocol()));
    if (!reply)
        return usageError(error);
    const std::optional<int> maxDatagrams =
            CliOptions::number(parser, QStringLiteral("max-datagrams"), 0, 0, &error);
    if (!maxDatagrams)
        return usageError(error);

    const std::optional<int> receiveBufferSize
            = CliOptions::number(parser, QStringLiteral("rcvbuf"), 0,
                                 UdpOptions().receiveBufferSize, &error);
    if (!receiveBufferSize)
        return usageError(error);
    const std::optional<std::shared_ptr<Responder>> responder = RuleOptions::responder(
            parser,
            {reply->isEmpty() ? ResponseRules::Default::None : ResponseRules::Default::Reply,
             *reply, QStringLiteral("--reply")},
            &error);
    if (!responder)
        return usageError(error);

    UdpOptions options;
    options.maxDatagrams = *maxDatagrams;
    options.receiveBufferSize = *receiveBufferSize;
    options.autoReply = *reply;
    options.responder = *responder;

    m_session = engine()->createUdp();
    watch(m_session);
    connect(m_session, &UdpSession::bound, this, [this, joins] {
        m_bound = true;
        for (const MulticastMembership &membership : joins)
            m_session->joinGroup(membership);
    });
    // Failing to bind is fatal; a failed reply to one sender is printed and survived.
    // So is failing to join a group asked for: joins run in order, so while fewer than asked
    // are held, an error is a failed join.
    connect(m_session, &Session::errorOccurred, this,
            [this, expected = joins.size()](const QString &message) {
                if (!m_bound || m_session->memberships().size() < expected)
                    networkError(message);
            });
    connect(m_session, &Session::finished, this, [this] { finish(Success); });
    m_session->setOptions(options);
    warnIfAllInterfaces(*address);
    // "localhost" binds 127.0.0.1 and ::1 at one port, as tcp-server listens on both.
    m_session->bind(ListenAddresses::expand(parser.value(QStringLiteral("bind")), *address),
                    *port);
}

QHostAddress UdpServerCommand::groupBindAddress(const QList<MulticastMembership> &joins)
{
    // Bound to the group, the socket gets that group's datagrams and no unicast at all.
    bool oneGroup = true;
    bool allIPv4 = true;
    for (const MulticastMembership &membership : joins) {
        oneGroup = oneGroup && membership.group == joins.first().group;
        allIPv4 = allIPv4 && !membership.isIPv6();
    }
    if (oneGroup)
        return joins.first().group;
    return allIPv4 ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(QHostAddress::Any);
}

void UdpServerCommand::stop()
{
    if (m_session)
        m_session->close();
}
