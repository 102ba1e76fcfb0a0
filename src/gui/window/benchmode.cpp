#include "window/benchmode.h"

#include "net/endpoint.h"
#include "net/engine.h"
#include "window/eventlooplatencyprobe.h"
#include "window/mainwindow.h"
#include "panes/serverpane.h"
#include "log/trafficlog.h"
#include "trafficview/trafficlogmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

std::optional<BenchMode::Options> BenchMode::parse(const QStringList &arguments, QString *error)
{
    Options options;
    bool any = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        if (!name.startsWith(u"--bench-"))
            continue;
        any = true;
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value.").arg(name);
            return std::nullopt;
        }
        const QString value = arguments.at(++i);
        bool ok = true;
        if (name == u"--bench-udp-port" || name == u"--bench-tcp-port") {
            const std::optional<quint16> port = Endpoint::parseDestinationPort(value, error);
            if (!port)
                return std::nullopt;
            (name == u"--bench-udp-port" ? options.udpPort : options.tcpPort) = *port;
        } else if (name == u"--bench-summary") {
            options.summaryPath = value;
        } else if (name == u"--bench-quit-after-idle") {
            options.quitAfterIdleMs = value.toInt(&ok);
        } else {
            *error = QStringLiteral("Unknown option %1.").arg(name);
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("%1 needs a whole number, not \"%2\".").arg(name, value);
            return std::nullopt;
        }
    }
    if (!any)
        return std::nullopt;
    return options;
}

BenchMode::BenchMode(const Options &options, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_probe(new EventLoopLatencyProbe(10, this))
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setInterval(100);
    connect(m_idleTimer, &QTimer::timeout, this, &BenchMode::checkIdle);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &BenchMode::finish);
}

BenchMode::~BenchMode() = default;

void BenchMode::start()
{
    m_probe->start();
    if (m_options.udpPort != 0 || m_options.tcpPort != 0) {
        ServerPane *pane = m_window->currentServerPane();
        ServerConfig config = pane->config();
        const bool isUdp = m_options.udpPort != 0;
        config.protocol = isUdp ? TrafficEvent::Protocol::Udp : TrafficEvent::Protocol::Tcp;
        config.address = QStringLiteral("127.0.0.1");
        config.port = QString::number(isUdp ? m_options.udpPort : m_options.tcpPort);
        config.maxDatagrams = 0;
        config.maxConnections = 0;
        config.closeAfterGreeting = false;
        config.echo = false;
        config.autoReply.clear();
        config.greeting = isUdp ? QString() : QStringLiteral("x");
        pane->setConfig(config);
        pane->start();
    }
    m_lastChangeMs = QDateTime::currentMSecsSinceEpoch();
    m_idleTimer->start();
}

void BenchMode::checkIdle()
{
    ServerPane *pane = m_window->currentServerPane();
    const TrafficLog *log = m_window->engine()->log();
    if ((m_options.udpPort != 0 || m_options.tcpPort != 0) && m_sessionId == 0 && pane
        && !pane->localEndpoint().isNull()) {
        // Remembered: the session is gone by the time the summary is written on quit.
        m_sessionId = pane->sessionId();
        m_startSequence = log->lastSequence();
        std::printf("bench: ready %s\n", qPrintable(pane->localEndpoint().toString()));
        std::fflush(stdout);
    }
    const quint64 sequence = log->lastSequence();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (sequence != m_lastSequence) {
        m_lastSequence = sequence;
        m_lastChangeMs = now;
        return;
    }
    if (m_options.quitAfterIdleMs > 0 && m_sessionId != 0 && sequence > m_startSequence
        && now - m_lastChangeMs >= m_options.quitAfterIdleMs)
        QApplication::quit();
}

void BenchMode::finish()
{
    if (m_isFinished)
        return;
    m_isFinished = true;
    m_probe->stop();
    if (m_options.summaryPath.isEmpty())
        return;
    const TrafficLog::Counters counters
            = m_window->engine()->log()->sessionCounters(m_sessionId);
    QJsonObject summary;
    summary.insert(u"received", static_cast<qint64>(counters.messagesIn));
    summary.insert(u"bytes", static_cast<qint64>(counters.bytesIn));
    summary.insert(u"connections", static_cast<qint64>(counters.connections));
    summary.insert(u"longest_stall_ms", m_probe->longestStallMs());
    summary.insert(u"p99_lateness_ms", m_probe->percentileMs(99));
    summary.insert(u"samples", m_probe->sampleCount());
    summary.insert(u"rows_in_view", m_window->logModel()->rowCount());
    QSaveFile file(m_options.summaryPath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(summary).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        std::fprintf(stderr, "bench: cannot write %s: %s\n", qPrintable(m_options.summaryPath),
                     qPrintable(file.errorString()));
}
