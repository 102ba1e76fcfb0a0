// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/panepython.h"

#include "panes/clientpane.h"
#include "panes/payloadeditor.h"
#include "panes/repeatrow.h"
#include "panes/serverpane.h"
#include "payload/payloadcodec.h"

namespace {

QByteArray escapedBytes(const QString &text)
{
    const PayloadCodec::Result result = PayloadCodec::parseEscapedText(text);
    return result.isOk() ? result.bytes : text.toUtf8();
}

} // namespace

PythonProgram::Settings PanePython::settings(const SessionPane *pane)
{
    using Role = PythonProgram::Role;
    PythonProgram::Settings s;
    s.origin = tr("Settings of the pane \"%1\".").arg(pane->title());
    if (const auto *server = qobject_cast<const ServerPane *>(pane)) {
        const ServerConfig c = server->config();
        const bool tcp = c.protocol == TrafficEvent::Protocol::Tcp;
        s.role = tcp ? Role::TcpServer : Role::UdpServer;
        s.host = c.address.trimmed();
        s.port = c.port.trimmed().toUShort();
        s.echo = tcp && c.echo;
        s.closeAfterGreeting = tcp && c.closeAfterGreeting;
        s.maxConnections = c.maxConnections;
        s.maxDatagrams = c.maxDatagrams;
        s.payload = escapedBytes(tcp ? c.greeting : c.autoReply);
        if (tcp && !c.autoReply.isEmpty())
            s.notExpressed.append(tr("the auto-reply"));
        if (!c.rules.rules.isEmpty())
            s.notExpressed.append(tr("the response rules"));
        if (tcp && !c.framing.isNone())
            s.notExpressed.append(tr("framing (%1)").arg(c.framing.describe()));
        if (tcp && c.tls.enabled)
            s.notExpressed.append(tr("TLS (python3's ssl module would wrap the socket)"));
        if (c.maxClients > 0)
            s.notExpressed.append(tr("at most %n client(s) at once", nullptr, c.maxClients));
        return s;
    }
    const auto *client = qobject_cast<const ClientPane *>(pane);
    if (!client)
        return s;
    const ClientConfig c = client->config();
    const bool tcp = c.protocol == TrafficEvent::Protocol::Tcp;
    s.role = tcp ? Role::TcpClient : Role::UdpClient;
    s.host = c.host.trimmed();
    s.port = c.port.trimmed().toUShort();
    s.timeoutMs = c.timeoutMs;
    const PayloadCodec::Result bytes = client->payloadEditor()->bytes();
    if (bytes.isOk())
        s.payload = bytes.bytes;
    else
        s.notExpressed.append(tr("the message, which does not parse (%1)").arg(bytes.error));
    if (const RepeatRow *repeat = client->repeatRow()) {
        const RepeatPlan plan = repeat->plan();
        s.count = static_cast<int>(qMin<qint64>(plan.count, 1'000'000'000));
        s.intervalMs = plan.intervalNs / 1e6;
        if (s.count != 1)
            s.origin += u' '
                        + tr("It sends as Start on the Repeat row does (its count and "
                             "interval); Send sends once.");
    }
    if (client->payloadEditor()->isMacrosEnabled())
        s.notExpressed.append(tr("placeholders: every message here is the first one"));
    if (tcp && !c.framing.isNone())
        s.notExpressed.append(tr("framing (%1)").arg(c.framing.describe()));
    if (tcp && c.tls.enabled)
        s.notExpressed.append(tr("TLS (python3's ssl module would wrap the socket)"));
    return s;
}

QString PanePython::fileName(const PythonProgram::Settings &settings)
{
    switch (settings.role) {
    case PythonProgram::Role::TcpServer:
        return QStringLiteral("server_tcp.py");
    case PythonProgram::Role::TcpClient:
        return QStringLiteral("client_tcp.py");
    case PythonProgram::Role::UdpServer:
        return QStringLiteral("server_udp.py");
    case PythonProgram::Role::UdpClient:
        break;
    }
    return QStringLiteral("client_udp.py");
}
