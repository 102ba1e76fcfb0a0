// SPDX-License-Identifier: GPL-3.0-or-later
// What the Learn dock's model costs the GUI thread per event of a flood: a UDP session's
// received datagrams fed in batches of 3,000 (about one log-model pull under a flood), CPU time
// of this thread, so that a busy machine's other work does not count. Prints ns per event and
// what 100,000 events/s would cost per second, and what one repaint's columns() costs.
// Usage: lifecyclemodel_cost (built with -DSOCKLAB_BUILD_BENCH=ON)
#include "learn/lifecyclemodel.h"

#include <QCoreApplication>

#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e9 + double(now.tv_nsec);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LifecycleModel model;
    TrafficEvent event;
    event.sessionId = 1;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.sequence = 1;
    event.message = QStringLiteral("socket(AF_INET, SOCK_DGRAM)");
    model.consume(event);
    event.kind = TrafficEvent::Kind::Received;
    event.size = 64;
    event.payload = QByteArray(64, 'x');
    event.local = Endpoint(QHostAddress(QHostAddress::LocalHost), 5000);
    event.peer = Endpoint(QHostAddress(QHostAddress::LocalHost), 6000);
    std::vector<TrafficEvent> batch(3000, event);
    for (size_t i = 0; i < batch.size(); ++i)
        batch[i].sequence = i + 2;
    constexpr int Rounds = 300;
    double start = threadCpuNs();
    for (int round = 0; round < Rounds; ++round) {
        for (const TrafficEvent &each : batch)
            model.consume(each);
    }
    const double perEvent = (threadCpuNs() - start) / (double(Rounds) * double(batch.size()));
    start = threadCpuNs();
    constexpr int Paints = 1000;
    for (int i = 0; i < Paints; ++i) {
        const auto columns = model.columns();
        Q_UNUSED(columns);
    }
    const double perPaint = (threadCpuNs() - start) / Paints;
    std::printf("consume: %.1f ns/event (at 100,000 events/s: %.2f ms of CPU per second)\n"
                "columns() for one repaint: %.1f us\n",
                perEvent, perEvent * 100000 / 1e6, perPaint / 1000);
    return 0;
}
