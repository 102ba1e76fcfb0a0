// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/filekind.h"

#include <QFileInfo>

FileKind fileKindOf(const QString &path)
{
    // lstat(), not stat(): a link is reported as a link whatever it points to.
    const QFileInfo info(path);
    if (info.isSymLink())
        return FileKind::Link;
    if (!info.exists())
        return FileKind::Missing;
    return info.isFile() ? FileKind::Regular : FileKind::Other;
}
