// Not a test: a measurement harness run by bench/sockettable.sh. Opens the real window with
// the Connections tab showing, refreshing every INTERVAL ms, and measures how late a 5 ms timer
// on the GUI thread fires for SECONDS seconds: the GUI stays responsive when the lateness stays
// small while 10,000-socket snapshots are read and applied.
// Usage: connectionsview_lateness [SECONDS=10] [INTERVAL_MS=1000]
#include "connectionsview.h"
#include "connectiontablemodel.h"
#include "engine.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
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

    constexpr qint64 tickMs = 5;
    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 lastNs = clock.nsecsElapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(int(tickMs));
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.append(std::max(0.0, (now - lastNs) / 1e6 - tickMs));
        lastNs = now;
    });
    int refreshes = 0;
    QObject::connect(view, &ConnectionsView::refreshed, &app, [&] { ++refreshes; });
    // Start measuring once the first snapshot is in: from then on every refresh is a diff.
    QObject::connect(view, &ConnectionsView::refreshed, &app, [&] {
        if (ticker.isActive())
            return;
        lastNs = clock.nsecsElapsed();
        ticker.start();
        QTimer::singleShot(seconds * 1000, &app, [&] {
            ticker.stop();
            std::sort(lateness.begin(), lateness.end());
            const double max = lateness.isEmpty() ? 0 : lateness.last();
            const double p99 = lateness.isEmpty()
                ? 0
                : lateness.at(
                    std::min<qsizetype>(lateness.size() - 1, qsizetype(lateness.size() * 0.99)));
            std::printf("rows=%d refreshes=%d ticks=%lld max_lateness_ms=%.1f p99_ms=%.1f\n",
                        view->model()->rowCount(), refreshes, qlonglong(lateness.size()), max, p99);
            std::fflush(stdout);
            QApplication::quit();
        });
    });
    return app.exec();
}
