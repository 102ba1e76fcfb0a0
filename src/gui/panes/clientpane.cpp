// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/clientpane.h"

#include "ui_clientpane.h"

#include "net/engine.h"
#include "net/sessionname.h"
#include "net/tcpclientsession.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "net/udpsession.h"
#include "panes/filesendrow.h"
#include "panes/framingedit.h"
#include "panes/multicastsendoptions.h"
#include "panes/repeatrow.h"
#include "panes/tlsbox.h"
#include "panes/tlstrustbar.h"

#include <QHeaderView>
#include <QShortcut>

ClientPane::ClientPane(Engine *engine, int number, QWidget *parent)
    : SessionPane(engine, number, parent)
    , m_ui(std::make_unique<Ui::ClientPane>())
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    installSendTools(m_ui->sendLayout, 1, m_ui->sendButtonsLayout);
    m_multicast = new MulticastSendOptions(this);
    // A row of its own under the options: beside the UDP hint it squeezed that sentence into
    // a column one word wide. Boxes keep each item's stretch, so the rows below keep theirs.
    m_ui->paneLayout->insertWidget(m_ui->paneLayout->indexOf(m_ui->statusLabel), m_multicast);
    connect(m_multicast, &MulticastSendOptions::changed, this, &ClientPane::applyMulticastOptions);
    setUpTls();

    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this,
            &ClientPane::onProtocolChanged);
    connect(m_ui->hostCombo, &QComboBox::currentTextChanged, this, &ClientPane::titleChanged);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &ClientPane::titleChanged);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, [this] {
        if (protocol() == TrafficEvent::Protocol::Tcp)
            connectToServer();
    });
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ClientPane::onConnectButton);
    connect(m_ui->closeSocketButton, &QPushButton::clicked, this, &ClientPane::closeUdpSocket);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ClientPane::send);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ClientPane::send);

    showStatus(tr("Not connected."));
    onProtocolChanged();
}

void ClientPane::applyMulticastOptions()
{
    if (!m_udp)
        return;
    UdpOptions options = m_udp->options();
    m_multicast->applyTo(&options);
    m_udp->setOptions(options);
}

ClientPane::~ClientPane()
{
    dropSession();
}

void ClientPane::setLogModel(TrafficLogModel *model)
{
    m_conversation = new TrafficLogFilterModel(this);
    m_conversation->setLogModel(model);
    m_conversation->setInfoHidden(true);
    m_conversation->setSessionFilter(sessionId() > 0 ? sessionId() : -1);
    connect(this, &SessionPane::sessionCreated, m_conversation,
            [this](int id) { m_conversation->setSessionFilter(id); });

    QTableView *view = m_ui->conversationView;
    view->setModel(m_conversation);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    for (int column : {TrafficLogModel::SessionColumn, TrafficLogModel::LocalColumn,
                       TrafficLogModel::PeerColumn, TrafficLogModel::HexColumn})
        view->setColumnHidden(column, true);
    const QFontMetrics metrics = view->fontMetrics();
    view->setColumnWidth(TrafficLogModel::TimeColumn,
                         metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 18);
    view->setColumnWidth(TrafficLogModel::BytesColumn,
                         metrics.horizontalAdvance(QStringLiteral("100000")) + 18);
    connect(m_conversation, &QAbstractItemModel::rowsInserted, view, &QTableView::scrollToBottom);
}

TrafficEvent::Protocol ClientPane::protocol() const
{
    return m_ui->protocolCombo->currentIndex() == 1 ? TrafficEvent::Protocol::Udp
                                                    : TrafficEvent::Protocol::Tcp;
}

bool ClientPane::isConnected() const
{
    return m_tcp && m_tcp->state() == TcpClientSession::State::Connected;
}

bool ClientPane::isRunning() const
{
    if (m_tcp)
        return m_tcp->state() != TcpClientSession::State::Unconnected;
    return m_udp && m_udpOpen;
}

Endpoint ClientPane::localEndpoint() const
{
    if (m_tcp)
        return isConnected() ? m_tcp->localEndpoint() : Endpoint();
    return m_udp && m_udpOpen ? m_udp->localEndpoint() : Endpoint();
}

int ClientPane::sessionId() const
{
    if (m_tcp)
        return m_tcp->id();
    return m_udp ? m_udp->id() : 0;
}

QString ClientPane::targetText() const
{
    if (isConnected())
        return m_tcp->peerEndpoint().toString();
    const QString host = Endpoint::normalizeHost(m_ui->hostCombo->currentText().trimmed());
    const QString port = m_ui->portEdit->text().trimmed();
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host, port)
                                           : host + QLatin1Char(':') + port;
}

QString ClientPane::title() const
{
    // Once there is a session the tab carries its name, the one the log, JSON and CLI use.
    const Session *session = m_tcp ? static_cast<const Session *>(m_tcp.data()) : m_udp.data();
    const QString proto = session ? SessionName::of(*session)
        : protocol() == TrafficEvent::Protocol::Udp ? QStringLiteral("UDP")
                                                     : QStringLiteral("TCP");
    return proto + QStringLiteral(" → ") + targetText() + runningMark(isRunning());
}

