#include "clicommand.h"

#include "clioptions.h"
#include "engine.h"
#include "session.h"
#include "socketnarration.h"
#include "trafficlog.h"

#include <QCommandLineParser>

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
    parser.addOption(CliOptions::json());

    // parse() skips the program name, which is the first element.
    if (!parser.parse(QStringList{QStringLiteral("socklab-cli")} + arguments)) {
        usageError(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        printHelp(parser);
        finish(Success);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\"; run \"socklab-cli %2 --help\" for usage.")
                           .arg(parser.positionalArguments().constFirst(), m_name));
        return;
    }
    m_printer = new EventPrinter(m_engine->log(),
                                 parser.isSet(CliOptions::json()) ? EventPrinter::Format::Json
                                                                  : EventPrinter::Format::Human,
                                 m_out, m_err, this);
    start(parser);
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

void CliCommand::interrupt()
{
    if (m_finished)
        return;
    if (m_printer)
        stop();
    for (const QPointer<Session> &session : std::as_const(m_sessions)) {
        if (session)
            sync(session);
    }
    finish(Success);
}

void CliCommand::watch(Session *session)
{
    m_sessions.append(session);
    m_printer->watch(session->id(), m_name + u'#' + QString::number(session->id()));
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
                if (m_printer)
                    m_printer->drain();
                m_out.flush();
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

void CliCommand::networkError(const QString &sentence)
{
    if (m_finished)
        return;
    m_err << QStringLiteral("socklab-cli: ") << sentence << Qt::endl;
    finish(NetworkFailure);
}
