// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/paneconfig.h"

#include "rules/rulesjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

namespace {

TrafficEvent::Protocol readProtocol(const QSettings &settings, TrafficEvent::Protocol fallback)
{
    const QString name = settings.value(QStringLiteral("protocol")).toString();
    if (name == QLatin1String("udp"))
        return TrafficEvent::Protocol::Udp;
    if (name == QLatin1String("tcp"))
        return TrafficEvent::Protocol::Tcp;
    return fallback;
}

PayloadCodec::Format readFormat(const QSettings &settings)
{
    return settings.value(QStringLiteral("payloadFormat")).toString() == QLatin1String("hex")
        ? PayloadCodec::Format::Hex
        : PayloadCodec::Format::Text;
}

QString formatName(PayloadCodec::Format format)
{
    return format == PayloadCodec::Format::Hex ? QStringLiteral("hex") : QStringLiteral("text");
}

int boundedInt(const QSettings &settings, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}

void writePayload(QSettings &settings, const QString &payload)
{
    const bool tooLarge = payload.size() > SettingsPayloadLimit;
    settings.setValue(QStringLiteral("payload"), tooLarge ? QString() : payload);
    if (tooLarge)
        settings.setValue(QStringLiteral("payloadNotSaved"), payload.size());
}

qsizetype readPayloadNotSaved(const QSettings &settings)
{
    bool ok = false;
    const qlonglong size = settings.value(QStringLiteral("payloadNotSaved")).toLongLong(&ok);
    return ok && size > 0 ? static_cast<qsizetype>(size) : 0;
}

void addProblem(QString *problem, const QString &sentence)
{
    if (!problem->isEmpty())
        problem->append(u' ');
    problem->append(sentence);
}

// A damaged or hand-edited value is dropped with a sentence, never trusted.
FrameSpec readFraming(const QSettings &settings, QString *problem)
{
    const QString text = settings.value(QStringLiteral("framing")).toString();
    if (text.isEmpty())
        return FrameSpec();
    QString error;
    const auto spec = FrameSpec::parse(text, &error);
    if (spec)
        return *spec;
    addProblem(problem, QCoreApplication::translate("PaneConfig",
                                                    "The saved framing was dropped: %1")
                            .arg(error));
    return FrameSpec();
}

void writeFraming(QSettings &settings, const FrameSpec &framing)
{
    settings.setValue(QStringLiteral("framing"), framing.isNone() ? QString() : framing.toString());
}

ResponseRules readRules(const QSettings &settings, QString *problem)
{
    bool ok = false;
    const qlonglong notSaved = settings.value(QStringLiteral("rulesNotSaved")).toLongLong(&ok);
    if (ok && notSaved > 0)
        addProblem(problem,
                   QCoreApplication::translate("PaneConfig",
                                               "The response rules (%1 characters) were too "
                                               "large to keep in the settings; use Export… in "
                                               "the Rules tab to keep large rule sets.")
                       .arg(notSaved));
    const QString text = settings.value(QStringLiteral("rules")).toString();
    if (text.isEmpty())
        return ResponseRules();
    QString error;
    const auto rules = text.size() > SettingsRulesLimit
        ? std::nullopt
        : RulesJson::fromBytes(text.toUtf8(), &error);
    if (rules)
        return *rules;
    if (error.isEmpty())
        error = QCoreApplication::translate("PaneConfig", "the value is too large.");
    addProblem(problem, QCoreApplication::translate("PaneConfig",
                                                    "The saved response rules were damaged "
                                                    "and were dropped: %1")
                            .arg(error));
    return ResponseRules();
}

void writeRules(QSettings &settings, const ResponseRules &rules)
{
    const QString text = rules == ResponseRules()
        ? QString()
        : QString::fromUtf8(
              QJsonDocument(RulesJson::toJson(rules)).toJson(QJsonDocument::Compact));
    const bool tooLarge = text.size() > SettingsRulesLimit;
    settings.setValue(QStringLiteral("rules"), tooLarge ? QString() : text);
    if (tooLarge)
        settings.setValue(QStringLiteral("rulesNotSaved"), text.size());
}

} // namespace

