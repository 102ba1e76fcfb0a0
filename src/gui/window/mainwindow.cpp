// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "panes/clientpane.h"
#include "connections/connectionsview.h"
#include "panes/counterslabel.h"
#include "net/engine.h"
#include "panes/examplepresets.h"
#include "connections/portowner.h"
#include "learn/learndock.h"
#include "learn/tourpanel.h"
#include "trafficview/lessonpanel.h"
#include "settings/layoutstatevalidator.h"
#include "trafficview/logfilecontroller.h"
#include "panes/panetabwidget.h"
#include "panes/payloadeditor.h"
#include "panes/serverpane.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "messages/messagestore.h"
#include "messagespanel/messagelibrarydocument.h"
#include "messagespanel/messagespanel.h"
#include "window/aboutdialog.h"
#include "window/messagerouter.h"
#include "window/windowgeometry.h"
#include "window/windowsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_logModel(new TrafficLogModel(engine->log(), this))
{
    setWindowTitle(tr("SockLab"));
    setObjectName(QStringLiteral("MainWindow"));

    // Before the first pane: server panes' rules may reply with library messages.
    m_messages = new MessageLibraryDocument(this);
    m_serverTabs = new PaneTabWidget(
        tr("Server"), tr("New server tab"),
        [this](int number) {
            auto *pane = new ServerPane(m_engine, number);
            pane->setMessageLibrary(m_messages);
            return pane;
        },
        this);
    m_serverTabs->setObjectName(QStringLiteral("serverTabs"));
    m_clientTabs = new PaneTabWidget(
        tr("Client"), tr("New client tab"),
        [this](int number) {
            auto *pane = new ClientPane(m_engine, number);
            pane->setLogModel(m_logModel);
            return pane;
        },
        this);
    m_clientTabs->setObjectName(QStringLiteral("clientTabs"));

    m_sidesSplitter = new QSplitter(Qt::Horizontal);
    m_sidesSplitter->setObjectName(QStringLiteral("sidesSplitter"));
    m_sidesSplitter->addWidget(m_serverTabs);
    m_sidesSplitter->addWidget(m_clientTabs);
    m_sidesSplitter->setChildrenCollapsible(false);

    m_logView = new TrafficLogView(m_logModel);
    m_logView->setObjectName(QStringLiteral("logView"));

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    // On a small screen (1366x768 less a panel) the two panes want more room than there is:
    // they scroll inside the window rather than push it past the screen's edges.
    auto *panesScroll = new QScrollArea;
    panesScroll->setObjectName(QStringLiteral("panesScrollArea"));
    panesScroll->setWidgetResizable(true);
    panesScroll->setFrameShape(QFrame::NoFrame);
    panesScroll->setWidget(m_sidesSplitter);
    m_mainSplitter->addWidget(panesScroll);
    m_connectionsView = new ConnectionsView(engine);
    m_connectionsView->setObjectName(QStringLiteral("connectionsView"));
    connect(m_connectionsView, &ConnectionsView::sessionRequested, this,
            &MainWindow::showSession);
    // A lesson names the process behind a peer's port from the Connections table's snapshot.
    m_logView->lessonPanel()->setPeerOwnerLookup(
            [this](const Endpoint &peer) { return portOwner(m_connectionsView->model(), peer); });
    m_bottomTabs = new QTabWidget;
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_logView, tr("Traffic log"));
    m_bottomTabs->addTab(m_connectionsView, tr("Connections"));
    m_mainSplitter->addWidget(m_bottomTabs);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({480, 360});
    m_mainSplitter->setContentsMargins(6, 4, 6, 0);
    setCentralWidget(m_mainSplitter);

    m_counters = new CountersLabel(engine->log(), this);
    statusBar()->addPermanentWidget(m_counters);

    m_serverTabs->addPane();
    m_clientTabs->addPane();
    createMessagesPanel();
    m_learnDock = new LearnDock(engine, m_logModel, m_logView, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_learnDock);
    m_learnDock->hide();
    connect(m_learnDock, &LearnDock::logRowSelected, this,
            [this] { m_bottomTabs->setCurrentWidget(m_logView); });
    m_learnDock->setConnectionsView(m_connectionsView);
    connect(m_learnDock, &LearnDock::tcpStateNote, this,
            [this](int sessionId, const QString &note) {
                if (SessionPane *pane = paneOfSession(sessionId))
                    pane->setTcpStateNote(note);
            });
    connect(m_learnDock->tourPanel(), &TourPanel::showMeRequested, this,
            [this](TourProgress::Step step) { showTourStep(step); });
    createMenus();
    WindowGeometry::applyDefaultSize(this, DefaultSize);
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window, which hides the docks: their signals would then reach this
    // window's handlers after its own part is gone (UBSan caught the Learn dock's state note).
    disconnect(m_learnDock, nullptr, this, nullptr);
    disconnect(m_learnDock->tourPanel(), nullptr, this, nullptr);
    disconnect(m_messagesPanel, nullptr, this, nullptr);
}

