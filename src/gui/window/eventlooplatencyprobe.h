// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QTimer;

// Measures how late the GUI thread's event loop runs a timer that should fire every
// intervalMs: a repaint or a model update that takes 80 ms shows up as ~80 ms of lateness.
// Used by the benchmark (--bench-* options); costs one timer when on, nothing when off.
class EventLoopLatencyProbe : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopLatencyProbe(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();

    qsizetype sampleCount() const { return static_cast<qsizetype>(m_lateness.size()); }
    // Largest lateness seen, ms.
    double longestStallMs() const;
    // The given percentile (0-100) of lateness, ms.
    double percentileMs(double percentile) const;

private:
    void tick();

    const int m_intervalMs;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<double> m_lateness;
};
