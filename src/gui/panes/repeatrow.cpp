// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/repeatrow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

RepeatRow::RepeatRow(QWidget *parent)
    : QWidget(parent)
{
    // Controls on one line, the live count on a line of its own below them (shown once a
    // repeat has run): beside the controls it would widen the pane or be cut to nothing.
    auto *lines = new QVBoxLayout(this);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(2);
    auto *layout = new QHBoxLayout;
    lines->addLayout(layout);
    auto *label = new QLabel(tr("Repeat:"), this);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("repeatCountSpin"));
    m_count->setRange(0, 1000000000);
    m_count->setValue(10);
    m_count->setSuffix(tr(" ×"));
    m_count->setSpecialValueText(tr("until stopped"));
    m_count->setToolTip(tr("How many times to send the message; 0 sends until Stop."));
    label->setBuddy(m_count);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("repeatModeCombo"));
    m_mode->setAccessibleName(tr("Repeat timing"));
    m_mode->addItem(tr("every (ms)"));
    m_mode->addItem(tr("rate (msg/s)"));
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("repeatValueSpin"));
    m_value->setAccessibleName(tr("Interval or rate"));
    m_value->setDecimals(1);
    m_value->setRange(0, 1e7);
    m_value->setValue(1000);
    m_button = new QPushButton(tr("Start"), this);
    m_button->setObjectName(QStringLiteral("repeatButton"));
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("repeatProgressLabel"));
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->hide();
    layout->addWidget(label);
    layout->addWidget(m_count);
    layout->addWidget(m_mode);
    layout->addWidget(m_value);
    layout->addWidget(m_button);
    layout->addStretch(1);
    lines->addWidget(m_progress);

    m_redraw = new QTimer(this);
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(RedrawMs);
    connect(m_redraw, &QTimer::timeout, this, &RepeatRow::redraw);
    connect(m_button, &QPushButton::clicked, this, &RepeatRow::onButton);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RepeatRow::onModeChanged);
    onModeChanged();
}

RepeatPlan RepeatRow::plan() const
{
    const qint64 count = m_count->value();
    if (m_mode->currentIndex() == 1)
        return RepeatPlan::fromRate(m_value->value(), count);
    return RepeatPlan::fromIntervalMs(m_value->value(), count);
}

void RepeatRow::onModeChanged()
{
    const bool rate = m_mode->currentIndex() == 1;
    m_value->setToolTip(rate ? tr("Messages per second; 0 sends as fast as the socket accepts.")
                             : tr("Milliseconds between messages; 0 sends as fast as the socket "
                                  "accepts."));
}

void RepeatRow::onButton()
{
    if (m_running)
        emit stopRequested();
    else
        emit startRequested(plan());
}

void RepeatRow::setRunning(bool running)
{
    m_running = running;
    m_button->setText(running ? tr("Stop") : tr("Start"));
    m_button->setEnabled(running || m_startEnabled);
    m_count->setEnabled(!running);
    m_mode->setEnabled(!running);
    m_value->setEnabled(!running);
    if (running) {
        m_latest = RepeatProgress();
        m_progress->clear();
        m_progress->hide();
    }
}

void RepeatRow::setStartEnabled(bool enabled)
{
    m_startEnabled = enabled;
    m_button->setEnabled(m_running || enabled);
}

void RepeatRow::showProgress(const RepeatProgress &progress)
{
    m_latest = progress;
    if (progress.finished) {
        m_redraw->stop();
        redraw();
        setRunning(false);
        return;
    }
    if (!m_lastRedraw.isValid() || m_lastRedraw.elapsed() >= RedrawMs)
        redraw();
    else if (!m_redraw->isActive())
        m_redraw->start(int(RedrawMs - m_lastRedraw.elapsed()));
}

void RepeatRow::showMessage(const QString &text)
{
    m_progress->setText(text);
    m_progress->setToolTip(text); // the label may be narrower than its text
    m_progress->setVisible(!text.isEmpty());
}

QString RepeatRow::progressText() const
{
    return m_progress->text();
}

void RepeatRow::redraw()
{
    m_lastRedraw.start();
    const QLocale locale;
    const QString sent = m_latest.planned > 0
        //: %1 sent so far, %2 planned
        ? tr("%1 / %2 sent").arg(locale.toString(m_latest.sent), locale.toString(m_latest.planned))
        : tr("%1 sent").arg(locale.toString(m_latest.sent));
    QString text = tr("%1 · %2 msg/s").arg(sent, locale.toString(m_latest.achievedRate, 'f', 1));
    if (m_latest.finished && !m_latest.stopReason.isEmpty())
        //: %1 is the count and rate, %2 the reason the repeat stopped
        text = tr("%1 · stopped: %2").arg(text, m_latest.stopReason);
    m_progress->setText(text);
    m_progress->setToolTip(text); // the label may be narrower than its text
    m_progress->setVisible(!text.isEmpty());
}
