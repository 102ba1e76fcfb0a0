// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// What a server listens on for an address typed by the user. Most texts are one address;
// two are more: "localhost" is both 127.0.0.1 and ::1 (a client resolving localhost to ::1
// must not miss an IPv4 listener), and "::" (or "Any (IPv4 + IPv6)") is one dual-stack
// socket that also takes IPv4 peers (IPV6_V6ONLY off), as QHostAddress::Any means to Qt.
class ListenAddresses
{
    Q_DECLARE_TR_FUNCTIONS(ListenAddresses)

public:
    // The label the window offers for the dual-stack choice.
    static QString anyBothLabel() { return tr("Any (IPv4 + IPv6)"); }

    // The addresses to listen on, first the one whose endpoint names the session; empty
    // with *error set when the text is not a bind address (see Endpoint::parseBindAddress).
    static QList<QHostAddress> forText(const QString &text, QString *error = nullptr);
    // The same for a text already parsed into one address (the CLI's --bind, whose parser
    // also unwraps ::ffff:a.b.c.d): "localhost" adds ::1, "::" becomes dual-stack.
    static QList<QHostAddress> expand(const QString &text, const QHostAddress &parsed);
    // One address as a server binds it: "::" becomes dual-stack QHostAddress::Any.
    static QHostAddress dualStack(const QHostAddress &address);
    // True for QHostAddress::Any: the socket is AF_INET6 with IPV6_V6ONLY off.
    static bool isDualStack(const QHostAddress &address);
};
