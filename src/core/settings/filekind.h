// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What sits at a path the program keeps a file of its own at (settings, the message library),
// looked at without following a symbolic link: such files are written only when Regular or
// Missing, so a link or a device put in their place is never written through.
enum class FileKind { Missing, Regular, Link, Other };

FileKind fileKindOf(const QString &path);
