// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/pythonprogram.h"

#include <QHostAddress>
#include <QStringDecoder>

namespace {

// Collects the program line by line, four spaces per indent level as in the tutorial.
class Writer
{
public:
    void line(int indent, const QString &text)
    {
        m_text += QString(indent * 4, u' ') + text + u'\n';
    }
    // A line break inside a comment would turn the rest into code: none survives.
    void comment(int indent, QString text)
    {
        for (QChar &c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = u' ';
        }
        line(indent, QStringLiteral("# ") + text);
    }
    void blank() { m_text += u'\n'; }
    QString text() const { return m_text; }

private:
    QString m_text;
};

QString hexEscape(uint value)
{
    return QStringLiteral("\\x") + QString::number(value, 16).rightJustified(2, u'0');
}

// A Python str literal in single quotes, escaping what is not printable.
QString stringLiteral(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\'':
            out += QStringLiteral("\\'");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += hexEscape(c.unicode());
            else
                out += c;
        }
    }
    return out + u'\'';
}

QString family(const QString &host)
{
    const QHostAddress address(host);
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AF_INET6")
                                                               : QStringLiteral("AF_INET");
}

QString addressTuple(const PythonProgram::Settings &s)
{
    return QStringLiteral("(") + stringLiteral(s.host) + QStringLiteral(", ")
        + QString::number(s.port) + u')';
}

} // namespace

QString PythonProgram::bytesLiteral(const QByteArray &bytes)
{
    bool ascii = true;
    for (const char c : bytes)
        ascii = ascii && static_cast<uchar>(c) < 0x80;
    if (!ascii) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return stringLiteral(text) + QStringLiteral(".encode('utf-8')");
    }
    QString out = QStringLiteral("b'");
    for (const char c : bytes) {
        const auto byte = static_cast<uchar>(c);
        switch (byte) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\'':
            out += QStringLiteral("\\'");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (byte < 0x20 || byte >= 0x7f)
                out += hexEscape(byte);
            else
                out += QLatin1Char(static_cast<char>(byte));
        }
    }
    return out + u'\'';
}

