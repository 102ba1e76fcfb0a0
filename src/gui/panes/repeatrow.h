// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/repeatplan.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

// A pane's compact "Repeat" row: how many times (0 = until stopped), at an interval in ms or a
// rate in messages per second, Start/Stop, and the live count and achieved rate. The pacing
// itself runs on the session's thread; this row only asks for it and shows its progress,
// redrawn at most ~10 times a second however often progress arrives.
class RepeatRow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RedrawMs = 100;

    explicit RepeatRow(QWidget *parent = nullptr);

    // The plan the fields describe.
    RepeatPlan plan() const;
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    // Whether Start may be pressed (the pane has somewhere to send).
    void setStartEnabled(bool enabled);
    // The latest progress; drawn now if the last redraw is old enough, else on the next tick.
    void showProgress(const RepeatProgress &progress);
    // A sentence instead of the count (a refused start).
    void showMessage(const QString &text);
    QString progressText() const;

signals:
    void startRequested(const RepeatPlan &plan);
    void stopRequested();

private:
    void onButton();
    void onModeChanged();
    void redraw();

    QSpinBox *m_count = nullptr;
    QComboBox *m_mode = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_progress = nullptr;
    QTimer *m_redraw = nullptr;
    QElapsedTimer m_lastRedraw;
    RepeatProgress m_latest;
    bool m_running = false;
    bool m_startEnabled = true;
};
