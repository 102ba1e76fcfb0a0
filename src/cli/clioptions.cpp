// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "messages/messagestore.h"
#include "net/endpoint.h"
#include "payload/payloadcodec.h"

#include <QCommandLineParser>

namespace {

template<typename T>
std::optional<T> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QCommandLineOption CliOptions::json()
{
    return QCommandLineOption(QStringLiteral("json"),
                              tr("Print one JSON object per line instead of text."));
}

QCommandLineOption CliOptions::stats()
{
    return QCommandLineOption(QStringLiteral("stats"),
                              tr("Print no event; when the command ends, print one summary "
                                 "line per session from the exact counters (with --json: "
                                 "one JSON object)."));
}

QCommandLineOption CliOptions::logFile()
{
    return QCommandLineOption(QStringLiteral("log-file"),
                              tr("Also write every event to <path>, one JSON object per line, "
                                 "exactly (none dropped). Not the --file itself; a FIFO needs "
                                 "a reader."),
                              QStringLiteral("path"));
}

QCommandLineOption CliOptions::hex()
{
    return QCommandLineOption(QStringLiteral("hex"),
                              tr("Read DATA as hex bytes (\"48 65 6c\", \"48656c\", "
                                 "\"0x48,0x65\") instead of text with escapes."));
}

QCommandLineOption CliOptions::file()
{
    return QCommandLineOption(QStringLiteral("file"),
                              tr("Use the bytes of the file at <path> as DATA: at most 65507 "
                                 "bytes for UDP to IPv4 (65527 to IPv6), 256 MiB for TCP. A "
                                 "FIFO or pipe needs a writer."),
                              QStringLiteral("path"));
}

QCommandLineOption CliOptions::bind()
{
    return QCommandLineOption(QStringLiteral("bind"),
                              tr("Local address to bind (default 127.0.0.1); :: takes IPv6 and IPv4 peers on one "
                                 "socket, localhost listens on 127.0.0.1 and ::1."),
                              QStringLiteral("addr"), QStringLiteral("127.0.0.1"));
}

QCommandLineOption CliOptions::host()
{
    return QCommandLineOption(QStringLiteral("host"),
                              tr("Host name or address of the server."), QStringLiteral("host"));
}

QCommandLineOption CliOptions::port(const QString &defaultPort)
{
    if (defaultPort.isEmpty())
        return QCommandLineOption(QStringLiteral("port"), tr("Port of the server (1-65535)."),
                                  QStringLiteral("port"));
    return QCommandLineOption(QStringLiteral("port"),
                              tr("Port to listen on (default %1; 0 picks a free port).")
                                      .arg(defaultPort),
                              QStringLiteral("port"), defaultPort);
}

QCommandLineOption CliOptions::library()
{
    return QCommandLineOption(QStringLiteral("library"),
                              tr("The message library file (default: the one the window uses, "
                                 "%1).")
                                      .arg(MessageStore::defaultPath()),
                              QStringLiteral("path"));
}

QCommandLineOption CliOptions::message()
{
    return QCommandLineOption(QStringLiteral("message"),
                              tr("Send the library message named NAME (or FOLDER/NAME) instead "
                                 "of --send; its target stands in for --host and --port."),
                              QStringLiteral("NAME"));
}

QCommandLineOption CliOptions::macros()
{
    return QCommandLineOption(QStringLiteral("macros"),
                              tr("Expand placeholders such as {{counter}}, {{time}} and "
                                 "{{random:N}} in DATA or the message, anew for every message "
                                 "sent."));
}

void CliOptions::addMessageOptions(QCommandLineParser &parser)
{
    parser.addOption(library());
    parser.addOption(message());
    parser.addOption(macros());
}

QString CliOptions::libraryPath(const QCommandLineParser &parser)
{
    // optionNames(), not isSet(): a command without the option must not make Qt warn.
    if (parser.optionNames().contains(QStringLiteral("library")))
        return parser.value(QStringLiteral("library"));
    return MessageStore::defaultPath();
}

std::optional<MessageLibrary> CliOptions::library(const QString &path, QString *error)
{
    if (path.isEmpty())
        return failWith<MessageLibrary>(error, tr("The --library option needs the path of a "
                                                  "file."));
    MessageStore::LoadResult loaded = MessageStore::load(path, MessageStore::Damaged::Leave);
    if (loaded.isDamaged)
        return failWith<MessageLibrary>(error, loaded.problem);
    return std::move(loaded.library);
}

bool CliOptions::hasMessage(const QCommandLineParser &parser)
{
    return parser.optionNames().contains(QStringLiteral("message"));
}

std::optional<Message> CliOptions::message(const QCommandLineParser &parser, QString *error)
{
    const QString path = libraryPath(parser);
    const std::optional<MessageLibrary> messages = library(path, error);
    if (!messages)
        return std::nullopt;
    QString cause;
    std::optional<Message> found = messages->find(parser.value(QStringLiteral("message")),
                                                  &cause);
    if (!found)
        return failWith<Message>(error, tr("--message: %1 Library: %2.").arg(cause, path));
    return found;
}

std::optional<MessageComposer> CliOptions::composer(const QCommandLineParser &parser,
                                                    const QByteArray &data, QString *error)
{
    const bool expand = parser.optionNames().contains(QStringLiteral("macros"));
    Message m;
    if (hasMessage(parser)) {
        const std::optional<Message> found = message(parser, error);
        if (!found)
            return std::nullopt;
        m = *found;
    } else {
        m.payload = data;
    }
    m.macros = m.macros || expand;
    QString cause;
    std::optional<MessageComposer> composed = MessageComposer::create(m, &cause);
    if (!composed)
        return failWith<MessageComposer>(error, hasMessage(parser)
                                                 ? tr("The message \"%1\": %2").arg(m.name, cause)
                                                 : tr("--send: %1").arg(cause));
    return composed;
}

std::optional<quint16> CliOptions::port(const QCommandLineParser &parser, bool destination,
                                        QString *error)
{
    if (destination && !parser.isSet(QStringLiteral("port")) && hasMessage(parser)) {
        const std::optional<Message> m = message(parser, error);
        if (!m)
            return std::nullopt;
        if (!m->target || m->target->port == 0)
            return failWith<quint16>(error, tr("The --port option is required: the message "
                                               "\"%1\" has no target port.")
                                                    .arg(m->name));
        return m->target->port;
    }
    if (destination && !parser.isSet(QStringLiteral("port")))
        return failWith<quint16>(error, tr("The --port option is required."));
    const QString text = parser.value(QStringLiteral("port"));
    return destination ? Endpoint::parseDestinationPort(text, error)
                       : Endpoint::parsePort(text, error);
}

std::optional<QHostAddress> CliOptions::bindAddress(const QCommandLineParser &parser,
                                                    QString *error, QString *note)
{
    const std::optional<QHostAddress> address =
            Endpoint::parseBindAddress(parser.value(QStringLiteral("bind")), error);
    if (!address || address->protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    // Only ::ffff:a.b.c.d: Qt also converts :: and the old ::a.b.c.d form, which are not it.
    const Q_IPV6ADDR bytes = address->toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    const quint32 ipv4 = address->toIPv4Address();
    // Linux lets an AF_INET6 socket bind ::ffff:a.b.c.d and then serves IPv4 peers of a.b.c.d
    // only; Qt 6 refuses to (and blames the address family). Binding a.b.c.d is the same.
    const QHostAddress mapped(ipv4);
    if (note)
        *note = tr("%1 is the IPv4 address %2 written as IPv6 (IPv4-mapped); binding %2, which "
                   "serves the same IPv4 clients.")
                        .arg(address->toString(), mapped.toString());
    return mapped;
}

std::optional<QString> CliOptions::host(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("host")) && hasMessage(parser)) {
        const std::optional<Message> m = message(parser, error);
        if (!m)
            return std::nullopt;
        if (!m->target || m->target->host.isEmpty())
            return failWith<QString>(error, tr("The --host option is required: the message "
                                               "\"%1\" has no target host.")
                                                    .arg(m->name));
        return Endpoint::normalizeHost(m->target->host);
    }
    if (!parser.isSet(QStringLiteral("host")))
        return failWith<QString>(error, tr("The --host option is required."));
    const QString host = Endpoint::normalizeHost(parser.value(QStringLiteral("host")));
    if (host.isEmpty())
        return failWith<QString>(error, tr("The --host option needs a host name or address."));
    return host;
}

