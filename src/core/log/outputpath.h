// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Checks a path the user named for output (--log-file, Log to File) before it is opened for
// writing, so that opening it can neither block nor destroy an input: a FIFO that no process
// reads is refused at once (a plain open would wait forever), and so is the very file that is
// also being read.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    OutputPath() = default;
    ~OutputPath();
    OutputPath(const OutputPath &) = delete;
    OutputPath &operator=(const OutputPath &) = delete;

    // True when path may be opened for writing now. A FIFO with a reader is held open here
    // until release(): the writer's own open then returns at once, and the reader sees no end
    // of file in between. A path that does not exist yet is fine.
    bool check(const QString &path, QString *error);
    // Closes what check() held; call it once the writer has opened the path.
    void release();

    // True when both paths name one file: the same device and inode, whatever symlinks or
    // hard links lead there, or the same canonical path. False when either does not exist.
    static bool isSameFile(const QString &first, const QString &second);

private:
    int m_heldDescriptor = -1;
};
