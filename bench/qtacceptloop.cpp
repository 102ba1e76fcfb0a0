// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own floor for the 10,000-client burst (bench/run.sh, connections): the least a Qt
// server does per client, with none of SockLab's bookkeeping, on the session threads' event
// loop. Listens on 127.0.0.1:PORT (backlog 1024, as SockLab and bench/acceptloop.c), greets
// every client with one byte and keeps it open. Prints "ready" once listening.
//   qtacceptloop PORT socket       a QTcpSocket per client (what QTcpServer hands out)
//   qtacceptloop PORT descriptor   the accepted descriptor only (send(), kept; no QTcpSocket)
// Ends after 60 s.
#include "eventloop/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

class DescriptorServer : public QTcpServer
{
public:
    std::vector<int> held;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        const char greeting = 'x';
        ::send(int(descriptor), &greeting, 1, MSG_DONTWAIT | MSG_NOSIGNAL);
        held.push_back(int(descriptor));
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3 || (std::strcmp(argv[2], "socket") != 0 && std::strcmp(argv[2], "descriptor") != 0)) {
        std::fprintf(stderr, "usage: qtacceptloop PORT socket|descriptor\n");
        return 2;
    }
    QCoreApplication::setEventDispatcher(EpollEventDispatcher::create());
    QCoreApplication app(argc, argv);
    const bool sockets = std::strcmp(argv[2], "socket") == 0;
    QTcpServer *server = sockets ? new QTcpServer(&app) : new DescriptorServer;
    server->setListenBacklogSize(1024);
    server->setMaxPendingConnections(1024);
    if (sockets) {
        QObject::connect(server, &QTcpServer::newConnection, server, [server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                socket->write("x", 1);
                QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                 &QObject::deleteLater);
            }
        });
    }
    if (!server->listen(QHostAddress::LocalHost, quint16(std::atoi(argv[1])))) {
        std::fprintf(stderr, "qtacceptloop: %s\n", qPrintable(server->errorString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QTimer::singleShot(60'000, &app, &QCoreApplication::quit);
    return app.exec();
}
