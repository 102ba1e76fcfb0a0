// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"

#include "eventloop/epolleventdispatcher.h"
#include "net/heapreuse.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "log/trafficlog.h"
#include "net/udpsession.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/crypto.h>

namespace {

// Qt picks a thread's event dispatcher when the thread starts: GLib's main loop unless
// QT_NO_GLIB is set. Session threads get EpollEventDispatcher instead (adopt()); should the
// kernel refuse it its descriptors, Qt's own poll() dispatcher is the next best: with
// thousands of sockets GLib's loop costs several times more per iteration (accepting and
// greeting 10,000 clients took 1.5 s against 0.39 s). Threads that already run — the GUI
// thread with its GLib integration — keep theirs. A user's explicit QT_NO_GLIB setting is
// left alone.
void preferQtEventDispatcherForSessionThreads()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

} // namespace

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_log(new TrafficLog(this))
{
    preferQtEventDispatcherForSessionThreads();
    qRegisterMetaType<Endpoint>();
    qRegisterMetaType<TrafficEvent>();
    qRegisterMetaType<RepeatProgress>();
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
    // Sessions own sockets born on their threads: delete each there, then stop the threads.
    const QList<QPointer<Session>> sessions = m_sessions;
    m_sessions.clear();
    m_threadOf.clear();
    for (const QPointer<Session> &session : sessions) {
        if (session)
            QMetaObject::invokeMethod(
                    session, [session] { delete session.data(); },
                    Qt::BlockingQueuedConnection);
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

template<typename T>
T *Engine::adopt(T *session)
{
    reapFinishedThreads();
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("socklab-session-%1").arg(session->id()));
    // OpenSSL keeps per-thread state (a TLS session's random generators) that it frees from a
    // pthread key destructor, which runs only after QThread::wait() has returned: the CLI
    // exiting right after a failed handshake left it behind for LeakSanitizer to report
    // (tests/interop/tls_openssl.py under make test-asan, about one run in two). finished() is
    // emitted on the thread itself before wait() returns, so the state is freed in time.
    connect(
            thread, &QThread::finished, thread, [] { OPENSSL_thread_stop(); },
            Qt::DirectConnection);
    connect(thread, &QThread::started, thread, &HeapReuse::reserveThreadHeap,
            Qt::DirectConnection);
    // A loop that costs the same with 10,000 idle connections as with none (see the class).
    if (EpollEventDispatcher *dispatcher = EpollEventDispatcher::create())
        thread->setEventDispatcher(dispatcher);
    thread->start();
    session->moveToThread(thread);
    // The session is deleted on its own thread (removeSession or shutdown); its thread has
    // nothing left to do then. quit() is thread-safe.
    connect(session, &QObject::destroyed, thread, &QThread::quit, Qt::DirectConnection);
    m_threads.append(thread);
    m_threadOf.insert(session, thread);
    m_sessions.removeAll(nullptr);
    m_sessions.append(session);
    return session;
}

void Engine::reapFinishedThreads()
{
    // Threads of removed sessions end on their own; join them here rather than from a signal
    // so that the Engine never deletes a QThread another slot still uses.
    for (qsizetype i = m_threads.size() - 1; i >= 0; --i) {
        QThread *thread = m_threads.at(i);
        if (thread->isFinished()) {
            thread->wait();
            delete thread;
            m_threads.removeAt(i);
        }
    }
}

TcpServerSession *Engine::createTcpServer()
{
    return adopt(new TcpServerSession(m_nextSessionId++, m_log));
}

TcpClientSession *Engine::createTcpClient()
{
    auto *session = new TcpClientSession(m_nextSessionId++, m_log);
    session->setRole(TrafficEvent::Role::Client);
    return adopt(session);
}

UdpSession *Engine::createUdp(TrafficEvent::Role role)
{
    auto *session = new UdpSession(m_nextSessionId++, m_log);
    session->setRole(role);
    return adopt(session);
}

QThread *Engine::sessionThread(const Session *session) const
{
    return m_threadOf.value(session, nullptr);
}

void Engine::removeSession(Session *session)
{
    // A pane may outlive shutdown(): only sessions still registered are ours to delete.
    if (!session || !m_sessions.contains(session))
        return;
    m_sessions.removeAll(session);
    m_threadOf.remove(session);
    // deleteLater runs on the session's own thread, where its sockets live; its destroyed()
    // then quits that thread.
    session->deleteLater();
    reapFinishedThreads();
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