void MainWindow::createMessagesPanel()
{
    m_router = new MessageRouter(m_serverTabs, m_clientTabs, this);
    m_messagesPanel = new MessagesPanel(m_messages, this);
    m_messagesPanel->setSendFunction([this](const QList<SequenceItem> &items, QString *error) {
        return m_router->send(items, error);
    });
    m_messagesPanel->setEditorFunction([this]() -> PayloadEditor * {
        SessionPane *pane = m_router->currentPane();
        return pane ? pane->payloadEditor() : nullptr;
    });
    const auto showTarget = [this] { m_messagesPanel->setTargetText(m_router->targetText()); };
    connect(m_router, &MessageRouter::targetChanged, this, showTarget);
    showTarget();
    addDockWidget(Qt::RightDockWidgetArea, m_messagesPanel);
    // Shown for the first time without a saved width: sized then, when the panes' needs are
    // known (a wider theme's widgets need more).
    connect(m_messagesPanel, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // After this turn: the dock is laid out only once it is shown.
        if (visible && !m_messagesFitted && m_messagesWidth <= 0 && isVisible())
            QTimer::singleShot(0, this, [this] {
                if (!m_messagesFitted)
                    fitMessagesPanel();
            });
    });
}

void MainWindow::fitMessagesPanel()
{
    m_messagesFitted = true;
    if (dockWidgetArea(m_messagesPanel) != Qt::LeftDockWidgetArea
        && dockWidgetArea(m_messagesPanel) != Qt::RightDockWidgetArea)
        return;
    // 440 px shows the starter set's name, folder, target, size and some preview; the panes
    // come first, though: with a dark GTK theme at 1600 px that width pushed the client pane's
    // Connect button out of sight. The panel keeps at least 280 px and then scrolls itself.
    constexpr int preferred = 440;
    constexpr int least = 280;
    const int separator = style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    const int panes = m_sidesSplitter->minimumSizeHint().width()
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int room = width() - panes - separator;
    resizeDocks({m_messagesPanel}, {std::clamp(room, least, preferred)}, Qt::Horizontal);
}

void MainWindow::keepHistory(SessionPane *pane)
{
    // One history per pane, by side and number, so "Client 2" finds its own after a restart.
    const QString side = qobject_cast<ServerPane *>(pane) ? QStringLiteral("server")
                                                          : QStringLiteral("client");
    pane->payloadEditor()->setHistoryKey(side + u'-' + QString::number(pane->number()));
}

void MainWindow::loadMessageLibrary(const QString &path)
{
    m_messages->load(path.isEmpty() ? MessageStore::defaultPath() : path);
}

ServerPane *MainWindow::currentServerPane() const
{
    return qobject_cast<ServerPane *>(m_serverTabs->currentPane());
}

ClientPane *MainWindow::currentClientPane() const
{
    return qobject_cast<ClientPane *>(m_clientTabs->currentPane());
}

SessionPane *MainWindow::paneOfSession(int sessionId) const
{
    for (PaneTabWidget *tabs : {m_serverTabs, m_clientTabs}) {
        const QList<SessionPane *> panes = tabs->panes();
        for (SessionPane *pane : panes) {
            const auto *server = qobject_cast<ServerPane *>(pane);
            const auto *client = qobject_cast<ClientPane *>(pane);
            if ((server && server->sessionId() == sessionId)
                || (client && client->sessionId() == sessionId))
                return pane;
        }
    }
    return nullptr;
}

