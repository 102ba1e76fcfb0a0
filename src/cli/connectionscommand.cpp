#include "connectionscommand.h"

#include "clioptions.h"
#include "sockettable.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

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
    return QString::number(record.pid) + u'/' + record.process;
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
    QJsonObject object;
    object.insert(QStringLiteral("protocol"), record.protocolName());
    object.insert(QStringLiteral("family"), record.familyName());
    object.insert(QStringLiteral("local"), record.local.toString());
    object.insert(QStringLiteral("remote"), record.remote.toString());
    object.insert(QStringLiteral("state"), record.stateName());
    object.insert(QStringLiteral("pid"),
                  record.pid == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(record.pid));
    object.insert(QStringLiteral("process"), record.pid == 0 ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(record.process));
    object.insert(QStringLiteral("own"), record.isOwn);
    object.insert(QStringLiteral("recv_q"), static_cast<qint64>(record.recvQ));
    object.insert(QStringLiteral("send_q"), static_cast<qint64>(record.sendQ));
    object.insert(QStringLiteral("uid"), static_cast<qint64>(record.uid));
    object.insert(QStringLiteral("inode"), static_cast<qint64>(record.inode));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void ConnectionsCommand::start(const QCommandLineParser &parser)
{
    SocketTable::Options options;
    const bool tcp = parser.isSet(tcpOption);
    const bool udp = parser.isSet(udpOption);
    options.tcp = tcp || !udp;
    options.udp = udp || !tcp;
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
        err() << tr("socklab-cli: warning: %n line(s) of /proc/net were not understood.",
                    nullptr, static_cast<int>(snapshot.malformedLines))
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
