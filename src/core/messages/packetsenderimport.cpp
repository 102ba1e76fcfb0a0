// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/packetsenderimport.h"

#include "messages/messagejson.h"
#include "messages/messagelibrary.h"
#include "messages/messagestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// QSettings reads an unquoted value with a comma as a list; Packet Sender quotes its strings,
// but a hand-edited file may not.
QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    return value.toString();
}

// A JSON export writes numbers as strings; accept real numbers too.
QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

bool isZeroOrEmpty(const QString &value)
{
    const QString trimmed = value.trimmed();
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    return trimmed.isEmpty() || (ok && number == 0.0);
}

} // namespace

PacketSenderImport::Result PacketSenderImport::fromIniFile(const QString &path)
{
    Result result;
    QString cause;
    // The size bound first: QSettings would read any file whole.
    if (!MessageStore::readFile(path, MessageLibrary::MaxDocumentBytes, &cause)) {
        result.error = tr("%1 could not be imported: %2").arg(path, cause);
        return result;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.error = tr("%1 could not be imported: it is not a valid INI file.").arg(path);
        return result;
    }
    QStringList names;
    const int size = settings.beginReadArray(u"NAMES"_s);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        names << text(settings.value(u"name"_s));
    }
    settings.endArray();
    if (names.isEmpty()) {
        // A file written by hand, or whose list was lost: every group that holds a packet.
        for (const QString &group : settings.childGroups()) {
            if (settings.contains(group + u"/hexString"_s))
                names << group;
        }
    }
    if (names.isEmpty()) {
        result.error = tr("%1 could not be imported: it holds no Packet Sender packets.")
                               .arg(path);
        return result;
    }
    for (const QString &name : std::as_const(names)) {
        const QString group = name + u'/';
        Packet packet;
        packet.name = settings.contains(group + u"name"_s)
                ? text(settings.value(group + u"name"_s))
                : name;
        packet.toIP = text(settings.value(group + u"toIP"_s));
        packet.port = text(settings.value(group + u"port"_s));
        packet.tcpOrUdp = text(settings.value(group + u"tcpOrUdp"_s));
        packet.hasHexString = settings.contains(group + u"hexString"_s);
        packet.hexString = text(settings.value(group + u"hexString"_s));
        packet.repeat = text(settings.value(group + u"repeat"_s));
        packet.fromIP = text(settings.value(group + u"fromIP"_s));
        packet.fromPort = text(settings.value(group + u"fromPort"_s));
        packet.sendResponse = text(settings.value(group + u"sendResponse"_s));
        packet.requestPath = text(settings.value(group + u"requestPath"_s));
        if (std::optional<Message> message = toMessage(packet, &result.warnings))
            result.messages << *message;
        if (result.messages.size() >= MessageLibrary::MaxMessages)
            break;
    }
    return result;
}

PacketSenderImport::Result PacketSenderImport::fromJson(const QByteArray &document)
{
    Result result;
    const QJsonDocument json = QJsonDocument::fromJson(document);
    if (!json.isArray()) {
        result.error = tr("The file is not a Packet Sender JSON export (a list of packets).");
        return result;
    }
    const QJsonArray array = json.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result.warnings << tr("Entry %1 is not a packet and was skipped.").arg(i + 1);
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        Packet packet;
        packet.name = text(object.value(u"name"_s));
        packet.toIP = text(object.value(u"toip"_s));
        packet.port = text(object.value(u"port"_s));
        packet.tcpOrUdp = text(object.value(u"tcporudp"_s));
        packet.hasHexString = object.contains(u"hexstring"_s);
        packet.hexString = text(object.value(u"hexstring"_s));
        packet.repeat = text(object.value(u"repeat"_s));
        packet.fromIP = text(object.value(u"fromip"_s));
        packet.fromPort = text(object.value(u"fromport"_s));
        packet.sendResponse = text(object.value(u"sendresponse"_s));
        packet.requestPath = text(object.value(u"requestpath"_s));
        if (std::optional<Message> message = toMessage(packet, &result.warnings))
            result.messages << *message;
        if (result.messages.size() >= MessageLibrary::MaxMessages)
            break;
    }
    return result;
}

bool PacketSenderImport::isPacketSenderJson(const QByteArray &document)
{
    const QJsonDocument json = QJsonDocument::fromJson(document);
    if (!json.isArray())
        return false;
    const QJsonArray array = json.array();
    return std::any_of(array.begin(), array.end(), [](const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        return object.contains(u"hexstring"_s) || object.contains(u"tcporudp"_s);
    });
}

