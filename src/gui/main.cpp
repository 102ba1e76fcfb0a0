// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/benchmode.h"
#include "window/helpandversion.h"
#include "net/descriptorlimit.h"
#include "net/engine.h"
#include "net/heapreuse.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before anything that needs a display or many descriptors.
    if (const std::optional<int> answered = HelpAndVersion::answer(argc, argv))
        return *answered;
    // Before the session threads: their reads take and free a block each.
    HeapReuse::keepFreedBlocks();
    // A server under test may hold thousands of connections, one descriptor each: the usual
    // soft limit of 1,024 is far too low.
    DescriptorLimit::raiseToHardLimit();
    // Before QApplication: without descriptors there is no display connection to show a
    // message on, and Qt would abort when the first session thread starts.
    if (!DescriptorLimit::canStart()) {
        std::fprintf(stderr,
                     "socklab: too many open files: starting needs %d free file descriptors "
                     "(see ulimit -n).\n",
                     DescriptorLimit::descriptorsToStart);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SockLab"));
    QApplication::setApplicationName(QStringLiteral("SockLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("SockLab"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.socklab.SockLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socklab.svg")));
    Translations::install(&app);

    QString benchError;
    const std::optional<BenchMode::Options> bench
            = BenchMode::parse(QApplication::arguments(), &benchError);
    if (!benchError.isEmpty()) {
        std::fprintf(stderr, "socklab: %s\n", qPrintable(benchError));
        return 2;
    }

    Engine engine;
    MainWindow window(&engine);
    // A benchmark run neither reads nor writes the user's settings.
    if (!bench)
        window.restoreSettings();
    window.show();
    BenchMode *benchMode = bench ? new BenchMode(*bench, &window, &window) : nullptr;
    if (benchMode)
        benchMode->start();
    return app.exec();
}
