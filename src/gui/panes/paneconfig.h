// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing/framespec.h"
#include "log/trafficevent.h"
#include "panes/tlsconfig.h"
#include "payload/checksum.h"
#include "payload/payloadcodec.h"
#include "rules/responserule.h"

#include <QString>

class QSettings;

// Messages longer than this (characters as written) are not kept in the settings file: a
// megabyte inline made every start parse and lay it out. Such a message is kept only while the
// window is open; its length is remembered so the next start can say why it is gone.
constexpr qsizetype SettingsPayloadLimit = 64 * 1024;
// A server's response rules are kept as one compact RulesJson text; beyond this many characters
// they are kept only while the window is open (and the next start says so).
constexpr qsizetype SettingsRulesLimit = 1024 * 1024;

// A pane's message editor as plain values: what it holds and how it sends it.
struct EditorConfig
{
    QString payload;
    PayloadCodec::Format payloadFormat = PayloadCodec::Format::Text;
    int lineEnding = 0; // PayloadEditor::LineEnding (None 0, Lf 1, CrLf 2, Cr 3)
    bool macros = false;
    Checksum::Algorithm checksum = Checksum::Algorithm::None;
    Checksum::ByteOrder checksumOrder = Checksum::ByteOrder::BigEndian;
    qsizetype payloadNotSaved = 0; // read(): length of a message too large to have been kept

    static EditorConfig read(QSettings &settings);
    void write(QSettings &settings) const;
};

// The fields of a server pane as plain values: what presets fill in and settings remember.
struct ServerConfig
{
    TrafficEvent::Protocol protocol = TrafficEvent::Protocol::Tcp;
    QString address = QStringLiteral("127.0.0.1");
    QString port = QStringLiteral("60001");
    QString greeting; // text with escapes
    bool closeAfterGreeting = false;
    int maxConnections = 0;
    int maxClients = 0;
    bool echo = false;
    int maxDatagrams = 0;
    QString autoReply; // text with escapes
    ResponseRules rules;
    FrameSpec framing; // TCP: how each connection's stream is cut into messages
    TlsConfig tls;     // TCP (issue 12)
    EditorConfig editor;
    // read(): one sentence per saved value that could not be used and was dropped (damaged
    // rules, a framing text that does not parse); the pane shows it.
    QString problem;

    static ServerConfig read(QSettings &settings);
    void write(QSettings &settings) const;
};

// The fields of a client pane as plain values.
struct ClientConfig
{
    TrafficEvent::Protocol protocol = TrafficEvent::Protocol::Tcp;
    QString host = QStringLiteral("127.0.0.1");
    QString port = QStringLiteral("60001");
    int timeoutMs = 5000;
    FrameSpec framing; // TCP: how the received stream is cut into messages
    TlsConfig tls;     // TCP (issue 12): options and the certificates trusted per host
    EditorConfig editor;
    QString problem; // read(): as ServerConfig::problem

    static ClientConfig read(QSettings &settings);
    void write(QSettings &settings) const;
};

// The tutorial's ports: TCP 60001, UDP 60002.
QString defaultPortText(TrafficEvent::Protocol protocol);
