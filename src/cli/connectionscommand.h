// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

struct SocketRecord;

// socklab-cli connections: the machine's TCP and UDP sockets, like netstat -tunap (the
// tutorial's netstat -a step), with SockLab's own sockets marked in the JSON output.
class ConnectionsCommand : public CliCommand
{
    Q_OBJECT

public:
    ConnectionsCommand(Engine *engine, QTextStream &out, QTextStream &err,
                       QObject *parent = nullptr);

    // One line in netstat -tunap's columns, and the header above such lines.
    static QString humanHeader();
    static QString formatHuman(const SocketRecord &record);
    // One JSON object (no newline) with the fields of DESIGN.md.
    static QString formatJson(const SocketRecord &record);

protected:
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;
    void stop() override { }
    bool logsTraffic() const override { return false; }
};
