// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/messagelibrary.h"

#include <QCoreApplication>
#include <QString>

// Reads and writes the library file. Synchronous: the window calls it off the GUI thread when
// the file is large; the CLI simply waits.
class MessageStore
{
    Q_DECLARE_TR_FUNCTIONS(MessageStore)

public:
    // What to do with a file that cannot be read as a library.
    enum class Damaged {
        MoveAside, // the window: keep it as messages.json.corrupt-<time>, start afresh
        Leave,     // the CLI: report it and leave the file for the window (or the user)
    };

    struct LoadResult
    {
        MessageLibrary library;
        // Empty when the file was read (or missing); otherwise one sentence naming the file
        // and the cause, and where the damaged file now is.
        QString problem;
        bool isDamaged = false;
        QString movedTo;       // the .corrupt-<time> copy, when it was moved aside
        bool isStarter = false; // no file yet: the starter set, not written until a save
    };

    // GenericDataLocation/SockLab/SockLab/messages.json: the window's AppDataLocation
    // (organization and application are both "SockLab"), spelled out so that socklab-cli,
    // whose application name differs, reads the same file.
    static QString defaultPath();

    // A missing file gives the starter set. A damaged, unreadable or oversized one gives an
    // empty library and a problem; with MoveAside it is renamed, never overwritten.
    static LoadResult load(const QString &path, Damaged damaged = Damaged::MoveAside);
    // Atomically (QSaveFile) writes the library as JSON; creates the folder. Refuses a path
    // that is a symbolic link or not a regular file (see writeFile()).
    static bool save(const QString &path, const MessageLibrary &library, QString *error);
    static bool save(const QString &path, const QList<Message> &messages, QString *error);
    // Reads a whole file of at most maxBytes; a sentence naming file and cause otherwise.
    static std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes,
                                              QString *error);
    // Writes bytes to path through QSaveFile. A symbolic link is refused rather than followed:
    // QSaveFile resolves links and renames a new file over the target, which run as root with
    // a link to a device node replaced the node (see WindowSettings::write()).
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};
