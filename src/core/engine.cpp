#include "engine.h"

#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "udpsession.h"

#include <QCoreApplication>
#include <QThread>

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_log(new TrafficLog(this))
    , m_thread(new QThread(this))
{
    qRegisterMetaType<Endpoint>();
    qRegisterMetaType<TrafficEvent>();
    m_thread->setObjectName(QStringLiteral("socklab-network"));
    m_thread->start();
    // Direct, and connected before any lookup exists, so it runs before their handlers.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &Engine::shutdown,
                Qt::DirectConnection);
}

Engine::~Engine()
{
    shutdown();
}

void Engine::shutdown()
{
    if (!m_thread->isRunning())
        return;
    // Sessions own sockets born on the network thread: delete them there, then stop it.
    const QList<QPointer<Session>> sessions = m_sessions;
    m_sessions.clear();
    for (const QPointer<Session> &session : sessions) {
        if (session)
            QMetaObject::invokeMethod(
                    session, [session] { delete session.data(); },
                    Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

template<typename T>
T *Engine::adopt(T *session)
{
    session->moveToThread(m_thread);
    m_sessions.removeAll(nullptr);
    m_sessions.append(session);
    return session;
}

TcpServerSession *Engine::createTcpServer()
{
    return adopt(new TcpServerSession(m_nextSessionId++, m_log));
}

TcpClientSession *Engine::createTcpClient()
{
    return adopt(new TcpClientSession(m_nextSessionId++, m_log));
}

UdpSession *Engine::createUdp()
{
    return adopt(new UdpSession(m_nextSessionId++, m_log));
}

void Engine::removeSession(Session *session)
{
    // A pane may outlive shutdown(): only sessions still registered are ours to delete.
    if (!session || !m_sessions.contains(session))
        return;
    m_sessions.removeAll(session);
    // deleteLater runs on the session's own thread, where its sockets live.
    session->deleteLater();
}

QList<Session *> Engine::sessions() const
{
    QList<Session *> result;
    for (const QPointer<Session> &session : m_sessions) {
        if (session)
            result.append(session.data());
    }
    return result;
}
