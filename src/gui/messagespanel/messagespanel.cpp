// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messagespanel.h"

#include "messages/messagestore.h"
#include "messagespanel/messageeditdialog.h"
#include "messagespanel/messagefileimport.h"
#include "messagespanel/messagefiltermodel.h"
#include "messagespanel/messagelibrarydocument.h"
#include "messagespanel/messagelistmodel.h"
#include "panes/messageproducer.h"
#include "panes/payloadeditor.h"
#include "window/palettecolors.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

MessagesPanel::MessagesPanel(MessageLibraryDocument *document, QWidget *parent)
    : QDockWidget(tr("Messages"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("messagesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("messageSearchEdit"));
    m_search->setAccessibleName(tr("Search messages"));
    m_search->setPlaceholderText(tr("Search name, folder, notes, payload…"));
    m_search->setClearButtonEnabled(true);
    m_target = new QLabel(body);
    m_target->setObjectName(QStringLiteral("messageTargetLabel"));
    m_target->setWordWrap(true);
    m_problem = new QLabel(body);
    m_problem->setObjectName(QStringLiteral("messageProblemLabel"));
    m_problem->setWordWrap(true);
    PaletteColors::setErrorText(m_problem, true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);

    m_model = new MessageListModel(this);
    m_filter = new MessageFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(body);
    m_view->setObjectName(QStringLiteral("messagesView"));
    m_view->setAccessibleName(tr("Messages"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder); // library order until clicked
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    // Name, folder and target at widths that fit the starter set; size to its digits; the
    // preview takes what is left.
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(MessageListModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("Hello Server! (UDP)")) + 16);
    header->resizeSection(MessageListModel::FolderColumn,
                          metrics.horizontalAdvance(QStringLiteral("Tutorial")) + 16);
    header->resizeSection(MessageListModel::TargetColumn,
                          metrics.horizontalAdvance(QStringLiteral("UDP 127.0.0.1:60002")) + 16);
    header->setSectionResizeMode(MessageListModel::SizeColumn, QHeaderView::ResizeToContents);

    m_info = new QLabel(body);
    m_info->setObjectName(QStringLiteral("messageInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    connect(m_info, &QLabel::linkActivated, m_document->undoStack(), &QUndoStack::undo);

    m_sendButton = new QPushButton(tr("Send"), body);
    m_sendButton->setObjectName(QStringLiteral("messageSendButton"));
    m_sendButton->setToolTip(tr("Send the selected message (Enter or double-click); several "
                                "selected are sent in order as a sequence."));
    m_stepDelay = new QSpinBox(body);
    m_stepDelay->setObjectName(QStringLiteral("messageStepDelaySpin"));
    m_stepDelay->setAccessibleName(tr("Delay between steps"));
    m_stepDelay->setRange(0, 3600000);
    m_stepDelay->setValue(100);
    m_stepDelay->setSuffix(tr(" ms"));
    m_stepDelay->setPrefix(tr("step "));
    m_stepDelay->setToolTip(tr("Delay between the messages of a sequence sent with Send; "
                               "Sequence… sets a delay for each step."));
    m_sequenceButton = new QPushButton(tr("Se&quence…"), body);
    m_sequenceButton->setObjectName(QStringLiteral("messageSequenceButton"));
    m_sequenceButton->setToolTip(tr("Send the selected messages as a sequence with a delay of "
                                    "its own before each step, in an order you choose "
                                    "(Ctrl+Return)."));
    auto *saveButton = new QPushButton(tr("Save editor…"), body);
    saveButton->setObjectName(QStringLiteral("messageSaveEditorButton"));
    saveButton->setToolTip(tr("Save the current pane's message editor as a new message."));
    auto *more = new QToolButton(body);
    more->setObjectName(QStringLiteral("messageMoreButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    m_menu = new QMenu(more);
    more->setMenu(m_menu);
    // Two rows, sending above keeping: in one row their width (about 480 px with a dark GTK
    // theme) was the panel's minimum and took that room from the panes.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_stepDelay);
    buttons->addWidget(m_sequenceButton);
    buttons->addStretch(1);
    auto *keeping = new QHBoxLayout;
    keeping->addStretch(1);
    keeping->addWidget(saveButton);
    keeping->addWidget(more);

    layout->addWidget(m_search);
    layout->addWidget(m_target);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_info);
    layout->addLayout(buttons);
    layout->addLayout(keeping);
    setWidget(body);

    createActions();
    connect(m_search, &QLineEdit::textChanged, m_filter, &MessageFilterModel::setSearchText);
    connect(m_sendButton, &QPushButton::clicked, this, &MessagesPanel::sendSelected);
    connect(m_sequenceButton, &QPushButton::clicked, m_sequenceAction, &QAction::trigger);
    connect(saveButton, &QPushButton::clicked, this, &MessagesPanel::askSaveEditor);
    connect(m_view, &QTreeView::doubleClicked, this, &MessagesPanel::sendSelected);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MessagesPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesPanel::updateActions);
    connect(m_model, &MessageListModel::renameRequested, this, &MessagesPanel::onRename);
    connect(m_document, &MessageLibraryDocument::changed, this, &MessagesPanel::onLibraryChanged);
    connect(m_document, &MessageLibraryDocument::problemChanged, this,
            &MessagesPanel::onProblemChanged);
    onLibraryChanged();
    onProblemChanged(m_document->problem());
    setTargetText(QString());
}

void MessagesPanel::createActions()
{
    const auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_menu->addAction(action);
        return action;
    };
    m_editAction = add(tr("&Edit…"), QKeySequence(), &MessagesPanel::editSelected);
    m_loadAction
        = add(tr("&Load into editor"), QKeySequence(), &MessagesPanel::loadSelectedIntoEditor);
    m_sequenceAction = add(tr("Send as se&quence…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                           [this] { openSequenceDialog(); });
    m_renameAction = add(tr("&Rename"), QKeySequence(Qt::Key_F2), [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(MessageListModel::NameColumn));
    });
    m_duplicateAction = add(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                            &MessagesPanel::duplicateSelected);
    m_deleteAction = add(tr("&Delete"), QKeySequence::Delete, &MessagesPanel::deleteSelected);
    m_menu->addSeparator();
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    m_menu->addAction(undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    m_menu->addAction(redo);
    m_menu->addSeparator();
    add(tr("&Import…"), QKeySequence(), &MessagesPanel::askImport);
    m_exportAction = add(tr("E&xport…"), QKeySequence(), &MessagesPanel::askExport);
    updateActions();
}

void MessagesPanel::setTargetText(const QString &text)
{
    m_target->setText(text.isEmpty() ? tr("Sends to: no pane yet (click into a server or client "
                                          "tab)")
                                     : tr("Sends to: %1").arg(text));
}

QString MessagesPanel::targetText() const
{
    return m_target->text();
}

qint64 MessagesPanel::stepDelayMs() const
{
    return m_stepDelay->value();
}

void MessagesPanel::setStepDelayMs(qint64 ms)
{
    m_stepDelay->setValue(int(qBound<qint64>(0, ms, qint64(m_stepDelay->maximum()))));
}

QString MessagesPanel::infoText() const
{
    return m_info->text();
}

void MessagesPanel::showInfo(const QString &text, bool isError, bool offerUndo)
{
    QString html = text.toHtmlEscaped();
    if (offerUndo)
        html += QStringLiteral(" <a href=\"undo\">%1</a>").arg(tr("Undo").toHtmlEscaped());
    PaletteColors::setErrorText(m_info, isError);
    m_info->setText(html);
}

void MessagesPanel::onLibraryChanged()
{
    const QStringList selected = selectedIds();
    m_model->setMessages(m_document->library().messages());
    selectIds(selected);
    updateActions();
}

void MessagesPanel::onProblemChanged(const QString &sentence)
{
    m_problem->setText(sentence);
    m_problem->setVisible(!sentence.isEmpty());
}

void MessagesPanel::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    const int count = int(m_view->selectionModel()->selectedRows().size());
    m_sendButton->setEnabled(any);
    m_sendButton->setText(count > 1 ? tr("Send %n in sequence", nullptr, count) : tr("Send"));
    m_sequenceButton->setEnabled(any);
    m_sequenceAction->setEnabled(any);
    m_editAction->setEnabled(count == 1);
    m_loadAction->setEnabled(count == 1);
    m_renameAction->setEnabled(count == 1);
    m_duplicateAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_exportAction->setEnabled(!m_document->library().isEmpty());
}

QStringList MessagesPanel::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(MessageListModel::IdRole).toString());
    return ids;
}

void MessagesPanel::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(MessageListModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    if (first.isValid())
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<Message> MessagesPanel::selectedMessages() const
{
    QList<Message> messages;
    const QStringList ids = selectedIds();
    for (const QString &id : ids)
        if (const auto m = m_document->library().message(id))
            messages.append(*m);
    return messages;
}

bool MessagesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Only keys the view itself gets: while a name is edited in place, the editor has them.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            sendSelected();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

bool MessagesPanel::sendSelected()
{
    const QList<Message> messages = selectedMessages();
    if (messages.isEmpty())
        return false;
    if (!sendItems(SequenceItem::uniform(messages, stepDelayMs())))
        return false;
    // Handed to the session, not yet taken by the kernel (a TCP target may still be
    // connecting): the traffic log says when it leaves, so this line does not claim it has.
    showInfo(messages.size() == 1
                 ? tr("Sending “%1”…").arg(messages.first().name)
                 : tr("Sending %n message(s) in sequence.", nullptr, int(messages.size())));
    return true;
}

bool MessagesPanel::sendItems(const QList<SequenceItem> &items)
{
    QString error;
    if (!m_send || !m_send(items, &error)) {
        showInfo(error.isEmpty() ? tr("Nowhere to send: connect a client or start a server "
                                      "with a client connected.")
                                 : error,
                 true);
        return false;
    }
    return true;
}

void MessagesPanel::showContextMenu(const QPoint &position)
{
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}
