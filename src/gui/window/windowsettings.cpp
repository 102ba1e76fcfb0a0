// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/windowsettings.h"

#include "messages/sequenceitem.h"
#include "settings/filekind.h"
#include "settings/layoutstatevalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

// Version 2 stores a SHA-256 beside each layout blob; version 1 files are read without them.
constexpr int SettingsVersion = 2;
// A settings file larger than this is damage (or not ours), not settings.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

const char *const BlobKeys[] = {"geometry", "mainSplitter", "sidesSplitter", "logView"};

QByteArray *blobOf(WindowSettings::Snapshot &snapshot, int index)
{
    QByteArray *blobs[] = {&snapshot.geometry, &snapshot.mainSplitter, &snapshot.sidesSplitter,
                           &snapshot.logView};
    return blobs[index];
}

QString checksumKey(const char *key)
{
    return QLatin1String(key) + QStringLiteral("Sha256");
}

QString markerPath()
{
    return WindowSettings::filePath() + QStringLiteral(".restoring");
}

} // namespace

QString WindowSettings::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/'
        + organizationName() + u'/' + applicationName() + QStringLiteral(".conf");
}

QString WindowSettings::keepCorruptCopy()
{
    const QString path = filePath();
    const QString aside = path + QStringLiteral(".corrupt");
    if (fileKindOf(path) != FileKind::Regular)
        return QString();
    QFile::remove(aside); // a link planted there is removed, not followed
    return QFile::copy(path, aside) ? aside : QString();
}

QString WindowSettings::discardLayout(Snapshot *snapshot)
{
    snapshot->geometry.clear();
    snapshot->mainSplitter.clear();
    snapshot->sidesSplitter.clear();
    snapshot->logView.clear();
    snapshot->isDamaged = true;
    const QString aside = keepCorruptCopy();
    const QString sentence = tr("Window layout reset: %1 was damaged.").arg(filePath());
    return aside.isEmpty()
        ? sentence
        : sentence + u' ' + tr("Copy kept as %1.").arg(QFileInfo(aside).fileName());
}

void WindowSettings::beginRestore()
{
    const QString path = markerPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile marker(path);
    // NewOnly (O_EXCL): never follows or truncates something already there.
    if (marker.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        marker.write("restoring\n");
}

void WindowSettings::endRestore()
{
    QFile::remove(markerPath());
}

WindowSettings::Snapshot WindowSettings::read(QString *problem)
{
    Snapshot snapshot;
    const QString path = filePath();
    const auto say = [problem](const QString &sentence) {
        if (problem && problem->isEmpty())
            *problem = sentence;
    };
    const auto damaged = [&snapshot, &say, &path](const QString &why) {
        snapshot.isDamaged = true;
        const QString aside = keepCorruptCopy();
        say(aside.isEmpty()
                ? why.arg(path) + u' ' + tr("Using the defaults.")
                : why.arg(path) + u' '
                    + tr("Using the defaults; copy kept as %1.").arg(QFileInfo(aside).fileName()));
    };

    switch (fileKindOf(path)) {
    case FileKind::Missing:
        endRestore();
        return snapshot;
    case FileKind::Link:
        snapshot.isWriteRefused = true;
        say(tr("The settings file %1 is a symbolic link; SockLab does not write through links, "
               "so changes made now will not be saved.")
                .arg(path));
        // Read through it only when it leads to a regular file: a FIFO would block the start
        // and /dev/zero would never end.
        if (!QFileInfo(path).isFile()) {
            endRestore();
            return snapshot;
        }
        break;
    case FileKind::Other:
        snapshot.isWriteRefused = true;
        say(tr("The settings file %1 is not a regular file; it was not read and will not be "
               "written.")
                .arg(path));
        endRestore();
        return snapshot;
    case FileKind::Regular:
        break;
    }

    if (QFile::exists(markerPath())) {
        endRestore();
        damaged(tr("SockLab stopped while restoring its window from %1 last time, so the saved "
                   "state was not used."));
        return snapshot;
    }
    if (QFileInfo(path).size() > MaxFileBytes) {
        damaged(tr("The settings file %1 is too large to be SockLab's."));
        return snapshot;
    }
    {
        // SockLab writes only strings, numbers and byte arrays. A "@Variant(" value would make
        // QSettings deserialize arbitrary types, whose counts Qt trusts (gigabytes for a list).
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)
            && file.read(MaxFileBytes).contains(QByteArrayLiteral("@Variant("))) {
            damaged(tr("The settings file %1 holds values SockLab never writes."));
            return snapshot;
        }
    }

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        if (settings.status() == QSettings::FormatError)
            damaged(tr("The settings file %1 is damaged."));
        else
            say(tr("The settings file %1 could not be read; using the defaults.").arg(path));
        return snapshot;
    }
    const int version = settings.value(QStringLiteral("version"), 0).toInt();
    if (version != 1 && version != SettingsVersion)
        return snapshot;

    settings.beginGroup(QStringLiteral("window"));
    bool blobDamaged = false;
    for (int i = 0; i < 4; ++i) {
        const QByteArray blob = settings.value(QLatin1String(BlobKeys[i])).toByteArray();
        if (blob.isEmpty())
            continue;
        const QByteArray sum = settings.value(checksumKey(BlobKeys[i])).toByteArray();
        if (version >= 2 && sum != LayoutStateValidator::checksum(blob)) {
            blobDamaged = true;
            continue;
        }
        *blobOf(snapshot, i) = blob;
    }
    settings.endGroup();
    // Only the layout is dropped; the pane fields below are plain values, checked on use.
    if (blobDamaged)
        say(discardLayout(&snapshot));

    snapshot.hasServer = settings.childGroups().contains(QStringLiteral("server"));
    settings.beginGroup(QStringLiteral("server"));
    snapshot.server = ServerConfig::read(settings);
    settings.endGroup();

    snapshot.hasClient = settings.childGroups().contains(QStringLiteral("client"));
    settings.beginGroup(QStringLiteral("client"));
    snapshot.client = ClientConfig::read(settings);
    settings.endGroup();

    // Plain values, each checked: an unknown area or an absurd size falls back to the default.
    settings.beginGroup(QStringLiteral("messages"));
    snapshot.messagesVisible = settings.value(QStringLiteral("visible"), true).toBool();
    const int area = settings.value(QStringLiteral("area"), snapshot.messagesArea).toInt();
    if (area == 0x1 || area == 0x2 || area == 0x4 || area == 0x8)
        snapshot.messagesArea = area;
    const int width = settings.value(QStringLiteral("width"), 0).toInt();
    if (width > 0 && width <= 10000)
        snapshot.messagesWidth = width;
    const int delay = settings.value(QStringLiteral("stepDelayMs"), 100).toInt();
    if (delay >= 0 && delay <= 3600000)
        snapshot.messagesStepDelayMs = delay;
    // "<ms> <name>" per entry: a name may hold any character, which a key may not.
    const QStringList sequence = settings.value(QStringLiteral("sequenceDelays")).toStringList();
    for (const QString &entry : sequence.mid(0, SequenceItem::MaxSteps)) {
        const qsizetype space = entry.indexOf(u' ');
        bool ok = false;
        const qint64 ms = entry.left(space).toLongLong(&ok);
        if (space > 0 && ok && ms >= 0 && ms <= SequenceItem::MaxDelayMs)
            snapshot.messagesSequenceDelays.insert(entry.mid(space + 1), ms);
    }
    settings.endGroup();

    // The Learn dock: a tab number out of range is the default tab.
    settings.beginGroup(QStringLiteral("learn"));
    snapshot.learnVisible = settings.value(QStringLiteral("visible"), false).toBool();
    const int tab = settings.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < LearnTabCount)
        snapshot.learnTab = tab;
    settings.endGroup();
    return snapshot;
}

