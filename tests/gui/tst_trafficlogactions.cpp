// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionsview.h"
#include "log/trafficlog.h"
#include "net/engine.h"
#include "trafficview/trafficlogexport.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The traffic log's row commands driven on real widgets, offscreen: Ctrl+C, the context menu's
// copies and peer filter, Ctrl+F, and saving the rows shown as CSV and JSON lines.
class tst_TrafficLogActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ctrlCCopiesWholeRowsAsShown();
    void contextMenuCopiesBytes();
    void contextMenuFiltersByPeer();
    void exportsShownRowsAsCsvAndJsonLines();
    void savesSelectionOnly();
    void exportRefusesSymlinkAndKeepsTarget();
    void bigExportLeavesEventLoopRunning();
    void ctrlFFocusesFilterFromConnectionsTab();

private:
    std::unique_ptr<TrafficLog> m_log;
    std::unique_ptr<TrafficLogModel> m_model;
    std::unique_ptr<TrafficLogView> m_view;
    QTableView *table() const { return m_view->tableView(); }
    void selectRows(const QList<int> &rows);
    QMenu *openContextMenu();
};

namespace {

TrafficEvent makeEvent(TrafficEvent::Kind kind, quint16 peerPort, const QByteArray &payload,
                       const QString &message = QString())
{
    TrafficEvent e;
    e.sessionId = 1;
    e.protocol = TrafficEvent::Protocol::Tcp;
    e.kind = kind;
    e.timestampMs = 1'790'000'000'000;
    e.local = Endpoint(QHostAddress(u"127.0.0.1"_s), 60001);
    if (peerPort)
        e.peer = Endpoint(QHostAddress(u"127.0.0.1"_s), peerPort);
    e.payload = payload;
    e.size = payload.size();
    e.message = message;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_TrafficLogActions::init()
{
    m_view.reset();
    m_model.reset();
    m_log = std::make_unique<TrafficLog>();
    m_model = std::make_unique<TrafficLogModel>(m_log.get());
    m_model->setInterval(3'600'000);
    m_view = std::make_unique<TrafficLogView>(m_model.get());
    m_view->resize(1200, 400);
    m_log->append(makeEvent(TrafficEvent::Kind::Info, 0, {}, u"listen(backlog=50)"_s));
    m_log->append(
        makeEvent(TrafficEvent::Kind::Received, 53422, QByteArray("Hi\r\n\0\xff\"\\", 8)));
    m_log->append(makeEvent(TrafficEvent::Kind::Sent, 53423, "ok"));
    m_log->append(makeEvent(TrafficEvent::Kind::Received, 53422, "bye"));
    m_model->fetchNow();
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(table()->model()->rowCount(), 4);
    QApplication::clipboard()->clear();
}

void tst_TrafficLogActions::selectRows(const QList<int> &rows)
{
    table()->clearSelection();
    for (int row : rows)
        table()->selectionModel()->select(table()->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QMenu *tst_TrafficLogActions::openContextMenu()
{
    const QRect cell
        = table()->visualRect(table()->currentIndex().isValid() ? table()->currentIndex()
                                                                : table()->model()->index(1, 0));
    emit table()->customContextMenuRequested(cell.center());
    QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    return menu;
}

void tst_TrafficLogActions::ctrlCCopiesWholeRowsAsShown()
{
    selectRows({2, 1});
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    const QStringList lines = copied.split(u'\n');
    QCOMPARE(lines.size(), 3); // two rows and the final line break
    QVERIFY(lines.last().isEmpty());
    // Every column, in view order, as the cells show them.
    const QStringList first = lines.at(0).split(u'\t');
    QCOMPARE(first.size(), int(TrafficLogModel::ColumnCount));
    const QAbstractItemModel *shown = table()->model();
    for (int column = 0; column < TrafficLogModel::ColumnCount; ++column) {
        QString cell = shown->index(1, column).data().toString();
        cell.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
        QCOMPARE(first.at(column), cell);
    }
    QCOMPARE(first.at(TrafficLogModel::PeerColumn), u"127.0.0.1:53422"_s);
    QVERIFY(lines.at(1).contains(u"\t127.0.0.1:53423\t"_s));

    // A moved column is copied where the user put it.
    table()->horizontalHeader()->moveSection(TrafficLogModel::HexColumn, 0);
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->text().startsWith(u"48 69 0d 0a 00 ff 22 5c\t"_s));
}

void tst_TrafficLogActions::contextMenuCopiesBytes()
{
    selectRows({1, 2});
    table()->setCurrentIndex(table()->model()->index(1, 0));
    selectRows({1, 2});
    QMenu *menu = openContextMenu();
    QVERIFY(menu);
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text().remove(u'&');
    }
    QCOMPARE(
        texts,
        (QStringList {u"Copy"_s, u"Copy hex"_s, u"Copy as C array"_s, u"Copy as Python bytes"_s,
                      u"Filter by this peer"_s, u"Save selection…"_s, u"Export log…"_s}));
    for (QAction *action : actions)
        QVERIFY(action->isSeparator() || action->isEnabled());

    m_view->copyHexAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"48 69 0d 0a 00 ff 22 5c\n6f 6b\n"_s);
    m_view->copyPythonAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"b\"Hi\\r\\n\\x00\\xff\\\"\\\\\"\nb\"ok\"\n"_s);
    m_view->copyCArrayAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             u"const unsigned char event_2[] = {\n    0x48, 0x69, 0x0d, 0x0a, 0x00, 0xff, 0x22, "
             "0x5c\n};\nconst unsigned char event_3[] = {\n    0x6f, 0x6b\n};\n"_s);
    menu->close();

    // Nothing selected: nothing to copy.
    table()->clearSelection();
    menu = openContextMenu();
    QVERIFY(menu);
    QVERIFY(!m_view->copyHexAction()->isEnabled());
    QVERIFY(!m_view->filterByPeerAction()->isEnabled());
    QVERIFY(m_view->exportAction()->isEnabled());
    menu->close();
}

