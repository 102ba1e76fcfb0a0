// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/messagerouter.h"

#include "panes/clientpane.h"
#include "panes/panetabwidget.h"
#include "panes/serverpane.h"

#include <QApplication>

MessageRouter::MessageRouter(PaneTabWidget *servers, PaneTabWidget *clients, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
    , m_clients(clients)
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    for (PaneTabWidget *tabs : {m_servers, m_clients}) {
        connect(tabs, &PaneTabWidget::paneAdded, this, &MessageRouter::watch);
        connect(tabs, &QTabWidget::currentChanged, this, &MessageRouter::targetChanged);
        const QList<SessionPane *> panes = tabs->panes();
        for (SessionPane *pane : panes)
            watch(pane);
    }
}

void MessageRouter::watch(SessionPane *pane)
{
    connect(pane, &SessionPane::titleChanged, this, [this, pane] {
        if (pane == currentPane())
            emit targetChanged();
    });
}

void MessageRouter::onFocusChanged(QWidget *now)
{
    if (!now)
        return;
    bool serverSide = m_serverSide;
    if (m_servers->isAncestorOf(now))
        serverSide = true;
    else if (m_clients->isAncestorOf(now))
        serverSide = false;
    else
        return; // the panel itself, the log: the current pane stays
    if (serverSide != m_serverSide) {
        m_serverSide = serverSide;
        emit targetChanged();
    }
}

SessionPane *MessageRouter::currentPane() const
{
    return (m_serverSide ? m_servers : m_clients)->currentPane();
}

QString MessageRouter::targetText() const
{
    SessionPane *pane = currentPane();
    if (!pane)
        return QString();
    //: %1 is "Server" or "Client", %2 the tab's number, %3 its title
    return tr("%1 %2 · %3")
        .arg(m_serverSide ? tr("Server") : tr("Client"))
        .arg(pane->number())
        .arg(pane->title());
}

bool MessageRouter::send(const QList<SequenceItem> &items, QString *error)
{
    if (items.isEmpty())
        return false;
    SessionPane *pane = currentPane();
    if (pane && pane->canSendMessages())
        return pane->sendMessages(items, error);
    const Message &first = items.first().message;
    auto *client = qobject_cast<ClientPane *>(m_clients->currentPane());
    if (first.target && client && !client->isRunning()) {
        m_clients->setCurrentWidget(client);
        return client->sendToTarget(*first.target, items, error);
    }
    if (error) {
        *error = first.target
            ? tr("Nothing sent: the current pane cannot send and the client tab is busy; "
                 "open a new client tab for “%1”.")
                  .arg(first.name)
            : tr("Nothing sent: connect the client, or start the server and wait for a "
                 "client (“%1” has no target of its own).")
                  .arg(first.name);
    }
    return false;
}