ClientConfig ClientPane::config() const
{
    ClientConfig c;
    c.protocol = protocol();
    c.host = m_ui->hostCombo->currentText().trimmed();
    c.port = m_ui->portEdit->text().trimmed();
    c.timeoutMs = m_ui->timeoutSpin->value();
    QString ignored; // a framing still being typed is kept as the last usable one
    c.framing = m_ui->framingEdit->frameSpec(&ignored).value_or(m_framing);
    c.tls = m_tlsBox->config();
    c.editor = m_ui->payloadEditor->config();
    return c;
}

void ClientPane::setConfig(const ClientConfig &c)
{
    if (m_tcp && m_tcp->state() != TcpClientSession::State::Unconnected)
        return;
    m_ui->protocolCombo->setCurrentIndex(c.protocol == TrafficEvent::Protocol::Udp ? 1 : 0);
    m_ui->hostCombo->setCurrentText(c.host);
    m_ui->portEdit->setText(c.port);
    m_ui->timeoutSpin->setValue(c.timeoutMs);
    m_ui->framingEdit->setFrameSpec(c.framing);
    m_framing = c.framing;
    m_tlsBox->setConfig(c.tls);
    m_ui->payloadEditor->setConfig(c.editor);
    m_lastProtocol = c.protocol;
    // A reused tab starts a new session: the old one's name and status do not carry over.
    dropSession();
    if (!c.problem.isEmpty())
        showError(c.problem);
    else
        showStatus(c.protocol == TrafficEvent::Protocol::Udp ? tr("Ready to send datagrams.")
                                                             : tr("Not connected."));
    updateWidgets();
    emit titleChanged();
}

void ClientPane::onProtocolChanged()
{
    const TrafficEvent::Protocol now = protocol();
    followDefaultPort(m_ui->portEdit, m_lastProtocol, now);
    if (now != m_lastProtocol) {
        // A session is one protocol; the other one starts fresh on first use.
        dropSession();
        showStatus(now == TrafficEvent::Protocol::Udp ? tr("Ready to send datagrams.")
                                                      : tr("Not connected."));
    }
    m_lastProtocol = now;
    updateWidgets();
    emit titleChanged();
}

bool ClientPane::validateTarget(QString *host, quint16 *port)
{
    *host = Endpoint::normalizeHost(m_ui->hostCombo->currentText().trimmed());
    if (host->isEmpty()) {
        showError(tr("No host given; enter a host name or an address such as 127.0.0.1."));
        m_ui->hostCombo->setFocus();
        return false;
    }
    QString error;
    const auto parsed = Endpoint::parseDestinationPort(m_ui->portEdit->text(), &error);
    if (!parsed) {
        showError(error);
        m_ui->portEdit->setFocus();
        return false;
    }
    *port = *parsed;
    return true;
}

void ClientPane::onConnectButton()
{
    if (!m_tcp || m_tcp->state() == TcpClientSession::State::Unconnected)
        connectToServer();
    else
        disconnectFromServer();
}

void ClientPane::connectToServer()
{
    if (protocol() != TrafficEvent::Protocol::Tcp)
        return;
    if (m_tcp && m_tcp->state() != TcpClientSession::State::Unconnected)
        return;
    QString host;
    quint16 port = 0;
    if (!validateTarget(&host, &port))
        return;
    QString error;
    const auto framing = m_ui->framingEdit->frameSpec(&error);
    if (!framing) {
        showError(error);
        return;
    }
    m_framing = *framing;
    ensureTcpSession();
    if (!applyTls(host, port))
        return;
    m_tcp->setFraming(*framing); // taken at this connect
    showStatus(tr("Connecting to %1…").arg(targetText()));
    m_tcp->connectToHost(host, port, m_ui->timeoutSpin->value());
}

void ClientPane::disconnectFromServer()
{
    if (!m_tcp)
        return;
    if (m_tcp->state() == TcpClientSession::State::Connected)
        m_tcp->disconnectFromHost();
    else
        m_tcp->abort();
}

void ClientPane::ensureTcpSession()
{
    if (m_tcp)
        return;
    dropSession();
    TcpClientSession *session = engine()->createTcpClient();
    m_tcp = session;
    emit sessionCreated(session->id(), SessionName::of(*session));
    connect(session, &TcpClientSession::stateChanged, this, [this, session] {
        if (session == m_tcp)
            onTcpStateChanged();
    });
    connect(session, &TcpClientSession::repeatProgress, this,
            [this, session](const RepeatProgress &progress) {
                if (session == m_tcp)
                    repeatRow()->showProgress(progress);
            });
    connect(session, &TcpClientSession::fileProgress, this,
            [this, session](qint64 sent, qint64 total, bool finished, const QString &error) {
                if (session == m_tcp)
                    fileSendRow()->showProgress(sent, total, finished, error);
            });
    connect(session, &TcpClientSession::certificateRejected, this,
            [this, session](const QString &problem, const QString &fingerprint) {
                if (session == m_tcp)
                    onCertificateRejected(problem, fingerprint);
            });
    connect(session, &TcpClientSession::connected, this,
            [this, session](const Endpoint &local, const Endpoint &peer) {
                if (session == m_tcp)
                    showStatus(tr("Connected: %1 → %2").arg(local.toString(), peer.toString()));
            });
    connect(session, &TcpClientSession::disconnected, this, [this, session] {
        if (session == m_tcp && !isStatusError())
            showStatus(tr("Disconnected."));
    });
    connect(session, &Session::errorOccurred, this, [this, session](const QString &message) {
        if (session == m_tcp)
            showError(message);
    });
}

