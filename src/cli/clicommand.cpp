// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "clioptions.h"
#include "net/engine.h"
#include "log/outputpath.h"
#include "net/session.h"
#include "net/sessionname.h"
#include "net/socketnarration.h"
#include "log/trafficlog.h"
#include "log/trafficlogfilewriter.h"
#include "optionlist.h"
#include "pythonoption.h"
#include "rawoutput.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

CliCommand::CliCommand(const QString &name, Engine *engine, QTextStream &out, QTextStream &err,
                       QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_engine(engine)
    , m_out(out)
    , m_err(err)
{
}

CliCommand::~CliCommand()
{
    for (const QPointer<Session> &session : std::as_const(m_sessions)) {
        if (session)
            m_engine->removeSession(session);
    }
    delete m_raw;
}

void CliCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    addOptions(parser);
    if (isClient())
        CliOptions::addMessageOptions(parser);
    const bool offersPython = PythonOption::isOffered(m_name);
    if (offersPython)
        parser.addOption(PythonOption::option());
    parser.addOption(CliOptions::json());
    QCommandLineOption stats = CliOptions::stats();
    QCommandLineOption logFile = CliOptions::logFile();
    QCommandLineOption raw = RawOutput::option();
    if (!logsTraffic()) {
        // Still parsed, so that using one is the sentence below and not "Unknown option".
        stats.setFlags(QCommandLineOption::HiddenFromHelp);
        logFile.setFlags(QCommandLineOption::HiddenFromHelp);
        raw.setFlags(QCommandLineOption::HiddenFromHelp);
    }
    parser.addOption(stats);
    parser.addOption(logFile);
    parser.addOption(raw);

    if (arguments == QStringList{QStringLiteral("--list-options")}) {
        // Hidden: what bash completion offers, read from the help so that it cannot drift.
        m_out << OptionList::fromHelp(parser.helpText()).join(u'\n') << '\n';
        finish(Success);
        return;
    }
    // parse() skips the program name, which is the first element.
    if (!parser.parse(QStringList{QStringLiteral("socklab-cli")} + arguments)) {
        usageError(OptionList::withHelpHint(parser.errorText(), m_name));
        return;
    }
    if (parser.isSet(help)) {
        printHelp(parser);
        finish(Success);
        return;
    }
    if (parser.positionalArguments().size() > maxPositionalArguments()) {
        usageError(tr("Unexpected argument \"%1\"; run \"socklab-cli %2 --help\" for usage.")
                           .arg(parser.positionalArguments().at(maxPositionalArguments()),
                                m_name));
        return;
    }
    if (offersPython && parser.isSet(PythonOption::option())) {
        // Before any log file or socket: printing the program opens nothing.
        QString error;
        const std::optional<QString> program
                = PythonOption::program(m_name, arguments, parser, &error);
        if (!program) {
            usageError(error);
            return;
        }
        m_out << *program;
        finish(Success);
        return;
    }
    if (!logsTraffic() && (parser.isSet(stats) || parser.isSet(logFile) || parser.isSet(raw))) {
        // Before the log file is opened: refusing it must not have truncated it.
        usageError(tr("\"socklab-cli %1\" opens no socket, so %2 has no events to count or "
                      "log; leave it out.")
                           .arg(m_name, parser.isSet(stats)     ? QStringLiteral("--stats")
                                        : parser.isSet(logFile) ? QStringLiteral("--log-file")
                                                                : QStringLiteral("--raw")));
        return;
    }
    m_isJson = parser.isSet(CliOptions::json());
    m_isStats = parser.isSet(CliOptions::stats());
    // optionNames(), not isSet(): the commands without --file must not make Qt warn.
    const QString inputPath = parser.optionNames().contains(QStringLiteral("file"))
            ? parser.value(QStringLiteral("file"))
            : QString();
    if (parser.isSet(CliOptions::logFile())
        && !startLogFile(parser.value(CliOptions::logFile()), inputPath))
        return;
    const EventPrinter::Format format = m_isStats ? EventPrinter::Format::Stats
            : m_isJson                             ? EventPrinter::Format::Json
                                                   : EventPrinter::Format::Human;
    if (parser.isSet(raw))
        m_raw = new RawOutput(m_engine->log(), 1); // stdout's descriptor, past QTextStream
    m_printer = new EventPrinter(m_engine->log(), format, out(), m_err, this);
    start(parser);
    // Known once start() has connected what reacts to events.
    if (m_printer && m_printer->readsEvents())
        m_printer->paceTcpToPrinting();
    else if (m_printer)
        holdOnlyWhatIsRead();
}

