// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/tourpanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

TourPanel::TourPanel(QWidget *parent)
    : QWidget(parent)
    , m_progressLabel(new QLabel)
{
    setObjectName(QStringLiteral("tourPanel"));
    auto *intro = new QLabel(
        tr("The tutorial's steps, done in SockLab. Each step ticks itself when it really "
           "happens: a socket call in the log, a row in the Connections table. \"Show me\" only "
           "fills in a pane or shows where to look; you press Start, Connect or Send."));
    intro->setWordWrap(true);
    m_progressLabel->setObjectName(QStringLiteral("tourProgressLabel"));
    auto *restart = new QPushButton(tr("Start over"));
    restart->setObjectName(QStringLiteral("tourRestartButton"));
    restart->setAccessibleName(tr("Start the tour over"));
    connect(restart, &QPushButton::clicked, this, [this] {
        m_progress.restart();
        refresh();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_progressLabel);
    top->addWidget(restart);
    top->addStretch(1);

    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    for (int index = 0; index < TourProgress::StepCount; ++index) {
        const auto step = TourProgress::Step(index);
        StepWidgets &widgets = m_steps[size_t(index)];
        widgets.mark = new QLabel;
        widgets.mark->setObjectName(QStringLiteral("tourMark%1").arg(index + 1));
        widgets.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        widgets.mark->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("✔ 00")));
        widgets.title = new QLabel;
        widgets.text = new QLabel;
        widgets.text->setWordWrap(true);
        widgets.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        widgets.button = new QPushButton(tr("Show me"));
        widgets.button->setObjectName(QStringLiteral("tourButton%1").arg(index + 1));
        // A step ticked by a snapshot has no row to show: its line keeps its height.
        QSizePolicy policy = widgets.button->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widgets.button->setSizePolicy(policy);
        connect(widgets.button, &QPushButton::clicked, this, [this, step] { onButton(step); });
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(widgets.title);
        texts->addWidget(widgets.text);
        grid->addWidget(widgets.mark, index, 0);
        grid->addLayout(texts, index, 1);
        grid->addWidget(widgets.button, index, 2, Qt::AlignTop);
    }
    grid->setRowStretch(TourProgress::StepCount, 1);
    // In a wide dock the buttons stay beside their steps, not at the far edge.
    const int readable = fontMetrics().averageCharWidth() * 110;
    list->setMaximumWidth(readable);
    intro->setMaximumWidth(readable);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("tourScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *holder = new QWidget;
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(list, 1);
    row->addStretch(0);
    scroll->setWidget(holder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    refresh();
}

QString TourPanel::title(TourProgress::Step step)
{
    switch (step) {
    case TourProgress::StartTcpServer:
        return tr("Start a TCP server");
    case TourProgress::ConnectFiveClients:
        return tr("Connect five clients");
    case TourProgress::LookAtConnections:
        return tr("Look at the Connections table");
    case TourProgress::StartUdpServer:
        return tr("Start a UDP server");
    case TourProgress::SendDatagram:
        return tr("Send it a datagram");
    case TourProgress::TcpRefused:
        return tr("Stop the TCP server, then connect");
    case TourProgress::UdpSilence:
    case TourProgress::StepCount:
        break;
    }
    return tr("Stop the UDP server, then send");
}

QString TourPanel::instruction(TourProgress::Step step) const
{
    switch (step) {
    case TourProgress::StartTcpServer:
        return tr("In a server tab choose TCP, address 127.0.0.1 and port 60001, as "
                  "server_tcp.py does, and press Start: socket(), bind() and listen() appear "
                  "in the log.");
    case TourProgress::ConnectFiveClients:
        return tr("Connect a TCP client to that port five times (Disconnect and Connect "
                  "again, or one client tab each with Ctrl+Shift+T). Each connect() is "
                  "accept()ed with a socket of its own. So far: %1 of %2.")
            .arg(m_progress.acceptedCount())
            .arg(TourProgress::ClientsWanted);
    case TourProgress::LookAtConnections:
        return tr("With the server running and a client connected, open the Connections tab, "
                  "the tutorial's netstat -a: SockLab's own sockets are marked. Find the "
                  "server's LISTEN socket and the connection's two ESTABLISHED ends, each with "
                  "its local and foreign address.");
    case TourProgress::StartUdpServer:
        return tr("In a new server tab choose UDP and port 60002, as server_udp.py does, and "
                  "press Start: socket() and bind(), but no listen(), since UDP has no "
                  "connections to accept.");
    case TourProgress::SendDatagram:
        return tr("In a client tab choose UDP, that port, type Hello Server! and press Send. "
                  "The server's recvfrom() gets the datagram with the sender's address.");
    case TourProgress::TcpRefused:
        return tr("Press Stop in the TCP server's tab, then connect a TCP client to the same "
                  "port: nothing listens, the kernel answers with a reset and connect() fails "
                  "with \"connection refused\".");
    case TourProgress::UdpSilence:
    case TourProgress::StepCount:
        break;
    }
    return tr("Press Stop in the UDP server's tab, then send the datagram again: sendto() "
              "succeeds all the same. UDP has no connection, so nothing tells the sender that "
              "nobody received it.");
}

QString TourPanel::progressText() const
{
    if (m_progress.current() == TourProgress::StepCount)
        return tr("Tour complete: TCP refused where nothing listened, UDP sent into the void, "
                  "as the tutorial says.");
    return tr("%1 of %2 steps done.").arg(m_progress.doneCount()).arg(TourProgress::StepCount);
}

bool TourPanel::consumeSnapshot(const QList<SocketRecord> &records)
{
    if (!m_progress.consumeSnapshot(records))
        return false;
    refresh();
    return true;
}

void TourPanel::refresh()
{
    m_progressLabel->setText(progressText());
    const TourProgress::Step current = m_progress.current();
    for (int index = 0; index < TourProgress::StepCount; ++index) {
        const auto step = TourProgress::Step(index);
        StepWidgets &widgets = m_steps[size_t(index)];
        const bool done = m_progress.isDone(step);
        widgets.mark->setText(done ? QStringLiteral("✔") : QString::number(index + 1));
        widgets.mark->setAccessibleName(done ? tr("Done") : tr("Not done yet"));
        // The step to do next stands out; done ones are still readable, not greyed out.
        const QString name = title(step);
        widgets.title->setText(step == current
                                   ? QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped())
                                   : name.toHtmlEscaped());
        widgets.text->setText(instruction(step));
        widgets.text->setVisible(!done);
        const bool hasRow = done && m_progress.tickedBy(step) != 0;
        widgets.button->setText(done ? tr("Show its row") : tr("Show me"));
        widgets.button->setAccessibleName(done ? tr("Show the log row that ticked: %1").arg(name)
                                               : tr("Show me: %1").arg(name));
        widgets.button->setEnabled(!done || hasRow);
        widgets.button->setVisible(!done || hasRow);
        if (done && !widgets.wasDone)
            emit stepTicked(step);
        widgets.wasDone = done;
    }
}

void TourPanel::onButton(TourProgress::Step step)
{
    if (m_progress.isDone(step))
        emit logRowRequested(m_progress.tickedBy(step));
    else
        emit showMeRequested(step);
}
