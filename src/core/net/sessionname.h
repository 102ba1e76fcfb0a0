// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QString>

class Session;

// The one name of a session, the same in the window's tabs and log, in JSON lines, log files
// and CLI output: "<protocol>-<role>#<id>", e.g. "tcp-server#3", "udp-client#7". Not
// translated: it is an identifier a user greps for and scripts compare.
namespace SessionName {

QString of(TrafficEvent::Protocol protocol, TrafficEvent::Role role, int sessionId);
QString of(const TrafficEvent &event);
QString of(const Session &session);

} // namespace SessionName
