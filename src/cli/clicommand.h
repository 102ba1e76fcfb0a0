// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventprinter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>

#include <optional>

class Engine;
class QHostAddress;
class QCommandLineParser;
class Session;
class RawOutput;
class TrafficLogFileWriter;

// Base of one subcommand: parses its options, runs its session(s), prints their events and
// reports one exit status: 0 success, 1 network failure, 2 usage or input error.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    // A command stopped by a signal that it did not survive on its terms (a client that had
    // not finished, a second Ctrl+C) exits 128 + the signal number, as shells expect.
    enum ExitStatus { Success = 0, NetworkFailure = 1, UsageError = 2, SignalBase = 128 };

    CliCommand(const QString &name, Engine *engine, QTextStream &out, QTextStream &err,
               QObject *parent = nullptr);
    ~CliCommand() override;

    QString name() const { return m_name; }
    // Parses the arguments that follow the subcommand's name and starts it.
    void run(const QStringList &arguments);
    // SIGINT/SIGTERM: close the sockets cleanly and print what is left; a server exits 0, a
    // client (its job cut short) 128 + signalNumber.
    void interrupt(int signalNumber);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // The descriptor of standard input, for the clients that stream it (-1: none, as in
    // tests that drive the commands in-process).
    void setInputFd(int fd) { m_inputFd = fd; }
    int inputFd() const { return m_inputFd; }

signals:
    // Emitted once, from the event loop, after every event of the command was printed.
    void finished(int exitCode);

protected:
    // The options part of the synopsis, e.g. "--host H --port N [--send DATA]".
    virtual QString synopsis() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Checks the parsed options (usageError() on bad input) and starts the sessions.
    virtual void start(const QCommandLineParser &parser) = 0;
    // Closes the sessions for interrupt(); their last events are printed afterwards.
    virtual void stop() = 0;
    // Clients end by themselves when their job is done, so an interrupt cuts them short.
    // They also send library messages: --library PATH --message NAME are added for them.
    virtual bool isClient() const { return false; }
    // False for a command that opens no socket (messages): it has no event to count or log, so
    // --stats and --log-file are a usage error rather than silently ignored.
    virtual bool logsTraffic() const { return true; }
    // How many words may follow the options ("messages import FILE"); more is a usage error.
    virtual qsizetype maxPositionalArguments() const { return 0; }

    Engine *engine() const { return m_engine; }
    EventPrinter *printer() const { return m_printer; }
    // Where text goes: stdout, or stderr with --raw (stdout then holds received bytes only).
    QTextStream &out() { return m_raw ? m_err : m_out; }
    QTextStream &err() { return m_err; }

    // Prints the session's events from now on and removes the session when the command ends.
    void watch(Session *session);
    // Waits until the network thread has run every call already made on session's verbs, so
    // the events they log are in the log.
    void sync(Session *session);
    // Ends the command: prints the remaining events, removes the sessions, reports exitCode.
    void finish(int exitCode);
    // Like finish(), but lets the signals the session has already emitted arrive first: an
    // errorOccurred() that follows the signal being handled still turns the end into a failure.
    void finishAfterPendingSignals(Session *session, int exitCode);
    void usageError(const QString &sentence);
    // One line on stderr that does not end the command (e.g. bound to all interfaces).
    void warning(const QString &sentence);
    // Warns on stderr when a server is about to bind every interface.
    void warnIfAllInterfaces(const QHostAddress &address);
    // CliOptions::bindAddress(), with its note (an IPv4-mapped address) said on stderr.
    std::optional<QHostAddress> bindAddress(const QCommandLineParser &parser, QString *error);
    void networkError(const QString &sentence);

private:
    // What the traffic log holds when nothing reads it (holdOnlyWhatIsRead()): four blocks
    // of a TCP read and a few thousand events, in the L2 cache with room to spare.
    static constexpr qint64 unreadPayloadBytes = 256 * 1024;
    static constexpr qsizetype unreadEvents = 4096;

    void printHelp(QCommandLineParser &parser);
    void holdOnlyWhatIsRead();
    bool startLogFile(const QString &path, const QString &inputPath);
    void printSummary();

    const QString m_name;
    Engine *const m_engine;
    QTextStream &m_out;
    QTextStream &m_err;
    EventPrinter *m_printer = nullptr;
    QList<QPointer<Session>> m_sessions;
    QList<std::pair<int, QString>> m_watched; // session id and label, for --stats
    TrafficLogFileWriter *m_logFile = nullptr;
    RawOutput *m_raw = nullptr; // --raw
    bool m_logFileFailureReported = false;
    bool m_isJson = false;
    bool m_isStats = false;
    bool m_finished = false;
    int m_exitCode = Success;
    int m_inputFd = -1;
};
