// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

// A TCP peer written with the BSD calls, to do what QTcpSocket will not: half-close, never
// read, hold a small receive buffer, and tell a FIN (EOF) apart from a RST (ECONNRESET), which
// Qt reports alike. Connects to 127.0.0.1:port at construction.
class RawPeer
{
public:
    explicit RawPeer(quint16 port, int receiveBuffer = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // Completed by the kernel from the listen backlog: no event loop needed.
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~RawPeer() { ::close(m_fd); }
    RawPeer(const RawPeer &) = delete;
    RawPeer &operator=(const RawPeer &) = delete;

    bool isConnected() const { return m_connected; }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }
    bool send(const QByteArray &bytes)
    {
        return ::send(m_fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL)
            == bytes.size();
    }
    // Sends without blocking; returns the bytes the kernel took.
    qint64 push(qint64 bytes, char fill = 'p')
    {
        const QByteArray block(64 * 1024, fill);
        qint64 pushed = 0;
        while (pushed < bytes) {
            const ssize_t n
                = ::send(m_fd, block.constData(),
                         static_cast<size_t>(std::min<qint64>(block.size(), bytes - pushed)),
                         MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n <= 0)
                break;
            pushed += n;
        }
        return pushed;
    }
    // Reads what is there without blocking; true once the stream ended (errorNumber() says
    // how: 0 for EOF, else the errno).
    bool drain(QByteArray *into)
    {
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                into->append(buffer, n);
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return m_ended;
            if (n < 0)
                m_error = errno;
            m_ended = true;
            return true;
        }
    }
    int errorNumber() const { return m_error; }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_ended = false;
    int m_error = 0;
};