bool WindowSettings::write(const Snapshot &snapshot, QString *problem)
{
    const QString path = filePath();
    // Checked again now: the file may have been replaced by a link since the start. QSettings
    // saves through QSaveFile, which resolves links and renames a new file over the target:
    // run as root with the file linked to /dev/zero, that replaced the device node.
    const FileKind kind = fileKindOf(path);
    if (snapshot.isWriteRefused || kind == FileKind::Link || kind == FileKind::Other) {
        if (problem) {
            *problem = kind == FileKind::Other
                ? tr("The settings were not saved: %1 is not a regular file.").arg(path)
                : tr("The settings were not saved: %1 is a symbolic link.").arg(path);
        }
        return false;
    }

    QSettings settings(path, QSettings::IniFormat);
    settings.clear();
    settings.setValue(QStringLiteral("version"), SettingsVersion);

    settings.beginGroup(QStringLiteral("window"));
    Snapshot copy = snapshot;
    for (int i = 0; i < 4; ++i) {
        const QByteArray &blob = *blobOf(copy, i);
        settings.setValue(QLatin1String(BlobKeys[i]), blob);
        settings.setValue(checksumKey(BlobKeys[i]),
                          QString::fromLatin1(LayoutStateValidator::checksum(blob)));
    }
    settings.endGroup();

    if (snapshot.hasServer) {
        settings.beginGroup(QStringLiteral("server"));
        snapshot.server.write(settings);
        settings.endGroup();
    }
    if (snapshot.hasClient) {
        settings.beginGroup(QStringLiteral("client"));
        snapshot.client.write(settings);
        settings.endGroup();
    }
    settings.beginGroup(QStringLiteral("messages"));
    settings.setValue(QStringLiteral("visible"), snapshot.messagesVisible);
    settings.setValue(QStringLiteral("area"), snapshot.messagesArea);
    settings.setValue(QStringLiteral("width"), snapshot.messagesWidth);
    settings.setValue(QStringLiteral("stepDelayMs"), snapshot.messagesStepDelayMs);
    QStringList sequence;
    for (auto it = snapshot.messagesSequenceDelays.cbegin();
         it != snapshot.messagesSequenceDelays.cend(); ++it)
        sequence << QString::number(it.value()) + u' ' + it.key();
    sequence.sort(); // the same delays, the same file
    settings.setValue(QStringLiteral("sequenceDelays"), sequence);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("learn"));
    settings.setValue(QStringLiteral("visible"), snapshot.learnVisible);
    settings.setValue(QStringLiteral("tab"), snapshot.learnTab);
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (problem)
            *problem = tr("The settings could not be saved to %1.").arg(path);
        return false;
    }
    return true;
}
