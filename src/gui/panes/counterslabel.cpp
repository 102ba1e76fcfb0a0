// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/counterslabel.h"

#include <QLocale>
#include <QTimer>

CountersLabel::CountersLabel(TrafficLog *log, QWidget *parent)
    : QLabel(parent)
    , m_log(log)
    , m_timer(new QTimer(this))
{
    setTextFormat(Qt::PlainText);
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &CountersLabel::refresh);
    m_timer->start();
    m_clock.start();
    refresh();
}

void CountersLabel::refresh()
{
    const TrafficLog::Counters now = m_log->totals();
    const double seconds = qMax<qint64>(1, m_clock.restart()) / 1000.0;
    const auto rate = [seconds](quint64 current, quint64 previous) {
        const quint64 delta = current >= previous ? current - previous : 0;
        return static_cast<qint64>(static_cast<double>(delta) / seconds);
    };
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    const qint64 inRate = rate(now.bytesIn, m_previous.bytesIn);
    const qint64 outRate = rate(now.bytesOut, m_previous.bytesOut);
    m_previous = now;

    //: Status bar. %1 messages received, %2 bytes received, %3 receive rate; then the same
    //: for sent; %7 errors; %8 events held by the log, %9 events evicted from it.
    setText(tr("In: %1 msg, %2 (%3/s)   Out: %4 msg, %5 (%6/s)   Errors: %7   "
               "Log: %8 held, %9 evicted")
                .arg(locale.toString(now.messagesIn), size(static_cast<qint64>(now.bytesIn)),
                     size(inRate), locale.toString(now.messagesOut),
                     size(static_cast<qint64>(now.bytesOut)), size(outRate),
                     locale.toString(now.errors), locale.toString(m_log->heldCount()),
                     locale.toString(m_log->evictedCount())));
}
