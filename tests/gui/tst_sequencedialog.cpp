// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messagelibrarydocument.h"
#include "messagespanel/messagelistmodel.h"
#include "messagespanel/messagespanel.h"
#include "messagespanel/sequencedialog.h"
#include "messagespanel/sequencemodel.h"
#include "net/engine.h"
#include "panes/clientpane.h"
#include "widgetdriver.h"
#include "window/mainwindow.h"
#include "window/windowsettings.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QNetworkDatagram>
#include <QPushButton>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cstring>
#include <memory>

using WidgetDriver::child;
using WidgetDriver::setLine;

// The Messages panel's Sequence… dialog driven as a user would, offscreen: the selected
// messages become steps with a delay of their own, reordered and sent to a loopback peer that
// notes when each arrives. Timing is only ever checked as a lower bound (a step never leaves
// before its delay); how late it may be is not a test's business on a shared machine.
class tst_SequenceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachStepWaitsItsOwnDelayInTheOrderChosen();
    void firstStepDelayHoldsForAClientThatConnectsFirst();
    void keyboardMovesRemovesAndAppliesOneDelayToAll();
    void plainSendOfSeveralStillUsesTheOneStepDelay();
    void invalidSequenceIsOneSentenceInTheDock();
    void delaysAreRememberedAcrossRuns();

private:
    struct Fixture
    {
        QTemporaryDir dir;
        Engine engine;
        MainWindow window {&engine};
        MessagesPanel *panel() const { return window.messagesPanel(); }
        bool load()
        {
            QSignalSpy loaded(window.messageLibrary(), &MessageLibraryDocument::loaded);
            window.loadMessageLibrary(dir.filePath(QStringLiteral("messages.json")));
            return loaded.wait(5000);
        }
    };
    // A UDP peer that notes when each datagram arrived, by the kernel's receive timestamp
    // (SO_TIMESTAMPNS): timed when read instead, two datagrams 50 ms apart read together by a
    // test thread that a loaded machine left waiting looked 0 ms apart.
    class UdpPeer
    {
    public:
        UdpPeer()
        {
            m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            const int on = 1;
            ::setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
            sockaddr_in address = {};
            address.sin_family = AF_INET;
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
            socklen_t length = sizeof address;
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
            m_port = ntohs(address.sin_port);
            m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
            QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { drain(); });
        }
        ~UdpPeer()
        {
            m_notifier.reset();
            ::close(m_fd);
        }
        quint16 port() const { return m_port; }
        QList<QByteArray> datagrams;
        QList<qint64> arrivedMs; // CLOCK_REALTIME, as the kernel stamps
        static qint64 nowMs()
        {
            timespec now = {};
            ::clock_gettime(CLOCK_REALTIME, &now);
            return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
        }

    private:
        void drain()
        {
            for (int i = 0; i < 64; ++i) {
                char data[2048];
                alignas(cmsghdr) char control[256];
                iovec part = {data, sizeof data};
                msghdr header = {};
                header.msg_iov = &part;
                header.msg_iovlen = 1;
                header.msg_control = control;
                header.msg_controllen = sizeof control;
                const ssize_t n = ::recvmsg(m_fd, &header, 0);
                if (n < 0)
                    return;
                qint64 at = nowMs();
                for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
                    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                        timespec stamp = {};
                        std::memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
                        at = qint64(stamp.tv_sec) * 1000 + stamp.tv_nsec / 1'000'000;
                    }
                }
                datagrams << QByteArray(data, int(n));
                arrivedMs << at;
            }
        }

        int m_fd = -1;
        quint16 m_port = 0;
        std::unique_ptr<QSocketNotifier> m_notifier;
    };
    // Tolerance of the lower bounds: timestamps are rounded down to the ms, and the kernel
    // stamps a datagram when its softirq runs, not when sendto() returned.
    static constexpr qint64 ToleranceMs = 5;

    static void addThree(Fixture &f);
    static void select(MessagesPanel *panel, const QStringList &names);
    static void useUdpClient(Fixture &f, quint16 port);
    static SequenceDialog *openDialog(MessagesPanel *panel);
    static void typeDelay(SequenceDialog *dialog, int row, int ms);
    static QString names(const QList<SequenceItem> &items);
    static QList<qint64> delays(const QList<SequenceItem> &items);
};

