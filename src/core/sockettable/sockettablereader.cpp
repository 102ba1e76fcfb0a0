// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockettablereader.h"

#include <QThread>

SocketTableReader::SocketTableReader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    qRegisterMetaType<SocketSnapshot>();
    m_thread->setObjectName(QStringLiteral("SocketTableReader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

SocketTableReader::~SocketTableReader()
{
    // A read in progress finishes (it is bounded file I/O); its result is dropped because
    // the queued delivery to us dies with this object.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SocketTableReader::setOptions(const SocketTable::Options &options)
{
    m_options = options;
}

void SocketTableReader::requestSnapshot()
{
    if (m_busy) {
        m_pending = true;
        return;
    }
    startSnapshot();
}

void SocketTableReader::startSnapshot()
{
    m_busy = true;
    m_pending = false;
    const SocketTable::Options options = m_options;
    // `this` outlives the read: the destructor waits for the thread, and a result posted to
    // us after that dies with our pending events.
    QMetaObject::invokeMethod(
        m_worker,
        [this, options] {
            const SocketSnapshot snapshot = SocketTable::read(options);
            QMetaObject::invokeMethod(
                this, [this, snapshot] { onSnapshot(snapshot); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SocketTableReader::onSnapshot(const SocketSnapshot &snapshot)
{
    m_busy = false;
    emit snapshotReady(snapshot);
    if (m_pending)
        startSnapshot();
}
