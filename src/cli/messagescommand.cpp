// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagescommand.h"

#include "clioptions.h"
#include "displaywidth.h"
#include "messages/messagejson.h"
#include "messages/messagestore.h"
#include "messages/packetsenderimport.h"
#include "payload/payloadcodec.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

// Anyone may write a library file: shown escaped, as payloads are, so no name can send escape
// sequences to the terminal.
QString shown(const QString &text)
{
    return PayloadCodec::toEscapedText(text.toUtf8());
}

QString targetText(const Message &message)
{
    if (!message.target)
        return u"-"_s;
    const QString host = message.target->host.contains(u':')
            ? u'[' + message.target->host + u']'
            : message.target->host;
    return MessageJson::protocolName(message.target->protocol) + u' ' + shown(host) + u':'
        + QString::number(message.target->port);
}

} // namespace

MessagesCommand::MessagesCommand(Engine *engine, QTextStream &out, QTextStream &err,
                                 QObject *parent)
    : CliCommand(QStringLiteral("messages"), engine, out, err, parent)
{
}

QString MessagesCommand::synopsis() const
{
    return QStringLiteral("list|import FILE|export FILE [--library PATH] [--json]");
}

QString MessagesCommand::description() const
{
    return tr("The saved message library the window uses.\n"
              "  list         print name, folder, target and size of every message\n"
              "  import FILE  add the messages of FILE: a SockLab library, Packet Sender's "
              "packets.ini or its JSON export (what cannot be mapped is said on stderr)\n"
              "  export FILE  write the library as SockLab JSON (atomically; a symbolic link "
              "is refused)\n"
              "Without a library file the starter set is listed; import creates the file. A "
              "damaged library is reported and left as it is (exit status 2); a file that "
              "cannot be written gives exit status 1.");
}

void MessagesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::library());
    parser.addPositionalArgument(u"action"_s, tr("list, import or export."),
                                 u"list|import|export"_s);
    parser.addPositionalArgument(u"FILE"_s, tr("The file to import or export."));
}

void MessagesCommand::start(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const bool needsFile = action == u"import" || action == u"export";
    if (action != u"list" && !needsFile)
        return usageError(action.isEmpty()
                                  ? tr("Say what to do: messages list, messages import FILE or "
                                       "messages export FILE.")
                                  : tr("Unknown action \"%1\"; messages takes list, import FILE "
                                       "or export FILE.")
                                            .arg(action));
    if (needsFile && words.size() < 2)
        return usageError(tr("messages %1 needs the path of a file.").arg(action));
    if (!needsFile && words.size() > 1)
        return usageError(tr("Unexpected argument \"%1\"; messages list takes no file.")
                                  .arg(words.at(1)));

    const QString libraryPath = CliOptions::libraryPath(parser);
    QString error;
    std::optional<MessageLibrary> library = CliOptions::library(libraryPath, &error);
    if (!library)
        return usageError(error);

    if (action == u"list")
        list(*library, parser.isSet(CliOptions::json()));
    else if (action == u"import")
        import(words.at(1), std::move(*library), libraryPath);
    else
        exportTo(words.at(1), *library);
}

void MessagesCommand::list(const MessageLibrary &library, bool json)
{
    // Widths in terminal columns, not characters: a Japanese name takes two per character.
    const QString nameHeader = tr("NAME");
    const QString folderHeader = tr("FOLDER");
    int nameWidth = DisplayWidth::of(nameHeader);
    int folderWidth = DisplayWidth::of(folderHeader);
    for (const Message &message : library.messages()) {
        nameWidth = std::max(nameWidth, DisplayWidth::of(shown(message.name)));
        folderWidth = std::max(folderWidth, DisplayWidth::of(shown(message.folder)));
    }
    // Wide enough for most names, never so wide that one long name pushes the rest away.
    nameWidth = std::min(nameWidth, 40);
    folderWidth = std::min(folderWidth, 24);
    if (!json) {
        out() << DisplayWidth::padded(nameHeader, nameWidth) << u"  "_s
              << DisplayWidth::padded(folderHeader, folderWidth) << u"  "_s
              << DisplayWidth::padded(tr("TARGET"), 28) << u"  "_s << tr("BYTES") << u'\n';
    }
    for (const Message &message : library.messages()) {
        out() << (json ? formatJson(message) : formatHuman(message, nameWidth, folderWidth))
              << u'\n';
    }
    finish(Success);
}

