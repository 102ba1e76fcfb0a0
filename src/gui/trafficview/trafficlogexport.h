// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"
#include "payload/payloadcodec.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

// Saves traffic log rows as CSV or JSON lines (the CLI's --json fields, TrafficEventJson).
// The window hands over a snapshot of the rows shown (values sharing their payloads, no bytes
// copied) and the file is formatted and written on a worker thread through QSaveFile, so a
// big log neither freezes the window nor leaves half a file; a path that is a symbolic link
// or not a regular file is refused, never written through.
class TrafficLogExport : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, JsonLines };

    explicit TrafficLogExport(QObject *parent = nullptr);
    ~TrafficLogExport() override;

    // *.csv is CSV; anything else (*.jsonl, *.json) JSON lines.
    static Format formatFor(const QString &path);
    static QStringList csvHeader();
    static QStringList csvRow(const TrafficEvent &event, PayloadCodec::Encoding encoding);
    // Formats and writes on the calling thread; false and a sentence in error on failure.
    static bool write(const QString &path, Format format, const QList<TrafficEvent> &events,
                      PayloadCodec::Encoding encoding, QString *error);

    bool isBusy() const { return m_busy; }
    // Writes on the worker and emits finished(); false (nothing started) while one is running.
    bool start(const QString &path, Format format, const QList<TrafficEvent> &events,
               PayloadCodec::Encoding encoding);
    void waitForDone();

signals:
    // error is empty on success.
    void finished(const QString &path, qsizetype rows, const QString &error);

private:
    QThreadPool m_worker;
    bool m_busy = false;
};
