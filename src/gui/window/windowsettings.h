// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/paneconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

// What the window remembers between runs (layout and the last used pane fields), kept in an
// INI file at <config>/SockLab/SockLab.conf (where QSettings "SockLab"/"SockLab" keeps it). Read
// once at start and written once on close, never per keystroke. Nothing in the file can crash,
// hang or bloat the window: it is read only when it is a regular file of sane size, layout blobs
// carry a checksum and are validated before any widget sees them, a start that died while
// restoring leaves a marker so the next one starts from the defaults, and a damaged file is kept
// as "<name>.corrupt". A settings path that is a symbolic link or not a regular file is never
// written through (QSettings would replace what the link points to, even a device node).
class WindowSettings
{
    Q_DECLARE_TR_FUNCTIONS(WindowSettings)

public:
    struct Snapshot
    {
        QByteArray geometry;
        QByteArray mainSplitter;
        QByteArray sidesSplitter;
        QByteArray logView;
        bool hasServer = false;
        ServerConfig server;
        bool hasClient = false;
        ClientConfig client;
        // The Messages panel, as plain values (no dock-state blob to validate): shown, which
        // side of the window (a Qt::DockWidgetArea), its width, and the sequence step delay.
        bool messagesVisible = true;
        int messagesArea = 0x2; // Qt::RightDockWidgetArea
        int messagesWidth = 0;  // 0: the window's default
        int messagesStepDelayMs = 100;
        // The Sequence dialog's last delay per message name (bounded, each within 0..1 h).
        QHash<QString, qint64> messagesSequenceDelays;
        // The Learn dock: shown, and which tab (0 lifecycle, 1 layers, 2 tour).
        bool learnVisible = false;
        int learnTab = 0;
        bool isDamaged = false; // read() found damage and set a .corrupt copy aside
        bool isWriteRefused = false; // the path is a link or not a regular file
    };

    // The Learn dock's tabs (LearnDock::TabCount, checked where both are known).
    static constexpr int LearnTabCount = 3;

    static QString organizationName() { return QStringLiteral("SockLab"); }
    static QString applicationName() { return QStringLiteral("SockLab"); }
    // The settings file; honours QStandardPaths test mode and XDG_CONFIG_HOME.
    static QString filePath();

    // Returns the defaults on any trouble and sets *problem to one sentence for the status bar.
    static Snapshot read(QString *problem = nullptr);
    // Refuses (false, *problem set) when the path is a symbolic link or not a regular file.
    static bool write(const Snapshot &snapshot, QString *problem = nullptr);

    // Copies the settings file to "<name>.corrupt" (a regular file only) and returns that path.
    static QString keepCorruptCopy();
    // Drops every layout blob of the snapshot, keeps a .corrupt copy of the file and returns
    // the sentence for the status bar.
    static QString discardLayout(Snapshot *snapshot);

    // A marker file that exists only while saved state is being applied to the widgets: if the
    // window dies there, the next read() finds it and starts from the defaults.
    static void beginRestore();
    static void endRestore();
};
