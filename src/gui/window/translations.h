// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

// Loads the embedded SockLab catalogue (:/i18n/socklab_<lang>.qm) and Qt's own for a locale.
class Translations
{
public:
    // Installs the translators on app (they become its children). Returns true when a SockLab
    // catalogue matched the locale; English needs none.
    static bool install(QCoreApplication *app, const QLocale &locale = QLocale());
};
