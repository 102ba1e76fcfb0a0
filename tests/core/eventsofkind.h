// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficlog.h"

#include <QList>

// The held events of one kind, oldest first: what most session tests assert on.
inline QList<TrafficEvent> eventsOfKind(const TrafficLog &log, TrafficEvent::Kind kind)
{
    QList<TrafficEvent> result;
    for (const TrafficEvent &event : log.eventsAfter(0)) {
        if (event.kind == kind)
            result << event;
    }
    return result;
}
