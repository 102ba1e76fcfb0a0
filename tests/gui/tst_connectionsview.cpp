// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/clientpane.h"
#include "connections/connectionfiltermodel.h"
#include "connections/connectionsview.h"
#include "connections/connectiontablemodel.h"
#include "net/engine.h"
#include "window/mainwindow.h"
#include "panes/panetabwidget.h"
#include "panes/serverpane.h"
#include "sockettable/sockettable.h"
#include "widgetdriver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using WidgetDriver::child;
using WidgetDriver::setLine;

// The Connections tab of a real window, offscreen, over this machine's real socket table while
// the window's own server and client hold loopback sockets.
class tst_ConnectionsView : public QObject
{
    Q_OBJECT

private slots:
    void showsOwnSocketsFiltersAndJumpsToSessions();
    void selectionSurvivesThousandsOfNewSockets();
    void unsupportedPlatformShowsNoRows();

private:
    // The view row (in the proxy) whose local and foreign addresses read so; -1 if none.
    static int viewRow(ConnectionsView *view, const QString &local, const QString &foreign = {});
};

int tst_ConnectionsView::viewRow(ConnectionsView *view, const QString &local,
                                 const QString &foreign)
{
    const QAbstractItemModel *model = view->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ConnectionTableModel::LocalColumn).data().toString() == local
            && (foreign.isEmpty()
                || model->index(row, ConnectionTableModel::ForeignColumn).data().toString()
                    == foreign))
            return row;
    }
    return -1;
}

void tst_ConnectionsView::showsOwnSocketsFiltersAndJumpsToSessions()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    setLine(child<QLineEdit>(server, "portEdit"), u"0"_s);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    const QString listener = server->localEndpoint().toString();
    child<QComboBox>(client, "hostCombo")->setCurrentText(u"127.0.0.1"_s);
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(server->localEndpoint().port()));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    const QString clientLocal = client->localEndpoint().toString();
    // Another server tab and another client tab in front: the jump has to bring ours back.
    window.serverTabs()->addPane();
    window.clientTabs()->addPane();
    QVERIFY(window.currentServerPane() != server);
    QVERIFY(window.currentClientPane() != client);

    ConnectionsView *view = window.connectionsView();
    QSignalSpy refreshed(view, &ConnectionsView::refreshed);
    window.bottomTabs()->setCurrentWidget(view); // showing the tab starts the refreshes
    QVERIFY(refreshed.wait());
    QTRY_VERIFY(viewRow(view, listener, u"0.0.0.0:*"_s) >= 0
                && viewRow(view, clientLocal, listener) >= 0);
    const QAbstractItemModel *shown = view->tableView()->model();
    const int listenerRow = viewRow(view, listener, u"0.0.0.0:*"_s);
    QCOMPARE(shown->index(listenerRow, ConnectionTableModel::StateColumn).data().toString(),
             u"LISTEN"_s);
    QCOMPARE(shown->index(listenerRow, ConnectionTableModel::OwnColumn).data().toString(),
             u"\u25cf"_s);
    QVERIFY(shown->index(listenerRow, ConnectionTableModel::ProcessColumn)
                .data()
                .toString()
                .startsWith(QString::number(QCoreApplication::applicationPid()) + u'/'));
    QVERIFY(shown->index(listenerRow, 0).data(Qt::BackgroundRole).isValid());

    // Filters: own only shows nothing but marked rows, including our three sockets.
    child<QCheckBox>(view, "ownCheck")->setChecked(true);
    QVERIFY(shown->rowCount() >= 3);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ConnectionTableModel::OwnColumn).data().toString(), u"\u25cf"_s);
    child<QCheckBox>(view, "ownCheck")->setChecked(false);
    QTest::keyClicks(child<QLineEdit>(view, "filterEdit"), clientLocal);
    const auto ownShown = [shown] {
        int own = 0;
        for (int row = 0; row < shown->rowCount(); ++row)
            own += !shown->index(row, ConnectionTableModel::OwnColumn).data().toString().isEmpty();
        return own;
    };
    // The client's side and the accepted side (the machine is shared: a stranger's TIME-WAIT
    // socket may reuse the port, so only our own rows are counted).
    QTRY_COMPARE(ownShown(), 2);
    child<QComboBox>(view, "stateCombo")->setCurrentText(u"LISTEN"_s);
    QCOMPARE(ownShown(), 0);
    child<QComboBox>(view, "stateCombo")->setCurrentIndex(0);
    child<QLineEdit>(view, "filterEdit")->clear();
    child<QCheckBox>(view, "listeningCheck")->setChecked(true);
    QTRY_VERIFY(viewRow(view, listener) >= 0);
    QCOMPARE(viewRow(view, clientLocal), -1);
    child<QCheckBox>(view, "listeningCheck")->setChecked(false);

    // Selecting our client's row brings the client tab that owns it to the front.
    QTableView *table = view->tableView();
    const int clientRow = viewRow(view, clientLocal, listener);
    QVERIFY(clientRow >= 0);
    table->setCurrentIndex(shown->index(clientRow, 0));
    QCOMPARE(window.currentClientPane(), client);
    QCOMPARE(window.currentServerPane() == server, false);
    // And the listener's row brings the server tab.
    table->setCurrentIndex(shown->index(viewRow(view, listener, u"0.0.0.0:*"_s), 0));
    QCOMPARE(window.currentServerPane(), server);

    // Selection and sort order survive refreshes.
    table->sortByColumn(ConnectionTableModel::LocalColumn, Qt::DescendingOrder);
    table->selectRow(viewRow(view, clientLocal, listener));
    const int before = int(refreshed.count());
    view->refreshNow();
    QTRY_VERIFY(refreshed.count() > before);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().siblingAtColumn(ConnectionTableModel::LocalColumn).data().toString(),
             clientLocal);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             int(ConnectionTableModel::LocalColumn));

    // Copy: the selected row, tab-separated.
    QApplication::clipboard()->clear();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"own\ttcp\t" + clientLocal + u'\t' + listener + u"\tESTABLISHED\t"),
             qPrintable(copied));
    QVERIFY(copied.endsWith(u'\n'));
    QCOMPARE(copied.count(u'\n'), 1);

    // Export: the rows shown, as CSV with a header, written atomically.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"connections.csv"_s);
    QString error;
    QVERIFY2(view->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.startsWith(u"Own,Proto,Local Address,Foreign Address,State,PID/Program,Recv-Q,"
                           u"Send-Q\r\n"));
    QVERIFY(csv.contains(u"own,tcp," + clientLocal + u',' + listener + u",ESTABLISHED,"));
    QVERIFY(!view->exportCsv(dir.filePath(u"no/such/dir/x.csv"_s), &error));
    QVERIFY(error.contains(u"no/such/dir"));

    // Closing the client: its ESTABLISHED row goes (the kernel may keep a TIME-WAIT one,
    // which is another socket with a row of its own).
    view->model()->setHighlightMs(0);
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(!client->isRunning());
    const auto establishedRows = [view, &clientLocal, &listener] {
        ConnectionTableModel *model = view->model();
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const SocketRecord &record = model->record(row);
            count += record.local.toString() == clientLocal && record.remote.toString() == listener
                && record.state == SocketRecord::State::Established;
        }
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT((view->refreshNow(), establishedRows() == 0), 20000);

    // Pause, resume, and hiding the tab (which stops the refreshes).
    view->pauseAction()->setChecked(true);
    QVERIFY(view->isPaused());
    view->pauseAction()->setChecked(false);
    window.bottomTabs()->setCurrentIndex(0);
    QVERIFY(!view->isVisible());
}

