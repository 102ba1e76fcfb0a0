// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

// The sentences sessions log for a learner: socket calls in BSD terms, and socket errors
// turned into one sentence that names the cause and, where it helps, what to do about it.
class SocketNarration
{
    Q_DECLARE_TR_FUNCTIONS(SocketNarration)

public:
    // "socket(AF_INET, SOCK_STREAM)" / "socket(AF_INET6, SOCK_DGRAM)"
    static QString socketCall(const QHostAddress &address, bool stream);
    // Why binding or listening on `where` failed. "Address in use" reads the socket table to
    // say who holds the port (blocking I/O: call it on a session thread, never the GUI's).
    static QString bindFailure(QAbstractSocket::SocketError error, const Endpoint &where,
                               const QString &systemText, bool stream = true);
    // Why a connection to `peer` failed or ended abnormally.
    static QString connectionFailure(QAbstractSocket::SocketError error, const Endpoint &peer,
                                     const QString &systemText);
    // "Connection to %1 refused: ...", so a lesson can recognise the sentence.
    static QString refusedTemplate();
    // A warning when a server bound to every interface (0.0.0.0, ::) is reachable from other
    // machines; empty for any other address.
    static QString exposureWarning(const QHostAddress &address);
    static bool isAllInterfaces(const QHostAddress &address);
};
