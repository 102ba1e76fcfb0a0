// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Writes the python3 socket program that does what a pane or a socklab-cli command does, in
// the tutorial's style (socket(), bind(), listen(), accept(), connect(), send(), recv(),
// close(), one comment per call in the UI language), so a learner can run it by hand and
// compare. Settings the program cannot express are listed at its top, never dropped silently.
class PythonProgram
{
    Q_DECLARE_TR_FUNCTIONS(PythonProgram)

public:
    enum class Role { TcpServer, TcpClient, UdpServer, UdpClient };

    struct Settings
    {
        Role role = Role::TcpServer;
        QString host = QStringLiteral("127.0.0.1"); // a server's bind address, a client's peer
        quint16 port = 60001;
        // Client: what it sends. TCP server: the greeting. UDP server: the reply.
        QByteArray payload;
        int count = 1; // client: how many times the payload is sent
        double intervalMs = 0; // client: pause between sends
        bool echo = false; // TCP server
        bool closeAfterGreeting = false; // TCP server
        int maxConnections = 0; // TCP server: 0 = serve until interrupted
        int maxDatagrams = 0; // UDP server: 0 = until interrupted
        int readBytes = 0; // TCP client: stop after this many bytes (0: no limit)
        int timeoutMs = 5000; // TCP client: connect timeout and the idle end
        QString origin; // one line on where the settings came from (a command line)
        QStringList notExpressed; // one phrase per setting the program leaves out
    };

    static QString generate(const Settings &settings);
    // A Python expression for the bytes: b'...' for ASCII, '...'.encode() for UTF-8 text.
    static QString bytesLiteral(const QByteArray &bytes);
};
