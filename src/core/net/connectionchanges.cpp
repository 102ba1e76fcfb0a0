// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/connectionchanges.h"

#include <utility>

bool ConnectionChanges::noteOpened(int connectionId, const Endpoint &peer)
{
    return note({connectionId, peer, true});
}

bool ConnectionChanges::noteClosed(int connectionId)
{
    return note({connectionId, Endpoint(), false});
}

bool ConnectionChanges::note(Change &&change)
{
    const bool first = isEmpty();
    if (m_overflowed)
        return first; // the reader starts again from the open connections anyway
    if (m_changes.size() >= maxHeld) {
        m_changes = {};
        m_overflowed = true;
        return first;
    }
    m_changes.append(std::move(change));
    return first;
}

ConnectionChanges::Batch ConnectionChanges::take()
{
    Batch batch;
    batch.restart = std::exchange(m_overflowed, false);
    batch.changes = std::exchange(m_changes, {});
    return batch;
}
