// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSize>

class ClientPane;
class ConnectionsView;
class CountersLabel;
class LearnDock;
class LogFileController;
class MessageLibraryDocument;
class MessageRouter;
class MessagesPanel;
class Engine;
class PaneTabWidget;
class QSplitter;
class QTabWidget;
class ServerPane;
class SessionPane;
class TrafficLogModel;
class TrafficLogView;
struct ExamplePreset;

// The window: server tabs and client tabs side by side above the shared traffic log, counters
// in the status bar, an Examples menu with the tutorial's four programs. Owns no socket: panes
// call session verbs on the Engine's network thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shrunk to fit a smaller screen (WindowGeometry).
    static constexpr QSize DefaultSize{1600, 900};

    explicit MainWindow(Engine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    Engine *engine() const { return m_engine; }
    PaneTabWidget *serverTabs() const { return m_serverTabs; }
    PaneTabWidget *clientTabs() const { return m_clientTabs; }
    ServerPane *currentServerPane() const;
    ClientPane *currentClientPane() const;
    TrafficLogModel *logModel() const { return m_logModel; }
    TrafficLogView *logView() const { return m_logView; }
    ConnectionsView *connectionsView() const { return m_connectionsView; }
    // The tabs under the panes: the traffic log and the Connections table.
    QTabWidget *bottomTabs() const { return m_bottomTabs; }

    // The server or client pane running this session; nullptr if none does.
    SessionPane *paneOfSession(int sessionId) const;
    // Brings the server or client tab running this session to the front; false if none does.
    bool showSession(int sessionId);
    LogFileController *logFile() const { return m_logFile; }
    MessagesPanel *messagesPanel() const { return m_messagesPanel; }
    MessageLibraryDocument *messageLibrary() const { return m_messages; }
    MessageRouter *messageRouter() const { return m_router; }
    // The Learn dock (lifecycle, layers, tour), hidden until View > Learn shows it.
    LearnDock *learnDock() const { return m_learnDock; }
    // Reads the message library from path (MessageStore::defaultPath() by default) on a worker
    // and saves every change there. restoreSettings() calls it; tests pass a path of their own.
    void loadMessageLibrary(const QString &path = QString());

    // Reads the saved layout and fields (QSettings "SockLab"/"SockLab") and saves them again
    // on close. Without this call the window neither reads nor writes settings (tests).
    void restoreSettings();
    void saveSettings();

    // Fills the current server or client tab with the preset (a new tab when the current one
    // is running) and shows it; does not start anything.
    void loadExample(const ExamplePreset &preset);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createExamplesMenu();
    void showAbout();
    void createMessagesPanel();
    // Gives the Messages panel its first width: 440 px, less when the panes need the room.
    void fitMessagesPanel();
    void keepHistory(SessionPane *pane);
    // The tour's "Show me" (mainwindowtour.cpp): fills in a pane or brings a tab forward; the
    // step itself is ticked only by what then happens.
    void showTourStep(int step);
    SessionPane *paneToFill(bool server);

    Engine *const m_engine;
    TrafficLogModel *m_logModel = nullptr;
    TrafficLogView *m_logView = nullptr;
    ConnectionsView *m_connectionsView = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    PaneTabWidget *m_serverTabs = nullptr;
    PaneTabWidget *m_clientTabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sidesSplitter = nullptr;
    CountersLabel *m_counters = nullptr;
    LogFileController *m_logFile = nullptr;
    MessageLibraryDocument *m_messages = nullptr;
    MessagesPanel *m_messagesPanel = nullptr;
    MessageRouter *m_router = nullptr;
    LearnDock *m_learnDock = nullptr;
    bool m_settingsEnabled = false;
    bool m_shownOnce = false;
    bool m_messagesFitted = false; // fitMessagesPanel() ran: later widths are the user's
    int m_messagesWidth = 0; // restored from the settings; 0 = the default
    // The settings path is a link or not a regular file: said once at start, never written.
    bool m_settingsWriteRefused = false;
};
