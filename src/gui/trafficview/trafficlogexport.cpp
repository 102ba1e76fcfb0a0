// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/trafficlogexport.h"

#include "log/csvwriter.h"
#include "log/trafficeventjson.h"
#include "net/sessionname.h"
#include "settings/filekind.h"

#include <QDateTime>
#include <QSaveFile>

namespace {

// Formatted rows go to the file in pieces of about this size, so memory stays bounded whatever
// the number of rows.
constexpr qsizetype FlushBytes = 1 << 20;

QString isoTime(qint64 timestampMs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

TrafficLogExport::TrafficLogExport(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
}

TrafficLogExport::~TrafficLogExport()
{
    m_worker.waitForDone();
}

TrafficLogExport::Format TrafficLogExport::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv
                                                                     : Format::JsonLines;
}

QStringList TrafficLogExport::csvHeader()
{
    // The JSON lines' names, so a script reads either file the same way.
    return {QStringLiteral("time"),   QStringLiteral("session"), QStringLiteral("protocol"),
            QStringLiteral("event"),  QStringLiteral("local"),   QStringLiteral("peer"),
            QStringLiteral("bytes"),  QStringLiteral("text"),    QStringLiteral("payload_hex"),
            QStringLiteral("message")};
}

QStringList TrafficLogExport::csvRow(const TrafficEvent &event, PayloadCodec::Encoding encoding)
{
    return {isoTime(event.timestampMs),
            SessionName::of(event),
            TrafficEvent::protocolName(event.protocol),
            TrafficEvent::kindName(event.kind),
            event.local.toString(),
            event.peer.toString(),
            QString::number(event.size),
            PayloadCodec::decode(event.payload, encoding),
            QString::fromLatin1(event.payload.toHex()),
            event.message};
}

bool TrafficLogExport::write(const QString &path, Format format, const QList<TrafficEvent> &events,
                             PayloadCodec::Encoding encoding, QString *error)
{
    const auto fail = [&](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    const FileKind kind = fileKindOf(path);
    if (kind == FileKind::Link)
        return fail(tr("%1 is a symbolic link; the log is not written through it.").arg(path));
    if (kind == FileKind::Other)
        return fail(tr("%1 is not a regular file; the log is not written there.").arg(path));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not save %1: %2.").arg(path, file.errorString()));
    QByteArray out;
    out.reserve(FlushBytes + 64 * 1024);
    const auto flush = [&file](QByteArray &pending) {
        const bool ok = file.write(pending) == pending.size();
        pending.clear();
        return ok;
    };
    bool ok = true;
    if (format == Format::Csv)
        out += CsvWriter::formatRow(csvHeader()).toUtf8() + "\r\n";
    for (const TrafficEvent &event : events) {
        if (format == Format::Csv) {
            out += CsvWriter::formatRow(csvRow(event, encoding)).toUtf8();
            out += "\r\n";
        } else {
            ok = TrafficEventJson::appendLine(out, event, SessionName::of(event), FlushBytes,
                                              flush);
            out += '\n';
        }
        if (ok && out.size() >= FlushBytes)
            ok = flush(out);
        if (!ok)
            break;
    }
    if (ok && !out.isEmpty())
        ok = flush(out);
    if (!ok || !file.commit()) {
        file.cancelWriting();
        return fail(tr("Could not save %1: %2.").arg(path, file.errorString()));
    }
    return true;
}

bool TrafficLogExport::start(const QString &path, Format format, const QList<TrafficEvent> &events,
                             PayloadCodec::Encoding encoding)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_worker.start([this, path, format, events, encoding] {
        QString error;
        write(path, format, events, encoding, &error);
        const qsizetype rows = events.size();
        // The destructor waits for this job, so this is alive here; the call lands on the
        // object's own thread once the file is closed.
        QMetaObject::invokeMethod(
            this,
            [this, path, rows, error] {
                m_busy = false;
                emit finished(path, rows, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void TrafficLogExport::waitForDone()
{
    m_worker.waitForDone();
}
