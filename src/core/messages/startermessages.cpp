// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/startermessages.h"

namespace {

const QString loopback = QStringLiteral("127.0.0.1");

// Fixed ids: the same starter message is the same message in every library, so importing an
// export of one into another adds nothing twice.
QString starterId(int number)
{
    return QStringLiteral("50c41ab0-57a7-4e75-8000-%1").arg(number, 12, 10, QLatin1Char('0'));
}

Message make(int number, const QString &folder, const QString &name, const QByteArray &payload,
             TrafficEvent::Protocol protocol, quint16 port, const QString &notes)
{
    Message message;
    message.id = starterId(number);
    message.folder = folder;
    message.name = name;
    message.payload = payload;
    message.target = Message::Target{protocol, loopback, port};
    message.notes = notes;
    return message;
}

} // namespace

QList<Message> StarterMessages::all()
{
    using Protocol = TrafficEvent::Protocol;
    const QString tutorial = tr("Tutorial");
    const QString classics = tr("Classics");
    QList<Message> messages;

    messages << make(1, tutorial, tr("Hello World! (TCP)"), tutorialGreeting(), Protocol::Tcp,
                     TutorialTcpPort,
                     tr("What server_tcp.py sends to each client on port 60001. Send it from "
                        "a TCP server pane to play the tutorial's server for client_tcp.py."));
    messages << make(2, tutorial, tr("Hello Server! (UDP)"), tutorialUdpMessage(), Protocol::Udp,
                     TutorialUdpPort,
                     tr("What client_udp.py sends to port 60002; server_udp.py prints it."));
    messages << make(3, tutorial, tr("Hello Server! (TCP)"), tutorialUdpMessage(), Protocol::Tcp,
                     TutorialTcpPort,
                     tr("The client's greeting over TCP: send it to a server on port 60001 "
                        "(server_tcp.py, or a SockLab TCP server) and see it arrive."));
    messages << make(4, tutorial, tr("Hello World! (UDP)"), tutorialGreeting(), Protocol::Udp,
                     TutorialUdpPort,
                     tr("The server's greeting as a datagram to port 60002, for "
                        "server_udp.py or a SockLab UDP server."));

    Message http = make(5, classics, tr("HTTP/1.1 GET"),
                        QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Connection: close\r\n\r\n"),
                        Protocol::Tcp, 80,
                        tr("A minimal HTTP/1.1 request; the server answers and closes. Change "
                           "the port for a test server, e.g. 8000 for "
                           "\"python3 -m http.server --bind 127.0.0.1\"."));
    messages << http;

    // Header: id 0x5ec1, flags 0x0100 (recursion desired), one question; then the question
    // example.com, type A (1), class IN (1).
    Message dns = make(6, classics, tr("DNS query: example.com A"),
                       QByteArray::fromHex("5ec101000001000000000000076578616d706c6503636f6d"
                                           "0000010001"),
                       Protocol::Udp, 53,
                       tr("A standard DNS query for the IPv4 address of example.com, for a "
                          "resolver listening on 127.0.0.1 port 53."));
    dns.format = PayloadCodec::Format::Hex;
    messages << dns;

    // LI 0, version 3, mode 3 (client) = 0x1b, then 47 zero bytes (RFC 5905's minimal request).
    Message ntp = make(7, classics, tr("NTP client request"),
                       QByteArray(1, '\x1b') + QByteArray(47, '\0'), Protocol::Udp, 123,
                       tr("A 48-byte NTP version 3 client request, for a time server listening "
                          "on 127.0.0.1 port 123."));
    ntp.format = PayloadCodec::Format::Hex;
    messages << ntp;

    return messages;
}
