// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/tcpstatetext.h"

QString TcpStateText::name(SocketRecord::State state)
{
    return SocketRecord::stateName(SocketRecord::Protocol::Tcp, state);
}

QString TcpStateText::explain(SocketRecord::State state)
{
    using State = SocketRecord::State;
    switch (state) {
    case State::SynSent:
        return tr("connect() sent a SYN and waits for the server's SYN-ACK.");
    case State::SynRecv:
    case State::NewSynRecv:
        return tr("The SYN arrived and was answered; the handshake's last ACK is still due.");
    case State::Established:
        return tr("The three-way handshake is done: both ends may send() and recv().");
    case State::FinWait1:
        return tr("This end closed first: its FIN is sent and not yet acknowledged.");
    case State::FinWait2:
        return tr("This end closed first and its FIN was acknowledged; the peer may still send "
                  "until it closes too.");
    case State::CloseWait:
        return tr("The peer closed first (its FIN arrived); this end has yet to call close().");
    case State::LastAck:
        return tr("The peer closed first; this end closed too and waits for the ACK of its "
                  "FIN.");
    case State::Closing:
        return tr("Both ends closed at the same time; waiting for the ACK of this end's FIN.");
    case State::TimeWait:
        return tr("This end closed first, so the kernel keeps the connection for 60 s (twice "
                  "the maximum segment lifetime): late packets die out and a lost last ACK "
                  "can be sent again. Its port stays taken meanwhile.");
    case State::Listen:
        return tr("listen(): waiting for connections; accept() takes them from the queue.");
    case State::Close:
        return tr("The socket is closed.");
    case State::Unknown:
        break;
    }
    return tr("The kernel reports a state SockLab does not know.");
}

QString TcpStateText::gone()
{
    return tr("The kernel has forgotten the connection: no socket is left in its table.");
}
