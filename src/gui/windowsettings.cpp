#include "windowsettings.h"

#include <QFile>
#include <QSettings>

namespace {

constexpr int SettingsVersion = 1;

} // namespace

WindowSettings::Snapshot WindowSettings::read(QString *problem)
{
    Snapshot snapshot;
    QSettings settings(organizationName(), applicationName());
    if (settings.status() != QSettings::NoError) {
        snapshot.isDamaged = settings.status() == QSettings::FormatError;
        if (problem) {
            *problem = settings.status() == QSettings::FormatError
                ? tr("The settings file %1 is damaged; using the defaults.")
                      .arg(settings.fileName())
                : tr("The settings file %1 could not be read; using the defaults.")
                      .arg(settings.fileName());
        }
        return snapshot;
    }
    if (settings.value(QStringLiteral("version"), 0).toInt() != SettingsVersion)
        return snapshot;

    settings.beginGroup(QStringLiteral("window"));
    snapshot.geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    snapshot.windowState = settings.value(QStringLiteral("state")).toByteArray();
    snapshot.mainSplitter = settings.value(QStringLiteral("mainSplitter")).toByteArray();
    snapshot.sidesSplitter = settings.value(QStringLiteral("sidesSplitter")).toByteArray();
    snapshot.logView = settings.value(QStringLiteral("logView")).toByteArray();
    settings.endGroup();

    snapshot.hasServer = settings.childGroups().contains(QStringLiteral("server"));
    settings.beginGroup(QStringLiteral("server"));
    snapshot.server = ServerConfig::read(settings);
    settings.endGroup();

    snapshot.hasClient = settings.childGroups().contains(QStringLiteral("client"));
    settings.beginGroup(QStringLiteral("client"));
    snapshot.client = ClientConfig::read(settings);
    settings.endGroup();
    return snapshot;
}

bool WindowSettings::write(const Snapshot &snapshot, QString *problem)
{
    QSettings settings(organizationName(), applicationName());
    if (snapshot.isDamaged) {
        // Keep the user's damaged file for inspection instead of silently overwriting it.
        const QString path = settings.fileName();
        const QString aside = path + QStringLiteral(".corrupt");
        QFile::remove(aside);
        QFile::copy(path, aside);
    }
    settings.clear();
    settings.setValue(QStringLiteral("version"), SettingsVersion);

    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), snapshot.geometry);
    settings.setValue(QStringLiteral("state"), snapshot.windowState);
    settings.setValue(QStringLiteral("mainSplitter"), snapshot.mainSplitter);
    settings.setValue(QStringLiteral("sidesSplitter"), snapshot.sidesSplitter);
    settings.setValue(QStringLiteral("logView"), snapshot.logView);
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
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (problem)
            *problem = tr("The settings could not be saved to %1.").arg(settings.fileName());
        return false;
    }
    return true;
}
