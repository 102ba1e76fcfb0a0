// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "net/descriptorlimit.h"
#include "net/engine.h"
#include "net/heapreuse.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Before the session threads: their reads take and free a block each.
    HeapReuse::keepFreedBlocks();
    // A server under test may hold thousands of connections, one descriptor each: the usual
    // soft limit of 1,024 is far too low.
    DescriptorLimit::raiseToHardLimit();
    if (!DescriptorLimit::canStart()) {
        std::fprintf(stderr,
                     "socklab-cli: too many open files: starting needs %d free file "
                     "descriptors (see ulimit -n).\n",
                     DescriptorLimit::descriptorsToStart);
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("socklab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKLAB_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Engine engine;
    CliApp cli(&engine, out, err);
    cli.setInputFd(0); // the clients stream a piped standard input, as ncat does

#ifdef SIGPIPE
    // Stdout is just another sink: a reader that went away (| head -1) makes writes fail with
    // EPIPE, which the printer reports, instead of killing a server and its --log-file.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    SignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &SignalWatcher::signalled, &cli,
                     [&cli](int signalNumber) { cli.interrupt(signalNumber); });

    // A local loop instead of app.exec(): exec() emits aboutToQuit while the network thread
    // still runs, and Qt 6.4's QHostInfoResult (left behind by every host name lookup) answers
    // that with a use-after-free. Here the Engine stops its thread before the app goes away.
    QEventLoop loop;
    QObject::connect(&cli, &CliApp::finished, &loop, &QEventLoop::exit);
    cli.start(QCoreApplication::arguments());
    return loop.exec();
}
