// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonoption.h"

#include "clioptions.h"
#include "learn/pythonprogram.h"
#include "payload/inputfile.h"
#include "repeatoptions.h"

#include <QCommandLineParser>

namespace {

// Options that change what the command does but have no place in the simple program; output
// options (--json, --stats, --log-file, --raw) change only how SockLab prints, and are left
// out of this list on purpose.
struct Unexpressed
{
    const char *option;
    const char *what;
};

const Unexpressed unexpressed[] = {
    {"frame", QT_TRANSLATE_NOOP("PythonOption", "--frame (cutting the stream into messages)")},
    {"rules", QT_TRANSLATE_NOOP("PythonOption", "--rules (response rules)")},
    {"reply-if", QT_TRANSLATE_NOOP("PythonOption", "--reply-if (response rules)")},
    {"tls", QT_TRANSLATE_NOOP("PythonOption", "--tls (the ssl module would wrap the socket)")},
    {"max-clients", QT_TRANSLATE_NOOP("PythonOption", "--max-clients")},
    {"rcvbuf", QT_TRANSLATE_NOOP("PythonOption", "--rcvbuf (SO_RCVBUF)")},
    {"join", QT_TRANSLATE_NOOP("PythonOption", "--join (multicast groups)")},
    {"ttl", QT_TRANSLATE_NOOP("PythonOption", "--ttl")},
    {"multicast-loop", QT_TRANSLATE_NOOP("PythonOption", "--multicast-loop")},
    {"interface", QT_TRANSLATE_NOOP("PythonOption", "--interface")},
    {"datagram-per", QT_TRANSLATE_NOOP("PythonOption", "--datagram-per")},
    {"macros",
     QT_TRANSLATE_NOOP("PythonOption",
                       "--macros (placeholders: every message here is the first one)")},
};

// One argument as a shell would need it, on one line: a comment must not end early.
QString shellQuoted(const QString &argument)
{
    static const QString plain = QStringLiteral(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+,-");
    bool isPlain = !argument.isEmpty();
    bool hasControl = false;
    for (const QChar c : argument) {
        isPlain = isPlain && plain.contains(c);
        hasControl = hasControl || c.unicode() < 0x20 || c.unicode() == 0x7f
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
    }
    if (isPlain)
        return argument;
    if (!hasControl) {
        QString quoted = argument;
        quoted.replace(u'\'', QStringLiteral("'\\''"));
        return u'\'' + quoted + u'\'';
    }
    QString out = QStringLiteral("$'");
    for (const QChar c : argument) {
        if (c == u'\\' || c == u'\'')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Separator_Line
                 || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            out += c;
    }
    return out + u'\'';
}

} // namespace

QCommandLineOption PythonOption::option()
{
    return QCommandLineOption(QStringLiteral("as-python"),
                              tr("Print the equivalent python3 socket program for these options "
                                 "and exit, without opening a socket."));
}

bool PythonOption::isOffered(const QString &command)
{
    return command == QStringLiteral("tcp-server") || command == QStringLiteral("tcp-client")
        || command == QStringLiteral("udp-server") || command == QStringLiteral("udp-client");
}

std::optional<QString> PythonOption::program(const QString &command, const QStringList &arguments,
                                             const QCommandLineParser &parser, QString *error)
{
    using Role = PythonProgram::Role;
    PythonProgram::Settings s;
    s.role = command == QStringLiteral("tcp-server") ? Role::TcpServer
        : command == QStringLiteral("tcp-client")    ? Role::TcpClient
        : command == QStringLiteral("udp-server")    ? Role::UdpServer
                                                     : Role::UdpClient;
    const bool server = s.role == Role::TcpServer || s.role == Role::UdpServer;
    const bool tcp = s.role == Role::TcpServer || s.role == Role::TcpClient;
    if (server) {
        const std::optional<QHostAddress> address = CliOptions::bindAddress(parser, error);
        if (!address)
            return std::nullopt;
        s.host = address->toString();
    } else {
        const std::optional<QString> host = CliOptions::host(parser, error);
        if (!host)
            return std::nullopt;
        s.host = *host;
    }
    const std::optional<quint16> port = CliOptions::port(parser, !server, error);
    if (!port)
        return std::nullopt;
    s.port = *port;

    const QString dataOption = s.role == Role::TcpServer ? QStringLiteral("greeting")
        : s.role == Role::UdpServer                      ? QStringLiteral("reply")
                                                         : QStringLiteral("send");
    const InputFile::Limit limit = tcp ? InputFile::tcpLimit() : CliOptions::udpLimit(s.host);
    const std::optional<QByteArray> data
        = CliOptions::data(parser, dataOption, false, error, limit);
    if (!data)
        return std::nullopt;
    s.payload = *data;

    if (!server) {
        const std::optional<RepeatPlan> plan = RepeatOptions::plan(parser, error);
        if (!plan)
            return std::nullopt;
        s.count = static_cast<int>(qMin<qint64>(plan->count, 1'000'000'000));
        s.intervalMs = plan->intervalNs / 1e6;
    }
    const auto number = [&](const char *name, int minimum, int fallback) {
        const QString option = QString::fromLatin1(name);
        return parser.optionNames().contains(option)
            ? CliOptions::number(parser, option, minimum, fallback, error)
            : std::optional<int>(fallback);
    };
    const std::optional<int> maxConnections = number("max-connections", 0, 0);
    const std::optional<int> maxDatagrams = number("max-datagrams", 0, 0);
    const std::optional<int> readBytes = number("read-bytes", 1, 0);
    const std::optional<int> timeout = number("timeout", 1, 5000);
    if (!maxConnections || !maxDatagrams || !readBytes || !timeout)
        return std::nullopt;
    s.maxConnections = *maxConnections;
    s.maxDatagrams = *maxDatagrams;
    s.readBytes = *readBytes;
    s.timeoutMs = *timeout;
    const QStringList names = parser.optionNames();
    s.echo = names.contains(QStringLiteral("echo"));
    s.closeAfterGreeting = names.contains(QStringLiteral("close-after-greeting"));

    QStringList shown;
    for (const QString &argument : arguments) {
        if (argument != QStringLiteral("--as-python"))
            shown.append(shellQuoted(argument));
    }
    s.origin = tr("Options: socklab-cli %1 %2").arg(command, shown.join(u' ')).trimmed();
    for (const Unexpressed &item : unexpressed) {
        if (names.contains(QString::fromLatin1(item.option)))
            s.notExpressed.append(tr(item.what));
    }
    return PythonProgram::generate(s);
}
