// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficlog.h"

#include <QElapsedTimer>
#include <QLabel>

class QTimer;

// Status bar counters: messages and bytes in and out with rates, errors, and how many events
// the log holds and has evicted. Reads TrafficLog's thread-safe totals twice a second.
class CountersLabel : public QLabel
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 500;

    explicit CountersLabel(TrafficLog *log, QWidget *parent = nullptr);

public slots:
    void refresh();

private:
    TrafficLog *const m_log;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    TrafficLog::Counters m_previous;
};
