// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messagelibrarydocument.h"

#include "messages/messagestore.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

// One change of the library: both states are kept (the library is a bounded value whose list
// is implicitly shared, so a copy costs little until it diverges).
class LibraryChangeCommand : public QUndoCommand
{
public:
    LibraryChangeCommand(MessageLibraryDocument *document, MessageLibrary before,
                         MessageLibrary after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_document->setLibrary(m_before); }
    void redo() override { m_document->setLibrary(m_after); }

private:
    MessageLibraryDocument *const m_document;
    const MessageLibrary m_before;
    const MessageLibrary m_after;
};

MessageLibraryDocument::MessageLibraryDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    m_worker.setMaxThreadCount(1);
    m_undo->setUndoLimit(100);
}

MessageLibraryDocument::~MessageLibraryDocument()
{
    m_worker.waitForDone();
}

void MessageLibraryDocument::load(const QString &path)
{
    m_path = path;
    if (path.isEmpty()) {
        m_loaded = true;
        emit loaded();
        return;
    }
    QPointer<MessageLibraryDocument> self(this);
    m_worker.start([self, path] {
        auto result = std::make_shared<MessageStore::LoadResult>(MessageStore::load(path));
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (!self)
                    return;
                self->m_undo->clear();
                self->m_library = result->library;
                self->m_loaded = true;
                self->setProblem(result->problem);
                emit self->changed();
                emit self->loaded();
            },
            Qt::QueuedConnection);
    });
}

void MessageLibraryDocument::apply(const MessageLibrary &next, const QString &text)
{
    m_undo->push(new LibraryChangeCommand(this, m_library, next, text));
}

void MessageLibraryDocument::setLibrary(const MessageLibrary &library)
{
    m_library = library;
    emit changed();
    scheduleSave();
}

void MessageLibraryDocument::scheduleSave()
{
    if (m_path.isEmpty() || !m_loaded)
        return;
    if (m_saving) {
        m_saveAgain = true; // the running save writes an older state: write again after it
        return;
    }
    startSave();
}

void MessageLibraryDocument::startSave()
{
    m_saving = true;
    m_saveAgain = false;
    QPointer<MessageLibraryDocument> self(this);
    const QString path = m_path;
    const MessageLibrary library = m_library;
    m_worker.start([self, path, library] {
        QString error;
        const bool ok = MessageStore::save(path, library, &error);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, ok, error] {
                if (self)
                    self->onSaved(ok, error);
            },
            Qt::QueuedConnection);
    });
}

void MessageLibraryDocument::onSaved(bool ok, const QString &error)
{
    m_saving = false;
    if (!ok) {
        setProblem(tr("Messages not saved: %1").arg(error));
        m_problemIsSave = true;
    } else if (m_problemIsSave) {
        setProblem(QString()); // a later save worked: the failure no longer holds
        m_problemIsSave = false;
    }
    if (m_saveAgain) {
        startSave();
        return;
    }
    emit saved();
}

void MessageLibraryDocument::waitForSaved()
{
    m_worker.waitForDone();
}

void MessageLibraryDocument::setProblem(const QString &sentence)
{
    if (sentence == m_problem)
        return;
    m_problem = sentence;
    emit problemChanged(sentence);
}