void tst_SequenceDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SequenceDialog::addThree(Fixture &f)
{
    QList<Message> messages;
    for (const auto &[name, payload] : {std::pair {"one", "1-"}, {"two", "2-"}, {"three", "3."}}) {
        Message m;
        m.name = QString::fromLatin1(name);
        m.payload = payload;
        messages << m;
    }
    MessageLibrary next = f.window.messageLibrary()->library();
    QCOMPARE(next.merge(messages), 3);
    f.window.messageLibrary()->apply(next, QStringLiteral("test"));
}

void tst_SequenceDialog::select(MessagesPanel *panel, const QStringList &names)
{
    QTreeView *view = panel->view();
    QAbstractItemModel *model = view->model();
    view->clearSelection();
    for (const QString &name : names) {
        int found = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, MessageListModel::NameColumn).data().toString() == name)
                found = row;
        QVERIFY2(found >= 0, qPrintable(name));
        view->selectionModel()->select(model->index(found, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (name == names.first())
            view->selectionModel()->setCurrentIndex(model->index(found, 0),
                                                    QItemSelectionModel::NoUpdate);
    }
}

void tst_SequenceDialog::useUdpClient(Fixture &f, quint16 port)
{
    ClientPane *client = f.window.currentClientPane();
    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(port));
    QVERIFY(client->canSendMessages());
}

SequenceDialog *tst_SequenceDialog::openDialog(MessagesPanel *panel)
{
    QTest::mouseClick(child<QPushButton>(panel, "messageSequenceButton"), Qt::LeftButton);
    auto *dialog = panel->findChild<SequenceDialog *>(QStringLiteral("sequenceDialog"));
    // Typed into only once it has the keyboard: an editor opened before would lose its focus
    // (and close) when the dialog comes to the front.
    if (dialog && !QTest::qWaitForWindowActive(dialog))
        qWarning("the sequence dialog did not become active");
    return dialog;
}

// Edits a step's delay in its spin box, as typed: select the text, type the number, Enter.
void tst_SequenceDialog::typeDelay(SequenceDialog *dialog, int row, int ms)
{
    QTableView *view = dialog->view();
    const QModelIndex index = dialog->model()->index(row, SequenceModel::DelayColumn);
    view->setCurrentIndex(index);
    view->edit(index);
    auto *spin = qobject_cast<QSpinBox *>(view->indexWidget(index)); // the open editor
    QVERIFY(spin);
    QCOMPARE(spin->objectName(), QStringLiteral("sequenceDelayEditor"));
    QCOMPARE(spin->maximum(), 3600000);
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(ms));
    QTest::keyClick(spin, Qt::Key_Return);
    // The delegate commits on Enter through a queued call.
    QTRY_COMPARE(index.data(Qt::EditRole).toLongLong(), qint64(ms));
    QTRY_VERIFY(!view->indexWidget(index));
}

// The steps' names in order, separated by spaces.
QString tst_SequenceDialog::names(const QList<SequenceItem> &items)
{
    QStringList out;
    for (const SequenceItem &item : items)
        out << item.message.name;
    return out.join(u' ');
}

QList<qint64> tst_SequenceDialog::delays(const QList<SequenceItem> &items)
{
    QList<qint64> out;
    for (const SequenceItem &item : items)
        out << item.delayBeforeMs;
    return out;
}

