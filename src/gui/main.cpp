#include "benchmode.h"
#include "engine.h"
#include "mainwindow.h"
#include "resourcelimits.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Each held connection is a descriptor: the usual soft limit of 1,024 is far too low.
    ResourceLimits::raiseFileDescriptorLimit();
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
