// SPDX-License-Identifier: GPL-3.0-or-later
// ServerPane: the fields, Start/Stop, the Connections and Senders lists and which widgets are
// enabled. The session it runs is followed in serverpanesession.cpp, sending in serverpanesend.cpp.
#include "panes/serverpane.h"

#include "ui_serverpane.h"

#include "net/listenaddresses.h"
#include "net/sessionname.h"
#include "net/socketnarration.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "panes/filesendrow.h"
#include "panes/framingedit.h"
#include "panes/multicastbox.h"
#include "panes/repeatrow.h"
#include "panes/serverconnectionslist.h"
#include "panes/tlsbox.h"
#include "panes/udpsenderslist.h"
#include "rules/responder.h"
#include "rules/ruleseditor.h"

#include <QShortcut>

ServerPane::ServerPane(Engine *engine, int number, QWidget *parent)
    : SessionPane(engine, number, parent)
    , m_ui(std::make_unique<Ui::ServerPane>())
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    m_connections = new ServerConnectionsList(m_ui->connectionsTree, this);
    connect(m_connections, &ServerConnectionsList::flushed, this, &ServerPane::onListFlushed);
    m_senders = new UdpSendersList(m_ui->sendersList, this);
    installSendTools(m_ui->sendLayout, 1, m_ui->sendButtonsLayout);
    connect(m_senders, &UdpSendersList::flushed, this, &ServerPane::updateWidgets);
    // Issue 12: both families on one socket, and localhost as 127.0.0.1 and ::1 (TCP).
    m_ui->addressCombo->addItem(QStringLiteral("localhost"));
    m_ui->addressCombo->addItem(ListenAddresses::anyBothLabel());
    m_multicast = new MulticastBox(this);
    m_ui->udpPeersLayout->addWidget(m_multicast);
    connect(m_multicast, &MulticastBox::problem, this, &ServerPane::showError);
    m_tlsBox = new TlsBox(TlsBox::Role::Server, this);
    m_ui->optionsLayout->addWidget(m_tlsBox);
    m_tlsBox->setBindAddressText(m_ui->addressCombo->currentText());
    connect(m_ui->addressCombo, &QComboBox::currentTextChanged, m_tlsBox,
            &TlsBox::setBindAddressText);
    connect(m_tlsBox, &TlsBox::problem, this, &ServerPane::showError);
    connect(m_tlsBox, &TlsBox::status, this, &ServerPane::showStatus);

    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this,
            &ServerPane::onProtocolChanged);
    connect(m_ui->addressCombo, &QComboBox::currentTextChanged, this, &ServerPane::titleChanged);
    connect(m_ui->addressCombo, &QComboBox::currentTextChanged, this,
            &ServerPane::updateExposureWarning);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &ServerPane::titleChanged);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &ServerPane::start);
    connect(m_ui->startButton, &QPushButton::clicked, this, &ServerPane::toggleRunning);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &ServerPane::disconnectSelected);
    connect(m_ui->sendSelectedButton, &QPushButton::clicked, this, &ServerPane::sendToSelected);
    connect(m_ui->sendAllButton, &QPushButton::clicked, this, &ServerPane::sendToAll);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &ServerPane::replyToSelected);
    connect(m_ui->connectionsTree, &QTreeWidget::itemSelectionChanged, this,
            &ServerPane::updateWidgets);
    connect(m_ui->sendersList, &QListWidget::itemSelectionChanged, this,
            &ServerPane::updateWidgets);
    m_ui->framingEdit->setVertical(true);
    connect(m_ui->rulesEditor, &RulesEditor::rulesEdited, this, &ServerPane::onRulesEdited);
    connect(m_ui->rulesEditor, &RulesEditor::problem, this, &ServerPane::onRulesProblem);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ServerPane::sendDefault);

    showStatus(tr("Stopped. Press Start to listen."));
    onProtocolChanged();
    updateExposureWarning();
}

void ServerPane::updateExposureWarning()
{
    const auto address
            = ListenAddresses::forText(m_ui->addressCombo->currentText()).value(0);
    const bool exposed = !address.isNull() && SocketNarration::isAllInterfaces(address);
    if (exposed)
        m_ui->exposureLabel->setText(
                tr("⚠ All interfaces (%1): other machines on the network can connect to this "
                   "server. Choose 127.0.0.1 to keep it on this machine.")
                        .arg(Endpoint(address, 0).addressString()));
    m_ui->exposureLabel->setVisible(exposed);
}