void tst_SequenceDialog::eachStepWaitsItsOwnDelayInTheOrderChosen()
{
    Fixture f;
    QVERIFY(f.load());
    addThree(f);
    UdpPeer peer;
    f.window.show();
    useUdpClient(f, peer.port());
    f.panel()->setStepDelayMs(1); // the dialog's delays, not this one, must hold
    select(f.panel(), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});

    SequenceDialog *dialog = openDialog(f.panel());
    QVERIFY(dialog);
    QCOMPARE(names(dialog->items()), QStringLiteral("one two three"));
    typeDelay(dialog, 0, 0);
    typeDelay(dialog, 1, 300);
    typeDelay(dialog, 2, 50);
    // "three" up, before "two": one (0), three (50), two (300).
    dialog->view()->setCurrentIndex(dialog->model()->index(2, SequenceModel::NameColumn));
    QTest::mouseClick(child<QPushButton>(dialog, "sequenceUpButton"), Qt::LeftButton);
    QCOMPARE(names(dialog->items()), QStringLiteral("one three two"));
    QCOMPARE(delays(dialog->items()), QList<qint64>({0, 50, 300}));
    QCOMPARE(dialog->model()->index(2, SequenceModel::DueColumn).data().toString(),
             QStringLiteral("+350 ms"));
    QCOMPARE(dialog->model()->index(1, SequenceModel::StepColumn).data().toInt(), 2);

    QSignalSpy closed(dialog, &QObject::destroyed);
    const qint64 sentAt = UdpPeer::nowMs();
    QTest::mouseClick(child<QPushButton>(dialog, "sequenceSendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 3, 10000);
    QCOMPARE(peer.datagrams, QList<QByteArray>({"1-", "3.", "2-"}));
    const QList<qint64> at = peer.arrivedMs;
    QVERIFY2(at[1] - at[0] >= 50 - ToleranceMs, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 300 - ToleranceMs, qPrintable(QString::number(at[2] - at[1])));
    QVERIFY2(at[2] - sentAt >= 350 - ToleranceMs, qPrintable(QString::number(at[2] - sentAt)));
    QVERIFY2(f.panel()->infoText().contains(QStringLiteral("the last due 350 ms after Send")),
             qPrintable(f.panel()->infoText()));
    QTRY_COMPARE(closed.count(), 1); // closed on Send, and gone

    // Open again on the same selection: each message comes back with its delay.
    select(f.panel(), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    SequenceDialog *again = openDialog(f.panel());
    QVERIFY(again);
    QCOMPARE(delays(again->items()), QList<qint64>({0, 300, 50}));
    QTest::mouseClick(child<QPushButton>(again, "sequenceCancelButton"), Qt::LeftButton);
    QVERIFY(!again->isVisible());
}

void tst_SequenceDialog::firstStepDelayHoldsForAClientThatConnectsFirst()
{
    Fixture f;
    QVERIFY(f.load());
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Message a;
    a.name = QStringLiteral("login");
    a.payload = "A";
    a.target = Message::Target {TrafficEvent::Protocol::Tcp, QStringLiteral("127.0.0.1"),
                                server.serverPort()};
    Message b = a;
    b.name = QStringLiteral("query");
    b.payload = "B";
    MessageLibrary next = f.window.messageLibrary()->library();
    QCOMPARE(next.merge({a, b}), 2);
    f.window.messageLibrary()->apply(next, QStringLiteral("test"));
    f.window.show();
    select(f.panel(), {QStringLiteral("login"), QStringLiteral("query")});

    // The client tab is idle: the first message's target is used, and the steps wait for the
    // connection. The first step's own delay counts from then on.
    SequenceDialog *dialog = openDialog(f.panel());
    QVERIFY(dialog);
    typeDelay(dialog, 0, 200);
    typeDelay(dialog, 1, 0);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(dialog, "sequenceSendButton"), Qt::LeftButton);
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *socket = server.nextPendingConnection();
    QByteArray received;
    qint64 firstAt = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QByteArray chunk = socket->readAll();
            if (!chunk.isEmpty() && firstAt < 0)
                firstAt = clock.elapsed();
            received += chunk;
            return received.size() >= 2;
        }(),
        10000);
    QCOMPARE(received, QByteArray("AB"));
    QVERIFY2(firstAt >= 200 - ToleranceMs, qPrintable(QString::number(firstAt)));
}

