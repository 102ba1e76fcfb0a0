// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The options a command offers, read back from its own --help text (what the user sees), for
// bash completion and the man page check: one "--name" or "--name=VALUE" per option.
namespace OptionList {

QStringList fromHelp(const QString &helpText);
// A parser error ("Unknown option 'x'.") as one sentence with the way to the command's help.
QString withHelpHint(const QString &parserError, const QString &command);

} // namespace OptionList