ServerPane::~ServerPane()
{
    dropSession();
}

TrafficEvent::Protocol ServerPane::protocol() const
{
    return m_ui->protocolCombo->currentIndex() == 1 ? TrafficEvent::Protocol::Udp
                                                    : TrafficEvent::Protocol::Tcp;
}

bool ServerPane::isRunning() const
{
    if (m_tcp)
        return m_tcp->state() != TcpServerSession::State::Stopped;
    if (m_udp)
        return m_udp->state() == UdpSession::State::Bound;
    return false;
}

Endpoint ServerPane::localEndpoint() const
{
    if (!isRunning())
        return Endpoint();
    return m_tcp ? m_tcp->localEndpoint() : m_udp->localEndpoint();
}

int ServerPane::sessionId() const
{
    if (m_tcp)
        return m_tcp->id();
    return m_udp ? m_udp->id() : 0;
}

QString ServerPane::title() const
{
    // Once there is a session the tab carries its name, the one the log, JSON and CLI use.
    const Session *session = m_tcp ? static_cast<const Session *>(m_tcp.data()) : m_udp.data();
    const QString proto = session ? SessionName::of(*session)
        : protocol() == TrafficEvent::Protocol::Udp ? QStringLiteral("UDP")
                                                     : QStringLiteral("TCP");
    const Endpoint bound = localEndpoint();
    if (!bound.isNull())
        return proto + QLatin1Char(' ') + bound.toString() + runningMark(true);
    const QString address = m_ui->addressCombo->currentText().trimmed();
    const QHostAddress parsed = ListenAddresses::forText(address).value(0);
    const auto port = Endpoint::parsePort(m_ui->portEdit->text());
    if (!parsed.isNull() && port)
        return proto + QLatin1Char(' ') + Endpoint(parsed, *port).toString();
    return proto + QLatin1Char(' ') + address + QLatin1Char(':') + m_ui->portEdit->text().trimmed();
}

ServerConfig ServerPane::config() const
{
    ServerConfig c;
    c.protocol = protocol();
    c.address = m_ui->addressCombo->currentText().trimmed();
    c.port = m_ui->portEdit->text().trimmed();
    c.greeting = m_ui->greetingEdit->text();
    c.closeAfterGreeting = m_ui->closeAfterGreetingCheck->isChecked();
    c.maxConnections = m_ui->maxConnectionsSpin->value();
    c.maxClients = m_ui->maxClientsSpin->value();
    c.echo = m_ui->echoCheck->isChecked();
    c.maxDatagrams = m_ui->maxDatagramsSpin->value();
    c.autoReply = m_ui->autoReplyEdit->text();
    c.rules = m_ui->rulesEditor->rules();
    QString ignored; // a framing still being typed is kept as the last usable one
    c.framing = m_ui->framingEdit->frameSpec(&ignored).value_or(m_framing);
    c.tls = m_tlsBox->config();
    c.editor = m_ui->payloadEditor->config();
    return c;
}

void ServerPane::setConfig(const ServerConfig &c)
{
    if (isRunning())
        return;
    m_ui->protocolCombo->setCurrentIndex(c.protocol == TrafficEvent::Protocol::Udp ? 1 : 0);
    m_ui->addressCombo->setCurrentText(c.address);
    m_ui->portEdit->setText(c.port);
    m_ui->greetingEdit->setText(c.greeting);
    m_ui->closeAfterGreetingCheck->setChecked(c.closeAfterGreeting);
    m_ui->maxConnectionsSpin->setValue(c.maxConnections);
    m_ui->maxClientsSpin->setValue(c.maxClients);
    m_ui->echoCheck->setChecked(c.echo);
    m_ui->maxDatagramsSpin->setValue(c.maxDatagrams);
    m_ui->autoReplyEdit->setText(c.autoReply);
    m_ui->rulesEditor->setRules(c.rules);
    showRulesSummary();
    m_ui->rulesEditor->setResponder(nullptr);
    m_ui->framingEdit->setFrameSpec(c.framing);
    m_framing = c.framing;
    m_tlsBox->setConfig(c.tls);
    m_ui->payloadEditor->setConfig(c.editor);
    m_lastProtocol = c.protocol;
    // A reused tab starts a new session: the old one's name and status do not carry over.
    dropSession();
    if (c.problem.isEmpty())
        showStatus(tr("Stopped. Press Start to listen."));
    else
        showError(c.problem);
    updateWidgets();
    emit titleChanged();
}

