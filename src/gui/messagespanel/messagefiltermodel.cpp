// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messagefiltermodel.h"

#include "messages/messagelibrary.h"
#include "messagespanel/messagelistmodel.h"

MessageFilterModel::MessageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void MessageFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool MessageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid())
        return true;
    const auto *model = qobject_cast<const MessageListModel *>(sourceModel());
    return model && MessageLibrary::matches(model->messageAt(sourceRow), m_text);
}