void tst_TrafficLogActions::contextMenuFiltersByPeer()
{
    selectRows({3});
    QMenu *menu = openContextMenu();
    QVERIFY(menu);
    m_view->filterByPeerAction()->trigger();
    menu->close();
    QCOMPARE(m_view->findChild<QLineEdit *>(u"filterEdit"_s)->text(), u"127.0.0.1:53422"_s);
    QCOMPARE(table()->model()->rowCount(), 2); // both rows from that peer, none from 53423
    for (int row = 0; row < 2; ++row)
        QCOMPARE(table()->model()->index(row, TrafficLogModel::PeerColumn).data().toString(),
                 u"127.0.0.1:53422"_s);
}

void tst_TrafficLogActions::exportsShownRowsAsCsvAndJsonLines()
{
    QTemporaryDir dir;
    // The rows shown: after a filter that leaves the two rows of one peer.
    m_view->findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"53422"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QSignalSpy finished(m_view->exporter(), &TrafficLogExport::finished);

    const QString csvPath = dir.filePath(u"log.csv"_s);
    QVERIFY(m_view->exportShown(csvPath));
    QVERIFY(!m_view->exportAction()->isEnabled()); // one save at a time
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.last().at(2).toString(), QString());
    QCOMPARE(finished.last().at(1).value<qsizetype>(), 2);
    QVERIFY(m_view->exportAction()->isEnabled());
    // The payload's CR LF stays inside its quoted cell, so records are checked as text.
    const QByteArray csv = readAll(csvPath);
    QVERIFY(csv.startsWith("time,session,protocol,event,local,peer,bytes,text,payload_hex,"
                           "message\r\n2026-09-21T14:13:20.000Z,"));
    QCOMPARE(csv.count("2026-09-21T14:13:20.000Z,"), 2);
    QVERIFY(csv.contains(",tcp,received,127.0.0.1:60001,127.0.0.1:53422,8,\"Hi\r\n"));
    QVERIFY(csv.contains(",48690d0a00ff225c,"));
    QVERIFY(csv.endsWith(",bye,627965,\r\n"));
    QVERIFY(!csv.contains("53423"));

    const QString jsonPath = dir.filePath(u"log.jsonl"_s);
    QVERIFY(m_view->exportShown(jsonPath));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.last().at(2).toString(), QString());
    const QList<QByteArray> lines = readAll(jsonPath).split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"payload_hex"_s).toString(), u"48690d0a00ff225c"_s);
    QCOMPARE(first.value(u"peer"_s).toString(), u"127.0.0.1:53422"_s);
    QCOMPARE(first.value(u"event"_s).toString(), u"received"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"text"_s).toString(), u"bye"_s);
    // Atomic: nothing but the finished files in the folder (no temporary left behind).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void tst_TrafficLogActions::savesSelectionOnly()
{
    QTemporaryDir dir;
    selectRows({2});
    QSignalSpy finished(m_view->exporter(), &TrafficLogExport::finished);
    const QString path = dir.filePath(u"one.jsonl"_s);
    QVERIFY(m_view->exportSelection(path));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.last().at(2).toString(), QString());
    const QByteArray written = readAll(path);
    QCOMPARE(written.count('\n'), 1);
    QVERIFY(written.contains("\"payload_hex\":\"6f6b\""));
}

