// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/outgoingqueue.h"

#include <algorithm>

void OutgoingQueue::enqueue(const QByteArray &payload)
{
    if (payload.isEmpty())
        return;
    m_messages.append({payload, 0});
    m_pendingBytes += payload.size();
}

QList<QByteArray> OutgoingQueue::written(qint64 n)
{
    QList<QByteArray> done;
    while (n > 0 && !m_messages.isEmpty()) {
        Message &head = m_messages.first();
        const qint64 take = std::min(n, head.payload.size() - head.written);
        head.written += take;
        m_pendingBytes -= take;
        n -= take;
        if (head.written < head.payload.size())
            break;
        done.append(head.payload);
        m_messages.removeFirst();
    }
    // More written than queued would mean someone wrote past us: never count it.
    return done;
}

OutgoingQueue::Leftover OutgoingQueue::clear()
{
    Leftover leftover;
    if (!m_messages.isEmpty() && m_messages.first().written > 0)
        leftover.writtenPart = m_messages.first().payload.left(m_messages.first().written);
    leftover.unsentBytes = m_pendingBytes;
    leftover.unsentMessages = static_cast<int>(m_messages.size());
    m_messages.clear();
    m_pendingBytes = 0;
    return leftover;
}
