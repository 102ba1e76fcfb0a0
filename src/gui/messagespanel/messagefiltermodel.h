// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Search as you type over a MessageListModel: the library's own rule (MessageLibrary::matches:
// name, folder, notes, payload as text or hex), so the window finds what the CLI finds.
class MessageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MessageFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