void tst_TrafficLogActions::exportRefusesSymlinkAndKeepsTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"precious.txt"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString link = dir.filePath(u"log.csv"_s);
    QVERIFY(QFile::link(target, link));

    QSignalSpy finished(m_view->exporter(), &TrafficLogExport::finished);
    QVERIFY(m_view->exportShown(link));
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.last().at(2).toString().contains(u"symbolic link"_s));
    QCOMPARE(readAll(target), QByteArray("keep me"));
    QVERIFY(QFileInfo(link).isSymLink());

    // A folder that does not exist: a sentence, no crash, nothing written.
    QVERIFY(m_view->exportShown(dir.filePath(u"missing/log.csv"_s)));
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.last().at(2).toString().startsWith(u"Could not save"_s));
}

void tst_TrafficLogActions::bigExportLeavesEventLoopRunning()
{
    // SOCKLAB_EXPORT_ROWS=1000000 for the figure in the report; smaller by default for ctest.
    const int count = qEnvironmentVariableIntValue("SOCKLAB_EXPORT_ROWS") > 0
        ? qEnvironmentVariableIntValue("SOCKLAB_EXPORT_ROWS")
        : 200'000;
    m_view.reset();
    m_model.reset();
    m_log = std::make_unique<TrafficLog>();
    m_log->setLimits({count, 256LL * 1024 * 1024});
    m_model = std::make_unique<TrafficLogModel>(m_log.get());
    m_model->setInterval(3'600'000);
    m_model->setMaxRows(count);
    m_model->setMaxBatch(count);
    m_view = std::make_unique<TrafficLogView>(m_model.get());
    QList<LogEntry> batch;
    for (int i = 0; i < count; ++i)
        batch << LogEntry(makeEvent(TrafficEvent::Kind::Received, 53422,
                                    QByteArray("hello world ") + QByteArray::number(i)));
    m_log->appendBatch(batch);
    m_model->fetchNow();
    QCOMPARE(m_model->rowCount(), count);

    QTemporaryDir dir;
    QSignalSpy finished(m_view->exporter(), &TrafficLogExport::finished);
    QElapsedTimer onGuiThread;
    onGuiThread.start();
    QVERIFY(m_view->exportShown(dir.filePath(u"big.jsonl"_s)));
    const qint64 snapshotMs = onGuiThread.elapsed();
    // The window keeps turning while the worker writes: count event-loop turns meanwhile.
    int turns = 0;
    QElapsedTimer total;
    total.start();
    while (finished.isEmpty() && total.elapsed() < 120'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        ++turns;
    }
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(2).toString(), QString());
    qInfo("%d rows: %lld ms on the GUI thread (snapshot), %lld ms in all, %d event-loop turns "
          "meanwhile",
          count, snapshotMs, total.elapsed() + snapshotMs, turns);
    QVERIFY(turns > 1);
    QFile written(dir.filePath(u"big.jsonl"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    qsizetype lines = 0;
    while (!written.atEnd())
        lines += written.readLine().endsWith('\n') ? 1 : 0;
    QCOMPARE(lines, qsizetype(count));
}

void tst_TrafficLogActions::ctrlFFocusesFilterFromConnectionsTab()
{
    m_view.reset();
    Engine engine;
    MainWindow window(&engine);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.bottomTabs()->setCurrentWidget(window.connectionsView());
    auto *filter = window.logView()->findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.bottomTabs()->currentWidget(), window.logView());
    QTRY_VERIFY(filter->hasFocus());
}

QTEST_MAIN(tst_TrafficLogActions)
#include "tst_trafficlogactions.moc"
