// SPDX-License-Identifier: GPL-3.0-or-later
// MessagesPanel, the verbs that change the library or move messages in and out of it: save
// the editor, rename, edit, load, duplicate, delete, import and export. Each change is one
// undoable step of MessageLibraryDocument. The panel's layout and sending live in
// messagespanel.cpp.
#include "messagespanel/messagespanel.h"

#include "messages/messagestore.h"
#include "messagespanel/messageeditdialog.h"
#include "messagespanel/messagefileimport.h"
#include "messagespanel/messagelibrarydocument.h"
#include "panes/messageproducer.h"
#include "panes/payloadeditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

bool MessagesPanel::saveEditorAs(const QString &name)
{
    PayloadEditor *editor = m_editor ? m_editor() : nullptr;
    if (!editor) {
        showInfo(tr("No message editor to save: open a server or client tab."), true);
        return false;
    }
    QString error;
    auto message = MessageProducer::fromEditor(editor, &error);
    if (!message) {
        showInfo(tr("Not saved: %1").arg(error), true);
        return false;
    }
    message->name = name.trimmed();
    MessageLibrary next = m_document->library();
    const auto id = next.add(*message, &error);
    if (!id) {
        showInfo(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_document->apply(next, tr("Save “%1”").arg(message->name));
    selectIds({*id});
    showInfo(tr("Saved “%1”.").arg(message->name));
    return true;
}

void MessagesPanel::askSaveEditor()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as message"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveEditorAs(name);
}

void MessagesPanel::onRename(const QString &id, const QString &name)
{
    auto message = m_document->library().message(id);
    if (!message)
        return;
    message->name = name;
    MessageLibrary next = m_document->library();
    QString error;
    if (next.update(*message, &error))
        m_document->apply(next, tr("Rename to “%1”").arg(name));
    else
        showInfo(error, true);
}

void MessagesPanel::editSelected()
{
    const QList<Message> messages = selectedMessages();
    if (messages.size() != 1)
        return;
    MessageEditDialog dialog(messages.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MessageLibrary next = m_document->library();
    QString error;
    if (next.update(dialog.message(), &error))
        m_document->apply(next, tr("Edit “%1”").arg(dialog.message().name));
    else
        showInfo(error, true);
}

void MessagesPanel::loadSelectedIntoEditor()
{
    const QList<Message> messages = selectedMessages();
    PayloadEditor *editor = m_editor ? m_editor() : nullptr;
    if (messages.size() != 1 || !editor)
        return;
    const Message &m = messages.first();
    editor->setMessage(m);
    showInfo(tr("Loaded “%1” into the editor.").arg(m.name));
}

void MessagesPanel::duplicateSelected()
{
    const QStringList ids = selectedIds();
    MessageLibrary next = m_document->library();
    QStringList copies;
    QString error;
    for (const QString &id : ids) {
        const auto copy = next.duplicate(id, &error);
        if (!copy) {
            showInfo(error, true);
            return;
        }
        copies.append(*copy);
    }
    if (copies.isEmpty())
        return;
    m_document->apply(next, tr("Duplicate %n message(s)", nullptr, int(copies.size())));
    selectIds(copies);
}

void MessagesPanel::deleteSelected()
{
    const QList<Message> messages = selectedMessages();
    if (messages.isEmpty())
        return;
    MessageLibrary next = m_document->library();
    for (const Message &m : messages)
        next.remove(m.id);
    const QString text = messages.size() == 1
        ? tr("Deleted “%1”.").arg(messages.first().name)
        : tr("Deleted %n message(s).", nullptr, int(messages.size()));
    m_document->apply(next, text);
    showInfo(text, false, true);
}

bool MessagesPanel::importFile(const QString &path)
{
    const PacketSenderImport::Result result = MessageFileImport::read(path);
    if (!result.isOk()) {
        showInfo(result.error, true);
        return false;
    }
    const QList<Message> &messages = result.messages;
    QStringList warnings = result.warnings;
    QString error;
    MessageLibrary next = m_document->library();
    const qsizetype added = next.merge(messages, &error);
    if (added > 0)
        m_document->apply(next, tr("Import %n message(s)", nullptr, int(added)));
    if (!error.isEmpty())
        warnings.append(error); // the library is full: the rest were not added
    const QString summary = tr("Imported %n message(s) from %1.", nullptr, int(added))
                                .arg(QFileInfo(path).fileName());
    showInfo(summary);
    if (!warnings.isEmpty()) {
        // One dialog for all of them, not modal: the list stays usable while it is read.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import"), summary,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importWarningsBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(
            tr("%n thing(s) could not be mapped:", nullptr, int(warnings.size())));
        box->setDetailedText(warnings.join(u'\n'));
        box->open();
    }
    return added > 0 || messages.isEmpty();
}

void MessagesPanel::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import messages"), QString(),
                                                      tr("Messages (*.json *.ini);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MessagesPanel::exportFile(const QString &path)
{
    QString error;
    if (!MessageStore::save(path, m_document->library(), &error)) {
        showInfo(error, true);
        return false;
    }
    showInfo(tr("Exported %n message(s) to %1.", nullptr, int(m_document->library().size()))
                 .arg(QFileInfo(path).fileName()));
    return true;
}

void MessagesPanel::askExport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export messages"), QStringLiteral("messages.json"),
                                       tr("SockLab messages (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}
