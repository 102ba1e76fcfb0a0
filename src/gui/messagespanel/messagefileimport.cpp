// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messagefileimport.h"

#include "messages/messagejson.h"
#include "messages/messagelibrary.h"
#include "messages/messagestore.h"

PacketSenderImport::Result MessageFileImport::read(const QString &path)
{
    PacketSenderImport::Result result;
    const auto document
        = MessageStore::readFile(path, MessageLibrary::MaxDocumentBytes, &result.error);
    if (!document)
        return result;
    if (MessageJson::isOurFormat(*document)) {
        if (const auto read = MessageJson::read(*document, &result.error))
            result.messages = *read;
        return result;
    }
    return PacketSenderImport::isPacketSenderJson(*document)
        ? PacketSenderImport::fromJson(*document)
        : PacketSenderImport::fromIniFile(path);
}
