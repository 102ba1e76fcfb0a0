// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The TCP server pane's "Connections" list: keeps the tree of open connections (peer, id) in
// step with the session's connect/disconnect signals. Connections arrive and leave by the
// thousand under a burst, so the tree is updated in batches (one sorted insert, one rebuild) at
// most every FlushMs, never per connection, and the window stays responsive.
class ServerConnectionsList : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushMs = 100;
    // After a batch of BurstRows or more, the next one waits BurstFlushMs: a burst of clients
    // sorts, lays out and repaints the list 4 times a second instead of 10 (the window's own
    // share of a 10,000-client burst), while a lone client still shows within FlushMs.
    static constexpr int BurstRows = 200;
    static constexpr int BurstFlushMs = 250;

    // tree: the form's widget, owned by the pane; set up here (columns, sorting).
    explicit ServerConnectionsList(QTreeWidget *tree, QObject *parent = nullptr);

    void add(int connectionId, const Endpoint &peer);
    void remove(int connectionId);
    // Forgets every row and any pending batch (a new listen).
    void clear();

    int count() const;
    // How long the next batch waits: FlushMs, or BurstFlushMs after a large batch.
    int flushInterval() const;
    bool hasSelection() const;
    QList<int> selectedIds() const;
    // Every drawn connection, in id order.
    QList<int> allIds() const;

signals:
    // A batch was drawn: the count and the selection may have changed.
    void flushed();

private:
    void flush();

    QTreeWidget *const m_tree;
    QTimer *m_flush = nullptr;
    QHash<int, Endpoint> m_toAdd;
    QSet<int> m_toRemove;
    QHash<int, QTreeWidgetItem *> m_items;
};