std::optional<int> CliOptions::number(const QCommandLineParser &parser, const QString &name,
                                      int minimum, int defaultValue, QString *error)
{
    if (!parser.isSet(name))
        return defaultValue;
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return failWith<int>(error, tr("The value of --%1 must be a whole number of at least "
                                       "%2, not \"%3\".")
                                            .arg(name)
                                            .arg(minimum)
                                            .arg(parser.value(name)));
    return value;
}

std::optional<QByteArray> CliOptions::data(const QCommandLineParser &parser, const QString &name,
                                           bool required, QString *error,
                                           const InputFile::Limit &fileLimit)
{
    const bool hasText = parser.isSet(name);
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (hasMessage(parser)) {
        if (hasText || hasFile)
            return failWith<QByteArray>(error, tr("Give one of --%1, --file and --message, not "
                                                  "several.")
                                                       .arg(name));
        if (parser.isSet(QStringLiteral("hex")))
            return failWith<QByteArray>(error, tr("--hex applies to --%1, not to --message: a "
                                                  "library message keeps its own bytes.")
                                                       .arg(name));
        const std::optional<Message> m = message(parser, error);
        if (!m)
            return std::nullopt;
        const std::optional<MessageComposer> composed = composer(parser, {}, error);
        if (!composed)
            return std::nullopt;
        const QByteArray bytes = composed->compose(0);
        if (bytes.size() > fileLimit.bytes)
            return failWith<QByteArray>(error, tr("The message \"%1\" is %2 bytes long; %3 "
                                                  "holds at most %4 bytes.")
                                                       .arg(m->name)
                                                       .arg(bytes.size())
                                                       .arg(fileLimit.what)
                                                       .arg(fileLimit.bytes));
        return bytes;
    }
    if (parser.optionNames().contains(QStringLiteral("library")))
        return failWith<QByteArray>(error, tr("--library names the library for --message; "
                                              "give --message NAME too."));
    if (hasText && hasFile)
        return failWith<QByteArray>(error, tr("Give either --%1 or --file, not both.").arg(name));
    if (hasFile && parser.isSet(QStringLiteral("hex")))
        return failWith<QByteArray>(error, tr("--hex applies to --%1, not to --file: a file is "
                                              "sent as it is.")
                                                   .arg(name));
    if (hasFile)
        return readFile(parser.value(QStringLiteral("file")), fileLimit, error);
    if (!hasText && !hasFile && parser.isSet(QStringLiteral("hex")))
        return failWith<QByteArray>(error, tr("--hex says how to read --%1, which is not given; "
                                              "leave it out or add --%1 DATA.")
                                                   .arg(name));
    if (!hasText && !hasFile && parser.optionNames().contains(QStringLiteral("macros")))
        return failWith<QByteArray>(error, tr("--macros expands placeholders in --%1 or "
                                              "--message, and neither is given; leave it out.")
                                                   .arg(name));
    if (!hasText) {
        if (required)
            return failWith<QByteArray>(error, tr("The --%1 option (or --file, or --message) "
                                                  "is required.")
                                                       .arg(name));
        return QByteArray();
    }
    const QString text = parser.value(name);
    const PayloadCodec::Result result = parser.isSet(QStringLiteral("hex"))
            ? PayloadCodec::parseHex(text)
            : PayloadCodec::parseEscapedText(text);
    if (!result.isOk())
        // The codec's sentence names the position; say which option it is about.
        return failWith<QByteArray>(error, tr("--%1: %2").arg(name, result.error));
    return result.bytes;
}

InputFile::Limit CliOptions::udpLimit(const QString &host)
{
    return InputFile::udpLimit(QHostAddress(host).protocol());
}

std::optional<QByteArray> CliOptions::readFile(const QString &path,
                                               const InputFile::Limit &limit, QString *error)
{
    if (path.isEmpty())
        return failWith<QByteArray>(error, tr("The --file option needs the path of a file."));
    return InputFile::read(path, limit, error);
}
