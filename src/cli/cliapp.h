// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <csignal>

class CliCommand;
class Engine;

// socklab-cli as a library: picks the subcommand named on the command line, runs it and
// reports its exit status. main() wires stdout, stderr and signals; tests inject buffers.
class CliApp : public QObject
{
    Q_OBJECT

public:
    CliApp(Engine *engine, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliApp() override;

    // arguments as QCoreApplication::arguments(): the first one is the program name.
    void start(const QStringList &arguments);
    // SIGINT/SIGTERM: the running command closes its sockets; a server exits 0, a client
    // 128 + signalNumber (130 for Ctrl+C).
    void interrupt(int signalNumber = SIGINT);

    // Standard input for the clients that stream it (main: 0); -1 (the default): none.
    void setInputFd(int fd) { m_inputFd = fd; }

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    QString usage() const;
    // The subcommands, in the order of the usage text.
    static QStringList commandNames();

signals:
    // Emitted once, from the event loop, when the command has ended.
    void finished(int exitCode);

private:
    CliCommand *createCommand(const QString &name);
    void finish(int exitCode);
    void usageError(const QString &sentence);

    Engine *const m_engine;
    QTextStream &m_out;
    QTextStream &m_err;
    CliCommand *m_command = nullptr;
    bool m_finished = false;
    int m_exitCode = 0;
    int m_inputFd = -1;
};
