// SPDX-License-Identifier: GPL-3.0-or-later
// The session threads' event loop (EpollEventDispatcher). This whole test runs on it: main()
// installs it before the application exists, so QTest's own waits (qWait, QTRY, signal spies)
// turn it too, besides what each test checks.
#include "eventloop/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

// Both ends of a connected AF_UNIX stream pair, closed at the end of the test.
struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds); }
    ~SocketPair() { closeBoth(); }
    void closeBoth()
    {
        for (int &fd : fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    void send(const char *bytes = "x") const { QCOMPARE_GE(::write(fds[1], bytes, 1), 1); }
};

// Runs one pass of the loop without waiting.
int activationsInOnePass(const QSignalSpy &spy)
{
    const qsizetype before = spy.count();
    QCoreApplication::processEvents();
    return int(spy.count() - before);
}

class CountingTimers : public QObject
{
public:
    int fired = 0;

protected:
    void timerEvent(QTimerEvent *) override { ++fired; }
};

// At its first event, stops itself and another object's timer, and starts a third's.
class StoppingTimer : public QObject
{
public:
    CountingTimers *victim = nullptr;
    int victimTimer = 0;
    CountingTimers *late = nullptr;
    int fired = 0;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        ++fired;
        killTimer(event->timerId());
        victim->killTimer(victimTimer);
        late->startTimer(0, Qt::PreciseTimer);
    }
};

} // namespace

class TestEpollEventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void runsThisTest()
    {
        QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
    }

    void eventPostedFromAnotherThreadEndsTheWait()
    {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, [&loop] { loop.exit(2); });
        deadline.start(10'000);
        // The post is made once the loop is about to block: the wake-up must end the wait.
        QSemaphore aboutToBlock;
        const QMetaObject::Connection blocking =
                connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                        this, [&aboutToBlock] { aboutToBlock.release(); }, Qt::DirectConnection);
        std::thread poster([&loop, &aboutToBlock] {
            aboutToBlock.acquire();
            QMetaObject::invokeMethod(&loop, [&loop] { loop.exit(1); }, Qt::QueuedConnection);
        });
        const int how = loop.exec();
        poster.join();
        disconnect(blocking);
        QCOMPARE(how, 1);
    }

    void manyPostedEventsAreAllDelivered()
    {
        std::atomic_int delivered = 0;
        QObject receiver;
        constexpr int count = 10'000;
        std::thread poster([&] {
            for (int i = 0; i < count; ++i)
                QMetaObject::invokeMethod(&receiver, [&] { ++delivered; }, Qt::QueuedConnection);
        });
        poster.join();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), count, 10'000);
    }

    void singleShotTimersFireInOrderAndNeverEarly()
    {
        QStringList order;
        QElapsedTimer clock;
        clock.start();
        qint64 lateOneAt = -1;
        qint64 earlyOneAt = -1;
        QTimer::singleShot(60, Qt::PreciseTimer, this, [&] {
            order << QStringLiteral("60");
            lateOneAt = clock.elapsed();
        });
        QTimer::singleShot(20, Qt::CoarseTimer, this, [&] {
            order << QStringLiteral("20");
            earlyOneAt = clock.elapsed();
        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10'000);
        QCOMPARE(order, (QStringList {QStringLiteral("20"), QStringLiteral("60")}));
        QCOMPARE_GE(earlyOneAt, 20);
        QCOMPARE_GE(lateOneAt, 60);
    }

    void repeatingTimerKeepsItsRate()
    {
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(15);
        QElapsedTimer clock;
        int fired = 0;
        bool early = false;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++fired;
            // Each firing is due `interval` after the previous one was due, never before.
            early = early || clock.elapsed() < qint64(fired) * 15;
        });
        clock.start();
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(fired >= 6, 10'000);
        timer.stop();
        QVERIFY(!early);
        QCOMPARE(timer.remainingTime(), -1);
    }

    void remainingTimeCountsDown()
    {
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.start(5'000);
        const int left = timer.remainingTime();
        QVERIFY2(left > 4'000 && left <= 5'000, qPrintable(QString::number(left)));
        QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&timer).size(), 1);
        timer.stop();
        QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&timer).size(), 0);
    }

    void zeroTimerRunsWithoutBlockingOtherWork()
    {
        int spins = 0;
        QTimer spinner;
        spinner.setInterval(0);
        connect(&spinner, &QTimer::timeout, this, [&] { ++spins; });
        spinner.start();
        bool posted = false;
        QMetaObject::invokeMethod(this, [&] { posted = true; }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(posted && spins > 100, 10'000);
        spinner.stop();
    }

    void timerStoppedByAnEarlierOneDoesNotFire()
    {
        CountingTimers victim;
        CountingTimers late;
        StoppingTimer stopper;
        stopper.victim = &victim;
        stopper.late = &late;
        // Both due at the next pass, the stopper's first (it was due first).
        stopper.startTimer(0, Qt::PreciseTimer);
        stopper.victimTimer = victim.startTimer(0, Qt::PreciseTimer);
        QCOMPARE(stopper.fired, 0);
        QCoreApplication::processEvents();
        QCOMPARE(stopper.fired, 1);
        QCOMPARE(victim.fired, 0);
        // The zero timer started inside waits for the next pass.
        QCOMPARE(late.fired, 0);
        QCoreApplication::processEvents();
        QCOMPARE(late.fired, 1);
        QCOMPARE(victim.fired, 0);
        QCOMPARE(stopper.fired, 1);
    }

    void timersFollowAnObjectToAnotherThread()
    {
        QThread worker;
        worker.setEventDispatcher(EpollEventDispatcher::create());
        worker.start();
        auto *timer = new QTimer;
        timer->setInterval(10);
        std::atomic<QThread *> firedOn = nullptr;
        connect(timer, &QTimer::timeout, timer, [&firedOn] {
            firedOn = QThread::currentThread();
        }, Qt::DirectConnection);
        timer->start();
        timer->moveToThread(&worker);
        QTRY_COMPARE_WITH_TIMEOUT(firedOn.load(), &worker, 10'000);
        QMetaObject::invokeMethod(timer, [timer] { delete timer; }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(10'000));
    }

    void quitEndsAThreadWaitingWithNothingToDo()
    {
        QThread worker;
        EpollEventDispatcher *dispatcher = EpollEventDispatcher::create();
        QSemaphore aboutToBlock;
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher,
                [&aboutToBlock] { aboutToBlock.release(); }, Qt::DirectConnection);
        worker.setEventDispatcher(dispatcher);
        worker.start();
        QVERIFY(aboutToBlock.tryAcquire(1, 10'000)); // on its way into epoll_wait()
        worker.quit();
        QVERIFY(worker.wait(10'000));
    }

    void readNotifierIsLevelTriggered()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        QSignalSpy spy(&notifier, &QSocketNotifier::activated);
        QCOMPARE(activationsInOnePass(spy), 0);
        pair.send();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 10'000);
        // Not read: ready again at every pass, as with poll().
        QCOMPARE(activationsInOnePass(spy), 1);
        char byte;
        QCOMPARE(::read(pair.fds[0], &byte, 1), 1);
        QCOMPARE(activationsInOnePass(spy), 0);
    }

    void disabledNotifierStaysQuietAndWakesAgainWhenEnabled()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        QSignalSpy spy(&notifier, &QSocketNotifier::activated);
        notifier.setEnabled(false);
        pair.send();
        // Still in the kernel's set (removed lazily): reported once more, then taken out.
        for (int pass = 0; pass < 5; ++pass)
            QCOMPARE(activationsInOnePass(spy), 0);
        notifier.setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 10'000);
    }

    void writeAndReadNotifiersOfOneSocketBothWake()
    {
        SocketPair pair;
        QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
        QSocketNotifier writer(pair.fds[0], QSocketNotifier::Write);
        QSignalSpy reads(&reader, &QSocketNotifier::activated);
        QSignalSpy writes(&writer, &QSocketNotifier::activated);
        QTRY_VERIFY_WITH_TIMEOUT(writes.count() > 0, 10'000);
        QCOMPARE(reads.count(), 0);
        writer.setEnabled(false);
        pair.send();
        QTRY_VERIFY_WITH_TIMEOUT(reads.count() > 0, 10'000);
        const qsizetype writesBefore = writes.count();
        QCOMPARE(activationsInOnePass(reads), 1);
        QCOMPARE(writes.count(), writesBefore);
    }

    void hangUpWakesTheReadNotifier()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        QSignalSpy spy(&notifier, &QSocketNotifier::activated);
        ::close(pair.fds[1]);
        pair.fds[1] = -1;
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 10'000);
        char byte;
        QCOMPARE(::read(pair.fds[0], &byte, 1), 0); // end of stream
    }

    void notifierDisabledByAnothersHandlerIsNotActivated()
    {
        SocketPair first;
        SocketPair second;
        QSocketNotifier a(first.fds[0], QSocketNotifier::Read);
        QSocketNotifier b(second.fds[0], QSocketNotifier::Read);
        int activated = 0;
        char byte;
        // Whichever comes first reads its byte and disables the other.
        connect(&a, &QSocketNotifier::activated, this, [&] {
            ++activated;
            QCOMPARE(::read(first.fds[0], &byte, 1), 1);
            b.setEnabled(false);
        });
        connect(&b, &QSocketNotifier::activated, this, [&] {
            ++activated;
            QCOMPARE(::read(second.fds[0], &byte, 1), 1);
            a.setEnabled(false);
        });
        first.send();
        second.send();
        // Both ready in the same pass; the next passes find nothing either (level-triggered:
        // the disabled one would be reported again if it were still watched).
        QTRY_VERIFY_WITH_TIMEOUT(activated > 0, 10'000);
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
        QCOMPARE(activated, 1);
    }

    void notifierDeletedInItsOwnHandler()
    {
        SocketPair pair;
        QPointer<QSocketNotifier> notifier = new QSocketNotifier(pair.fds[0], QSocketNotifier::Read);
        int activated = 0;
        connect(notifier.data(), &QSocketNotifier::activated, this, [&] {
            ++activated;
            delete notifier.data();
        });
        pair.send();
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isNull(), 10'000);
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
        QCOMPARE(activated, 1);
    }

    void replacedNotifierDeletedWhileQueued()
    {
        // Both descriptors ready in one pass, the first's handler replaces the second's
        // notifier with a new one and deletes the old, still queued: it must not be activated
        // (it is gone; ASan builds see a use after free if it were).
        SocketPair first;
        SocketPair second;
        QSocketNotifier trigger(first.fds[0], QSocketNotifier::Read);
        auto *replaced = new QSocketNotifier(second.fds[0], QSocketNotifier::Read);
        int replacedActivated = 0;
        connect(replaced, &QSocketNotifier::activated, this, [&] { ++replacedActivated; });
        std::unique_ptr<QSocketNotifier> replacement;
        char byte;
        connect(&trigger, &QSocketNotifier::activated, this, [&] {
            QCOMPARE(::read(first.fds[0], &byte, 1), 1);
            if (replacement)
                return;
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("a second notifier of the same type")));
            replacement = std::make_unique<QSocketNotifier>(second.fds[0], QSocketNotifier::Read);
            delete replaced;
        });
        first.send(); // ready first: epoll reports in the order descriptors became ready
        second.send();
        QTRY_VERIFY_WITH_TIMEOUT(replacement != nullptr, 10'000);
        QSignalSpy spy(replacement.get(), &QSocketNotifier::activated);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 10'000);
        QCOMPARE(replacedActivated, 0);
    }

    void descriptorClosedAndReusedIsWatchedAgain()
    {
        // A notifier is disabled, its descriptor closed (the kernel drops it from the set while
        // the dispatcher still counts it as watched) and the number reused by a new socket.
        auto old = std::make_unique<SocketPair>();
        const int number = old->fds[0];
        {
            QSocketNotifier notifier(number, QSocketNotifier::Read);
            QCoreApplication::processEvents();
        }
        old->closeBoth();
        SocketPair fresh;
        QCOMPARE(fresh.fds[0], number);
        QSocketNotifier notifier(fresh.fds[0], QSocketNotifier::Read);
        QSignalSpy spy(&notifier, &QSocketNotifier::activated);
        fresh.send();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 10'000);
    }

    void regularFileIsAlwaysReady()
    {
        // epoll refuses regular files; poll() reports them ready, and so does this dispatcher.
        QTemporaryFile file;
        QVERIFY(file.open());
        QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
        QSignalSpy spy(&notifier, &QSocketNotifier::activated);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 10'000);
        notifier.setEnabled(false);
        QCOMPARE(activationsInOnePass(spy), 0);
        // Nothing else keeps the loop from waiting now: a timer ends the wait, not the file.
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        QTimer::singleShot(30, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE_GE(clock.elapsed(), 30);
    }

    void nestedLoopInsideAHandler()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        int outer = 0;
        bool innerTimerFired = false;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            if (++outer > 1)
                return; // level-triggered: the nested loop sees the unread byte again
            QEventLoop inner;
            QTimer::singleShot(20, &inner, [&] {
                innerTimerFired = true;
                inner.quit();
            });
            inner.exec();
            char byte;
            QCOMPARE(::read(pair.fds[0], &byte, 1), 1);
        });
        pair.send();
        QTRY_VERIFY_WITH_TIMEOUT(innerTimerFired, 10'000);
        QVERIFY(outer >= 1);
    }
};

int main(int argc, char **argv)
{
    // Before the application exists: its (main) thread then runs on this dispatcher.
    QCoreApplication::setEventDispatcher(EpollEventDispatcher::create());
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
