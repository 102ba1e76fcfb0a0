#pragma once

#include <QObject>

class QAbstractSocket;

// Catches the errno of a connected TCP socket (ECONNRESET, ETIMEDOUT, EPIPE...) before Qt reads
// it. Qt 6.4 maps a reset to RemoteHostClosedError and closes the descriptor before it reports
// anything, so a reset would look like an orderly close. This filter sees the socket's
// notifier events first and reads SO_ERROR while the descriptor is still open.
class SocketErrorWatch : public QObject
{
    Q_OBJECT

public:
    // Watches socket's notifiers; socket must already have a descriptor (connected/accepted).
    explicit SocketErrorWatch(QAbstractSocket *socket);

    // The first errno seen on the socket, 0 if none (an orderly close).
    int error() const { return m_error; }

    // "reset by the peer"-style phrase for errno; empty for 0.
    static QString describe(int error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractSocket *m_socket;
    int m_error = 0;
};
