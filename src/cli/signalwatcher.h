#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal on the thread that created the
// watcher: the handler only writes to a self-pipe, a QSocketNotifier reads it in the loop.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void signalled(int signalNumber);

private:
    static void handle(int signalNumber);
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};
