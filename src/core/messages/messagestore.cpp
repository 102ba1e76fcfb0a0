// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/messagestore.h"

#include "messages/messagejson.h"
#include "messages/startermessages.h"
#include "settings/filekind.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// messages.json.corrupt-20261126-174501, with -2, -3... when that name is taken: an earlier
// damaged file is never overwritten.
QString asidePath(const QString &path)
{
    const QString base = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo(candidate).exists() || QFileInfo(candidate).isSymLink(); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

} // namespace

QString MessageStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SockLab/SockLab/messages.json");
}

MessageStore::LoadResult MessageStore::load(const QString &path, Damaged damaged)
{
    LoadResult result;
    const FileKind kind = fileKindOf(path);
    if (kind == FileKind::Missing) {
        for (const Message &message : StarterMessages::all())
            result.library.add(message);
        result.isStarter = true;
        return result;
    }

    QString cause;
    std::optional<QList<Message>> messages;
    if (kind == FileKind::Other) {
        cause = tr("it is not a regular file.");
    } else {
        // A link is read (it is the user's choice where the file lives) but never written.
        const std::optional<QByteArray> bytes =
                readFile(path, MessageLibrary::MaxDocumentBytes, &cause);
        if (bytes)
            messages = MessageJson::read(*bytes, &cause);
    }
    if (messages) {
        for (const Message &message : *messages)
            result.library.add(message);
        return result;
    }

    result.isDamaged = true;
    result.problem = tr("The message library %1 could not be read: %2").arg(path, cause);
    if (damaged == Damaged::Leave || kind != FileKind::Regular) {
        result.problem += u' ' + tr("The file was left as it is.");
        return result;
    }
    const QString aside = asidePath(path);
    if (QFile::rename(path, aside)) {
        result.movedTo = aside;
        result.problem += u' ' + tr("It was kept as %1 and a new, empty library started.")
                                         .arg(QFileInfo(aside).fileName());
    } else {
        result.problem += u' ' + tr("It could not be moved aside and was left as it is.");
    }
    return result;
}

bool MessageStore::save(const QString &path, const MessageLibrary &library, QString *error)
{
    return save(path, library.messages(), error);
}

bool MessageStore::save(const QString &path, const QList<Message> &messages, QString *error)
{
    return writeFile(path, MessageJson::write(messages), error);
}

std::optional<QByteArray> MessageStore::readFile(const QString &path, qint64 maxBytes,
                                                 QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("it cannot be opened (%1).").arg(file.errorString());
        return std::nullopt;
    }
    // Read one byte more than allowed: a size() of 0 (a FIFO, /proc) proves nothing.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        if (error)
            *error = tr("it is larger than %1 MiB.").arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("it cannot be read (%1).").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

bool MessageStore::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    const FileKind kind = fileKindOf(path);
    if (kind == FileKind::Link)
        return fail(tr("%1 was not written: it is a symbolic link.").arg(path));
    if (kind == FileKind::Other)
        return fail(tr("%1 was not written: it is not a regular file.").arg(path));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("%1 was not written: its folder cannot be created.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 was not written: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("%1 was not written: %2").arg(path, file.errorString()));
    return true;
}