void ClientPane::ensureUdpSession()
{
    if (m_udp)
        return;
    dropSession();
    UdpSession *session = engine()->createUdp(TrafficEvent::Role::Client);
    m_udp = session;
    emit sessionCreated(session->id(), SessionName::of(*session));
    applyMulticastOptions();
    connect(session, &UdpSession::datagramSent, this,
            [this, session](const Endpoint &destination, qint64 bytes) {
                if (session != m_udp)
                    return;
                m_udpOpen = true;
                // The socket is bound to the wildcard address; only its port tells it apart.
                showStatus(tr("Sent %n byte(s) to %1 from local port %2.", nullptr,
                              static_cast<int>(bytes))
                               .arg(destination.toString())
                               .arg(m_udp->localEndpoint().port()));
                updateWidgets();
                emit titleChanged();
            });
    connect(session, &Session::errorOccurred, this, [this, session](const QString &message) {
        if (session == m_udp)
            showError(message);
    });
    connect(session, &UdpSession::repeatProgress, this,
            [this, session](const RepeatProgress &progress) {
                if (session == m_udp)
                    repeatRow()->showProgress(progress);
            });
}

void ClientPane::dropSession()
{
    removeSessions(m_tcp, m_udp);
    m_udpOpen = false;
}

void ClientPane::closeUdpSocket()
{
    if (!m_udp || !m_udpOpen)
        return;
    m_udp->close();
    m_udpOpen = false;
    showStatus(tr("Socket closed; the next Send opens a new one."));
    updateWidgets();
    emit titleChanged();
}

void ClientPane::onTcpStateChanged()
{
    if (!m_pendingMessages.isEmpty() && m_tcp) {
        const auto state = m_tcp->state();
        if (state == TcpClientSession::State::Connected) {
            const QList<SequenceItem> pending = std::exchange(m_pendingMessages, {});
            sendMessages(pending, nullptr);
        } else if (state == TcpClientSession::State::Unconnected) {
            m_pendingMessages.clear(); // the status line already says why it failed
        }
    }
    if (m_reconnectAfterTrust && m_tcp
        && m_tcp->state() == TcpClientSession::State::Unconnected) {
        m_reconnectAfterTrust = false;
        connectToServer();
    }
    updateWidgets();
    emit titleChanged();
}

void ClientPane::updateWidgets()
{
    const bool tcp = protocol() == TrafficEvent::Protocol::Tcp;
    const TcpClientSession::State state
        = m_tcp ? m_tcp->state() : TcpClientSession::State::Unconnected;
    const bool idle = state == TcpClientSession::State::Unconnected;

    m_ui->protocolCombo->setEnabled(idle);
    m_ui->hostCombo->setEnabled(idle);
    m_ui->portEdit->setEnabled(idle);
    m_ui->timeoutSpin->setEnabled(idle);
    m_ui->framingEdit->setEnabled(idle);

    m_ui->timeoutLabel->setVisible(tcp);
    m_ui->timeoutSpin->setVisible(tcp);
    // A datagram is already one message: framing is for TCP streams only.
    m_ui->framingLabel->setVisible(tcp);
    m_ui->framingEdit->setVisible(tcp);
    m_ui->connectButton->setVisible(tcp);
    m_ui->udpHintLabel->setVisible(!tcp);
    m_ui->closeSocketButton->setVisible(!tcp);
    m_ui->closeSocketButton->setEnabled(m_udpOpen);
    m_multicast->setVisible(!tcp);
    m_tlsBox->setVisible(tcp);
    m_tlsBox->setEditable(idle);
    if (!tcp)
        m_trustBar->dismiss();

    switch (state) {
    case TcpClientSession::State::Unconnected:
        m_ui->connectButton->setText(tr("&Connect"));
        break;
    case TcpClientSession::State::HostLookup:
    case TcpClientSession::State::Connecting:
        m_ui->connectButton->setText(tr("&Cancel"));
        break;
    case TcpClientSession::State::Connected:
        m_ui->connectButton->setText(tr("&Disconnect"));
        break;
    case TcpClientSession::State::Closing:
        m_ui->connectButton->setText(tr("&Abort"));
        break;
    }
    const bool canSend = !tcp || state == TcpClientSession::State::Connected;
    m_ui->sendButton->setEnabled(canSend);
    repeatRow()->setStartEnabled(canSend);
    fileSendRow()->setChooseEnabled(canSend);
}