QString PythonProgram::generate(const Settings &s)
{
    const bool tcp = s.role == Role::TcpServer || s.role == Role::TcpClient;
    const bool server = s.role == Role::TcpServer || s.role == Role::UdpServer;
    const bool paced = !server && s.count != 1 && s.intervalMs > 0;
    Writer w;
    w.comment(0, tr("The python3 program that does what SockLab does here, written by SockLab."));
    if (!s.origin.isEmpty())
        w.comment(0, s.origin);
    if (s.role == Role::TcpServer)
        w.comment(0,
                  tr("It serves one client at a time, as the tutorial does; SockLab serves "
                     "several at once."));
    // SockLab's server on "localhost" listens on 127.0.0.1 and ::1; bind() here takes one.
    if (server && s.host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        w.comment(0, tr("It listens on 127.0.0.1 only; SockLab listens on ::1 at the same port "
                        "too."));
    for (const QString &left : s.notExpressed)
        w.comment(0,
                  tr("Not expressed here (SockLab does it, this program does not): %1").arg(left));
    w.line(0, QStringLiteral("import socket"));
    if (paced)
        w.line(0, QStringLiteral("import time"));
    w.blank();

    w.comment(
        0,
        tr("socket(): create a socket; %1: the address family (IPv4 or IPv6)").arg(family(s.host)));
    w.comment(0,
              tr("%1: %2").arg(tcp ? QStringLiteral("SOCK_STREAM") : QStringLiteral("SOCK_DGRAM"),
                               tcp ? tr("TCP, a connected byte stream")
                                   : tr("UDP, separate datagrams without a connection")));
    w.line(0,
           QStringLiteral("s = socket.socket(socket.%1, socket.%2)")
               .arg(family(s.host),
                    tcp ? QStringLiteral("SOCK_STREAM") : QStringLiteral("SOCK_DGRAM")));
    if (server) {
        w.comment(0,
                  tr("bind(): tie the socket to an address and a port (0: the kernel picks "
                     "a free one)"));
        w.line(0, QStringLiteral("s.bind(%1)").arg(addressTuple(s)));
    }

    if (s.role == Role::TcpServer) {
        w.comment(0, tr("listen(): wait for clients; 1: how many may wait to be accepted"));
        w.line(0, QStringLiteral("s.listen(1)"));
        w.line(0, QStringLiteral("print(f'Listening on {s.getsockname()}', flush=True)"));
        w.blank();
        const bool bounded = s.maxConnections > 0;
        if (bounded) {
            w.line(0, QStringLiteral("count = 0"));
            w.line(0, QStringLiteral("while count < %1:").arg(s.maxConnections));
        } else {
            w.comment(0, tr("Serve until interrupted (Ctrl+C)."));
            w.line(0, QStringLiteral("while True:"));
        }
        w.comment(1,
                  tr("accept(): take the next client; conn is a new socket for it, addr "
                     "its (address, port)"));
        w.line(1, QStringLiteral("conn, addr = s.accept()"));
        w.line(1, QStringLiteral("print(f'Source IP Address: {addr}', flush=True)"));
        if (!s.payload.isEmpty()) {
            w.comment(1,
                      tr("send(): the greeting (sendall() repeats send() until every byte "
                         "is out)"));
            w.line(1, QStringLiteral("conn.sendall(%1)").arg(bytesLiteral(s.payload)));
        }
        if (!s.closeAfterGreeting) {
            w.line(1, QStringLiteral("while True:"));
            w.comment(2,
                      tr("recv(): whatever has arrived, up to 4096 bytes; b'' once the "
                         "client has closed"));
            w.line(2, QStringLiteral("data = conn.recv(4096)"));
            w.line(2, QStringLiteral("if not data:"));
            w.line(3, QStringLiteral("break"));
            w.line(2, QStringLiteral("print(data, flush=True)"));
            if (s.echo) {
                w.comment(2, tr("Echo: send the same bytes back."));
                w.line(2, QStringLiteral("conn.sendall(data)"));
            }
        }
        w.comment(1, tr("close(): end this client's connection"));
        w.line(1, QStringLiteral("conn.close()"));
        if (bounded)
            w.line(1, QStringLiteral("count += 1"));
        w.blank();
        w.comment(0, tr("close(): stop listening"));
        w.line(0, QStringLiteral("s.close()"));
        return w.text();
    }

    if (s.role == Role::UdpServer) {
        w.line(0, QStringLiteral("print(f'Bound to {s.getsockname()}', flush=True)"));
        w.blank();
        const bool bounded = s.maxDatagrams > 0;
        if (bounded) {
            w.line(0, QStringLiteral("count = 0"));
            w.line(0, QStringLiteral("while count < %1:").arg(s.maxDatagrams));
        } else {
            w.comment(0, tr("Receive until interrupted (Ctrl+C)."));
            w.line(0, QStringLiteral("while True:"));
        }
        w.comment(1,
                  tr("recvfrom(): one whole datagram and its sender's (address, port); "
                     "65535 so that no datagram is cut"));
        w.line(1, QStringLiteral("data, addr = s.recvfrom(65535)"));
        w.line(1, QStringLiteral("print(data, addr, flush=True)"));
        if (!s.payload.isEmpty()) {
            w.comment(1, tr("sendto(): reply to the sender"));
            w.line(1, QStringLiteral("s.sendto(%1, addr)").arg(bytesLiteral(s.payload)));
        }
        if (bounded)
            w.line(1, QStringLiteral("count += 1"));
        w.blank();
        w.line(0, QStringLiteral("s.close()"));
        return w.text();
    }

    // Clients.
    const QString message = bytesLiteral(s.payload);
    if (s.role == Role::TcpClient) {
        const double seconds = s.timeoutMs / 1000.0;
        w.comment(
            0,
            tr("Wait at most %1 s for the connection and for data.").arg(QString::number(seconds)));
        w.line(0, QStringLiteral("s.settimeout(%1)").arg(QString::number(seconds, 'f', 3)));
        w.comment(0,
                  tr("connect(): ask the server at this address and port for a "
                     "connection"));
        w.line(0, QStringLiteral("s.connect(%1)").arg(addressTuple(s)));
    }
    const QString sendCall = s.role == Role::TcpClient
        ? QStringLiteral("s.sendall(%1)").arg(message)
        : QStringLiteral("s.sendto(%1, %2)").arg(message, addressTuple(s));
    const QString sendComment = s.role == Role::TcpClient
        ? tr("send(): the message (sendall() repeats send() until every byte is out)")
        : tr("sendto(): one datagram to the server; it succeeds even if nobody listens");
    if (!s.payload.isEmpty() || s.role == Role::UdpClient) {
        if (s.count <= 0) {
            w.comment(0, tr("Send until interrupted (Ctrl+C)."));
            w.line(0, QStringLiteral("while True:"));
            w.comment(1, sendComment);
            w.line(1, sendCall);
            if (paced)
                w.line(
                    1,
                    QStringLiteral("time.sleep(%1)").arg(QString::number(s.intervalMs / 1000.0)));
        } else if (s.count > 1) {
            w.line(0, QStringLiteral("for i in range(%1):").arg(s.count));
            w.comment(1, sendComment);
            w.line(1, sendCall);
            if (paced) {
                w.line(1, QStringLiteral("if i < %1:").arg(s.count - 1));
                w.line(
                    2,
                    QStringLiteral("time.sleep(%1)").arg(QString::number(s.intervalMs / 1000.0)));
            }
        } else {
            w.comment(0, sendComment);
            w.line(0, sendCall);
        }
    }
    if (s.role == Role::TcpClient) {
        w.blank();
        if (s.readBytes > 0)
            w.line(0, QStringLiteral("received = 0"));
        w.line(0, QStringLiteral("while True:"));
        w.line(1, QStringLiteral("try:"));
        w.comment(2,
                  tr("recv(): whatever has arrived, up to 4096 bytes; b'' once the server "
                     "has closed"));
        w.line(2, QStringLiteral("data = s.recv(4096)"));
        w.line(1, QStringLiteral("except socket.timeout:"));
        w.comment(2, tr("Nothing arrived for a while: done."));
        w.line(2, QStringLiteral("break"));
        w.line(1, QStringLiteral("if not data:"));
        w.line(2, QStringLiteral("break"));
        w.line(1, QStringLiteral("print(data, flush=True)"));
        if (s.readBytes > 0) {
            w.line(1, QStringLiteral("received += len(data)"));
            w.line(1, QStringLiteral("if received >= %1:").arg(s.readBytes));
            w.line(2, QStringLiteral("break"));
        }
    }
    w.blank();
    w.comment(0, tr("close(): release the socket"));
    w.line(0, QStringLiteral("s.close()"));
    return w.text();
}
