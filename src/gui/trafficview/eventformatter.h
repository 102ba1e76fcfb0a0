// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload/payloadcodec.h"
#include "log/trafficevent.h"

#include <QCoreApplication>
#include <QString>

// Turns raw TrafficEvent values into the strings the log shows. Called lazily for visible cells
// only, so nothing is pre-rendered per event.
class EventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(EventFormatter)

public:
    // Local wall-clock time, "hh:mm:ss.zzz".
    static QString time(qint64 timestampMs);
    // Date and time for the details panel, "yyyy-MM-dd hh:mm:ss.zzz".
    static QString dateTime(qint64 timestampMs);
    // Translated event name: "received", "accepted", ...
    static QString kindLabel(TrafficEvent::Kind kind);
    static QString protocolLabel(TrafficEvent::Protocol protocol);
    // Whether the event carries bytes that went over the wire.
    static bool hasPayload(const TrafficEvent &event);
    // The Text column: decoded payload for data events, the message otherwise.
    static QString text(const TrafficEvent &event, PayloadCodec::Encoding encoding,
                        qsizetype maxChars);
    // The Hex column: the first maxBytes bytes as hex pairs, "…" when there is more.
    static QString hexPreview(const TrafficEvent &event, qsizetype maxBytes);
    // Rich-text tooltip with a hex dump of at most maxBytes bytes.
    static QString hexDumpToolTip(const TrafficEvent &event, qsizetype maxBytes);
    // Plain multi-line description for the event details panel.
    static QString details(const TrafficEvent &event, const QString &sessionLabel,
                           PayloadCodec::Encoding encoding, qsizetype maxDumpBytes);
    // Hex dump at eight bytes a line: "0000  48 65 6c 6c 6f 0d 0a 00  Hello...".
    static QString compactHexDump(const QByteArray &bytes);
    // Sort key for an endpoint, compared bytewise: groups by family, orders addresses
    // numerically, then ports; empty for no endpoint.
    static QByteArray endpointSortKey(const Endpoint &endpoint);
};
