#pragma once

#include "clicommand.h"

#include <QByteArray>

class QTimer;
class UdpSession;

// socklab-cli udp-client: the tutorial's client_udp.py. Sends DATA --count times to host:port,
// --interval ms apart, and exits 0 once every datagram has left the socket.
class UdpClientCommand : public CliCommand
{
    Q_OBJECT

public:
    UdpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                     QObject *parent = nullptr);

protected:
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;
    void stop() override;
    bool isClient() const override { return true; }

private:
    void sendNext();
    void onSent();

    UdpSession *m_session = nullptr;
    QTimer *m_timer = nullptr;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_payload;
    int m_count = 1;
    int m_requested = 0;
    int m_sent = 0;
};
