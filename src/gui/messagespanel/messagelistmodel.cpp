// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messagelistmodel.h"

#include "messages/messagejson.h"
#include "payload/payloadcodec.h"

#include <QLocale>

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MessageListModel::setMessages(const QList<Message> &messages)
{
    bool sameRows = messages.size() == m_messages.size();
    for (qsizetype i = 0; sameRows && i < messages.size(); ++i)
        sameRows = messages.at(i).id == m_messages.at(i).id;
    if (sameRows) {
        m_messages = messages;
        if (!m_messages.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

int MessageListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i)
        if (m_messages.at(i).id == id)
            return int(i);
    return -1;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageListModel::targetText(const Message &message)
{
    if (!message.target)
        return QString();
    const Message::Target &t = *message.target;
    const QString host = t.host.contains(u':') ? u'[' + t.host + u']' : t.host;
    return MessageJson::protocolName(t.protocol).toUpper() + u' ' + host + u':'
        + QString::number(t.port);
}

QString MessageListModel::previewText(const Message &message)
{
    const QByteArray head = message.payload.left(PreviewChars);
    QString text = message.format == PayloadCodec::Format::Hex ? PayloadCodec::toHex(head)
                                                               : PayloadCodec::toEscapedText(head);
    if (text.size() > PreviewChars)
        text.truncate(PreviewChars);
    if (message.payload.size() > PreviewChars || text.size() == PreviewChars)
        text += u'…';
    return text;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Message &m = m_messages.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::ToolTipRole && !m.notes.isEmpty())
        return m.notes;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m.name;
    case FolderColumn:
        return m.folder;
    case TargetColumn:
        return targetText(m);
    case SizeColumn:
        if (role == Qt::EditRole)
            return m.payload.size();
        //: the size of a saved message's payload
        return tr("%n B", nullptr, int(m.payload.size()));
    case PreviewColumn:
        return previewText(m);
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FolderColumn:
        return tr("Folder");
    case TargetColumn:
        return tr("Target");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Preview");
    }
    return {};
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MessageListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    const Message &m = m_messages.at(index.row());
    if (name.isEmpty() || name == m.name)
        return false;
    emit renameRequested(m.id, name);
    return true;
}
