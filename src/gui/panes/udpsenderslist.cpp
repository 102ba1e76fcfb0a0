// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/udpsenderslist.h"

#include "net/udpsession.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace {

constexpr int EndpointRole = Qt::UserRole + 2;

} // namespace

UdpSendersList::UdpSendersList(QListWidget *list, QObject *parent)
    : QObject(parent)
    , m_list(list)
{
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(FlushMs);
    connect(m_flush, &QTimer::timeout, this, &UdpSendersList::flush);
}

void UdpSendersList::setSession(UdpSession *session)
{
    m_session = session;
}

void UdpSendersList::schedule()
{
    if (!m_flush->isActive()) // not restarted: a steady stream must still show
        m_flush->start();
}

void UdpSendersList::flush()
{
    if (!m_session)
        return;
    const QList<Endpoint> peers = m_session->peers(); // re-arms peersChanged
    const quint64 seen = m_session->peersSeen();
    QSet<Endpoint> kept(peers.cbegin(), peers.cend());
    const QListWidgetItem *current = m_list->currentItem();
    const Endpoint selected = current ? current->data(EndpointRole).value<Endpoint>() : Endpoint();
    delete m_moreItem;
    m_moreItem = nullptr;
    qsizetype gone = 0;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        gone += kept.contains(it.key()) ? 0 : 1;
    if (gone > 0) {
        // Senders forgotten by the session: deleting rows one by one searches the list each
        // time, so rebuild it once (at most MaxRememberedPeers rows) in first-shown order.
        QList<Endpoint> order;
        order.reserve(m_list->count());
        for (int row = 0; row < m_list->count(); ++row) {
            const Endpoint peer = m_list->item(row)->data(EndpointRole).value<Endpoint>();
            if (kept.contains(peer))
                order.append(peer);
        }
        m_list->clear();
        m_items.clear();
        for (const Endpoint &peer : std::as_const(order)) {
            auto *item = new QListWidgetItem(peer.toString(), m_list);
            item->setData(EndpointRole, QVariant::fromValue(peer));
            m_items.insert(peer, item);
        }
    }
    for (const Endpoint &peer : peers) {
        if (m_items.contains(peer))
            continue;
        auto *item = new QListWidgetItem(peer.toString(), m_list);
        item->setData(EndpointRole, QVariant::fromValue(peer));
        m_items.insert(peer, item);
    }
    const quint64 shown = static_cast<quint64>(m_items.size());
    if (seen > shown) {
        m_moreItem = new QListWidgetItem(
            // In the pane's context, where the sentence and its translation already live.
            QCoreApplication::translate(
                "ServerPane",
                "… and %n more sender(s), not kept: only the most recent %1 are listed", nullptr,
                static_cast<int>(std::min<quint64>(seen - shown, INT_MAX)))
                .arg(UdpSession::MaxRememberedPeers),
            m_list);
        m_moreItem->setFlags(Qt::NoItemFlags);
    }
    if (QListWidgetItem *again = m_items.value(selected))
        m_list->setCurrentItem(again);
    else if (!m_items.isEmpty() && !m_list->currentItem())
        m_list->setCurrentRow(0);
    emit flushed();
}

void UdpSendersList::clear()
{
    m_flush->stop();
    m_items.clear();
    m_moreItem = nullptr;
    m_list->clear();
}

Endpoint UdpSendersList::currentSender() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item == m_moreItem)
        return Endpoint();
    return item->data(EndpointRole).value<Endpoint>();
}
