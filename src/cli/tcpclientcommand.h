// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "net/repeatplan.h"

#include <QByteArray>

class QTimer;
class StdinSource;
class TcpClientSession;
struct TrafficEvent;

// socklab-cli tcp-client: the tutorial's client_tcp.py. Connects, sends --send, prints what
// arrives until the peer closes, --read-bytes arrived or nothing came for --timeout ms.
// --count/--rate/--interval repeat --send (the session's repeat, paced on its thread); --file
// is streamed from disk as the connection drains, whatever its size. With neither --send nor
// --file and a piped standard input (or --file -), standard input is streamed as ncat does:
// read only while the send queue has room, then a half-close (FIN) at its end, and what
// arrives is printed until the server closes or --timeout ms pass in silence.
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
    bool isClient() const override { return m_count != 0; }

private:
    void onConnected();
    void onEvent(const TrafficEvent &event);
    void onPeerClosed();
    void onBytesSent(qint64 bytes, qint64 stillQueued);
    // --timeout ms without progress either way: a normal end, unless data is still unsent.
    void onIdle();
    // A normal end decided by us: close gracefully, print the close, exit 0.
    void closeAndFinish();
    void onRepeatProgress(const RepeatProgress &progress);
    void onFileProgress(qint64 sentBytes, qint64 totalBytes, bool finished,
                        const QString &error);
    // Standard input (stdinclient.cpp).
    void startStdin();
    void onStdinData(const QByteArray &data);
    void onStdinEnd(const QString &error);
    void onStdinWritten(qint64 bytes);

    TcpClientSession *m_session = nullptr;
    QTimer *m_idleTimer = nullptr;
    QByteArray m_payload;
    qint64 m_readBytes = 0;  // stop after this many bytes (0: no limit)
    qint64 m_received = 0;
    bool m_readLimitReached = false; // --read-bytes arrived; waiting for our upload to end
    qint64 m_count = 1;          // --count (0: until Ctrl+C, then the planned end)
    bool m_isSending = false;    // a repeat or a file is still being sent
    bool m_isStats = false;
    qint64 m_uploadBytes = 0;    // what the upload holds, for the sentence of a cut one
    StdinSource *m_stdin = nullptr;  // streaming standard input (null: not)
    qint64 m_stdinInFlight = 0;      // handed to the session, not yet taken by the kernel
};
