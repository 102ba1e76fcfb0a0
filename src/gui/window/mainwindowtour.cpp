// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's side of the guided tour: what "Show me" does for each step.
#include "window/mainwindow.h"

#include "connections/connectionsview.h"
#include "learn/learndock.h"
#include "learn/tourpanel.h"
#include "messages/startermessages.h"
#include "panes/clientpane.h"
#include "panes/panetabwidget.h"
#include "panes/serverpane.h"

#include <QStatusBar>
#include <QTabWidget>

SessionPane *MainWindow::paneToFill(bool server)
{
    // The current tab unless it is running: a running session is never reconfigured behind
    // the learner's back.
    PaneTabWidget *tabs = server ? m_serverTabs : m_clientTabs;
    SessionPane *pane = tabs->currentPane();
    if (!pane || pane->isRunning())
        pane = tabs->addPane();
    tabs->setCurrentWidget(pane);
    return pane;
}

void MainWindow::showTourStep(int step)
{
    const TourProgress &tour = m_learnDock->tourPanel()->progress();
    const auto port = [](quint16 seen, const char *fallback) {
        return seen != 0 ? QString::number(seen) : QString::fromLatin1(fallback);
    };
    QString sentence;
    switch (TourProgress::Step(step)) {
    case TourProgress::StartTcpServer: {
        auto *pane = static_cast<ServerPane *>(paneToFill(true));
        ServerConfig config = pane->config();
        config.protocol = TrafficEvent::Protocol::Tcp;
        config.address = QStringLiteral("127.0.0.1");
        config.port = QStringLiteral("60001");
        config.greeting = QString::fromLatin1(StarterMessages::tutorialGreeting());
        // Unlike server_tcp.py the connections stay open, so the table can show them.
        config.closeAfterGreeting = false;
        config.maxConnections = 0;
        pane->setConfig(config);
        pane->setFocus();
        sentence = tr("Filled in a TCP server on 127.0.0.1:60001 that greets with Hello World!; "
                      "press Start.");
        break;
    }
    case TourProgress::ConnectFiveClients:
    case TourProgress::TcpRefused: {
        if (step == TourProgress::TcpRefused)
            showSession(tour.tcpServerSession()); // where Stop is, if its tab is still open
        auto *pane = static_cast<ClientPane *>(paneToFill(false));
        ClientConfig config = pane->config();
        config.protocol = TrafficEvent::Protocol::Tcp;
        config.host = QStringLiteral("127.0.0.1");
        config.port = port(tour.tcpServerPort(), "60001");
        pane->setConfig(config);
        sentence = step == TourProgress::TcpRefused
            ? tr("Press Stop in the TCP server's tab, then Connect in the client tab "
                 "(port %1).")
                  .arg(config.port)
            : tr("Filled in a TCP client for port %1; press Connect.").arg(config.port);
        break;
    }
    case TourProgress::LookAtConnections:
        m_bottomTabs->setCurrentWidget(m_connectionsView);
        sentence = tr("The Connections tab: SockLab's own sockets are marked.");
        break;
    case TourProgress::StartUdpServer: {
        auto *pane = static_cast<ServerPane *>(paneToFill(true));
        ServerConfig config = pane->config();
        config.protocol = TrafficEvent::Protocol::Udp;
        config.address = QStringLiteral("127.0.0.1");
        config.port = QStringLiteral("60002");
        config.maxDatagrams = 0;
        pane->setConfig(config);
        pane->setFocus();
        sentence = tr("Filled in a UDP server on 127.0.0.1:60002; press Start.");
        break;
    }
    case TourProgress::SendDatagram:
    case TourProgress::UdpSilence: {
        if (step == TourProgress::UdpSilence)
            showSession(tour.udpServerSession());
        auto *pane = static_cast<ClientPane *>(paneToFill(false));
        ClientConfig config = pane->config();
        config.protocol = TrafficEvent::Protocol::Udp;
        config.host = QStringLiteral("127.0.0.1");
        config.port = port(tour.udpServerPort(), "60002");
        config.editor.payload = QString::fromLatin1(StarterMessages::tutorialUdpMessage());
        config.editor.payloadFormat = PayloadCodec::Format::Text;
        pane->setConfig(config);
        sentence = step == TourProgress::UdpSilence
            ? tr("Press Stop in the UDP server's tab, then Send in the client tab (port %1).")
                  .arg(config.port)
            : tr("Filled in a UDP client for port %1 with Hello Server!; press Send.")
                  .arg(config.port);
        break;
    }
    case TourProgress::StepCount:
        return;
    }
    statusBar()->showMessage(sentence, 10000);
}
