// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionscommand.h"

#include "clioptions.h"
#include "payload/payloadcodec.h"
#include "sockettable/sockettable.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

const QString tcpOption = QStringLiteral("tcp");
const QString udpOption = QStringLiteral("udp");
const QString listeningOption = QStringLiteral("listening");
const QString allOption = QStringLiteral("all");

// netstat prints a wildcard port as "*": "0.0.0.0:*".
QString netstatEndpoint(const Endpoint &endpoint)
{
    if (endpoint.port() != 0)
        return endpoint.toString();
    QString text = endpoint.toString();
    text.chop(1);
    return text + u'*';
}

QString pidProgram(const SocketRecord &record)
{
    if (record.pid == 0)
        return QStringLiteral("-");
    // Any user may name a process: escaped as payloads are, so no name can send escape
    // sequences to the terminal of whoever lists the sockets.
    return QString::number(record.pid) + u'/'
        + PayloadCodec::toEscapedText(record.process.toUtf8());
}

} // namespace

ConnectionsCommand::ConnectionsCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                       QObject *parent)
    : CliCommand(QStringLiteral("connections"), engine, out, err, parent)
{
}

QString ConnectionsCommand::synopsis() const
{
    return QStringLiteral("[--tcp] [--udp] [--listening] [--all] [--json]");
}

QString ConnectionsCommand::description() const
{
    return tr("List the machine's TCP and UDP sockets like netstat -tunap: connected sockets "
              "by default, listening ones with --listening, both with --all. PIDs show for "
              "the processes you may inspect.");
}

void ConnectionsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(tcpOption, tr("TCP sockets (with --udp: both).")));
    parser.addOption(QCommandLineOption(udpOption, tr("UDP sockets (with --tcp: both).")));
    parser.addOption(QCommandLineOption(
        listeningOption, tr("Only listening sockets (TCP LISTEN, unconnected UDP).")));
    parser.addOption(QCommandLineOption(allOption, tr("Listening and connected sockets.")));
}

QString ConnectionsCommand::humanHeader()
{
    return QStringLiteral("Proto Recv-Q Send-Q Local Address           Foreign Address         "
                          "State       PID/Program name");
}

QString ConnectionsCommand::formatHuman(const SocketRecord &record)
{
    return record.netstatProtocol().leftJustified(5) + u' '
        + QString::number(record.recvQ).rightJustified(6) + u' '
        + QString::number(record.sendQ).rightJustified(6) + u' '
        + netstatEndpoint(record.local).leftJustified(23) + u' '
        + netstatEndpoint(record.remote).leftJustified(23) + u' '
        + record.stateName().leftJustified(11) + u' ' + pidProgram(record);
}

QString ConnectionsCommand::formatJson(const SocketRecord &record)
{
    // Written by hand rather than through QJsonDocument: at 10,000 sockets the generic
    // document cost more than reading the socket table itself.
    QString line;
    line.reserve(256);
    const auto field = [&line](QLatin1StringView name) {
        line += (line.isEmpty() ? u'{' : u',');
        line += u'"' + name + QLatin1StringView("\":");
    };
    const auto string = [&line](const QString &text) {
        line += u'"';
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\') {
                line += u'\\';
                line += c;
            } else if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) {
                // C1 too: some terminals obey U+009B (CSI) even when it comes as UTF-8.
                line += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QChar(u'0'));
            } else {
                line += c;
            }
        }
        line += u'"';
    };
    field("protocol"_L1);
    string(record.protocolName());
    field("family"_L1);
    string(record.familyName());
    field("local"_L1);
    string(record.local.toString());
    field("remote"_L1);
    string(record.remote.toString());
    field("state"_L1);
    string(record.stateName());
    field("pid"_L1);
    if (record.pid == 0)
        line += "null"_L1;
    else
        line += QString::number(record.pid);
    field("process"_L1);
    if (record.pid == 0)
        line += "null"_L1;
    else
        string(record.process);
    field("own"_L1);
    line += record.isOwn ? "true"_L1 : "false"_L1;
    field("recv_q"_L1);
    line += QString::number(record.recvQ);
    field("send_q"_L1);
    line += QString::number(record.sendQ);
    field("uid"_L1);
    line += QString::number(record.uid);
    field("inode"_L1);
    line += QString::number(record.inode);
    // What `ss -o` shows as timer:(timewait,58sec,0): how long a TIME-WAIT socket stays.
    field("timer_ms"_L1);
    if (record.timerMs < 0)
        line += "null"_L1;
    else
        line += QString::number(record.timerMs);
    line += u'}';
    return line;
}

void ConnectionsCommand::start(const QCommandLineParser &parser)
{
    SocketTable::Options options;
    const bool tcp = parser.isSet(tcpOption);
    const bool udp = parser.isSet(udpOption);
    options.tcp = tcp || !udp;
    options.udp = udp || !tcp;
    // For benchmarks and bug reports: force one backend (netlink or procnet).
    const QByteArray backend = qgetenv("SOCKLAB_SOCKET_TABLE_BACKEND");
    if (backend == "netlink")
        options.backend = SocketTable::Backend::Netlink;
    else if (backend == "procnet")
        options.backend = SocketTable::Backend::ProcNet;
    const bool all = parser.isSet(allOption);
    const bool listening = parser.isSet(listeningOption);
    const bool json = parser.isSet(CliOptions::json());

    // The CLI has nothing else to do meanwhile: reading in place is fine here.
    const SocketSnapshot snapshot = SocketTable::read(options);
    if (!snapshot.isSupported || (!snapshot.error.isEmpty() && snapshot.records.isEmpty())) {
        networkError(snapshot.error);
        return;
    }
    if (!snapshot.error.isEmpty())
        err() << QStringLiteral("socklab-cli: warning: ") << snapshot.error << Qt::endl;
    if (snapshot.malformedLines > 0)
        err() << tr("socklab-cli: warning: %n line(s) of /proc/net were not understood.", nullptr,
                    static_cast<int>(snapshot.malformedLines))
              << Qt::endl;

    if (!json)
        out() << humanHeader() << u'\n';
    for (const SocketRecord &record : snapshot.records) {
        if (!all && record.isListening() != listening)
            continue;
        out() << (json ? formatJson(record) : formatHuman(record)) << u'\n';
    }
    finish(Success);
}
