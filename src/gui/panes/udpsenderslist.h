// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QListWidget;
class QListWidgetItem;
class QTimer;
class UdpSession;

// The UDP server pane's "Senders seen" list: the session's remembered senders (its most recent
// UdpSession::MaxRememberedPeers) plus one "and M more" row, pulled in batches at most every
// FlushMs: 100,000 senders cost a few list rebuilds, not 100,000 inserts.
class UdpSendersList : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushMs = 100;

    // list: the form's widget, owned by the pane.
    explicit UdpSendersList(QListWidget *list, QObject *parent = nullptr);

    // The session whose senders are listed (null: none); the list is not cleared here.
    void setSession(UdpSession *session);
    // The session's senders changed: pull them on the next tick.
    void schedule();
    void clear();

    // The sender selected for a reply; null when none (or the summary row) is.
    Endpoint currentSender() const;

signals:
    void flushed();

private:
    void flush();

    QListWidget *const m_list;
    QPointer<UdpSession> m_session;
    QTimer *m_flush = nullptr;
    QHash<Endpoint, QListWidgetItem *> m_items;
    QListWidgetItem *m_moreItem = nullptr;
};
