// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/messagelibrary.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

class QUndoStack;

// The window's message library: the MessageLibrary value, its undo history, and its file.
// Every change goes through apply() as one undoable step and is then saved; reading and
// writing the file run on a worker thread (the library may be tens of megabytes), one at a
// time and in order, so the GUI thread never waits on the disk.
class MessageLibraryDocument : public QObject
{
    Q_OBJECT

public:
    explicit MessageLibraryDocument(QObject *parent = nullptr);
    // Waits for a save still running: nothing the user did is lost on close.
    ~MessageLibraryDocument() override;

    // Reads path (MessageStore::load, damaged files moved aside) on the worker; loaded()
    // follows. Changes are saved to path from then on. An empty path keeps nothing on disk.
    void load(const QString &path);
    QString path() const { return m_path; }
    bool isLoaded() const { return m_loaded; }

    const MessageLibrary &library() const { return m_library; }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces the library with next as one undoable step named text, then saves.
    void apply(const MessageLibrary &next, const QString &text);

    // The last sentence about the file (damaged and kept aside, not saved), "" when none.
    QString problem() const { return m_problem; }
    // Blocks until the worker is idle (tests, closing).
    void waitForSaved();

signals:
    void changed();
    void loaded();
    void saved();
    void problemChanged(const QString &sentence);

private:
    friend class LibraryChangeCommand;
    void setLibrary(const MessageLibrary &library);
    void scheduleSave();
    void startSave();
    void onSaved(bool ok, const QString &error);
    void setProblem(const QString &sentence);

    MessageLibrary m_library;
    QUndoStack *m_undo = nullptr;
    QString m_path;
    QString m_problem;
    bool m_loaded = false;
    bool m_problemIsSave = false; // m_problem is a failed save (cleared by the next good one)
    bool m_saving = false;
    bool m_saveAgain = false;
    QThreadPool m_worker; // one thread: loads and saves never overlap or reorder
};
