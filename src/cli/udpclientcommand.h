// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "net/repeatplan.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QElapsedTimer>

class StdinSource;
class UdpSession;

// socklab-cli udp-client: the tutorial's client_udp.py. Sends DATA --count times to host:port,
// --interval ms apart or at --rate per second (the session's repeat, paced on its own thread),
// and exits 0 once every datagram has left the socket. --count 0 sends until Ctrl+C, which is
// then the planned end (exit 0). With neither --send nor --file and a piped standard input (or
// --file -), sends one datagram per line of it, or per read (--datagram-per read), until it
// ends. --wait-replies MS then stays until no reply has come for MS ms.
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
    bool isClient() const override { return m_count != 0; }

private:
    void onProgress(const RepeatProgress &progress);
    // The sending is done: finish, or wait for replies first (udpreplies.cpp).
    static QCommandLineOption waitRepliesOption();
    bool parseWaitReplies(const QCommandLineParser &parser, QString *error);
    void finishSending();
    // Standard input (udpstdin.cpp).
    static QCommandLineOption datagramPerOption();
    bool startStdin(const QCommandLineParser &parser, const QString &host, quint16 port,
                    QString *error);
    void onStdinData(const QByteArray &data);
    void onStdinDone();

    UdpSession *m_session = nullptr;
    qint64 m_count = 1;
    bool m_isStats = false;
    StdinSource *m_stdin = nullptr;
    QString m_host;
    quint16 m_port = 0;
    qint64 m_stdinInFlight = 0; // datagrams handed to the session and not yet sent
    bool m_stdinEnded = false;
    int m_waitRepliesMs = -1; // --wait-replies; -1: exit once the last datagram left
    bool m_waitingForReplies = false;
    quint64 m_repliesSeen = 0;
    QElapsedTimer m_sinceLastReply;
};