void tst_ConnectionsView::selectionSurvivesThousandsOfNewSockets()
{
    // Never shown, so it takes no snapshots of its own: the test feeds it.
    ConnectionsView view(nullptr);
    QList<SocketRecord> records;
    for (int i = 0; i < 50; ++i) {
        SocketRecord record;
        record.local = Endpoint(QHostAddress::LocalHost, quint16(30000 + i));
        record.remote = Endpoint(QHostAddress::LocalHost, 60001);
        record.state = SocketRecord::State::Established;
        record.inode = quint64(i + 1);
        records << record;
    }
    view.model()->applySnapshot(records, 0);
    QTableView *table = view.tableView();
    table->sortByColumn(ConnectionTableModel::LocalColumn, Qt::DescendingOrder);
    const QAbstractItemModel *shown = table->model();
    table->selectRow(10);
    const QString chosen = shown->index(10, ConnectionTableModel::LocalColumn).data().toString();
    QList<SocketRecord> more = records;
    for (int i = 0; i < 3000; ++i) {
        SocketRecord record = records.first();
        record.local = Endpoint(QHostAddress(u"127.0.0.2"_s), quint16(1000 + i));
        record.inode = quint64(100 + i);
        more << record;
    }
    QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
    view.model()->applySnapshot(more, 100);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(shown->rowCount(), 3050);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().siblingAtColumn(ConnectionTableModel::LocalColumn).data().toString(),
             chosen);
    QCOMPARE(
        table->currentIndex().siblingAtColumn(ConnectionTableModel::LocalColumn).data().toString(),
        chosen);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_ConnectionsView::unsupportedPlatformShowsNoRows()
{
    ConnectionsView view(nullptr);
    SocketSnapshot unsupported;
    unsupported.isSupported = false;
    unsupported.error = SocketTable::unsupportedMessage();
    view.applySnapshot(unsupported);
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.statusText(), SocketTable::unsupportedMessage());
    QVERIFY(view.statusText().contains(u"not supported on this platform yet"));
    QVERIFY(!view.refreshAction()->isEnabled());
    QVERIFY(!child<QLineEdit>(&view, "filterEdit")->isEnabled());
    view.show(); // showing it starts no refreshes: nothing to read
    QVERIFY(!view.pauseAction()->isEnabled());
    QCOMPARE(view.model()->rowCount(), 0);
}

QTEST_MAIN(tst_ConnectionsView)
#include "tst_connectionsview.moc"
