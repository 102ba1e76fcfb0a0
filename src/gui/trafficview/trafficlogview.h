#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QTableView;
class QTimer;
class TrafficLogFilterModel;
class TrafficLogModel;

namespace Ui {
class TrafficLogView;
}

// The shared traffic log: a fast table (fixed row height, no word wrap) that follows new rows
// unless the user scrolled up, a filter line, Pause and Clear, and a details panel with the
// selected event's hex dump.
class TrafficLogView : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficLogView(TrafficLogModel *model, QWidget *parent = nullptr);
    ~TrafficLogView() override;

    TrafficLogModel *model() const { return m_model; }
    TrafficLogFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const;
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *clearAction() const { return m_clearAction; }

    QByteArray saveState() const;
    // Whether state is one this view wrote for its current columns; restoreState() refuses
    // (false, nothing changed) anything else.
    bool isValidState(const QByteArray &state) const;
    bool restoreState(const QByteArray &state);

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
    void rememberScrollPosition();
    void followNewRows();
    void updateDetails();
    void updateRowsLabel();

    std::unique_ptr<Ui::TrafficLogView> m_ui;
    TrafficLogModel *const m_model;
    TrafficLogFilterModel *m_filter = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    QTimer *m_filterTimer = nullptr;
    bool m_followTail = true;
};