std::optional<Message> PacketSenderImport::toMessage(const Packet &packet, QStringList *warnings)
{
    const QString name = packet.name.trimmed();
    if (name.isEmpty()) {
        *warnings << tr("A packet without a name was skipped.");
        return std::nullopt;
    }
    Message message;
    message.id = MessageLibrary::newId();
    message.name = packet.name;

    // Packet Sender keeps every payload as hex ("48 65 6C 6C 6F").
    if (!packet.hasHexString)
        *warnings << tr("Packet \"%1\" has no hexString; it was imported with an empty "
                        "payload.")
                             .arg(name);
    const PayloadCodec::Result payload = PayloadCodec::parseHex(packet.hexString);
    if (!payload.isOk()) {
        *warnings << tr("Packet \"%1\" was skipped: its hexString is not valid hex: %2")
                             .arg(name, payload.error);
        return std::nullopt;
    }
    message.payload = payload.bytes;
    if (message.payload.size() > MessageLibrary::MaxPayloadBytes) {
        *warnings << tr("Packet \"%1\" was skipped: its payload is larger than %2 bytes.")
                             .arg(name)
                             .arg(MessageLibrary::MaxPayloadBytes);
        return std::nullopt;
    }
    message.format = MessageJson::isPrintableUtf8(message.payload) ? PayloadCodec::Format::Text
                                                                   : PayloadCodec::Format::Hex;

    // Protocol, address and port make the target; only plain TCP and UDP have one here.
    const QString protocol = packet.tcpOrUdp.trimmed();
    const QString host = packet.toIP.trimmed();
    bool portOk = false;
    const uint port = packet.port.trimmed().toUInt(&portOk);
    std::optional<TrafficEvent::Protocol> mapped;
    if (protocol.compare(u"tcp"_s, Qt::CaseInsensitive) == 0)
        mapped = TrafficEvent::Protocol::Tcp;
    else if (protocol.compare(u"udp"_s, Qt::CaseInsensitive) == 0)
        mapped = TrafficEvent::Protocol::Udp;
    if (!mapped) {
        *warnings << tr("Packet \"%1\": the protocol \"%2\" is not mapped (SockLab sends plain "
                        "TCP and UDP); it was imported without a target.")
                             .arg(name, protocol);
        if (!host.isEmpty())
            message.notes = tr("Packet Sender: %1 to %2 port %3.")
                                    .arg(protocol, host, packet.port.trimmed());
    } else if (host.isEmpty()) {
        *warnings << tr("Packet \"%1\" has no address (toIP); it was imported without a "
                        "target.")
                             .arg(name);
    } else if (!portOk || port < 1 || port > 65535) {
        *warnings << tr("Packet \"%1\": the port \"%2\" is not a port from 1 to 65535; it was "
                        "imported without a target.")
                             .arg(name, packet.port);
    } else {
        message.target = Message::Target{*mapped, host, quint16(port)};
    }

    // Resend interval: seconds, possibly fractional (0.5); 0 = send once.
    if (!isZeroOrEmpty(packet.repeat)) {
        bool ok = false;
        const double seconds = packet.repeat.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 2e6)
            *warnings << tr("Packet \"%1\": the resend interval \"%2\" is not a number of "
                            "seconds and was not mapped.")
                                 .arg(name, packet.repeat);
        else
            message.repeatIntervalMs = int(std::lround(seconds * 1000));
    }

    // Fields SockLab has no place for. fromIP "You" only marks a packet the user sent.
    const QString fromIP = packet.fromIP.trimmed();
    if (!fromIP.isEmpty() && fromIP.compare(u"you"_s, Qt::CaseInsensitive) != 0)
        *warnings << tr("Packet \"%1\": the source address (fromIP %2) is not mapped; SockLab "
                        "chooses it when sending.")
                             .arg(name, fromIP);
    if (!isZeroOrEmpty(packet.fromPort))
        *warnings << tr("Packet \"%1\": the source port (fromPort %2) is not mapped; SockLab "
                        "chooses it when sending.")
                             .arg(name, packet.fromPort.trimmed());
    if (!isZeroOrEmpty(packet.sendResponse))
        *warnings << tr("Packet \"%1\": the response setting (sendResponse) is not mapped.")
                             .arg(name);
    if (!packet.requestPath.trimmed().isEmpty())
        *warnings << tr("Packet \"%1\": the HTTP request path (requestPath %2) is not mapped.")
                             .arg(name, packet.requestPath.trimmed());
    return message;
}
