// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QCoreApplication>
#include <QString>

#include <array>

struct LinkTable;

// One row of the tutorial's four-layer table for one message.
struct MessageLayer
{
    QString layer; // "Application", "Transport", ...
    QString protocol; // "TCP", "IPv4", "lo"
    QString contents; // what this message carries at that layer, as far as it is known
    QString header; // the header that layer adds, as far as it is known
};

// The tutorial's TCP/IP table (application, transport, internet, link) filled in for one
// sent or received log row with what is truly known: the payload the log kept, the ports and
// addresses of the socket, header sizes where the protocol fixes them (a range where options
// decide), and the interface that owns the address. Nothing is invented: the log does not
// record segments, options or frames, so those are named as unknown.
class MessageLayers
{
    Q_DECLARE_TR_FUNCTIONS(MessageLayers)

public:
    enum Layer { Application, Transport, Internet, Link, LayerCount };
    using Table = std::array<MessageLayer, LayerCount>;

    // Bytes of the payload shown as text and hex.
    static constexpr int PreviewBytes = 32;

    // A data row: sent or received, with an address to speak of.
    static bool applies(const TrafficEvent &event);
    // link: the machine's interfaces, or nullptr while they are still being read.
    static Table of(const TrafficEvent &event, const LinkTable *link);
    // "Received 12 bytes from 127.0.0.1:53422 over TCP" (the table's caption).
    static QString caption(const TrafficEvent &event);
    // The localized name of a layer.
    static QString layerName(Layer layer);

private:
    static MessageLayer application(const TrafficEvent &event);
    static MessageLayer transport(const TrafficEvent &event, const LinkTable *link);
    static MessageLayer internet(const TrafficEvent &event, const LinkTable *link);
    static MessageLayer link(const TrafficEvent &event, const LinkTable *link);
};