void ServerPane::setMessageLibrary(const MessageLibraryDocument *library)
{
    m_ui->rulesEditor->setMessageLibrary(library);
}

void ServerPane::onProtocolChanged()
{
    const TrafficEvent::Protocol now = protocol();
    m_ui->rulesEditor->setUdp(now == TrafficEvent::Protocol::Udp);
    followDefaultPort(m_ui->portEdit, m_lastProtocol, now);
    m_lastProtocol = now;
    updateWidgets();
    emit titleChanged();
}

void ServerPane::toggleRunning()
{
    if (isRunning())
        stop();
    else
        start();
}

bool ServerPane::parseOption(const QString &text, const QString &what, QByteArray *bytes)
{
    const PayloadCodec::Result result = PayloadCodec::parse(text, PayloadCodec::Format::Text);
    if (!result.isOk()) {
        //: %1 names the field ("Greeting"), %2 is the codec's error sentence
        showError(tr("%1: %2").arg(what, result.error));
        return false;
    }
    *bytes = result.bytes;
    return true;
}

void ServerPane::start()
{
    if (isRunning() || m_pending)
        return;
    QString error;
    const QList<QHostAddress> addresses
            = ListenAddresses::forText(m_ui->addressCombo->currentText(), &error);
    const std::optional<QHostAddress> address
            = addresses.isEmpty() ? std::nullopt : std::optional(addresses.first());
    if (!address) {
        showError(error);
        m_ui->addressCombo->setFocus();
        return;
    }
    const auto port = Endpoint::parsePort(m_ui->portEdit->text(), &error);
    if (!port) {
        showError(error);
        m_ui->portEdit->setFocus();
        return;
    }
    if (protocol() == TrafficEvent::Protocol::Tcp)
        startTcp(*address, *port);
    else
        startUdp(*address, *port);
}

std::optional<ResponseRules> ServerPane::rulesFallback() const
{
    ResponseRules fallback;
    if (protocol() == TrafficEvent::Protocol::Tcp) {
        if (!m_ui->echoCheck->isChecked())
            return std::nullopt;
        fallback.defaultAction = ResponseRules::Default::Echo;
    } else {
        if (m_ui->autoReplyEdit->text().isEmpty())
            return std::nullopt;
        fallback.defaultAction = ResponseRules::Default::Reply;
        fallback.defaultReply = m_ui->autoReplyEdit->text();
        fallback.defaultMacros = false; // the auto-reply is sent as typed
    }
    return fallback;
}

bool ServerPane::compileRules(std::shared_ptr<Responder> *responder)
{
    QString error;
    *responder = m_ui->rulesEditor->compile(&error, rulesFallback());
    if (error.isEmpty())
        return true;
    showError(error);
    m_ui->middleTabs->setCurrentWidget(m_ui->rulesPage);
    return false;
}

void ServerPane::showRulesSummary()
{
    m_ui->middleTabs->setTabText(m_ui->middleTabs->indexOf(m_ui->rulesPage),
                                 m_ui->rulesEditor->summary());
}

void ServerPane::onRulesEdited()
{
    showRulesSummary();
    if (!isRunning() || m_pending)
        return;
    // Applied at once: the session reads its options per message, and a reply still waiting
    // holds the responder it came from. The new responder counts from zero.
    QString error;
    const std::shared_ptr<Responder> responder
        = m_ui->rulesEditor->compile(&error, rulesFallback());
    if (!error.isEmpty()) {
        showError(tr("%1 The running server keeps its previous rules.").arg(error));
        return;
    }
    if (m_tcp) {
        TcpServerOptions options = m_tcp->options();
        options.responder = responder;
        m_tcp->setOptions(options);
    } else if (m_udp) {
        UdpOptions options = m_udp->options();
        options.responder = responder;
        m_udp->setOptions(options);
    }
    m_ui->rulesEditor->setResponder(responder);
    showStatus(tr("Rules applied to the running server; their Fired counts start again."));
}

void ServerPane::onRulesProblem(const QString &sentence, bool isError)
{
    if (!sentence.isEmpty()) {
        if (isError)
            showError(sentence);
        else
            showStatus(sentence);
    } else if (isStatusError()) {
        // The mistake was fixed: back to what the pane was saying before it.
        if (isRunning())
            showRunningStatus();
        else
            showStatus(tr("Stopped. Press Start to listen."));
    }
}

