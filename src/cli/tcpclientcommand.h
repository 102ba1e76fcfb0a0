#pragma once

#include "clicommand.h"

#include <QByteArray>

class QTimer;
class TcpClientSession;
struct TrafficEvent;

// socklab-cli tcp-client: the tutorial's client_tcp.py. Connects, sends --send, prints what
// arrives until the peer closes, --read-bytes arrived or nothing came for --timeout ms.
class TcpClientCommand : public CliCommand
{
    Q_OBJECT

public:
    TcpClientCommand(Engine *engine, QTextStream &out, QTextStream &err,
                     QObject *parent = nullptr);

protected:
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;
    void stop() override;
    bool isClient() const override { return true; }

private:
    void onConnected();
    void onEvent(const TrafficEvent &event);
    void onPeerClosed();
    void onBytesSent(qint64 bytes, qint64 stillQueued);
    // --timeout ms without progress either way: a normal end, unless data is still unsent.
    void onIdle();
    // A normal end decided by us: close gracefully, print the close, exit 0.
    void closeAndFinish();

    TcpClientSession *m_session = nullptr;
    QTimer *m_idleTimer = nullptr;
    QByteArray m_payload;
    qint64 m_readBytes = 0;  // stop after this many bytes (0: no limit)
    qint64 m_received = 0;
    bool m_readLimitReached = false; // --read-bytes arrived; waiting for our upload to end
};
