// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "trafficview/logfilecontroller.h"
#include "log/trafficlog.h"
#include "log/trafficlogfilewriter.h"
#include "net/udpsession.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

// File > Log to File with a disk that cannot keep up: the session's network thread waits for
// the writer, the window's thread never does, and stopping the log frees the session at once.
class tst_LogFileController : public QObject
{
    Q_OBJECT

private slots:
    void slowDiskStallsTheSessionNotTheWindow();
    void fifoWithoutReaderIsRefusedAtOnce();
};

void tst_LogFileController::fifoWithoutReaderIsRefusedAtOnce()
{
    // Opening a FIFO nobody reads would block the window's thread forever; it is refused with
    // one sentence instead, and the action stays unchecked.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("nobody-reads.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Engine engine;
    LogFileController controller(engine.log(), nullptr);
    QSignalSpy messages(&controller, &LogFileController::message);
    QVERIFY(!controller.startLogging(fifo));
    QVERIFY(!controller.writer()->isActive());
    QVERIFY(!controller.action()->isChecked());
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(fifo),
             qPrintable(messages.first().first().toString()));
}

void tst_LogFileController::slowDiskStallsTheSessionNotTheWindow()
{
    // A FIFO read only when the test says so stands for the slow disk.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("slow.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int readFd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readFd >= 0);

    Engine engine;
    LogFileController controller(engine.log(), nullptr);
    constexpr qint64 limit = 64 * 1024;
    controller.writer()->setQueueLimit(limit);
    QVERIFY(controller.startLogging(fifo));
    UdpSession *server = engine.createUdp();
    server->bind(QHostAddress::LocalHost, 0);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    const quint16 port = server->localEndpoint().port();

    QUdpSocket sender;
    const QByteArray datagram(1024, 'd');
    int ticks = 0;
    QTimer ticker; // the window's event loop, measured by a timer that must keep firing
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    for (int i = 0; i < 1000; ++i)
        sender.writeDatagram(datagram, QHostAddress::LocalHost, port);
    // Nobody reads the FIFO: the queue passes its limit and the session thread waits there.
    QTRY_VERIFY(controller.writer()->queuedBytes() > limit);
    const int ticksWhileStalled = ticks;
    QTRY_VERIFY(ticks > ticksWhileStalled + 5); // this thread still runs its loop

    // Stopping returns at once although the writer is blocked on the full FIFO; the session
    // is released and goes on receiving.
    controller.action()->trigger();
    QVERIFY(!controller.action()->isEnabled()); // until the writer has finished
    const quint64 before = engine.log()->sessionCounters(server->id()).messagesIn;
    sender.writeDatagram(QByteArray("after"), QHostAddress::LocalHost, port);
    QTRY_VERIFY(engine.log()->sessionCounters(server->id()).messagesIn > before);

    // The disk moves: the writer finishes the queue and the action comes back.
    QSignalSpy messages(&controller, &LogFileController::message);
    for (int round = 0; round < 600 && !controller.action()->isEnabled(); ++round) {
        pollfd pfd{readFd, POLLIN, 0};
        char buffer[65536];
        if (::poll(&pfd, 1, 100) > 0 && ::read(readFd, buffer, sizeof buffer) == 0)
            QTRY_VERIFY(controller.action()->isEnabled()); // EOF: the file is closed
        QCoreApplication::processEvents();
    }
    QVERIFY(controller.action()->isEnabled());
    QVERIFY(!controller.action()->isChecked());
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().first().toString().contains(QStringLiteral("Stopped logging")),
             qPrintable(messages.last().first().toString()));
    ::close(readFd);
}

QTEST_MAIN(tst_LogFileController)
#include "tst_logfilecontroller.moc"
