#include "descriptorlimit.h"
#include "engine.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // A server under test may hold thousands of connections, one descriptor each.
    DescriptorLimit::raiseToHardLimit();
    QApplication::setOrganizationName(QStringLiteral("SockLab"));
    QApplication::setApplicationName(QStringLiteral("SockLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("SockLab"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.socklab.SockLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socklab.svg")));
    Translations::install(&app);

    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    window.show();
    return app.exec();
}
