#pragma once

#include "messages/message.h"

#include <QDockWidget>

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

// The Messages panel: the saved library listed with search as you type, and the verbs on it:
// send the selection (one message, or several as a sequence with a step delay) with the Send
// button, Enter or a double-click; save the current pane's editor as a message; edit, rename
// (F2), duplicate, delete (undoable, Ctrl+Z), import (SockLab JSON, Packet Sender packets.ini
// and its JSON export) and export. Where a send goes is the window's decision (sendFunction);
// the panel shows it ("Sends to: …").
class MessagesPanel : public QDockWidget
{
    Q_OBJECT

public:
    // Sends messages (several: a sequence with stepDelayMs between them); false and a sentence.
    using SendFunction
        = std::function<bool(const QList<Message> &messages, qint64 stepDelayMs, QString *error)>;
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

    MessageLibraryDocument *const m_document;
    MessageListModel *m_model = nullptr;
    MessageFilterModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_sendButton = nullptr;
    QSpinBox *m_stepDelay = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    SendFunction m_send;
    EditorFunction m_editor;
};
