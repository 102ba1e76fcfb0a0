// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class EventLoopLatencyProbe;
class MainWindow;
class QTimer;

// For the benchmark only (bench/run.sh), never needed by users: hidden command-line options
// that let a script start a UDP server in the window without clicking, measure the GUI event
// loop while a flood arrives, and read the exact counters afterwards.
//   --bench-udp-port N        start a UDP server tab on 127.0.0.1:N (prints "bench: ready")
//   --bench-tcp-port N        or a TCP server tab there that greets every client with "x"
//   --bench-summary PATH      on exit, write {"received", "bytes", "longest_stall_ms",
//                             "p99_lateness_ms", ...} to PATH; the probe figures cover from
//                             0.5 s after "ready" to the end ("startup_longest_stall_ms" the
//                             time before)
//   --bench-quit-after-idle MS  quit once the log has been still for MS ms after traffic
//   --bench-repeat-rate R     with --bench-udp-port: once the server is ready (and 0.5 s later),
//   --bench-repeat-count N    the client pane sends N datagrams at R/s to it the way a user
//                             would: fields set, a message loaded into its editor, the Repeat
//                             row filled and its Start button clicked. The summary then also
//                             has "sent", "repeat_progress" and the achieved rates.
//   --bench-repeat-size B     bytes per repeated datagram (default 64)
//   --bench-repeat-port P     repeat to 127.0.0.1:P instead of the server tab (to tell the
//                             cost of sending from that of receiving)
//   --bench-hide-conversation 1  hide the client pane's Conversation list before the repeat
//                             (to measure what that second live table costs)
//   --bench-show-learn 1      show the Learn dock (lifecycle diagram) before the server starts
//                             (to measure what it costs the GUI thread under a flood)
//   --bench-probe 0           no in-window latency probe (its 10 ms timer would be part of
//                             what bench/window_cpu.sh measures); the summary's probe figures
//                             are then 0
class BenchMode : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint16 udpPort = 0;
        quint16 tcpPort = 0;
        QString summaryPath;
        int quitAfterIdleMs = 0;
        double repeatRate = 0;
        qint64 repeatCount = 0; // 0 = no repeat from the window
        int repeatSize = 64;
        quint16 repeatPort = 0; // 0 = the UDP server tab's port
        bool hideConversation = false;
        bool showLearn = false;
        bool probe = true;
    };

    // nullopt when the arguments ask for no bench mode; error set (and nullopt) when they are
    // malformed.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);

    BenchMode(const Options &options, MainWindow *window, QObject *parent = nullptr);
    ~BenchMode() override;

    void start();
    // Writes the summary; called on quit.
    void finish();

private:
    void checkIdle();
    // Drives the client pane's widgets: fields, editor, Repeat row, Start.
    void startRepeat();
    // Messages per second between the first and the last event of kind in session (from the
    // log's timestamps), 0 when fewer than two are held.
    double rateOf(int sessionId, int kind) const;

    const Options m_options;
    MainWindow *const m_window;
    EventLoopLatencyProbe *m_probe = nullptr;
    QTimer *m_idleTimer = nullptr;
    int m_sessionId = 0;
    int m_clientSessionId = 0;
    bool m_repeatStarted = false;
    bool m_repeatDone = false;
    double m_startupStallMs = 0; // longest stall before the load phase (ready + 0.5 s)
    quint64 m_lastSequence = 0;
    quint64 m_startSequence = 0;
    qint64 m_lastChangeMs = 0;
    bool m_isFinished = false;
};
