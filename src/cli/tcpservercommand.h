// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

class TcpServerSession;

// socklab-cli tcp-server: the tutorial's server_tcp.py and more. Listens, greets, echoes,
// prints every event; stops after --max-connections once they closed, or when interrupted.
class TcpServerCommand : public CliCommand
{
    Q_OBJECT

public:
    TcpServerCommand(Engine *engine, QTextStream &out, QTextStream &err,
                     QObject *parent = nullptr);

protected:
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;
    void stop() override;

private:
    TcpServerSession *m_session = nullptr;
    bool m_listening = false;
};
