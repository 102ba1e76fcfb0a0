// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learn/tourprogress.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

// The "Tour" tab of the Learn dock: the tutorial's walk-through as steps (start the TCP
// server, five clients, the Connections table, the UDP pair, TCP's refusal and UDP's silence).
// Each step is ticked by TourProgress from real events and snapshots, never by a button here;
// a step's button only fills in a pane or shows where to look (the window does that), and once
// ticked it selects the log row that ticked it.
class TourPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TourPanel(QWidget *parent = nullptr);

    const TourProgress &progress() const { return m_progress; }
    // Feeds the tour; refresh() shows what changed (once per batch, not per event).
    bool consume(const TrafficEvent &event) { return m_progress.consume(event); }
    bool consumeSnapshot(const QList<SocketRecord> &records);
    bool wantsSnapshots() const { return !m_progress.isDone(TourProgress::LookAtConnections); }
    void refresh();

    static QString title(TourProgress::Step step);
    QString instruction(TourProgress::Step step) const;
    QPushButton *button(TourProgress::Step step) const { return m_steps[step].button; }
    QLabel *mark(TourProgress::Step step) const { return m_steps[step].mark; }
    QString progressText() const;

signals:
    // "Show me" on a step not done: the window fills in a pane or brings a tab forward.
    void showMeRequested(TourProgress::Step step);
    // The button of a ticked step: the log row of the event that ticked it.
    void logRowRequested(quint64 sequence);
    // A step was ticked (tests wait on it).
    void stepTicked(TourProgress::Step step);

private:
    struct StepWidgets
    {
        QLabel *mark = nullptr;
        QLabel *title = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
        QWidget *frame = nullptr;
        bool wasDone = false;
    };

    void onButton(TourProgress::Step step);

    TourProgress m_progress;
    QLabel *m_progressLabel = nullptr;
    std::array<StepWidgets, TourProgress::StepCount> m_steps;
};