EditorConfig EditorConfig::read(QSettings &settings)
{
    EditorConfig c;
    c.payload = settings.value(QStringLiteral("payload")).toString();
    c.payloadFormat = readFormat(settings);
    c.lineEnding = boundedInt(settings, QStringLiteral("lineEnding"), 0, 0, 3);
    c.macros = settings.value(QStringLiteral("macros"), false).toBool();
    // An unknown name (a newer SockLab, a hand edit) leaves the default: no checksum.
    Checksum::fromName(settings.value(QStringLiteral("checksum")).toString(), &c.checksum);
    c.checksumOrder = settings.value(QStringLiteral("checksumOrder")).toString()
                == QLatin1String("little-endian")
        ? Checksum::ByteOrder::LittleEndian
        : Checksum::ByteOrder::BigEndian;
    c.payloadNotSaved = readPayloadNotSaved(settings);
    return c;
}

void EditorConfig::write(QSettings &settings) const
{
    writePayload(settings, payload);
    settings.setValue(QStringLiteral("payloadFormat"), formatName(payloadFormat));
    settings.setValue(QStringLiteral("lineEnding"), lineEnding);
    settings.setValue(QStringLiteral("macros"), macros);
    settings.setValue(QStringLiteral("checksum"), Checksum::name(checksum));
    settings.setValue(QStringLiteral("checksumOrder"),
                      checksumOrder == Checksum::ByteOrder::LittleEndian
                          ? QStringLiteral("little-endian")
                          : QStringLiteral("big-endian"));
}

QString defaultPortText(TrafficEvent::Protocol protocol)
{
    return protocol == TrafficEvent::Protocol::Udp ? QStringLiteral("60002")
                                                   : QStringLiteral("60001");
}

ServerConfig ServerConfig::read(QSettings &settings)
{
    ServerConfig c;
    c.protocol = readProtocol(settings, c.protocol);
    c.address = settings.value(QStringLiteral("address"), c.address).toString();
    c.port = settings.value(QStringLiteral("port"), defaultPortText(c.protocol)).toString();
    c.greeting = settings.value(QStringLiteral("greeting")).toString();
    c.closeAfterGreeting = settings.value(QStringLiteral("closeAfterGreeting"), false).toBool();
    c.maxConnections = boundedInt(settings, QStringLiteral("maxConnections"), 0, 0, 1'000'000);
    c.maxClients = boundedInt(settings, QStringLiteral("maxClients"), 0, 0, 1'000'000);
    c.echo = settings.value(QStringLiteral("echo"), false).toBool();
    c.maxDatagrams = boundedInt(settings, QStringLiteral("maxDatagrams"), 0, 0, 1'000'000);
    c.autoReply = settings.value(QStringLiteral("autoReply")).toString();
    c.rules = readRules(settings, &c.problem);
    c.framing = readFraming(settings, &c.problem);
    c.tls = TlsConfig::read(settings, &c.problem);
    c.editor = EditorConfig::read(settings);
    return c;
}

void ServerConfig::write(QSettings &settings) const
{
    settings.setValue(QStringLiteral("protocol"), TrafficEvent::protocolName(protocol));
    settings.setValue(QStringLiteral("address"), address);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("greeting"), greeting);
    settings.setValue(QStringLiteral("closeAfterGreeting"), closeAfterGreeting);
    settings.setValue(QStringLiteral("maxConnections"), maxConnections);
    settings.setValue(QStringLiteral("maxClients"), maxClients);
    settings.setValue(QStringLiteral("echo"), echo);
    settings.setValue(QStringLiteral("maxDatagrams"), maxDatagrams);
    settings.setValue(QStringLiteral("autoReply"), autoReply);
    writeRules(settings, rules);
    writeFraming(settings, framing);
    tls.write(settings);
    editor.write(settings);
}

ClientConfig ClientConfig::read(QSettings &settings)
{
    ClientConfig c;
    c.protocol = readProtocol(settings, c.protocol);
    c.host = settings.value(QStringLiteral("host"), c.host).toString();
    c.port = settings.value(QStringLiteral("port"), defaultPortText(c.protocol)).toString();
    c.timeoutMs = boundedInt(settings, QStringLiteral("timeoutMs"), 5000, 100, 600'000);
    c.framing = readFraming(settings, &c.problem);
    c.tls = TlsConfig::read(settings, &c.problem);
    c.editor = EditorConfig::read(settings);
    return c;
}

void ClientConfig::write(QSettings &settings) const
{
    settings.setValue(QStringLiteral("protocol"), TrafficEvent::protocolName(protocol));
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("timeoutMs"), timeoutMs);
    writeFraming(settings, framing);
    tls.write(settings);
    editor.write(settings);
}
