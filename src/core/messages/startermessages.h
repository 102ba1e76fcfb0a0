// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QCoreApplication>
#include <QList>

// The library a new user starts with: the sockets tutorial's messages and a few classic
// requests, every one aimed at loopback so that trying them reaches nothing outside.
class StarterMessages
{
    Q_DECLARE_TR_FUNCTIONS(StarterMessages)

public:
    // What the tutorial's programs send and where they listen; the window's example presets
    // use the same values.
    static QByteArray tutorialGreeting() { return QByteArrayLiteral("Hello World!"); }
    static QByteArray tutorialUdpMessage() { return QByteArrayLiteral("Hello Server!"); }
    static constexpr quint16 TutorialTcpPort = 60001;
    static constexpr quint16 TutorialUdpPort = 60002;

    // Names and notes translated now: the set is written in the user's language on the first
    // save, like anything the user typed.
    static QList<Message> all();
};