QString MessagesCommand::formatHuman(const Message &message, int nameWidth, int folderWidth)
{
    return DisplayWidth::padded(shown(message.name), nameWidth) + u"  "_s
        + DisplayWidth::padded(shown(message.folder), folderWidth) + u"  "_s
        + DisplayWidth::padded(targetText(message), 28) + u"  "_s
        + QString::number(message.payload.size());
}

QString MessagesCommand::formatJson(const Message &message)
{
    QJsonObject object;
    object.insert(u"id"_s, message.id);
    object.insert(u"name"_s, message.name);
    object.insert(u"folder"_s, message.folder);
    object.insert(u"protocol"_s, message.target
                          ? QJsonValue(MessageJson::protocolName(message.target->protocol))
                          : QJsonValue());
    object.insert(u"host"_s, message.target ? QJsonValue(message.target->host) : QJsonValue());
    object.insert(u"port"_s,
                  message.target ? QJsonValue(int(message.target->port)) : QJsonValue());
    object.insert(u"size"_s, message.payload.size());
    object.insert(u"lineEnding"_s, MessageJson::lineEndingName(message.lineEnding));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void MessagesCommand::import(const QString &file, MessageLibrary library,
                             const QString &libraryPath)
{
    QString cause;
    const std::optional<QByteArray> bytes =
            MessageStore::readFile(file, MessageLibrary::MaxDocumentBytes, &cause);
    if (!bytes)
        return usageError(tr("%1 could not be imported: %2").arg(file, cause));

    // Told apart by their JSON: our document is an object, Packet Sender's export an array;
    // anything that is not JSON is read as Packet Sender's INI (which starts with "[" too).
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*bytes, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    PacketSenderImport::Result imported;
    if ((isJson && json.isObject()) || (!isJson && bytes->trimmed().startsWith('{'))) {
        std::optional<QList<Message>> messages = MessageJson::read(*bytes, &cause);
        if (!messages)
            return usageError(tr("%1 could not be imported: %2").arg(file, cause));
        imported.messages = *messages;
    } else if (isJson) {
        imported = PacketSenderImport::fromJson(*bytes);
    } else {
        imported = PacketSenderImport::fromIniFile(file);
    }
    if (!imported.isOk())
        return usageError(imported.error);
    for (const QString &sentence : std::as_const(imported.warnings))
        warning(tr("warning: %1").arg(sentence));

    QString error;
    qsizetype alreadyPresent = 0;
    const qsizetype added = library.merge(imported.messages, &error, &alreadyPresent);
    if (added + alreadyPresent < imported.messages.size())
        // All or nothing: a half-imported file is harder to clean up than none.
        return usageError(tr("Nothing was imported: %1").arg(error));
    if (!MessageStore::save(libraryPath, library, &error)) {
        warning(error);
        return finish(NetworkFailure);
    }
    out() << tr("Imported %n message(s) into %1.", nullptr, int(added)).arg(libraryPath);
    if (alreadyPresent > 0)
        out() << u' ' << tr("%n were already there.", nullptr, int(alreadyPresent));
    out() << u'\n';
    finish(Success);
}

void MessagesCommand::exportTo(const QString &file, const MessageLibrary &library)
{
    QString error;
    if (!MessageStore::save(file, library, &error)) {
        warning(error);
        return finish(NetworkFailure);
    }
    out() << tr("Exported %n message(s) to %1.", nullptr, int(library.size())).arg(file)
          << u'\n';
    finish(Success);
}
