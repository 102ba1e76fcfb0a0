#include "cliapp.h"
#include "descriptorlimit.h"
#include "engine.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // A server under test may hold thousands of connections, one descriptor each: the usual
    // soft limit of 1,024 is far too low.
    DescriptorLimit::raiseToHardLimit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("socklab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKLAB_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Engine engine;
    CliApp cli(&engine, out, err);

    SignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &SignalWatcher::signalled, &cli, [&cli] { cli.interrupt(); });

    // A local loop instead of app.exec(): exec() emits aboutToQuit while the network thread
    // still runs, and Qt 6.4's QHostInfoResult (left behind by every host name lookup) answers
    // that with a use-after-free. Here the Engine stops its thread before the app goes away.
    QEventLoop loop;
    QObject::connect(&cli, &CliApp::finished, &loop, &QEventLoop::exit);
    cli.start(QCoreApplication::arguments());
    return loop.exec();
}
