// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool Translations::install(QCoreApplication *app, const QLocale &locale)
{
    auto *own = new QTranslator(app);
    const bool loaded = own->load(locale, QStringLiteral("socklab"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    // Without a catalogue for the locale, English still needs its plural forms ("1 byte").
    if (loaded || own->load(QStringLiteral(":/i18n/socklab_en.qm")))
        app->installTranslator(own);
    else
        delete own;

    // Standard dialogs and context menus; fine to miss when the Qt catalogues are absent.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return loaded;
}
