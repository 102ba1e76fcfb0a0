// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QThreadPool;

// The messages one pane sent, most recent first, kept across restarts. Bounded (MaxEntries,
// each at most MaxEntryBytes of payload) and written whole on every change to a small JSON file
// per key, "<AppDataLocation>/history/<key>.json", atomically, on a writer thread. A sent message equal to the most
// recent one is not added again. Whatever is in the file, reading it never crashes, hangs or
// bloats the window: a damaged file, a non-regular file, a wrong type or an oversized entry is
// ignored (the history starts empty or without that entry).
class SendHistory
{
    Q_DECLARE_TR_FUNCTIONS(SendHistory)

public:
    static constexpr int MaxEntries = 50;
    static constexpr qsizetype MaxEntryBytes = 64 * 1024;

    // An empty key keeps the history in memory only. directory overrides where the files live
    // (tests); empty means "<AppDataLocation>/history".
    explicit SendHistory(const QString &key = {}, const QString &directory = {});

    QString key() const { return m_key; }
    // Switches to another key's history and reads it.
    void setKey(const QString &key);

    // Adds m (only its payload, format, line ending, macros and checksum count) at the front.
    // Returns false when it is larger than MaxEntryBytes and was not kept.
    bool add(const Message &m);
    const QList<Message> &entries() const { return m_entries; }
    void clear();

    // The file of the current key ("" when the key is empty).
    QString filePath() const;

private:
    void read();
    void write() const;
    static QThreadPool &writer();

    QString m_key;
    QString m_directory;
    QList<Message> m_entries;
};
