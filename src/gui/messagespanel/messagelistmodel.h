// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QAbstractTableModel>
#include <QList>

// The library as rows for the Messages panel: name, folder, target, size and a preview of the
// payload. Rows are computed when the view asks for them (only the visible ones are drawn), and
// a change to the library is applied in one batch: a reset when rows come or go, one
// dataChanged when only fields changed (so a rename keeps the selection).
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FolderColumn, TargetColumn, SizeColumn, PreviewColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PreviewChars = 60;

    explicit MessageListModel(QObject *parent = nullptr);

    void setMessages(const QList<Message> &messages);
    const QList<Message> &messages() const { return m_messages; }
    const Message &messageAt(int row) const { return m_messages.at(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing the name in place (F2) does not change the model: it asks for an undoable rename.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString targetText(const Message &message);
    static QString previewText(const Message &message);

signals:
    void renameRequested(const QString &id, const QString &name);

private:
    QList<Message> m_messages;
};
