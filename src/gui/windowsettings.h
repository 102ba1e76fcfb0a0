#pragma once

#include "paneconfig.h"

#include <QByteArray>
#include <QCoreApplication>

// What the window remembers between runs (layout and the last used pane fields), kept in
// QSettings under organization "SockLab", application "SockLab". Read once at start and
// written once on close, never per keystroke. A corrupt file yields the defaults and a sentence
// saying so, never a crash.
class WindowSettings
{
    Q_DECLARE_TR_FUNCTIONS(WindowSettings)

public:
    struct Snapshot
    {
        QByteArray geometry;
        QByteArray windowState;
        QByteArray mainSplitter;
        QByteArray sidesSplitter;
        QByteArray logView;
        bool hasServer = false;
        ServerConfig server;
        bool hasClient = false;
        ClientConfig client;
        bool isDamaged = false; // read() found a file it could not parse
    };

    static QString organizationName() { return QStringLiteral("SockLab"); }
    static QString applicationName() { return QStringLiteral("SockLab"); }

    // On failure returns the defaults and sets *problem to one sentence for the status bar.
    static Snapshot read(QString *problem = nullptr);
    // A damaged file (snapshot.isDamaged) is moved aside as "<name>.corrupt" before a fresh
    // one is written.
    static bool write(const Snapshot &snapshot, QString *problem = nullptr);
};