bool MainWindow::showSession(int sessionId)
{
    SessionPane *pane = paneOfSession(sessionId);
    if (!pane)
        return false;
    PaneTabWidget *tabs = qobject_cast<ServerPane *>(pane) ? m_serverTabs : m_clientTabs;
    tabs->setCurrentWidget(pane);
    statusBar()->showMessage(
        tr("The selected socket belongs to %1.").arg(tabs->tabText(tabs->indexOf(pane))), 5000);
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newServer
        = file->addAction(tr("New &server tab"), this, [this] { m_serverTabs->addPane(); });
    newServer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *newClient
        = file->addAction(tr("New &client tab"), this, [this] { m_clientTabs->addPane(); });
    newClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    file->addSeparator();
    m_logFile = new LogFileController(m_engine->log(), this, this);
    connect(m_logFile, &LogFileController::message, this,
            [this](const QString &sentence) { statusBar()->showMessage(sentence); });
    file->addAction(m_logFile->action());
    file->addAction(m_logView->exportAction());
    connect(m_logView, &TrafficLogView::statusMessage, this,
            [this](const QString &sentence) { statusBar()->showMessage(sentence, 8000); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_logView->pauseAction());
    view->addAction(m_logView->clearAction());
    // Ctrl+F works from anywhere in the window, bringing the log to the front first.
    view->addAction(m_logView->findAction());
    connect(m_logView->findAction(), &QAction::triggered, this,
            [this] {
                m_bottomTabs->setCurrentWidget(m_logView);
                m_logView->focusFilter();
            });
    view->addSeparator();
    view->addAction(tr("Show &connections"), this,
                    [this] { m_bottomTabs->setCurrentWidget(m_connectionsView); });
    QAction *messages = m_messagesPanel->toggleViewAction();
    messages->setText(tr("&Messages panel"));
    messages->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    view->addAction(messages);
    QAction *learn = m_learnDock->toggleViewAction();
    learn->setText(tr("&Learn: lifecycle, layers, tour"));
    learn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(learn);

    createExamplesMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SockLab"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createExamplesMenu()
{
    QMenu *examples = menuBar()->addMenu(tr("&Examples"));
    examples->setToolTipsVisible(true);
    const QList<ExamplePreset> presets = ExamplePresets::all();
    for (const ExamplePreset &preset : presets) {
        QAction *action
            = examples->addAction(preset.title, this, [this, preset] { loadExample(preset); });
        action->setToolTip(tr("Fill a %1 tab like the tutorial's %2; press %3 to run it.")
                               .arg(preset.isServer ? tr("server") : tr("client"), preset.fileName,
                                    preset.isServer ? tr("Start") : tr("Connect or Send")));
    }
}

void MainWindow::loadExample(const ExamplePreset &preset)
{
    PaneTabWidget *tabs = preset.isServer ? m_serverTabs : m_clientTabs;
    SessionPane *pane = tabs->currentPane();
    if (!pane || pane->isRunning())
        pane = tabs->addPane();
    if (auto *server = qobject_cast<ServerPane *>(pane))
        server->setConfig(preset.server);
    else if (auto *client = qobject_cast<ClientPane *>(pane))
        client->setConfig(preset.client);
    tabs->setCurrentWidget(pane);
    pane->setFocus();
    statusBar()->showMessage(
        tr("Loaded %1. Press %2 to run it.")
            .arg(preset.fileName, preset.isServer ? tr("Start") : tr("Connect or Send")),
        8000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    m_settingsEnabled = true;
    QString problem;
    WindowSettings::Snapshot saved = WindowSettings::read(&problem);
    m_settingsWriteRefused = saved.isWriteRefused;

    // Qt trusts saved state bytes; each blob is checked against the widget it is meant for.
    const bool layoutValid
        = (saved.geometry.isEmpty() || LayoutStateValidator::isValidGeometry(saved.geometry))
        && (saved.mainSplitter.isEmpty()
            || LayoutStateValidator::isValidSplitterState(saved.mainSplitter,
                                                          m_mainSplitter->count()))
        && (saved.sidesSplitter.isEmpty()
            || LayoutStateValidator::isValidSplitterState(saved.sidesSplitter,
                                                          m_sidesSplitter->count()))
        && (saved.logView.isEmpty() || m_logView->isValidState(saved.logView));
    if (!layoutValid) {
        const QString sentence = WindowSettings::discardLayout(&saved);
        if (problem.isEmpty())
            problem = sentence;
    }

    // Should a widget still die on what it is given, the marker makes the next start skip it.
    WindowSettings::beginRestore();
    if (!saved.geometry.isEmpty())
        if (restoreGeometry(saved.geometry))
            WindowGeometry::clampToScreen(this);
    if (!saved.mainSplitter.isEmpty())
        m_mainSplitter->restoreState(saved.mainSplitter);
    if (!saved.sidesSplitter.isEmpty())
        m_sidesSplitter->restoreState(saved.sidesSplitter);
    if (!saved.logView.isEmpty())
        m_logView->restoreState(saved.logView);
    if (saved.hasServer)
        if (auto *server = currentServerPane())
            server->setConfig(saved.server);
    if (saved.hasClient)
        if (auto *client = currentClientPane())
            client->setConfig(saved.client);
    addDockWidget(Qt::DockWidgetArea(saved.messagesArea), m_messagesPanel);
    m_messagesWidth = saved.messagesWidth;
    if (saved.messagesWidth > 0) {
        const Qt::Orientation along = saved.messagesArea == Qt::TopDockWidgetArea
                        || saved.messagesArea == Qt::BottomDockWidgetArea
                ? Qt::Vertical
                : Qt::Horizontal;
        resizeDocks({m_messagesPanel}, {saved.messagesWidth}, along);
    }
    m_messagesPanel->setVisible(saved.messagesVisible);
    m_messagesPanel->setStepDelayMs(saved.messagesStepDelayMs);
    m_messagesPanel->setSequenceDelays(saved.messagesSequenceDelays);
    static_assert(WindowSettings::LearnTabCount == LearnDock::TabCount);
    m_learnDock->setCurrentTab(LearnDock::Tab(saved.learnTab));
    m_learnDock->setVisible(saved.learnVisible);
    WindowSettings::endRestore();
    loadMessageLibrary();
    // Histories are files like the settings: kept only by a window that keeps settings.
    for (PaneTabWidget *tabs : {m_serverTabs, m_clientTabs}) {
        const QList<SessionPane *> panes = tabs->panes();
        for (SessionPane *pane : panes)
            keepHistory(pane);
        connect(tabs, &PaneTabWidget::paneAdded, this, &MainWindow::keepHistory);
    }

    const qsizetype notSaved = qMax(saved.hasServer ? saved.server.editor.payloadNotSaved : 0,
                                    saved.hasClient ? saved.client.editor.payloadNotSaved : 0);
    if (problem.isEmpty() && notSaved > 0) {
        const QLocale locale;
        problem = tr("The last message (%1 characters) was too large to keep in the settings "
                     "(limit %2 characters); use Save to file in the message editor to keep "
                     "large messages.")
                      .arg(locale.toString(notSaved), locale.toString(SettingsPayloadLimit));
    }
    if (!problem.isEmpty())
        statusBar()->showMessage(problem);
}

void MainWindow::saveSettings()
{
    WindowSettings::Snapshot snapshot;
    snapshot.geometry = saveGeometry();
    // No QMainWindow::saveState(): its blob would be one more to validate; the one dock
    // (Messages) is kept as plain values instead.
    snapshot.mainSplitter = m_mainSplitter->saveState();
    snapshot.sidesSplitter = m_sidesSplitter->saveState();
    snapshot.logView = m_logView->saveState();
    if (auto *server = currentServerPane()) {
        snapshot.hasServer = true;
        snapshot.server = server->config();
    }
    if (auto *client = currentClientPane()) {
        snapshot.hasClient = true;
        snapshot.client = client->config();
    }
    const Qt::DockWidgetArea area = dockWidgetArea(m_messagesPanel);
    snapshot.messagesArea = area == Qt::NoDockWidgetArea ? Qt::RightDockWidgetArea : area;
    snapshot.messagesVisible = m_messagesPanel->isVisibleTo(this);
    snapshot.messagesWidth = area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea
            ? m_messagesPanel->height()
            : m_messagesPanel->width();
    snapshot.messagesStepDelayMs = int(m_messagesPanel->stepDelayMs());
    snapshot.messagesSequenceDelays = m_messagesPanel->sequenceDelays();
    snapshot.learnVisible = m_learnDock->isVisibleTo(this);
    snapshot.learnTab = m_learnDock->currentTab();
    snapshot.isWriteRefused = m_settingsWriteRefused;
    QString problem;
    if (!WindowSettings::write(snapshot, &problem) && !m_settingsWriteRefused)
        statusBar()->showMessage(problem);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Docks take their size once the window is laid out.
    if (!m_shownOnce && m_messagesWidth <= 0 && m_messagesPanel->isVisibleTo(this))
        fitMessagesPanel();
    m_shownOnce = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsEnabled)
        saveSettings();
    event->accept();
}
