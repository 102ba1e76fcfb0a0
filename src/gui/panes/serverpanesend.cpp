// SPDX-License-Identifier: GPL-3.0-or-later
// ServerPane, what goes out: Send to selected / to all, Reply, saved messages and sequences, the
// Repeat row and Send file…. Listening and the lists live in serverpane.cpp.
#include "panes/serverpane.h"

#include "ui_serverpane.h"

#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "panes/filesendrow.h"
#include "panes/messageproducer.h"
#include "panes/repeatrow.h"
#include "panes/serverconnectionslist.h"
#include "panes/udpsenderslist.h"
#include "payload/inputfile.h"

void ServerPane::sendDefault()
{
    if (protocol() == TrafficEvent::Protocol::Udp)
        replyToSelected();
    else if (!m_connections->hasSelection())
        sendToAll();
    else
        sendToSelected();
}

bool ServerPane::payloadOrError(QByteArray *bytes)
{
    const PayloadCodec::Result result = m_ui->payloadEditor->bytes();
    if (!result.isOk()) {
        showError(tr("Message: %1").arg(result.error));
        m_ui->payloadEditor->setFocus();
        return false;
    }
    *bytes = result.bytes;
    return true;
}

void ServerPane::sendToSelected()
{
    QByteArray bytes;
    const QList<int> ids = m_connections->selectedIds();
    if (!m_tcp || ids.isEmpty() || !payloadOrError(&bytes))
        return;
    for (int id : ids)
        m_tcp->send(id, bytes);
    m_ui->payloadEditor->recordSent();
}

void ServerPane::sendToAll()
{
    QByteArray bytes;
    if (!m_tcp || !payloadOrError(&bytes))
        return;
    m_tcp->sendToAll(bytes);
    m_ui->payloadEditor->recordSent();
}

void ServerPane::replyToSelected()
{
    QByteArray bytes;
    const Endpoint sender = m_senders->currentSender();
    if (!m_udp || sender.isNull() || !payloadOrError(&bytes))
        return;
    m_udp->sendTo(sender, bytes);
    m_ui->payloadEditor->recordSent();
}

PayloadEditor *ServerPane::payloadEditor() const
{
    return m_ui->payloadEditor;
}

bool ServerPane::canSendMessages() const
{
    if (!isRunning())
        return false;
    if (m_tcp)
        return m_connections->count() > 0;
    return !m_senders->currentSender().isNull();
}

QList<int> ServerPane::targetConnectionIds() const
{
    return m_connections->selectedIds(); // empty: every connection (the session's rule)
}

void ServerPane::fail(const QString &sentence, QString *error)
{
    showError(sentence);
    if (error)
        *error = sentence;
}

bool ServerPane::sendMessages(const QList<SequenceItem> &items, QString *error)
{
    if (items.isEmpty())
        return false;
    if (!canSendMessages()) {
        fail(m_udp ? tr("No sender selected to reply to (nothing was sent).")
                   : tr("No client connected to this server (nothing was sent)."),
             error);
        return false;
    }
    QString problem;
    if (items.size() > 1 || items.first().delayBeforeMs != 0) {
        const auto steps = MessageProducer::sequence(items, &problem);
        if (!steps) {
            fail(problem, error);
            return false;
        }
        repeatRow()->setRunning(true);
        if (m_tcp) {
            m_tcp->startSequence(targetConnectionIds(), *steps);
        } else {
            const Endpoint sender = m_senders->currentSender();
            m_udp->startSequence(sender.addressString(), sender.port(), *steps);
        }
        return true;
    }
    const Message &message = items.first().message;
    const auto producer = MessageProducer::of(message, &problem);
    if (!producer) {
        fail(problem, error);
        return false;
    }
    const QByteArray bytes = (*producer)(nextSendIndex(message.id));
    if (m_udp) {
        m_udp->sendTo(m_senders->currentSender(), bytes);
        return true;
    }
    const QList<int> ids = targetConnectionIds();
    if (ids.isEmpty())
        m_tcp->sendToAll(bytes);
    for (int id : ids)
        m_tcp->send(id, bytes);
    return true;
}

void ServerPane::startRepeat(const RepeatPlan &plan)
{
    QString problem;
    const auto message = MessageProducer::fromEditor(m_ui->payloadEditor, &problem);
    const auto producer = message ? MessageProducer::of(*message, &problem) : std::nullopt;
    if (!producer) {
        showError(tr("Message: %1").arg(problem));
        return;
    }
    if (!canSendMessages()) {
        showError(m_udp ? tr("No sender selected to reply to (nothing was sent).")
                        : tr("No client connected to this server (nothing was sent)."));
        return;
    }
    repeatRow()->setRunning(true);
    if (m_tcp) {
        m_tcp->startRepeat(targetConnectionIds(), plan, *producer);
    } else {
        const Endpoint sender = m_senders->currentSender();
        m_udp->startRepeat(sender.addressString(), sender.port(), plan, *producer);
    }
    m_ui->payloadEditor->recordSent();
}

void ServerPane::stopRepeat()
{
    if (m_tcp)
        m_tcp->stopRepeat();
    if (m_udp)
        m_udp->stopRepeat();
}

void ServerPane::sendFile(const QString &path)
{
    if (!isRunning())
        return;
    if (m_tcp) {
        // One file to one connection: the first selected, or the only one.
        QList<int> ids = m_connections->selectedIds();
        if (ids.isEmpty() && m_connections->count() == 1)
            ids = m_connections->allIds();
        if (ids.size() != 1) {
            fileSendRow()->showMessage(tr("Select the one client to send the file to."));
            return;
        }
        fileSendRow()->showProgress(0, -1, false, QString());
        m_tcp->sendFile(ids.first(), path);
        return;
    }
    const Endpoint sender = m_senders->currentSender();
    if (sender.isNull())
        return;
    QString problem;
    const auto bytes
        = InputFile::read(path, InputFile::udpLimit(sender.address().protocol()), &problem);
    if (!bytes) {
        fileSendRow()->showMessage(problem);
        showError(problem);
        return;
    }
    m_udp->sendTo(sender, *bytes);
    fileSendRow()->showMessage(
        tr("Sent the file as one datagram of %n byte(s).", nullptr, int(bytes->size())));
}

void ServerPane::stopFile()
{
    if (m_tcp)
        m_tcp->stopFile();
}
