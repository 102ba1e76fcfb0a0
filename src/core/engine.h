#pragma once

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

// Owns the network thread, the traffic log and every session. main() builds one and hands it
// to the window or the CLI; tests build their own. Sessions returned here live on the network
// thread: call their verbs from anywhere, connect to their signals (queued), never delete them
// yourself — use removeSession().
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    TrafficLog *log() const { return m_log; }
    QThread *networkThread() const { return m_thread; }

    TcpServerSession *createTcpServer();
    TcpClientSession *createTcpClient();
    UdpSession *createUdp();
    // Closes the session's sockets and deletes it on the network thread.
    void removeSession(Session *session);
    QList<Session *> sessions() const;

    // Deletes every session on the network thread and stops it. Runs on its own when the
    // application is about to quit: Qt 6.4's host-lookup results, which live on the network
    // thread, crash if they see aboutToQuit while that thread still runs. Idempotent.
    void shutdown();

private:
    template<typename T>
    T *adopt(T *session);

    TrafficLog *m_log = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_int m_nextSessionId = 1;
    QList<QPointer<Session>> m_sessions;
};
