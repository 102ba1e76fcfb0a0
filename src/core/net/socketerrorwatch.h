// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

#include <functional>

class QAbstractSocket;

// Sees a connected TCP socket's notifier events before Qt 6.4 does, for the two things Qt gets
// wrong:
// - a reset: Qt maps it to RemoteHostClosedError and closes the descriptor before it reports
//   anything, so it would look like an orderly close; the watch takes the errno first (from a
//   peek at a read notification, from SO_ERROR at the others).
// - the peer's FIN: Qt closes the whole socket when it reads end-of-file and drops what it had
//   still to write, although a half-closed peer still reads. The watch peeks for end-of-file,
//   keeps it from Qt and reports peerFinished(); the session writes what is queued, then
//   closes.
class SocketErrorWatch : public QObject
{
    Q_OBJECT

public:
    // Watches socket's notifiers; socket must already have a descriptor (connected/accepted).
    explicit SocketErrorWatch(QAbstractSocket *socket);

    // The first errno seen on the socket, 0 if none (an orderly close).
    int error() const { return m_error; }
    // Keeps an errno that a send() outside Qt took from the socket (reading it clears it, so
    // the next notifier event would find none); ignored once an error is known.
    void noteError(int error)
    {
        if (m_error == 0)
            m_error = error;
    }
    // True once the peer has sent its FIN (and everything before it was read).
    bool hasPeerFinished() const { return m_peerFinished; }

    // Direct reading, for plain TCP: at each read notification `read` is called instead of
    // Qt, and reads the descriptor itself (Qt then never reads it). It reports what recv()
    // said besides data through noteError() and noteEndOfStream(); after an error Qt gets the
    // notification too, reads the end-of-file and closes the socket as it would anyway.
    void setDirectReader(std::function<void()> read) { m_directRead = std::move(read); }
    bool readsDirectly() const { return bool(m_directRead); }
    // The peer's FIN, found by a direct read: quiets the read notifier and emits
    // peerFinished() once.
    void noteEndOfStream();
    // One recv() of a direct reader, of at most size bytes into `into`: the bytes read (> 0),
    // 0 at the end of the stream, -1 when nothing is queued now or after an error, which it
    // notes (Qt then closes the socket, see setDirectReader()).
    qint64 receive(char *into, qint64 size);
    // receive() into a fresh block of DirectReadBlockBytes, left holding what arrived (in an
    // array not much larger than that); the same return value.
    qint64 receiveBlock(QByteArray *block);
    // How much a direct reader asks of each recv() (a log row holds at most this), and how many
    // such blocks it takes per read notification: other connections and timers wait no longer
    // than 1 MiB of copying.
    static constexpr qint64 DirectReadBlockBytes = 64 * 1024;
    static constexpr int DirectReadBlocksPerNotification = 16;
    // A direct reader that must stop reading for a while (and start again) says so here:
    // a level-triggered notifier would otherwise wake it again at once.
    void setReadNotificationsEnabled(bool enabled);

    // "reset by the peer"-style phrase for errno; empty for 0.
    static QString describe(int error);

signals:
    // The peer shut down its sending side; the socket is still open for writing.
    void peerFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractSocket *m_socket;
    // Qt's, deleted with its socket engine when the socket closes.
    QPointer<QSocketNotifier> m_readNotifier;
    std::function<void()> m_directRead;
    int m_error = 0;
    bool m_peerFinished = false;
};
