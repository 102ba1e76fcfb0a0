// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "messages/sequenceitem.h"

#include <QDockWidget>
#include <QHash>

#include <functional>

class MessageFilterModel;
class MessageLibraryDocument;
class MessageListModel;
class PayloadEditor;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QTreeView;
class SequenceDialog;

// The Messages panel: the saved library listed with search as you type, and the verbs on it:
// send the selection (one message, or several as a sequence with one step delay) with the Send
// button, Enter or a double-click, or as a sequence with a delay of its own before each step
// (Sequence…, Ctrl+Return); save the current pane's editor as a message; edit, rename
// (F2), duplicate, delete (undoable, Ctrl+Z), import (SockLab JSON, Packet Sender packets.ini
// and its JSON export) and export. Where a send goes is the window's decision (sendFunction);
// the panel shows it ("Sends to: …").
class MessagesPanel : public QDockWidget
{
    Q_OBJECT

public:
    // Sends the items (one without a delay: at once; else a sequence, each step after its own
    // delay); false and a sentence.
    using SendFunction = std::function<bool(const QList<SequenceItem> &items, QString *error)>;
    using EditorFunction = std::function<PayloadEditor *()>;

    explicit MessagesPanel(MessageLibraryDocument *document, QWidget *parent = nullptr);

    void setSendFunction(SendFunction send) { m_send = std::move(send); }
    // The editor "Save editor as message" reads and "Load into editor" fills.
    void setEditorFunction(EditorFunction editor) { m_editor = std::move(editor); }
    // Where Send goes now, shown above the list.
    void setTargetText(const QString &text);
    QString targetText() const;

    qint64 stepDelayMs() const;
    void setStepDelayMs(qint64 ms);

    QTreeView *view() const { return m_view; }
    MessageListModel *model() const { return m_model; }
    MessageFilterModel *filterModel() const { return m_filter; }
    // The last sentence shown under the search (sent, deleted, a problem).
    QString infoText() const;

    // The verbs, also used by tests (no dialog): each returns false with the sentence shown.
    bool saveEditorAs(const QString &name);
    bool sendSelected();
    // Opens the Sequence dialog on the selected messages (nullptr and a sentence when none is
    // selected); its Send goes to sendSequence().
    SequenceDialog *openSequenceDialog();
    // Sends items as a sequence and remembers each message's delay for the next dialog.
    bool sendSequence(const QList<SequenceItem> &items);
    // The delays the Sequence dialog last used, by message name (kept for the session; the
    // window also keeps them in its settings).
    QHash<QString, qint64> sequenceDelays() const { return m_sequenceDelays; }
    void setSequenceDelays(const QHash<QString, qint64> &delays);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    void deleteSelected();
    void duplicateSelected();
    void loadSelectedIntoEditor();
    // The selected messages' ids in the order shown.
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void onLibraryChanged();
    void onProblemChanged(const QString &sentence);
    void onRename(const QString &id, const QString &name);
    void askSaveEditor();
    void editSelected();
    void askImport();
    void askExport();
    void showInfo(const QString &text, bool isError = false, bool offerUndo = false);
    void showContextMenu(const QPoint &position);
    void updateActions();
    QList<Message> selectedMessages() const;
    bool sendItems(const QList<SequenceItem> &items);

    MessageLibraryDocument *const m_document;
    MessageListModel *m_model = nullptr;
    MessageFilterModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_sequenceButton = nullptr;
    QSpinBox *m_stepDelay = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_sequenceAction = nullptr;
    SendFunction m_send;
    EditorFunction m_editor;
    QHash<QString, qint64> m_sequenceDelays;
};
