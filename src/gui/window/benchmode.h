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
//                             "p99_lateness_ms", ...} to PATH
//   --bench-quit-after-idle MS  quit once the log has been still for MS ms after traffic
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

    const Options m_options;
    MainWindow *const m_window;
    EventLoopLatencyProbe *m_probe = nullptr;
    QTimer *m_idleTimer = nullptr;
    int m_sessionId = 0;
    quint64 m_lastSequence = 0;
    quint64 m_startSequence = 0;
    qint64 m_lastChangeMs = 0;
    bool m_isFinished = false;
};
