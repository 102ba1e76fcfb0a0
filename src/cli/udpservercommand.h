// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "net/multicastmembership.h"

#include <QList>

class UdpSession;

// socklab-cli udp-server: the tutorial's server_udp.py. Binds, prints every datagram with its
// sender, optionally replies; exits after --max-datagrams datagrams or when interrupted.
class UdpServerCommand : public CliCommand
{
    Q_OBJECT

public:
    UdpServerCommand(Engine *engine, QTextStream &out, QTextStream &err,
                     QObject *parent = nullptr);

protected:
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;
    void stop() override;

private:
    static QHostAddress groupBindAddress(const QList<MulticastMembership> &joins);

    UdpSession *m_session = nullptr;
    bool m_bound = false;
};
