// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: a measurement harness run by bench/sockettable.sh. Opens the real window with
// the Connections tab showing, refreshing every INTERVAL ms, and measures how late a 5 ms timer
// on the GUI thread fires for SECONDS seconds: the GUI stays responsive when the lateness stays
// small while 10,000-socket snapshots are read and applied.
// Usage: connectionsview_lateness [SECONDS=10] [INTERVAL_MS=1000]
#include "connections/connectionsview.h"
#include "connections/connectiontablemodel.h"
#include "net/engine.h"
#include "window/eventlooplatencyprobe.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 10;
    const int intervalMs = args.size() > 2 ? args.at(2).toInt() : 1000;

    Engine engine;
    MainWindow window(&engine);
    window.show();
    ConnectionsView *view = window.connectionsView();
    view->setIntervalMs(intervalMs);
    window.bottomTabs()->setCurrentWidget(view);

    EventLoopLatencyProbe probe(5);
    int refreshes = 0;
    QObject::connect(view, &ConnectionsView::refreshed, &app, [&] { ++refreshes; });
    // Start measuring once the first snapshot is in: from then on every refresh is a diff.
    bool measuring = false;
    QObject::connect(view, &ConnectionsView::refreshed, &app, [&] {
        if (measuring)
            return;
        measuring = true;
        probe.start();
        QTimer::singleShot(seconds * 1000, &app, [&] {
            probe.stop();
            std::printf("rows=%d refreshes=%d ticks=%lld max_lateness_ms=%.1f p99_ms=%.1f\n",
                        view->model()->rowCount(), refreshes, qlonglong(probe.sampleCount()),
                        probe.longestStallMs(), probe.percentileMs(99));
            std::fflush(stdout);
            QApplication::quit();
        });
    });
    return app.exec();
}