void CliCommand::holdOnlyWhatIsRead()
{
    // --stats that nobody reads events for: the counters and the sinks (--log-file, --raw)
    // see every event whole whatever the ring keeps, and nothing else reads the ring. Holding
    // 16 MiB of payloads for nobody made every received block land in memory that had left
    // the cache; a budget that fits the L2 cache reuses blocks still in it. Measured with
    // /dev/null-like floods of 1 GiB (bench/run.sh, TCP ingest): the server's CPU fell from
    // 400-470 ms to 220-240 ms, against 150-170 ms for a C recv() loop.
    TrafficLog *log = m_engine->log();
    TrafficLog::Limits limits = log->limits();
    limits.maxPayloadBytes = unreadPayloadBytes;
    limits.maxEvents = unreadEvents;
    log->setLimits(limits);
}

void CliCommand::printHelp(QCommandLineParser &parser)
{
    QString text = parser.helpText();
    // Qt names the running executable; tests run in another one, and the subcommand matters.
    const qsizetype lineEnd = text.indexOf(u'\n');
    text.replace(0, lineEnd, tr("Usage: socklab-cli %1 %2").arg(m_name, synopsis()));
    m_out << text;
    m_out.flush();
}

void CliCommand::interrupt(int signalNumber)
{
    if (m_finished)
        return;
    if (m_printer) {
        // A network thread held back for the printer must not keep the sync below waiting.
        m_printer->stopPacing();
        stop();
    }
    for (const QPointer<Session> &session : std::as_const(m_sessions)) {
        if (session)
            sync(session);
    }
    finish(isClient() ? SignalBase + signalNumber : Success);
}

bool CliCommand::startLogFile(const QString &path, const QString &inputPath)
{
    // Opening the log truncates it: were it the file to send, nothing would be left to send.
    if (OutputPath::isSameFile(path, inputPath)) {
        usageError(tr("--file and --log-file name the same file \"%1\"; writing the log would "
                      "erase the data to send.")
                           .arg(inputPath));
        return false;
    }
    OutputPath output;
    QString checkError;
    if (!output.check(path, &checkError)) {
        usageError(checkError);
        return false;
    }
    m_logFile = new TrafficLogFileWriter(m_engine->log(), this);
    // The writer thread reports a failed write; the command goes on and exits 1 at the end.
    connect(m_logFile, &TrafficLogFileWriter::failed, this,
            [this](const QString &message) {
                if (m_logFileFailureReported)
                    return;
                m_logFileFailureReported = true;
                m_err << QStringLiteral("socklab-cli: ") << message << Qt::endl;
            },
            Qt::QueuedConnection);
    QString error;
    // output holds a FIFO's reader until the writer's own open has returned.
    if (!m_logFile->start(path, &error)) {
        usageError(error);
        return false;
    }
    return true;
}

void CliCommand::watch(Session *session)
{
    m_sessions.append(session);
    const QString label = SessionName::of(*session);
    m_watched.append({session->id(), label});
    if (m_raw)
        m_raw->watch(session->id());
    m_printer->watch(session->id(), label);
}

