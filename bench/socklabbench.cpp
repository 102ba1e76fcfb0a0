// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks that need SockLab's core in-process (built with -DSOCKLAB_BUILD_BENCH=ON; run by
// bench/run.sh, never by ctest):
//   socklab-bench isolation UDP_PORT TCP_PORT IDLE_MS
//       One Engine with a TCP server (greeting one byte, for bench/tcpconns) and a UDP server,
//       as in the window. Prints "ready", then "received N" once UDP has been idle IDLE_MS.
//   socklab-bench logscale EVENTS
//       Memory per logged event, the cap holding memory flat, and (GUI build) the time to
//       apply a filter to an EVENTS-row log view. Prints FIGURE lines (see bench/run.sh).
#include "net/engine.h"
#include "net/descriptorlimit.h"
#include "net/tcpserversession.h"
#include "log/trafficlog.h"
#include "net/udpsession.h"

#ifdef SOCKLAB_BENCH_HAS_GUI
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

void figure(const char *name, double socklab, const char *socklabUnit, double reference,
            const char *referenceUnit, const char *target = "")
{
    std::printf("FIGURE|%s|%.6g %s|%.6g %s|%.3f|%s\n", name, socklab, socklabUnit, reference,
                referenceUnit, reference != 0 ? socklab / reference : 0.0, target);
    std::fflush(stdout);
}

TrafficEvent sampleEvent(quint64 i)
{
    TrafficEvent event;
    event.sessionId = 1;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.kind = TrafficEvent::Kind::Received;
    event.local = Endpoint(QHostAddress(QHostAddress::LocalHost), 60002);
    event.peer = Endpoint(QHostAddress(QHostAddress::LocalHost),
                          static_cast<quint16>(40000 + i % 1000));
    QByteArray payload(64, 'p');
    std::memcpy(payload.data(), &i, sizeof i);
    if (i % 1000 == 7)
        payload.replace(16, 6, "needle");
    event.payload = payload;
    event.message = QStringLiteral("recvfrom()");
    return event;
}

int isolation(quint16 udpPort, quint16 tcpPort, int idleMs)
{
    Engine engine;
    TcpServerSession *tcp = engine.createTcpServer();
    TcpServerOptions tcpOptions;
    tcpOptions.greeting = "x";
    tcp->setOptions(tcpOptions);
    tcp->listen(QHostAddress::LocalHost, tcpPort);
    UdpSession *udp = engine.createUdp();
    udp->bind(QHostAddress::LocalHost, udpPort);

    quint64 last = 0;
    qint64 lastChange = QDateTime::currentMSecsSinceEpoch();
    bool ready = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (!ready && udp->state() == UdpSession::State::Bound
            && tcp->state() == TcpServerSession::State::Listening) {
            ready = true;
            std::printf("ready\n");
            std::fflush(stdout);
        }
        const quint64 received = udp->datagramsReceived();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (received != last) {
            last = received;
            lastChange = now;
        } else if ((received > 0 && now - lastChange >= idleMs) || now - lastChange > 120'000) {
            QCoreApplication::quit();
        }
    });
    poll.start(50);
    QCoreApplication::exec();
    std::printf("received %llu connections %d\n", static_cast<unsigned long long>(last),
                tcp->acceptedCount());
    engine.shutdown();
    return 0;
}

int logScale(qsizetype count)
{
    // Memory per event: a log capped at `count` events, filled to the cap.
    auto log = std::make_unique<TrafficLog>();
    log->setLimits({count, 1LL << 40});
    const qint64 before = residentBytes();
    for (qsizetype i = 0; i < count; ++i)
        log->append(sampleEvent(static_cast<quint64>(i)));
    const qint64 atCap = residentBytes();
    const double perEvent = static_cast<double>(atCap - before) / static_cast<double>(count);
    figure("log memory per event (64 B payload)", perEvent, "B", 64, "B payload");
    // Twice as many events again: the cap must hold memory where it was.
    for (qsizetype i = 0; i < 2 * count; ++i)
        log->append(sampleEvent(static_cast<quint64>(i)));
    const qint64 afterMore = residentBytes();
    figure("log memory after 3x the cap (vs at cap)", static_cast<double>(afterMore) / 1048576.0,
           "MiB", static_cast<double>(atCap) / 1048576.0, "MiB");

#ifdef SOCKLAB_BENCH_HAS_GUI
    // Filter time: the view's model holds `count` rows; apply a text filter once.
    TrafficLogModel model(log.get());
    model.setInterval(1'000'000);
    model.setMaxRows(count);
    model.setMaxBatch(count);
    model.fetchNow();
    TrafficLogFilterModel filter;
    filter.setLogModel(&model);
    filter.rowCount(); // the unfiltered mapping exists, as it does under a view
    QElapsedTimer timer;
    timer.start();
    filter.setFilterText(QStringLiteral("needle"));
    const int shown = filter.rowCount();
    const double filterMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    // Reference: the least any filter must do, a substring search in every payload.
    timer.restart();
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        found += model.eventAt(row).payload.contains("needle") ? 1 : 0;
    const double scanMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (found != shown)
        std::fprintf(stderr, "logscale: filter shows %d rows, the scan found %d\n", shown, found);
    char name[96];
    std::snprintf(name, sizeof name, "filter a %lld-row log (vs bare payload scan)",
                  static_cast<long long>(model.rowCount()));
    figure(name, filterMs, "ms", scanMs, "ms", "≤ 1.5");
#endif
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    DescriptorLimit::raiseToHardLimit();
#ifdef SOCKLAB_BENCH_HAS_GUI
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"isolation" && args.size() == 5)
        return isolation(static_cast<quint16>(args.at(2).toUInt()),
                         static_cast<quint16>(args.at(3).toUInt()), args.at(4).toInt());
    if (args.value(1) == u"logscale" && args.size() == 3)
        return logScale(args.at(2).toLongLong());
    std::fprintf(stderr, "usage: socklab-bench isolation UDP_PORT TCP_PORT IDLE_MS\n"
                         "       socklab-bench logscale EVENTS\n");
    return 2;
}
