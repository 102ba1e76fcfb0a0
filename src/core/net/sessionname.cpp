// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/sessionname.h"

#include "net/session.h"

QString SessionName::of(TrafficEvent::Protocol protocol, TrafficEvent::Role role, int sessionId)
{
    return TrafficEvent::protocolName(protocol) + u'-'
        + (role == TrafficEvent::Role::Client ? QStringLiteral("client")
                                              : QStringLiteral("server"))
        + u'#' + QString::number(sessionId);
}

QString SessionName::of(const TrafficEvent &event)
{
    return of(event.protocol, event.role, event.sessionId);
}

QString SessionName::of(const Session &session)
{
    return of(session.protocol(), session.role(), session.id());
}
