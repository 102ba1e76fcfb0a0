// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;
class Session;
class TcpClientSession;
class TcpServerSession;
class TrafficLog;
class UdpSession;

// Owns the traffic log, every session and one network thread per session. main() builds one
// and hands it to the window or the CLI; tests build their own. Each session returned here
// lives on its own thread, so a server holding 10,000 idle connections (whose event loop
// pays for every socket on each iteration) cannot make another session's UDP socket
// overflow. Call session verbs from anywhere, connect to their signals (queued), never
// delete them yourself — use removeSession().
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    TrafficLog *log() const { return m_log; }
    // The thread session lives on (nullptr when the session is not one of ours).
    QThread *sessionThread(const Session *session) const;

    TcpServerSession *createTcpServer();
    TcpClientSession *createTcpClient();
    // A UDP socket is a server when bound to listen, a client when it sends first.
    UdpSession *createUdp(TrafficEvent::Role role = TrafficEvent::Role::Server);
    // Closes the session's sockets, deletes it on its thread, then stops that thread.
    void removeSession(Session *session);
    QList<Session *> sessions() const;

    // Deletes every session on its thread and stops every thread. Runs on its own when the
    // application is about to quit: Qt 6.4's host-lookup results, which live on the network
    // threads, crash if they see aboutToQuit while their thread still runs. Idempotent.
    void shutdown();

private:
    template<typename T>
    T *adopt(T *session);
    void reapFinishedThreads();

    TrafficLog *m_log = nullptr;
    std::atomic_int m_nextSessionId = 1;
    QList<QPointer<Session>> m_sessions;
    QHash<const Session *, QThread *> m_threadOf;
    // Every thread not yet joined, including those of removed sessions still winding down.
    QList<QThread *> m_threads;
};
