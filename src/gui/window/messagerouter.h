// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/sequenceitem.h"

#include <QObject>

class PaneTabWidget;
class SessionPane;

// Decides where the Messages panel sends, by one rule the panel shows ("Sends to: …"):
// 1. The current pane is the visible tab on the side (servers or clients) that last held the
//    keyboard focus; before any focus, the current client tab.
// 2. If that pane can send (a connected client, a UDP client with a destination typed, a
//    server with a client connected or a sender selected), the messages go there, whatever
//    target they carry.
// 3. Otherwise, if the first message has a target, the current client tab (when idle) is set to
//    that target and sends: UDP at once, TCP as soon as it has connected.
// 4. Otherwise nothing is sent and the reason is shown.
class MessageRouter : public QObject
{
    Q_OBJECT

public:
    MessageRouter(PaneTabWidget *servers, PaneTabWidget *clients, QObject *parent = nullptr);

    SessionPane *currentPane() const;
    // "Client 1 · TCP → 127.0.0.1:60001 ●": the pane's side, number and tab title.
    QString targetText() const;
    // Sends the items (one message, or a sequence with each step's own delay) by the rule
    // above; false and a sentence when nothing was sent.
    bool send(const QList<SequenceItem> &items, QString *error);

signals:
    // The current pane, or its title, changed.
    void targetChanged();

private:
    void onFocusChanged(QWidget *now);
    void watch(SessionPane *pane);

    PaneTabWidget *const m_servers;
    PaneTabWidget *const m_clients;
    bool m_serverSide = false;
};
