// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QList>
#include <QWidget>

#include <memory>

class LessonPanel;
class QAction;
class QMenu;
class QTableView;
class QTimer;
class TrafficLogExport;
class TrafficLogFilterModel;
class TrafficLogModel;

namespace Ui {
class TrafficLogView;
}

// The shared traffic log: a fast table (fixed row height, no word wrap) that follows new rows
// unless the user scrolled up, a filter line, Pause and Clear, and a details panel with the
// selected event's hex dump. Rows can be copied (as shown, or their bytes as hex, a C array or
// Python bytes), filtered by peer and saved (trafficlogviewactions.cpp).
class TrafficLogView : public QWidget
{
    Q_OBJECT

public:
    // Under a stream the "N rows" label follows at most this often.
    static constexpr int RowsLabelIntervalMs = 500;

    explicit TrafficLogView(TrafficLogModel *model, QWidget *parent = nullptr);
    ~TrafficLogView() override;

    TrafficLogModel *model() const { return m_model; }
    TrafficLogFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const;
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *clearAction() const { return m_clearAction; }
    // Ctrl+F: shows and focuses the filter line.
    QAction *findAction() const { return m_findAction; }
    // Ctrl+C on the table: the selected rows as the table shows them, tab-separated.
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyHexAction() const { return m_copyHexAction; }
    QAction *copyCArrayAction() const { return m_copyCArrayAction; }
    QAction *copyPythonAction() const { return m_copyPythonAction; }
    QAction *filterByPeerAction() const { return m_filterByPeerAction; }
    QAction *saveSelectionAction() const { return m_saveSelectionAction; }
    QAction *exportAction() const { return m_exportAction; }
    TrafficLogExport *exporter() const { return m_export; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }

    // Rows of the filter model that are selected, in view order.
    QList<int> selectedRows() const;
    QList<TrafficEvent> eventsAt(const QList<int> &shownRows) const;
    // Every row shown (after the filter), in view order.
    QList<TrafficEvent> shownEvents() const;
    QString selectedRowsText() const;
    void focusFilter();
    void filterBySelectedPeer();
    // Starts saving the rows shown, or the selected ones, on the export worker; the format
    // follows the file name (TrafficLogExport::formatFor). False while a save is running.
    bool exportShown(const QString &path);
    bool exportSelection(const QString &path);
    // The context menu of the table, its actions enabled for the current selection.
    QMenu *contextMenu();

    QByteArray saveState() const;
    // Whether state is one this view wrote for its current columns; restoreState() refuses
    // (false, nothing changed) anything else.
    bool isValidState(const QByteArray &state) const;
    bool restoreState(const QByteArray &state);

signals:
    // A sentence for the status bar (a save finished or failed).
    void statusMessage(const QString &sentence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SavedState
    {
        QByteArray header;
        QByteArray splitter;
        int encoding = 0;
    };
    bool parseState(const QByteArray &state, SavedState *parsed) const;
    void setUpTable();
    void setUpEncodings();
    void setUpActions();
    void updateActions();
    void applyFilterNow();
    bool startExport(const QString &path, const QList<TrafficEvent> &events);
    void chooseExportFile(bool selectionOnly);
    void rememberScrollPosition();
    void followNewRows();
    void updateDetails();
    void updateRowsLabel();

    std::unique_ptr<Ui::TrafficLogView> m_ui;
    LessonPanel *m_lessonPanel = nullptr;
    TrafficLogModel *const m_model;
    TrafficLogFilterModel *m_filter = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyHexAction = nullptr;
    QAction *m_copyCArrayAction = nullptr;
    QAction *m_copyPythonAction = nullptr;
    QAction *m_filterByPeerAction = nullptr;
    QAction *m_saveSelectionAction = nullptr;
    QAction *m_exportAction = nullptr;
    QMenu *m_contextMenu = nullptr;
    TrafficLogExport *m_export = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_rowsLabelTimer = nullptr;
    QTimer *m_drawHold = nullptr; // while a flood is shown in steps: the next draw
    bool m_followTail = true;
};
