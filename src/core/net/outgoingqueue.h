// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// What one TCP connection has queued and how much of it the kernel has taken. Sessions write
// every message to the socket at once but report it as sent only from bytesWritten(n): a
// message is sent when its last byte was written, never earlier, so the log and the counters
// never claim more than left our buffers.
class OutgoingQueue
{
public:
    // A message was handed to the socket.
    void enqueue(const QByteArray &payload);
    // The socket wrote n more bytes: returns the messages those bytes completed, in order.
    QList<QByteArray> written(qint64 n);

    // Queued, not yet written.
    qint64 pendingBytes() const { return m_pendingBytes; }
    int pendingMessages() const { return static_cast<int>(m_messages.size()); }
    bool isEmpty() const { return m_messages.isEmpty(); }

    // What is left when the connection ends: the part of the first message that was written
    // (empty if none), and what was never written. Empties the queue.
    struct Leftover
    {
        QByteArray writtenPart;
        qint64 unsentBytes = 0;
        int unsentMessages = 0; // messages with at least one byte unsent
    };
    Leftover clear();

private:
    struct Message
    {
        QByteArray payload;
        qint64 written = 0;
    };
    // A QList, not a std::deque: an empty deque allocates (libstdc++: a 512-byte node and its
    // map, again on every move), and a server holds one queue per connection, nearly always
    // empty (10,000 idle clients). QList allocates on the first message and pops from the
    // front in place.
    QList<Message> m_messages;
    qint64 m_pendingBytes = 0;
};
