// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventprinter.h"

#include "printingpace.h"

#include "payload/payloadcodec.h"
#include "log/trafficlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>

namespace {
// Events fetched per call, so a flood is printed in bounded slices.
constexpr qsizetype batchSize = 4096;
} // namespace

EventPrinter::EventPrinter(TrafficLog *log, Format format, QTextStream &out, QTextStream &err,
                           QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_format(format)
    , m_out(out)
    , m_err(err)
    , m_lastSequence(log->lastSequence())
{
    // The log emits from the network thread; queue so that printing happens on ours.
    connect(m_log, &TrafficLog::eventsAvailable, this, &EventPrinter::drain,
            Qt::QueuedConnection);
}

void EventPrinter::watch(int sessionId, const QString &label)
{
    m_labels.insert(sessionId, label);
    // eventsAvailable() is re-armed by reading; a reader that went away unread must not
    // leave it disarmed for us.
    drain();
}

EventPrinter::~EventPrinter()
{
    stopPacing();
}

void EventPrinter::paceTcpToPrinting()
{
    if (m_pace)
        return;
    m_pace = std::make_unique<PrintingPace>(m_log->limits());
    m_log->addSink(m_pace.get());
}

void EventPrinter::stopPacing()
{
    if (!m_pace)
        return;
    m_pace->stop(); // a wait in progress returns, so removeSink() does not wait for it long
    m_log->removeSink(m_pace.get());
    m_pace.reset();
}

bool EventPrinter::readsEvents() const
{
    return m_format != Format::Stats
           || isSignalConnected(QMetaMethod::fromSignal(&EventPrinter::eventPrinted));
}

void EventPrinter::drain()
{
    if (m_draining)
        return; // a handler of eventPrinted() finishing the command drains again: ignore
    // --stats with nobody reacting to events: don't read them at all. Not reading also leaves
    // eventsAvailable() disarmed, so a flood no longer wakes this thread once per batch.
    if (!readsEvents())
        return;
    m_draining = true;
    for (;;) {
        const QList<TrafficEvent> events = m_log->eventsAfter(m_lastSequence, batchSize);
        if (events.isEmpty())
            break;
        const quint64 first = events.constFirst().sequence;
        if (first > m_lastSequence + 1 && m_format != Format::Stats) {
            const quint64 lost = first - m_lastSequence - 1;
            m_err << tr("socklab-cli: warning: the output has a gap; the traffic log dropped "
                        "events before they could be printed (count: %1).")
                             .arg(lost)
                  << Qt::endl;
        }
        for (const TrafficEvent &event : events) {
            m_lastSequence = event.sequence;
            if (!m_labels.contains(event.sessionId))
                continue;
            if (m_outputFailed) {
                // Commands still react to the event (counts, --read-bytes, lifetimes).
            } else if (m_format == Format::Json) {
                m_out << formatJson(event) << '\n';
            } else if (m_format == Format::Human) {
                m_out << formatHuman(event) << '\n';
            }
            // The stream writes to stdout whenever its buffer fills, and says so here.
            if (!m_outputFailed && m_out.status() == QTextStream::WriteFailed)
                checkOutput();
            emit eventPrinted(event);
        }
        // Printed or not (a failed stdout), these are done with: a held stream goes on.
        if (m_pace)
            m_pace->printedUpTo(m_lastSequence);
        if (events.size() < batchSize)
            break;
    }
    if (!m_outputFailed) {
        m_out.flush();
        checkOutput();
    }
    m_draining = false;
}

bool EventPrinter::checkOutput()
{
    if (m_outputFailed || m_out.status() != QTextStream::WriteFailed)
        return m_outputFailed;
    m_outputFailed = true;
    const QString reason = m_out.device() ? m_out.device()->errorString() : QString();
    m_err << tr("socklab-cli: writing to standard output failed (%1); events are no longer "
                "printed there, but the command goes on (a --log-file still gets every event) "
                "and will exit 1.")
                     .arg(reason.isEmpty() ? tr("unknown error") : reason)
          << Qt::endl;
    return true;
}

QString EventPrinter::labelOf(int sessionId) const
{
    return m_labels.value(sessionId, QString::number(sessionId));
}

QString EventPrinter::formatHuman(const TrafficEvent &event) const
{
    QStringList parts;
    parts << QDateTime::fromMSecsSinceEpoch(event.timestampMs)
                     .toString(QStringLiteral("HH:mm:ss.zzz"))
          << labelOf(event.sessionId) << TrafficEvent::kindName(event.kind);
    if (!event.local.isNull() || !event.peer.isNull()) {
        QString arrow = QStringLiteral("-");
        if (event.kind == TrafficEvent::Kind::Received)
            arrow = QStringLiteral("<-");
        else if (event.kind == TrafficEvent::Kind::Sent)
            arrow = QStringLiteral("->");
        if (event.peer.isNull())
            parts << event.local.toString();
        else
            parts << (event.local.isNull() ? QStringLiteral("*") : event.local.toString())
                  << arrow << event.peer.toString();
    }
    if (event.kind == TrafficEvent::Kind::Received || event.kind == TrafficEvent::Kind::Sent) {
        parts << tr("length %1").arg(event.size);
        QString payload = u'"' + PayloadCodec::toEscapedText(event.payload) + u'"';
        if (event.isPayloadTruncated())
            payload += u' ' + tr("[truncated: %1 of %2 bytes kept]")
                                      .arg(event.payload.size())
                                      .arg(event.size);
        parts << payload;
    }
    if (!event.message.isEmpty())
        parts << event.message;
    return parts.join(u' ');
}

QString EventPrinter::formatJson(const TrafficEvent &event) const
{
    QJsonObject object;
    object.insert(u"time",
                  QDateTime::fromMSecsSinceEpoch(event.timestampMs, Qt::UTC)
                          .toString(Qt::ISODateWithMs));
    object.insert(u"sequence", static_cast<qint64>(event.sequence));
    object.insert(u"session", labelOf(event.sessionId));
    object.insert(u"session_id", event.sessionId);
    object.insert(u"connection", event.connectionId);
    object.insert(u"protocol", TrafficEvent::protocolName(event.protocol));
    object.insert(u"event", TrafficEvent::kindName(event.kind));
    object.insert(u"local", event.local.toString());
    object.insert(u"peer", event.peer.toString());
    object.insert(u"bytes", event.size);
    object.insert(u"payload_hex", PayloadCodec::toHex(event.payload, QChar()));
    object.insert(u"text", PayloadCodec::decode(event.payload));
    object.insert(u"truncated", event.isPayloadTruncated());
    object.insert(u"message", event.message);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
