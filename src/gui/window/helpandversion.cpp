// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/helpandversion.h"

#include "window/aboutdialog.h"
#include "window/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *name : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(arg, name) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<int> HelpAndVersion::answer(int &argc, char **argv)
{
    if (!asksForHelpOrVersion(argc, argv))
        return std::nullopt;

    // A QCoreApplication needs no display; the window's QApplication is never made.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("socklab"));
    QCoreApplication::setApplicationVersion(AboutDialog::version());
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "HelpAndVersion",
        "SockLab: a workbench for TCP and UDP sockets. Start servers, connect clients, send "
        "text or hex messages and watch every socket event in one window.\n"
        "Qt's own options (-platform, -style, ...) are accepted too. socklab-cli does the "
        "same without a window."));
    parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // Qt's and the benchmark's options may stand beside --help; they are not ours to refuse.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(version))
        parser.showVersion();
    // Qt's own options are listed by Qt: process() prints them for --help-all and exits.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(QCoreApplication::arguments());
    parser.showHelp(0);
}
