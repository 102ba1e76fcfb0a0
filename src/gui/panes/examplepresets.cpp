// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/examplepresets.h"

#include "messages/startermessages.h"

QList<ExamplePreset> ExamplePresets::all()
{
    QList<ExamplePreset> presets;

    ExamplePreset tcpServer;
    tcpServer.fileName = QStringLiteral("server_tcp.py");
    tcpServer.title = tr("server_tcp.py — TCP server, greets Hello World!, stops after 5");
    tcpServer.server.protocol = TrafficEvent::Protocol::Tcp;
    tcpServer.server.address = QStringLiteral("127.0.0.1");
    tcpServer.server.port = QStringLiteral("60001");
    tcpServer.server.greeting = QString::fromLatin1(StarterMessages::tutorialGreeting());
    tcpServer.server.closeAfterGreeting = true;
    tcpServer.server.maxConnections = 5;
    presets << tcpServer;

    ExamplePreset tcpClient;
    tcpClient.fileName = QStringLiteral("client_tcp.py");
    tcpClient.title = tr("client_tcp.py — TCP client");
    tcpClient.isServer = false;
    tcpClient.client.protocol = TrafficEvent::Protocol::Tcp;
    tcpClient.client.host = QStringLiteral("127.0.0.1");
    tcpClient.client.port = QStringLiteral("60001");
    presets << tcpClient;

    ExamplePreset udpServer;
    udpServer.fileName = QStringLiteral("server_udp.py");
    udpServer.title = tr("server_udp.py — UDP server, stops after 5");
    udpServer.server.protocol = TrafficEvent::Protocol::Udp;
    udpServer.server.address = QStringLiteral("127.0.0.1");
    udpServer.server.port = QStringLiteral("60002");
    udpServer.server.maxDatagrams = 5;
    presets << udpServer;

    ExamplePreset udpClient;
    udpClient.fileName = QStringLiteral("client_udp.py");
    udpClient.title = tr("client_udp.py — UDP client sends Hello Server!");
    udpClient.isServer = false;
    udpClient.client.protocol = TrafficEvent::Protocol::Udp;
    udpClient.client.host = QStringLiteral("127.0.0.1");
    udpClient.client.port = QStringLiteral("60002");
    udpClient.client.editor.payload = QString::fromLatin1(StarterMessages::tutorialUdpMessage());
    presets << udpClient;

    return presets;
}
