// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/paneconfig.h"

#include <QCoreApplication>
#include <QList>

// The four programs of the sockets tutorial as pane presets: loading one fills a server or
// client pane the way the program is written, without starting it.
struct ExamplePreset
{
    QString fileName; // "server_tcp.py"
    QString title; // menu text
    bool isServer = true;
    ServerConfig server; // when isServer
    ClientConfig client; // otherwise
};

class ExamplePresets
{
    Q_DECLARE_TR_FUNCTIONS(ExamplePresets)

public:
    static QList<ExamplePreset> all();
};