void tst_SequenceDialog::keyboardMovesRemovesAndAppliesOneDelayToAll()
{
    Fixture f;
    QVERIFY(f.load());
    addThree(f);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    select(f.panel(), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    f.panel()->view()->setFocus();
    QTest::keyClick(f.panel()->view(), Qt::Key_Return, Qt::ControlModifier);
    auto *dialog = f.panel()->findChild<SequenceDialog *>(QStringLiteral("sequenceDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    QTableView *view = dialog->view();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);

    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(names(dialog->items()), QStringLiteral("two one three"));
    QCOMPARE(view->currentIndex().row(), 1); // the moved step stays current
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(names(dialog->items()), QStringLiteral("two three"));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(names(dialog->items()), QStringLiteral("three two"));

    auto *all = child<QSpinBox>(dialog, "sequenceAllDelaySpin");
    all->selectAll();
    QTest::keyClicks(all, QStringLiteral("25"));
    QTest::mouseClick(child<QPushButton>(dialog, "sequenceApplyAllButton"), Qt::LeftButton);
    QCOMPARE(delays(dialog->items()), QList<qint64>({25, 25}));
    QVERIFY(child<QLabel>(dialog, "sequenceSummaryLabel")->text().contains(QStringLiteral("50")));
    // Out of bounds is refused by the model as well as by the spin box.
    QVERIFY(!dialog->model()->setData(dialog->model()->index(0, SequenceModel::DelayColumn),
                                      qint64(3600001)));
    QVERIFY(!dialog->model()->setData(dialog->model()->index(0, SequenceModel::DelayColumn), -1));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(dialog, "sequenceSendButton")->isEnabled());
    QVERIFY(
        child<QLabel>(dialog, "sequenceSummaryLabel")->text().contains(QStringLiteral("No steps")));
    const QString before = f.panel()->infoText();
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(f.panel()->infoText(), before); // cancelled: nothing sent, nothing said
}

void tst_SequenceDialog::plainSendOfSeveralStillUsesTheOneStepDelay()
{
    Fixture f;
    QVERIFY(f.load());
    addThree(f);
    UdpPeer peer;
    f.window.show();
    useUdpClient(f, peer.port());
    // Delays remembered by the dialog are the dialog's: Send keeps the one step delay.
    f.panel()->setSequenceDelays({{QStringLiteral("two"), 0}, {QStringLiteral("three"), 0}});
    f.panel()->setStepDelayMs(120);
    select(f.panel(), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    QTest::mouseClick(child<QPushButton>(f.panel(), "messageSendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(peer.datagrams.size(), 3, 10000);
    QCOMPARE(peer.datagrams, QList<QByteArray>({"1-", "2-", "3."}));
    const QList<qint64> at = peer.arrivedMs;
    QVERIFY2(at[1] - at[0] >= 120 - ToleranceMs, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 120 - ToleranceMs, qPrintable(QString::number(at[2] - at[1])));
}

void tst_SequenceDialog::invalidSequenceIsOneSentenceInTheDock()
{
    Fixture f;
    QVERIFY(f.load());
    addThree(f);
    UdpPeer peer;
    f.window.show();
    useUdpClient(f, peer.port());

    f.panel()->view()->clearSelection();
    QVERIFY(!child<QPushButton>(f.panel(), "messageSequenceButton")->isEnabled());
    QVERIFY(!f.panel()->openSequenceDialog());
    QVERIFY2(f.panel()->infoText().contains(QStringLiteral("Select the messages")),
             qPrintable(f.panel()->infoText()));

    QVERIFY(!f.panel()->sendSequence({}));
    QVERIFY2(f.panel()->infoText().contains(QStringLiteral("no steps")),
             qPrintable(f.panel()->infoText()));

    const Message one = *f.window.messageLibrary()->library().find(QStringLiteral("one"));
    QVERIFY(!f.panel()->sendSequence({SequenceItem {one, 3600001}}));
    const QString sentence = f.panel()->infoText();
    QVERIFY2(sentence.contains(QStringLiteral("Step 1")) && sentence.contains(QStringLiteral("one"))
                 && sentence.contains(QStringLiteral("0 to")),
             qPrintable(sentence));
    QCOMPARE(sentence.count(u'.'), 1); // one sentence
    QList<SequenceItem> tooMany(SequenceItem::MaxSteps + 1, SequenceItem {one, 0});
    QVERIFY(!f.panel()->sendSequence(tooMany));
    QVERIFY2(f.panel()->infoText().contains(QStringLiteral("at most")),
             qPrintable(f.panel()->infoText()));
    QCOMPARE(peer.datagrams.size(), 0); // what was refused never reached the session
}

void tst_SequenceDialog::delaysAreRememberedAcrossRuns()
{
    QFile::remove(WindowSettings::filePath());
    {
        Fixture f;
        f.window.restoreSettings();
        f.window.show();
        f.panel()->setSequenceDelays(
            {{QStringLiteral("one"), 777}, {QStringLiteral("a/b = c"), 3600000}});
        f.window.close();
        f.window.messageLibrary()->waitForSaved();
    }
    {
        Fixture f;
        f.window.restoreSettings();
        const QHash<QString, qint64> delays = f.panel()->sequenceDelays();
        QCOMPARE(delays.value(QStringLiteral("one"), -1), 777);
        QCOMPARE(delays.value(QStringLiteral("a/b = c"), -1), 3600000);
        f.window.messageLibrary()->waitForSaved();
    }
}

QTEST_MAIN(tst_SequenceDialog)
#include "tst_sequencedialog.moc"
