// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/responserule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// ResponseRules as JSON: the same document in the GUI's Import/Export, in the CLI's
// --rules FILE and in the window's settings. Shape (every key optional but "rules"):
//   {"format": "socklab-rules", "version": 1,
//    "default": {"action": "none|echo|reply", "reply": "...", "format": "text|hex",
//                "macros": true},
//    "rules": [{"enabled": true, "match": "exact|prefix|suffix|contains|regex|hex",
//               "pattern": "...", "action": "reply|close|reset|drop", "reply": "...",
//               "format": "text|hex", "macros": true, "message": "<library id>",
//               "delayMs": 0, "comment": "..."}]}
// Reading never guesses: an unknown key value, a wrong type, more than MaxRules rules or a
// file over MaxFileBytes is an error naming the rule number and the key.
class RulesJson
{
    Q_DECLARE_TR_FUNCTIONS(RulesJson)

public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    static QJsonObject toJson(const ResponseRules &rules);
    static QByteArray toBytes(const ResponseRules &rules); // indented JSON
    // nullopt and *error (one translated sentence) when the document is not valid.
    static std::optional<ResponseRules> fromJson(const QJsonObject &object, QString *error);
    static std::optional<ResponseRules> fromBytes(const QByteArray &json, QString *error);
    // Files: read with a size bound, written atomically (QSaveFile), never through a symlink.
    static std::optional<ResponseRules> readFile(const QString &path, QString *error);
    static bool writeFile(const QString &path, const ResponseRules &rules, QString *error);
};
