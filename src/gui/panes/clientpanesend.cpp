// SPDX-License-Identifier: GPL-3.0-or-later
// ClientPane, what goes out: the editor's Send, saved messages and sequences, the Repeat row
// and Send file…. The connection's lifecycle lives in clientpane.cpp.
#include "panes/clientpane.h"

#include "ui_clientpane.h"

#include "net/tcpclientsession.h"
#include "net/udpsession.h"
#include "panes/filesendrow.h"
#include "panes/messageproducer.h"
#include "panes/repeatrow.h"
#include "payload/inputfile.h"

void ClientPane::send()
{
    const PayloadCodec::Result payload = m_ui->payloadEditor->bytes();
    if (!payload.isOk()) {
        showError(tr("Message: %1").arg(payload.error));
        m_ui->payloadEditor->setFocus();
        return;
    }
    if (protocol() == TrafficEvent::Protocol::Tcp) {
        if (!isConnected()) {
            showError(tr("Not connected; connect before sending (nothing was sent)."));
            return;
        }
        m_tcp->send(payload.bytes);
        m_ui->payloadEditor->recordSent();
        return;
    }
    QString host;
    quint16 port = 0;
    if (!validateTarget(&host, &port))
        return;
    ensureUdpSession();
    m_udp->sendTo(host, port, payload.bytes);
    m_ui->payloadEditor->recordSent();
}

PayloadEditor *ClientPane::payloadEditor() const
{
    return m_ui->payloadEditor;
}

bool ClientPane::canSendMessages() const
{
    return protocol() == TrafficEvent::Protocol::Tcp
        ? isConnected()
        : !m_ui->hostCombo->currentText().trimmed().isEmpty();
}

void ClientPane::fail(const QString &sentence, QString *error)
{
    showError(sentence);
    if (error)
        *error = sentence;
}

bool ClientPane::sendMessages(const QList<SequenceItem> &items, QString *error)
{
    if (items.isEmpty())
        return false;
    QString problem;
    std::optional<QList<SequenceStep>> steps;
    QByteArray single;
    if (items.size() == 1 && items.first().delayBeforeMs == 0) {
        const Message &message = items.first().message;
        const auto producer = MessageProducer::of(message, &problem);
        if (!producer) {
            fail(problem, error);
            return false;
        }
        single = (*producer)(nextSendIndex(message.id));
    } else if (!(steps = MessageProducer::sequence(items, &problem))) {
        fail(problem, error);
        return false;
    }
    if (protocol() == TrafficEvent::Protocol::Tcp) {
        if (!isConnected()) {
            fail(tr("Not connected; connect before sending (nothing was sent)."), error);
            return false;
        }
        if (steps) {
            repeatRow()->setRunning(true);
            m_tcp->startSequence(*steps);
        } else {
            m_tcp->send(single);
        }
        return true;
    }
    QString host;
    quint16 port = 0;
    if (!validateTarget(&host, &port)) {
        if (error)
            *error = statusText();
        return false;
    }
    ensureUdpSession();
    if (steps) {
        repeatRow()->setRunning(true);
        m_udp->startSequence(host, port, *steps);
    } else {
        m_udp->sendTo(host, port, single);
    }
    return true;
}

void ClientPane::startRepeat(const RepeatPlan &plan)
{
    QString problem;
    const auto message = MessageProducer::fromEditor(m_ui->payloadEditor, &problem);
    const auto producer = message ? MessageProducer::of(*message, &problem) : std::nullopt;
    if (!producer) {
        showError(tr("Message: %1").arg(problem));
        return;
    }
    if (protocol() == TrafficEvent::Protocol::Tcp) {
        if (!isConnected()) {
            showError(tr("Not connected; connect before sending (nothing was sent)."));
            return;
        }
        repeatRow()->setRunning(true);
        m_tcp->startRepeat(plan, *producer);
        m_ui->payloadEditor->recordSent();
        return;
    }
    QString host;
    quint16 port = 0;
    if (!validateTarget(&host, &port))
        return;
    ensureUdpSession();
    repeatRow()->setRunning(true);
    m_udp->startRepeat(host, port, plan, *producer);
    m_ui->payloadEditor->recordSent();
}

void ClientPane::stopRepeat()
{
    if (m_tcp)
        m_tcp->stopRepeat();
    if (m_udp)
        m_udp->stopRepeat();
}

void ClientPane::sendFile(const QString &path)
{
    if (protocol() == TrafficEvent::Protocol::Tcp) {
        if (!isConnected()) {
            showError(tr("Not connected; connect before sending (nothing was sent)."));
            return;
        }
        fileSendRow()->showProgress(0, -1, false, QString());
        m_tcp->sendFile(path);
        return;
    }
    QString host;
    quint16 port = 0;
    if (!validateTarget(&host, &port))
        return;
    // One datagram: the whole file or nothing, within what one datagram to this family holds.
    const QHostAddress address(host);
    const auto family = address.isNull() ? QAbstractSocket::IPv4Protocol : address.protocol();
    QString problem;
    const auto bytes = InputFile::read(path, InputFile::udpLimit(family), &problem);
    if (!bytes) {
        fileSendRow()->showMessage(problem);
        showError(problem);
        return;
    }
    ensureUdpSession();
    m_udp->sendTo(host, port, *bytes);
    fileSendRow()->showMessage(
        tr("Sent the file as one datagram of %n byte(s).", nullptr, int(bytes->size())));
}

void ClientPane::stopFile()
{
    if (m_tcp)
        m_tcp->stopFile();
}

bool ClientPane::sendToTarget(const Message::Target &target, const QList<SequenceItem> &items,
                              QString *error)
{
    if (isRunning())
        return false;
    ClientConfig c = config();
    c.protocol = target.protocol;
    c.host = target.host;
    c.port = QString::number(target.port);
    setConfig(c);
    if (target.protocol == TrafficEvent::Protocol::Udp)
        return sendMessages(items, error);
    m_pendingMessages = items;
    connectToServer();
    return true;
}
