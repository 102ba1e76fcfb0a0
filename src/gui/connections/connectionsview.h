// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/socketrecord.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class ConnectionFilterModel;
class ConnectionTableModel;
class Engine;
class QAction;
class QTableView;
class QTimer;
class SocketTableReader;
struct SocketSnapshot;

namespace Ui {
class ConnectionsView;
}

// The netstat-style table of every socket on the machine. Snapshots are taken on the
// reader's thread while the view is visible (every second by default, adjustable, pausable,
// or on demand) and applied to the model as a keyed diff. SockLab's own rows are marked;
// selecting one asks the window to show the session that owns it.
class ConnectionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsView(Engine *engine, QWidget *parent = nullptr);
    ~ConnectionsView() override;

    ConnectionTableModel *model() const { return m_model; }
    ConnectionFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const;
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportAction() const { return m_exportAction; }

    void setIntervalMs(int ms);
    int intervalMs() const;
    bool isPaused() const;
    // Takes a snapshot now, visible or not.
    void refreshNow();

    // The selected rows as tab-separated text, in view order, one line each.
    QString selectedRowsText() const;
    // Writes the rows the view shows (filtered, in view order) as CSV, atomically.
    bool exportCsv(const QString &path, QString *error);
    // Applies a snapshot as if the reader had taken it (the reader's results arrive here).
    void applySnapshot(const SocketSnapshot &snapshot);
    // "groups: 239.1.2.3 on lo" for SockLab's own UDP sockets that joined multicast groups.
    QHash<SocketRecord::Key, QString> multicastNotes(const QList<SocketRecord> &records) const;
    // The line above the table: counts, read time, pause, problems.
    QString statusText() const;

signals:
    // An own socket was selected; sessionId is the session holding it.
    void sessionRequested(int sessionId);
    // A snapshot was applied to the model (tests and the lateness probe wait on it).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setUpFilters();
    void setUpActions();
    void setUpTable();
    void updateTimer();
    void updateStatus();
    void onCurrentRowChanged();
    void chooseExportFile();
    // Around a model reset (thousands of sockets at once): selection, current row and scroll
    // position are put back by socket key.
    void rememberSelection();
    void restoreSelection();

    std::unique_ptr<Ui::ConnectionsView> m_ui;
    Engine *const m_engine;
    ConnectionTableModel *m_model = nullptr;
    ConnectionFilterModel *m_filter = nullptr;
    SocketTableReader *m_reader = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_filterTimer = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QString m_problem; // the last snapshot's error, shown in the status line
    qint64 m_lastReadUs = -1;
    bool m_unsupported = false;
    struct SavedSelection
    {
        QList<SocketRecord::Key> selected;
        std::optional<SocketRecord::Key> current;
        int currentColumn = 0;
        int verticalScroll = 0;
        int horizontalScroll = 0;
    };
    SavedSelection m_saved;
};
