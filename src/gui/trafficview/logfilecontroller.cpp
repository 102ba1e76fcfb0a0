// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/logfilecontroller.h"

#include "log/outputpath.h"
#include "log/trafficlogfilewriter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QSignalBlocker>

LogFileController::LogFileController(TrafficLog *log, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_writer(new TrafficLogFileWriter(log, this))
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("Log to &File…"), this))
{
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Write every event, none dropped, to a file as JSON lines, "
                            "whatever the view shows"));
    connect(m_action, &QAction::toggled, this, &LogFileController::onToggled);
    // Emitted on the writer's thread: queued to ours.
    connect(m_writer, &TrafficLogFileWriter::failed, this,
            [this](const QString &sentence) {
                m_writer->stop(); // nothing more will be written: joins at once
                m_action->setEnabled(true);
                setChecked(false);
                emit message(sentence);
            },
            Qt::QueuedConnection);
    connect(m_writer, &TrafficLogFileWriter::stopped, this, &LogFileController::onStopped,
            Qt::QueuedConnection);
}

LogFileController::~LogFileController() = default;

void LogFileController::onStopped()
{
    if (!m_writer->isActive())
        return; // stop() already joined (a failure, or the window closing)
    const bool failed = m_writer->hasFailed();
    m_writer->stop(); // the writer thread has finished: this only joins it
    m_action->setEnabled(true);
    setChecked(false);
    if (!failed)
        emit message(tr("Stopped logging: %n event(s) written to %1.", nullptr,
                        static_cast<int>(m_writer->eventsWritten()))
                             .arg(QDir::toNativeSeparators(m_writer->path())));
}

void LogFileController::setChecked(bool checked)
{
    const QSignalBlocker blocker(m_action);
    m_action->setChecked(checked);
}

void LogFileController::onToggled(bool checked)
{
    if (!checked) {
        stopLogging();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
            m_dialogParent, tr("Log to File"),
            QDir::home().filePath(QStringLiteral("socklab.jsonl")),
            tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty()) {
        setChecked(false);
        return;
    }
    startLogging(path);
}

bool LogFileController::startLogging(const QString &path)
{
    QString error;
    // The writer opens the file on this (the GUI) thread: a FIFO that nobody reads would
    // block that open, and the window, forever. The check refuses it at once.
    OutputPath output;
    if (!output.check(path, &error) || !m_writer->start(path, &error)) {
        setChecked(false);
        emit message(error);
        return false;
    }
    setChecked(true);
    emit message(tr("Logging every event to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LogFileController::stopLogging()
{
    if (!m_writer->isActive())
        return;
    // The writer finishes its queue on its own thread; onStopped() reports the end. Until
    // then the action waits, so a new file cannot start while the old one is being written.
    m_action->setEnabled(false);
    m_writer->stopInBackground();
}