void CliCommand::printSummary()
{
    const TrafficLog *log = m_engine->log();
    for (const auto &[sessionId, label] : std::as_const(m_watched)) {
        const TrafficLog::Counters counters = log->sessionCounters(sessionId);
        if (m_isJson) {
            QJsonObject object;
            object.insert(u"event", QStringLiteral("summary"));
            object.insert(u"session", label);
            object.insert(u"session_id", sessionId);
            object.insert(u"messages_in", static_cast<qint64>(counters.messagesIn));
            object.insert(u"bytes_in", static_cast<qint64>(counters.bytesIn));
            object.insert(u"messages_out", static_cast<qint64>(counters.messagesOut));
            object.insert(u"bytes_out", static_cast<qint64>(counters.bytesOut));
            object.insert(u"errors", static_cast<qint64>(counters.errors));
            object.insert(u"connections", static_cast<qint64>(counters.connections));
            out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                  << '\n';
        } else {
            out() << tr("%1: received %2 messages (%3 bytes), sent %4 messages (%5 bytes), "
                        "%6 connections, %7 errors")
                             .arg(label)
                             .arg(counters.messagesIn)
                             .arg(counters.bytesIn)
                             .arg(counters.messagesOut)
                             .arg(counters.bytesOut)
                             .arg(counters.connections)
                             .arg(counters.errors)
                  << '\n';
        }
    }
}

void CliCommand::sync(Session *session)
{
    // Queued calls run in order: when this empty one has run, the earlier ones have too.
    QMetaObject::invokeMethod(session, [] {}, Qt::BlockingQueuedConnection);
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    // Report from the event loop: the caller may be in the middle of printing a batch.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_printer) {
                    m_printer->drain();
                    m_printer->stopPacing(); // nothing more is printed from here on
                }
                if (m_isStats && m_printer)
                    printSummary();
                if (m_logFile) {
                    m_logFile->stop();
                    // Events promised to the file were lost: the run did not do its job.
                    if (m_logFile->hasFailed() && m_exitCode == Success)
                        m_exitCode = NetworkFailure;
                    // The failure may still be queued: say it now, once.
                    if (m_logFile->hasFailed() && !m_logFileFailureReported) {
                        m_logFileFailureReported = true;
                        m_err << QStringLiteral("socklab-cli: ") << m_logFile->errorString()
                              << Qt::endl;
                    }
                }
                if (m_raw) {
                    m_raw->stop();
                    if (m_raw->hasFailed()) {
                        m_err << QStringLiteral("socklab-cli: ") << m_raw->errorString()
                              << Qt::endl;
                        if (m_exitCode == Success)
                            m_exitCode = NetworkFailure;
                    }
                }
                m_out.flush();
                // Output promised on stdout was lost: like the log file, a failed run.
                if (m_printer && m_printer->checkOutput() && m_exitCode == Success)
                    m_exitCode = NetworkFailure;
                m_err.flush();
                emit finished(m_exitCode);
            },
            Qt::QueuedConnection);
}

void CliCommand::finishAfterPendingSignals(Session *session, int exitCode)
{
    if (m_finished)
        return;
    sync(session);
    QMetaObject::invokeMethod(this, [this, exitCode] { finish(exitCode); }, Qt::QueuedConnection);
}

void CliCommand::usageError(const QString &sentence)
{
    m_err << QStringLiteral("socklab-cli: ") << sentence << Qt::endl;
    finish(UsageError);
}

void CliCommand::warning(const QString &sentence)
{
    m_err << QStringLiteral("socklab-cli: ") << sentence << Qt::endl;
}

void CliCommand::warnIfAllInterfaces(const QHostAddress &address)
{
    if (const QString sentence = SocketNarration::exposureWarning(address); !sentence.isEmpty())
        warning(sentence);
}

std::optional<QHostAddress> CliCommand::bindAddress(const QCommandLineParser &parser,
                                                    QString *error)
{
    QString note;
    const std::optional<QHostAddress> address = CliOptions::bindAddress(parser, error, &note);
    if (!note.isEmpty())
        warning(note);
    return address;
}

void CliCommand::networkError(const QString &sentence)
{
    if (m_finished)
        return;
    m_err << QStringLiteral("socklab-cli: ") << sentence << Qt::endl;
    finish(NetworkFailure);
}
