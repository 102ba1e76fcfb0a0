// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionlist.h"

#include <QRegularExpression>

QStringList OptionList::fromHelp(const QString &helpText)
{
    // QCommandLineParser puts an option's names two spaces in, its description further in
    // (wrapped lines too), so only an option's own line starts with "  -".
    static const QRegularExpression line(
            QStringLiteral("^  (?:-[A-Za-z0-9], )?--([A-Za-z0-9][A-Za-z0-9-]*)(?: <([^>]+)>)?"),
            QRegularExpression::MultilineOption);
    QStringList names;
    for (const QRegularExpressionMatch &m : line.globalMatch(helpText)) {
        names << (m.captured(2).isEmpty() ? QStringLiteral("--%1").arg(m.captured(1))
                                          : QStringLiteral("--%1=%2").arg(m.captured(1),
                                                                          m.captured(2)));
    }
    return names;
}

QString OptionList::withHelpHint(const QString &parserError, const QString &command)
{
    QString sentence = parserError.trimmed();
    if (sentence.endsWith(u'.'))
        sentence.chop(1);
    return QCoreApplication::translate("OptionList",
                                       "%1; run \"socklab-cli %2 --help\" for usage.")
            .arg(sentence, command);
}
