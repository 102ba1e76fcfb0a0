#pragma once

#include "trafficevent.h"

#include <QByteArray>

// One TrafficEvent as one compact JSON object (no newline), with the fields of
// `socklab-cli --json` in the order QJsonDocument writes them (sorted keys). Written by hand
// rather than through QJsonObject because the log file formats every event of a flood.
namespace TrafficEventJson {

QByteArray line(const TrafficEvent &event, const QString &sessionLabel);

} // namespace TrafficEventJson
