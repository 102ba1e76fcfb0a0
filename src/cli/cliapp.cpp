// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "connectionscommand.h"
#include "messagescommand.h"
#include "tcpclientcommand.h"
#include "tcpservercommand.h"
#include "udpclientcommand.h"
#include "udpservercommand.h"

CliApp::CliApp(Engine *engine, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_out(out)
    , m_err(err)
{
}

CliApp::~CliApp() = default;

QString CliApp::usage() const
{
    return tr("Usage: socklab-cli COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  tcp-server   [--bind ADDR] [--port N] [--greeting DATA] "
              "[--close-after-greeting]\n"
              "               [--max-connections N] [--echo] [--json]\n"
              "  tcp-client   --host H --port N [--send DATA] [--read-bytes N] [--timeout MS] "
              "[--json]\n"
              "               [--library PATH --message NAME]\n"
              "  udp-server   [--bind ADDR] [--port N] [--max-datagrams N] [--reply DATA] "
              "[--rcvbuf BYTES] [--json]\n"
              "  udp-client   --host H --port N [--send DATA] [--count N] [--interval MS] "
              "[--json]\n"
              "               [--library PATH --message NAME]\n"
              "  connections  [--tcp] [--udp] [--listening] [--all] [--json]\n"
              "  messages     list|import FILE|export FILE [--library PATH] [--json]\n"
              "\n"
              "The tcp-* and udp-* commands also take --stats (no events, a summary of the "
              "exact counters at the end), --log-file PATH (every event as JSON lines, none "
              "dropped) and --raw; connections and messages open no socket and refuse all "
              "three.\n"
              "DATA is text with escapes (\\n \\r \\t \\\\ \\0 \\xHH); --hex switches DATA to "
              "hex; --file PATH sends a file (at most 65507 bytes in a UDP datagram to IPv4, "
              "65527 to IPv6, 256 MiB over TCP; a FIFO needs a writer, a --log-file FIFO a "
              "reader, and --log-file may not be the --file).\n"
              "--message NAME sends a message of the library (the window's, or --library PATH) "
              "instead of --send; its target stands in for --host and --port. \"messages "
              "import\" reads SockLab JSON, Packet Sender's packets.ini and its JSON export.\n"
              "Pipes, as with ncat: given nothing to send, tcp-client streams a piped standard "
              "input and half-closes when it ends, udp-client sends it a datagram per line "
              "(--datagram-per read: per read); --file - reads standard input. --raw writes "
              "only the received bytes to stdout, the events to stderr.\n"
              "Defaults: bind 127.0.0.1, TCP port 60001, UDP port 60002.\n"
              "Exit status: 0 success (a server stopped by SIGINT/SIGTERM too), 1 network "
              "failure or lost output (stdout, the log file or a messages file could not be "
              "written), 2 usage or input error (a damaged library too), "
              "130 a client stopped by Ctrl+C (128 + the signal number).\n"
              "A second Ctrl+C, or one not handled within a second, ends the program at "
              "once.\n"
              "Run \"socklab-cli COMMAND --help\" for the options of one command.\n")
           + tr("Learning: the tcp-* and udp-* commands take --as-python, which prints the "
                "equivalent python3 socket program (the tutorial's style) and exits without "
                "opening a socket.\n");
}

void CliApp::start(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        m_err << usage();
        finish(2);
        return;
    }
    if (name == u"--help" || name == u"-h" || name == u"help") {
        m_out << usage();
        finish(0);
        return;
    }
    if (name == u"--version" || name == u"-v") {
        m_out << QStringLiteral("socklab-cli " SOCKLAB_VERSION "\n");
        finish(0);
        return;
    }
    if (name == u"--list-commands") {
        // Hidden: what bash completion offers.
        m_out << commandNames().join(u'\n') << '\n';
        finish(0);
        return;
    }
    if (name.startsWith(u'-')) {
        usageError(tr("Unknown option \"%1\"; a command such as tcp-server comes first (run "
                      "\"socklab-cli --help\" for the list).")
                           .arg(name));
        return;
    }
    m_command = createCommand(name);
    if (!m_command) {
        usageError(tr("Unknown command \"%1\"; run \"socklab-cli --help\" for the list.")
                           .arg(name));
        return;
    }
    m_command->setInputFd(m_inputFd);
    connect(m_command, &CliCommand::finished, this, [this](int exitCode) {
        m_finished = true;
        m_exitCode = exitCode;
        emit finished(exitCode);
    });
    m_command->run(arguments.mid(2));
}

void CliApp::interrupt(int signalNumber)
{
    if (m_command)
        m_command->interrupt(signalNumber);
}

QStringList CliApp::commandNames()
{
    return {QStringLiteral("tcp-server"), QStringLiteral("tcp-client"),
            QStringLiteral("udp-server"), QStringLiteral("udp-client"),
            QStringLiteral("connections"), QStringLiteral("messages")};
}

CliCommand *CliApp::createCommand(const QString &name)
{
    if (name == u"tcp-server")
        return new TcpServerCommand(m_engine, m_out, m_err, this);
    if (name == u"tcp-client")
        return new TcpClientCommand(m_engine, m_out, m_err, this);
    if (name == u"udp-server")
        return new UdpServerCommand(m_engine, m_out, m_err, this);
    if (name == u"udp-client")
        return new UdpClientCommand(m_engine, m_out, m_err, this);
    if (name == u"connections")
        return new ConnectionsCommand(m_engine, m_out, m_err, this);
    if (name == u"messages")
        return new MessagesCommand(m_engine, m_out, m_err, this);
    return nullptr;
}

void CliApp::usageError(const QString &sentence)
{
    m_err << QStringLiteral("socklab-cli: ") << sentence << Qt::endl;
    finish(2);
}

void CliApp::finish(int exitCode)
{
    m_finished = true;
    m_exitCode = exitCode;
    m_out.flush();
    m_err.flush();
    // Same contract as a command: reported from the event loop.
    QMetaObject::invokeMethod(
            this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
