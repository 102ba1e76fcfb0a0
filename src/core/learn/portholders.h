// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"
#include "sockettable/socketrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Who holds a local port according to the socket table: what turns "address already in use"
// into a true sentence. A port held only by TIME-WAIT connections is not "another program
// bound to it": it frees itself within a minute, and SO_REUSEADDR may or may not help.
class PortHolders
{
    Q_DECLARE_TR_FUNCTIONS(PortHolders)

public:
    struct Owner
    {
        qint64 pid = 0;
        QString process;
        bool isOwn = false;
        bool operator==(const Owner &other) const = default;
    };

    int timeWait = 0; // TCP connections in TIME-WAIT on the port
    // When the last of them goes, in ms from the reading (the kernel's timer); -1 unknown.
    qint64 timeWaitLeftMs = -1;
    int listening = 0; // TCP listeners, or UDP sockets bound to the port
    int connections = 0; // TCP connections in any other state
    QList<Owner> owners; // the processes holding the listeners (or the connections), if visible
    bool isTableRead = false; // false: the socket table could not be read here

    // The sockets of `records` that would conflict with binding `where` (same port, and the
    // same address or a wildcard on either side).
    static PortHolders find(const QList<SocketRecord> &records, bool tcp, const Endpoint &where);
    // Reads the machine's socket table and names the holders: blocking /proc and netlink I/O,
    // so only on a session thread or a worker, never the GUI thread.
    static PortHolders look(bool tcp, const Endpoint &where);
    // The sentence for a bind() of `where` that failed with EADDRINUSE: sentenceTemplate()
    // with the address and what holds it (as much as the table says).
    static QString explain(const Endpoint &where, const PortHolders &holders, bool tcp);
    // "Address %1 is already in use: %2", so a lesson can recognise the sentence.
    static QString sentenceTemplate();

private:
    static QString detail(const Endpoint &where, const PortHolders &holders, bool tcp);
};
