// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/benchmode.h"

#include "learn/learndock.h"
#include "log/trafficlog.h"
#include "messages/message.h"
#include "net/endpoint.h"
#include "net/engine.h"
#include "panes/clientpane.h"
#include "panes/payloadeditor.h"
#include "panes/repeatrow.h"
#include "panes/serverpane.h"
#include "trafficview/trafficlogmodel.h"
#include "window/eventlooplatencyprobe.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
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
        } else if (name == u"--bench-repeat-rate") {
            options.repeatRate = value.toDouble(&ok);
        } else if (name == u"--bench-repeat-count") {
            options.repeatCount = value.toLongLong(&ok);
        } else if (name == u"--bench-repeat-port") {
            const std::optional<quint16> port = Endpoint::parseDestinationPort(value, error);
            if (!port)
                return std::nullopt;
            options.repeatPort = *port;
        } else if (name == u"--bench-hide-conversation") {
            options.hideConversation = value.toInt(&ok) != 0;
        } else if (name == u"--bench-show-learn") {
            options.showLearn = value.toInt(&ok) != 0;
        } else if (name == u"--bench-probe") {
            options.probe = value.toInt(&ok) != 0;
        } else if (name == u"--bench-repeat-size") {
            options.repeatSize = value.toInt(&ok);
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
    // The client pane sends to the UDP server tab; a TCP one would need a connection first.
    if (options.repeatCount > 0 && options.udpPort == 0) {
        *error = QStringLiteral("--bench-repeat-count needs --bench-udp-port.");
        return std::nullopt;
    }
    if (options.repeatCount < 0 || options.repeatCount > 1000000000 || options.repeatRate < 0
        || options.repeatSize < 1 || options.repeatSize > 65507) {
        *error = QStringLiteral("--bench-repeat-* value out of range.");
        return std::nullopt;
    }
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
    if (m_options.probe)
        m_probe->start();
    if (m_options.showLearn)
        m_window->learnDock()->show();
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
        // After the same settling time bench/run.sh gives an external flood after "ready",
        // the probe starts again: its figures are about the load, start-up (first paint,
        // fonts) is reported apart.
        QTimer::singleShot(500, this, [this] {
            m_startupStallMs = m_probe->longestStallMs();
            if (m_options.probe)
                m_probe->start();
            if (m_options.repeatCount > 0)
                startRepeat();
        });
    }
    if (m_repeatStarted && !m_repeatDone) {
        ClientPane *client = m_window->currentClientPane();
        if (client && !client->repeatRow()->isRunning()) {
            m_repeatDone = true;
            // Remembered now: quitting may drop the session before the summary is written.
            m_clientSessionId = client->sessionId();
            std::printf("bench: repeat finished: %s\n",
                        qPrintable(client->repeatRow()->progressText()));
            std::fflush(stdout);
        }
    }
    // While the window's own repeat is due or running, a quiet log is not the end.
    if (m_options.repeatCount > 0 && !m_repeatDone) {
        m_lastChangeMs = QDateTime::currentMSecsSinceEpoch();
        m_lastSequence = log->lastSequence();
        return;
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

void BenchMode::startRepeat()
{
    ClientPane *client = m_window->currentClientPane();
    if (!client) {
        std::fprintf(stderr, "bench: no client pane to repeat from\n");
        QApplication::exit(1);
        return;
    }
    // What a user does: UDP to the server tab's port, a message loaded into the editor (as
    // opening one from the library does), the Repeat row filled in, Start clicked. Everything
    // after the click is the window's ordinary path.
    ClientConfig config = client->config();
    config.protocol = TrafficEvent::Protocol::Udp;
    config.host = QStringLiteral("127.0.0.1");
    config.port
        = QString::number(m_options.repeatPort != 0 ? m_options.repeatPort : m_options.udpPort);
    client->setConfig(config);
    Message message;
    message.name = QStringLiteral("bench");
    message.payload = QByteArray(m_options.repeatSize, 'x');
    client->payloadEditor()->setMessage(message);
    if (m_options.hideConversation) {
        if (auto *view = client->findChild<QWidget *>(QStringLiteral("conversationView")))
            view->hide();
    }
    RepeatRow *row = client->repeatRow();
    auto *count = row->findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"));
    auto *mode = row->findChild<QComboBox *>(QStringLiteral("repeatModeCombo"));
    auto *value = row->findChild<QDoubleSpinBox *>(QStringLiteral("repeatValueSpin"));
    auto *button = row->findChild<QPushButton *>(QStringLiteral("repeatButton"));
    if (!count || !mode || !value || !button || !button->isEnabled()) {
        std::fprintf(stderr, "bench: the client pane's Repeat row cannot be started\n");
        QApplication::exit(1);
        return;
    }
    count->setValue(static_cast<int>(m_options.repeatCount));
    mode->setCurrentIndex(1); // rate (msg/s)
    value->setValue(m_options.repeatRate);
    button->click();
    m_repeatStarted = true;
    if (!row->isRunning()) {
        std::fprintf(stderr, "bench: Start did not start the repeat: %s\n",
                     qPrintable(client->statusText()));
        QApplication::exit(1);
        return;
    }
    std::printf("bench: repeat started\n");
    std::fflush(stdout);
}

double BenchMode::rateOf(int sessionId, int kind) const
{
    if (sessionId == 0)
        return 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 n = 0;
    for (const TrafficEvent &event : m_window->engine()->log()->eventsAfter(m_startSequence)) {
        if (event.sessionId != sessionId || static_cast<int>(event.kind) != kind)
            continue;
        if (n++ == 0)
            first = event.timestampMs;
        last = event.timestampMs;
    }
    if (n < 2 || last <= first)
        return 0;
    return static_cast<double>(n - 1) * 1000.0 / static_cast<double>(last - first);
}

void BenchMode::finish()
{
    if (m_isFinished)
        return;
    m_isFinished = true;
    m_probe->stop();
    if (m_options.summaryPath.isEmpty())
        return;
    const TrafficLog::Counters counters = m_window->engine()->log()->sessionCounters(m_sessionId);
    QJsonObject summary;
    summary.insert(u"received", static_cast<qint64>(counters.messagesIn));
    summary.insert(u"bytes", static_cast<qint64>(counters.bytesIn));
    summary.insert(u"connections", static_cast<qint64>(counters.connections));
    summary.insert(u"longest_stall_ms", m_probe->longestStallMs());
    summary.insert(u"p99_lateness_ms", m_probe->percentileMs(99));
    summary.insert(u"samples", m_probe->sampleCount());
    summary.insert(u"startup_longest_stall_ms", m_startupStallMs);
    summary.insert(u"rows_in_view", m_window->logModel()->rowCount());
    // From the log's timestamps (ms): first to last datagram the server pane received.
    summary.insert(u"receive_rate",
                   rateOf(m_sessionId, static_cast<int>(TrafficEvent::Kind::Received)));
    if (m_options.repeatCount > 0) {
        const TrafficLog::Counters sent
            = m_window->engine()->log()->sessionCounters(m_clientSessionId);
        summary.insert(u"sent", static_cast<qint64>(sent.messagesOut));
        summary.insert(u"send_rate",
                       rateOf(m_clientSessionId, static_cast<int>(TrafficEvent::Kind::Sent)));
        if (ClientPane *client = m_window->currentClientPane())
            summary.insert(u"repeat_progress", client->repeatRow()->progressText());
    }
    QSaveFile file(m_options.summaryPath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(summary).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        std::fprintf(stderr, "bench: cannot write %s: %s\n", qPrintable(m_options.summaryPath),
                     qPrintable(file.errorString()));
}
