// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/packetsenderimport.h"

#include <QString>

// Reads a file the user picked in Import…: SockLab's own JSON, or Packet Sender's JSON export
// or packets.ini, told apart by content (not by name), within the library's size bound.
class MessageFileImport
{
public:
    // The messages, what could not be mapped (Packet Sender only), or one sentence in error.
    static PacketSenderImport::Result read(const QString &path);
};