void ServerPane::startTcp(const QHostAddress &address, quint16 port)
{
    TcpServerOptions options;
    if (!parseOption(m_ui->greetingEdit->text(), tr("Greeting"), &options.greeting))
        return;
    QString error;
    const auto framing = m_ui->framingEdit->frameSpec(&error);
    if (!framing) {
        showError(error);
        return;
    }
    options.framing = *framing;
    m_framing = *framing;
    const std::optional<TlsOptions> tls = m_tlsBox->options({}, 0, &error);
    if (!tls) {
        showError(error);
        return;
    }
    options.tls = *tls;
    if (!compileRules(&options.responder))
        return;
    options.closeAfterGreeting = m_ui->closeAfterGreetingCheck->isChecked();
    options.maxConnections = m_ui->maxConnectionsSpin->value();
    options.maxClients = m_ui->maxClientsSpin->value();
    options.echo = m_ui->echoCheck->isChecked();
    ensureTcpSession();
    m_connections->clear();
    m_tcp->setOptions(options);
    m_ui->rulesEditor->setResponder(options.responder);
    m_pending = true;
    m_stopRequested = false;
    showStatus(tr("Starting…"));
    m_tcp->listen(ListenAddresses::expand(m_ui->addressCombo->currentText(), address), port);
    updateWidgets();
}

void ServerPane::startUdp(const QHostAddress &address, quint16 port)
{
    UdpOptions options;
    if (!parseOption(m_ui->autoReplyEdit->text(), tr("Auto-reply"), &options.autoReply))
        return;
    if (!compileRules(&options.responder))
        return;
    options.maxDatagrams = m_ui->maxDatagramsSpin->value();
    ensureUdpSession();
    m_senders->clear();
    m_udp->setOptions(options);
    m_ui->rulesEditor->setResponder(options.responder);
    m_pending = true;
    m_stopRequested = false;
    showStatus(tr("Starting…"));
    m_udp->bind(ListenAddresses::expand(m_ui->addressCombo->currentText(), address), port);
    updateWidgets();
}

void ServerPane::stop()
{
    if (!isRunning())
        return;
    m_stopRequested = true;
    if (m_tcp)
        m_tcp->stop();
    if (m_udp)
        m_udp->close();
}

void ServerPane::onListFlushed()
{
    if (isRunning())
        showRunningStatus();
    updateWidgets();
}

void ServerPane::disconnectSelected()
{
    if (!m_tcp)
        return;
    const QList<int> ids = m_connections->selectedIds();
    for (int id : ids)
        m_tcp->disconnectClient(id);
}

void ServerPane::updateWidgets()
{
    const bool running = isRunning();
    const bool tcp = protocol() == TrafficEvent::Protocol::Tcp;
    const bool editable = !running && !m_pending;
    m_ui->protocolCombo->setEnabled(editable);
    m_ui->addressCombo->setEnabled(editable);
    m_ui->portEdit->setEnabled(editable);
    m_ui->optionsStack->setEnabled(editable);
    if (!running && !m_pending)
        m_ui->rulesEditor->setResponder(nullptr); // the last counts stay shown
    m_ui->optionsStack->setCurrentIndex(tcp ? 0 : 1);
    m_ui->peersStack->setCurrentIndex(tcp ? 0 : 1);
    m_ui->peersGroup->setTitle(tcp ? tr("Clients") : tr("Senders seen"));

    m_ui->startButton->setText(running ? tr("&Stop") : tr("&Start"));
    m_ui->startButton->setEnabled(!m_pending);

    const bool hasConnections = m_connections->count() > 0;
    const bool hasSelection = m_connections->hasSelection();
    m_ui->disconnectButton->setEnabled(tcp && hasSelection);
    m_ui->sendSelectedButton->setVisible(tcp);
    m_ui->sendAllButton->setVisible(tcp);
    m_ui->replyButton->setVisible(!tcp);
    m_ui->sendSelectedButton->setEnabled(running && hasSelection);
    m_ui->sendAllButton->setEnabled(running && hasConnections);
    m_ui->replyButton->setEnabled(running && !m_senders->currentSender().isNull());
    m_multicast->setBound(running && !tcp);
    m_tlsBox->setVisible(tcp);
    m_tlsBox->setEditable(editable);
    repeatRow()->setStartEnabled(canSendMessages());
    fileSendRow()->setChooseEnabled(running && (tcp ? hasConnections : canSendMessages()));
}
