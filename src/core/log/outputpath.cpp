// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/outputpath.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

OutputPath::~OutputPath()
{
    release();
}

bool OutputPath::check(const QString &path, QString *error)
{
    release();
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || !S_ISFIFO(status.st_mode))
        return true; // the writer's own open reports anything else
    // Opening a FIFO for writing waits for a reader; without O_NONBLOCK it fails instead.
    m_heldDescriptor
        = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_heldDescriptor >= 0)
        return true;
    if (error) {
        *error = errno == ENXIO
            ? tr("No process is reading the FIFO \"%1\"; start its reader first, or "
                 "write the log to a regular file.")
                  .arg(path)
            : tr("Cannot write \"%1\": %2.").arg(path, qt_error_string(errno));
    }
    return false;
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
#endif
}

void OutputPath::release()
{
#ifdef Q_OS_UNIX
    if (m_heldDescriptor >= 0)
        ::close(m_heldDescriptor);
#endif
    m_heldDescriptor = -1;
}

bool OutputPath::isSameFile(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    // stat() follows symlinks; the inode also catches hard links, which no path comparison can.
    struct stat a = {};
    struct stat b = {};
    if (::stat(QFile::encodeName(first).constData(), &a) == 0
        && ::stat(QFile::encodeName(second).constData(), &b) == 0)
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
#endif
    const QString canonical = QFileInfo(first).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(second).canonicalFilePath();
}
