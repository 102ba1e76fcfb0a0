// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/serverconnectionslist.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

namespace {

constexpr int ConnectionIdRole = Qt::UserRole + 1;

// A row that sorts on its own values: QTreeWidgetItem's operator< copies both cells into
// QVariants and compares those, and the tree sorts all of its rows after each batch, which
// under a burst of 10,000 clients was most of the window's work.
class ConnectionItem : public QTreeWidgetItem
{
public:
    ConnectionItem(int id, const QString &peer)
        : QTreeWidgetItem(QStringList {peer, QString::number(id)}, UserType)
        , m_id(id)
        , m_peer(peer)
    {
        setData(0, ConnectionIdRole, id);
        setData(1, Qt::DisplayRole, id);
    }

    bool operator<(const QTreeWidgetItem &other) const override
    {
        if (other.type() != UserType)
            return QTreeWidgetItem::operator<(other);
        const auto &item = static_cast<const ConnectionItem &>(other);
        const int column = treeWidget() ? treeWidget()->sortColumn() : 1;
        if (column == 0 && m_peer != item.m_peer)
            return m_peer < item.m_peer;
        return m_id < item.m_id;
    }

private:
    const int m_id;
    const QString m_peer;
};

} // namespace

ServerConnectionsList::ServerConnectionsList(QTreeWidget *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
{
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Fitting the id column measured up to 1,000 rows (text layout and shaping each) at every
    // relayout: under a burst of clients a tenth of the window's time. The last rows (the
    // widest ids, sorted by id) and the visible ones are enough.
    header->setResizeContentsPrecision(0);
    m_tree->sortByColumn(1, Qt::AscendingOrder);
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(FlushMs);
    connect(m_flush, &QTimer::timeout, this, &ServerConnectionsList::flush);
}

void ServerConnectionsList::add(int connectionId, const Endpoint &peer)
{
    m_toAdd.insert(connectionId, peer);
    if (!m_flush->isActive()) // not restarted: a steady stream must still show
        m_flush->start();
}

void ServerConnectionsList::remove(int connectionId)
{
    // One that comes and goes within a batch is never drawn.
    if (!m_toAdd.remove(connectionId))
        m_toRemove.insert(connectionId);
    if (!m_flush->isActive())
        m_flush->start();
}

void ServerConnectionsList::flush()
{
    const qsizetype rows = m_toAdd.size() + m_toRemove.size();
    m_flush->setInterval(rows >= BurstRows ? BurstFlushMs : FlushMs);
    if (!m_toRemove.isEmpty()) {
        if (m_toRemove.size() < 64) {
            for (int id : std::as_const(m_toRemove))
                delete m_items.take(id);
        } else {
            // Deleting items one by one searches the list each time: rebuild it once instead.
            const QList<QTreeWidgetItem *> all = m_tree->invisibleRootItem()->takeChildren();
            QList<QTreeWidgetItem *> kept;
            kept.reserve(all.size());
            for (QTreeWidgetItem *item : all) {
                const int id = item->data(0, ConnectionIdRole).toInt();
                if (m_toRemove.contains(id)) {
                    m_items.remove(id);
                    delete item;
                } else {
                    kept.append(item);
                }
            }
            m_tree->addTopLevelItems(kept);
        }
        m_toRemove.clear();
    }
    if (!m_toAdd.isEmpty()) {
        QList<QTreeWidgetItem *> items;
        items.reserve(m_toAdd.size());
        for (auto it = m_toAdd.cbegin(); it != m_toAdd.cend(); ++it) {
            auto *item = new ConnectionItem(it.key(), it.value().toString());
            m_items.insert(it.key(), item);
            items.append(item);
        }
        m_toAdd.clear();
        m_tree->addTopLevelItems(items);
    }
    emit flushed();
}

void ServerConnectionsList::clear()
{
    m_flush->stop();
    m_toAdd.clear();
    m_toRemove.clear();
    m_items.clear();
    m_tree->clear();
}

int ServerConnectionsList::flushInterval() const
{
    return m_flush->interval();
}

int ServerConnectionsList::count() const
{
    return m_tree->topLevelItemCount();
}

bool ServerConnectionsList::hasSelection() const
{
    return !m_tree->selectedItems().isEmpty();
}

QList<int> ServerConnectionsList::selectedIds() const
{
    QList<int> ids;
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (const QTreeWidgetItem *item : items)
        ids.append(item->data(0, ConnectionIdRole).toInt());
    return ids;
}

QList<int> ServerConnectionsList::allIds() const
{
    QList<int> ids = m_items.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}
