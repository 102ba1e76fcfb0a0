// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;
class TrafficLog;
class TrafficLogFileWriter;

// File > Log to File…: a checkable action that writes every event, exactly, to a JSON-lines
// file chosen by the user, without drawing it (the core writer has its own thread). When the
// disk cannot keep up, the writer's bounded queue makes the session threads read their sockets
// more slowly; this thread never waits for it (stopping hands the rest to the writer thread).
// Reports what happens, a failed write included, as one sentence through message().
class LogFileController : public QObject
{
    Q_OBJECT

public:
    LogFileController(TrafficLog *log, QWidget *dialogParent, QObject *parent = nullptr);
    ~LogFileController() override;

    QAction *action() const { return m_action; }
    TrafficLogFileWriter *writer() const { return m_writer; }

    // Starts writing to path without asking (the action asks first). False on failure, which
    // message() has reported.
    bool startLogging(const QString &path);
    // Asks the writer to finish in the background; the action comes back, unchecked, once the
    // file is complete.
    void stopLogging();

signals:
    void message(const QString &sentence);

private:
    void onToggled(bool checked);
    void onStopped();
    void setChecked(bool checked);

    TrafficLogFileWriter *m_writer = nullptr;
    QWidget *m_dialogParent = nullptr;
    QAction *m_action = nullptr;
};
