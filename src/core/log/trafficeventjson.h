// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QByteArray>

#include <functional>

// One TrafficEvent as one compact JSON object (no newline), with the fields of
// `socklab-cli --json` in the order QJsonDocument writes them (sorted keys). Written by hand
// rather than through QJsonObject because the log file formats every event of a flood.
namespace TrafficEventJson {

QByteArray line(const TrafficEvent &event, const QString &sessionLabel);

// Appends the same line to out, formatting the payload (hex, then text) a slice of at most
// sliceBytes payload bytes at a time and calling flush(out) whenever out has grown past
// sliceBytes, so a payload of hundreds of MiB never becomes a line of a GiB in memory. flush
// writes out somewhere and empties it; false stops the line (the caller's write failed).
// Returns false when a flush failed.
using Flush = std::function<bool(QByteArray &out)>;
bool appendLine(QByteArray &out, const TrafficEvent &event, const QString &sessionLabel,
                qsizetype sliceBytes, const Flush &flush);

} // namespace TrafficEventJson
