// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/sendhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace {

// 50 entries of 64 KiB as base64 with room for the other fields; larger is not SockLab's.
constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;
constexpr int FileVersion = 1;

// The fields a pane's editor has; the rest of a Message (id, name, notes...) is not history.
Message editorFieldsOf(const Message &m)
{
    Message kept;
    kept.payload = m.payload;
    kept.format = m.format;
    kept.lineEnding = m.lineEnding;
    kept.macros = m.macros;
    kept.checksum = m.checksum;
    kept.checksumOrder = m.checksumOrder;
    return kept;
}

QJsonObject toJson(const Message &m)
{
    return {
        {QStringLiteral("payload"), QString::fromLatin1(m.payload.toBase64())},
        {QStringLiteral("format"),
         m.format == PayloadCodec::Format::Hex ? QStringLiteral("hex") : QStringLiteral("text")},
        {QStringLiteral("lineEnding"), int(m.lineEnding)},
        {QStringLiteral("macros"), m.macros},
        {QStringLiteral("checksum"), Checksum::name(m.checksum)},
        {QStringLiteral("checksumOrder"),
         m.checksumOrder == Checksum::ByteOrder::LittleEndian ? QStringLiteral("little")
                                                              : QStringLiteral("big")},
    };
}

// nullopt for anything SockLab would not have written.
std::optional<Message> fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    const QJsonValue format = o.value(QStringLiteral("format"));
    const QJsonValue ending = o.value(QStringLiteral("lineEnding"));
    const QJsonValue checksum = o.value(QStringLiteral("checksum"));
    const QJsonValue order = o.value(QStringLiteral("checksumOrder"));
    if (!payload.isString() || !format.isString() || !ending.isDouble())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(payload.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > SendHistory::MaxEntryBytes)
        return std::nullopt;
    const int endingValue = ending.toInt(-1);
    if (endingValue < int(Message::LineEnding::None) || endingValue > int(Message::LineEnding::Cr))
        return std::nullopt;
    Message m;
    m.payload = decoded.decoded;
    m.format = format.toString() == QLatin1String("hex") ? PayloadCodec::Format::Hex
                                                         : PayloadCodec::Format::Text;
    m.lineEnding = static_cast<Message::LineEnding>(endingValue);
    m.macros = o.value(QStringLiteral("macros")).toBool(false);
    if (checksum.isString() && !Checksum::fromName(checksum.toString(), &m.checksum))
        return std::nullopt;
    m.checksumOrder = order.toString() == QLatin1String("little")
        ? Checksum::ByteOrder::LittleEndian
        : Checksum::ByteOrder::BigEndian;
    return m;
}

} // namespace

SendHistory::SendHistory(const QString &key, const QString &directory)
    : m_directory(directory)
{
    setKey(key);
}

void SendHistory::setKey(const QString &key)
{
    m_key = key;
    m_entries.clear();
    read();
}

QString SendHistory::filePath() const
{
    if (m_key.isEmpty())
        return {};
    const QString directory = m_directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/history")
        : m_directory;
    // The key names a file: anything but [A-Za-z0-9_-] becomes "_" so no key leaves the folder.
    QString safe = m_key;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return directory + QLatin1Char('/') + safe + QStringLiteral(".json");
}

bool SendHistory::add(const Message &m)
{
    if (m.payload.size() > MaxEntryBytes)
        return false;
    const Message entry = editorFieldsOf(m);
    if (!m_entries.isEmpty() && m_entries.constFirst() == entry)
        return true;
    m_entries.prepend(entry);
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    write();
    return true;
}

void SendHistory::clear()
{
    m_entries.clear();
    write();
}

void SendHistory::read()
{
    writer().waitForDone(); // the file as the last write left it
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    // A FIFO or device would block or never end; a huge file is not ours.
    if (!info.exists() || !info.isFile() || info.size() > MaxFileBytes)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxFileBytes));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != FileVersion)
        return;
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        if (m_entries.size() >= MaxEntries)
            break;
        if (const std::optional<Message> m = fromJson(value))
            m_entries.append(*m);
    }
}

void SendHistory::write() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    QJsonArray entries;
    for (const Message &m : m_entries)
        entries.append(toJson(m));
    const QJsonObject root {{QStringLiteral("version"), FileVersion},
                            {QStringLiteral("entries"), entries}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    // Written on the writer thread, in order: a send must not wait for the disk (QSaveFile
    // syncs before it renames).
    writer().start([path, bytes] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // QSaveFile renames over the target: a link or device in its place is never written
        // through.
        if (const QFileInfo info(path); info.isSymLink() || (info.exists() && !info.isFile()))
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(bytes);
        // History is a convenience: a failed write keeps the previous file and is not reported.
        file.commit();
    });
}

QThreadPool &SendHistory::writer()
{
    // One thread for every pane's history, so two writes of one file never overlap or
    // reorder; it is waited for before a file is read and when the program ends.
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(1);
        return threads;
    }();
    return *pool;
}
