// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sockettable/sockettable.h"

#include <QObject>

class QThread;

// Takes socket-table snapshots on a thread of its own, so the caller's (GUI) thread never
// waits on /proc. Requests made while a snapshot is being taken collapse into one more.
class SocketTableReader : public QObject
{
    Q_OBJECT

public:
    explicit SocketTableReader(QObject *parent = nullptr);
    ~SocketTableReader() override;

    void setOptions(const SocketTable::Options &options);
    SocketTable::Options options() const { return m_options; }
    bool isBusy() const { return m_busy; }

    // Starts a snapshot; snapshotReady() follows on this object's thread.
    void requestSnapshot();

signals:
    void snapshotReady(const SocketSnapshot &snapshot);

private:
    void onSnapshot(const SocketSnapshot &snapshot);
    void startSnapshot();

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; runs the reads
    SocketTable::Options m_options;
    bool m_busy = false;
    bool m_pending = false;
};
