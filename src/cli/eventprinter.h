// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <memory>

class PrintingPace;
class TrafficLog;

// Prints the TrafficEvents of the sessions a command watches, one line per event: readable
// text, or one compact JSON object per line with --json. Reads the shared log in batches when
// it signals new events, and never loses an event silently: evicted ones are counted on stderr.
class EventPrinter : public QObject
{
    Q_OBJECT

public:
    // Stats: prints no event (the command prints a summary of the exact counters at the end)
    // but still reads them, so commands that react to events work the same.
    enum class Format { Human, Json, Stats };

    EventPrinter(TrafficLog *log, Format format, QTextStream &out, QTextStream &err,
                 QObject *parent = nullptr);
    ~EventPrinter() override;

    Format format() const { return m_format; }
    // Events of this session are printed from now on, named by label ("tcp-server#1").
    void watch(int sessionId, const QString &label);

    // False for --stats when no command reacts to eventPrinted(): then the log is never read,
    // and what it holds is for nobody.
    bool readsEvents() const;

    // Holds TCP streams back while this printer is behind, so that its output has no gap
    // (PrintingPace); for a printer that reads events. stopPacing() ends it for good (the
    // command is ending); also done on destruction.
    void paceTcpToPrinting();
    void stopPacing();

    // Prints every watched event the log holds that was not printed yet, then flushes stdout.
    // Called when the log has news and once more before a command exits.
    void drain();

    // Standard output is just another sink: once writing to it failed (a closed pipe, a full
    // disk), events are still read and reacted to, only no longer printed. Says so on stderr
    // the first time; true from then on. The command then exits 1.
    bool checkOutput();
    bool hasOutputFailed() const { return m_outputFailed; }

    QString formatHuman(const TrafficEvent &event) const;
    QString formatJson(const TrafficEvent &event) const;

signals:
    // Emitted for each watched event right after it was printed, oldest first.
    void eventPrinted(const TrafficEvent &event);

private:
    QString labelOf(int sessionId) const;

    TrafficLog *const m_log;
    const Format m_format;
    QTextStream &m_out;
    QTextStream &m_err;
    QHash<int, QString> m_labels;
    std::unique_ptr<PrintingPace> m_pace;
    quint64 m_lastSequence = 0;
    bool m_draining = false;
    bool m_outputFailed = false;
};
