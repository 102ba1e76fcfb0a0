// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QList>

// A TCP server's accepted and closed connections since a reader last took them, in order:
// what the window's Clients list follows. One queued signal per connection cost a burst of
// 10,000 clients 20,000 cross-thread events (an allocation and a lock each on the session
// thread, a dispatch each on the GUI thread); the list instead notifies once per batch (note()
// says when) and the reader takes everything at once. Bounded: past maxHeld changes nobody took,
// it drops them and tells the reader to start again from the server's connections. Not
// thread-safe: the session guards it with its mutex.
class ConnectionChanges
{
public:
    struct Change
    {
        int connectionId = 0;
        Endpoint peer;      // the accepted peer; null for a close
        bool opened = true; // accepted (true) or closed (false)
    };
    struct Batch
    {
        // When true, changes were dropped: the reader forgets what it knows and the changes
        // that follow (the server's connections at take time, as opened) are the whole list.
        bool restart = false;
        QList<Change> changes;
    };
    // About 40 bytes each: a window that stops taking holds at most ~4 MiB.
    static constexpr qsizetype maxHeld = 100'000;

    // Each returns true when it is the first change since the last take(): notify then.
    bool noteOpened(int connectionId, const Endpoint &peer);
    bool noteClosed(int connectionId);
    // What was noted since the last take(), and the list emptied. A dropped run comes back
    // as restart, with no changes: the caller adds the open connections.
    Batch take();
    bool isEmpty() const { return m_changes.isEmpty() && !m_overflowed; }

private:
    bool note(Change &&change);

    QList<Change> m_changes;
    bool m_overflowed = false;
};
