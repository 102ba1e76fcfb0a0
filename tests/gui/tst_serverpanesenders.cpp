// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "panes/serverpane.h"
#include "log/trafficlog.h"
#include "net/udpsession.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using WidgetDriver::child;
using WidgetDriver::setLine;

// The UDP server pane's "Senders seen" list stays bounded under a flood of distinct senders
// (a peer spoofing many source addresses within 127.0.0.0/8): the most recent ones and one
// "and M more" row, with exact counts.
class tst_ServerPaneSenders : public QObject
{
    Q_OBJECT

private slots:
    void manySendersAreListedBoundedWithTheRestCounted();
};

void tst_ServerPaneSenders::manySendersAreListedBoundedWithTheRestCounted()
{
    constexpr int senders = UdpSession::MaxRememberedPeers + 500;
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(&pane, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(&pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(pane.localEndpoint().port() != 0);
    const quint16 port = pane.localEndpoint().port();

    for (int i = 0; i < senders; ++i) {
        // Every sender an address of its own: distinct endpoints whatever the ports.
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress(QStringLiteral("127.2.%1.%2")
                                                 .arg(i / 250)
                                                 .arg(i % 250 + 1)),
                            0));
        QCOMPARE(socket.writeDatagram(QByteArray("x"), QHostAddress::LocalHost, port), 1);
        if (i % 500 == 499) // the session drains between bursts: the count must be exact
            QTRY_COMPARE(engine.log()->sessionCounters(pane.sessionId()).messagesIn,
                         quint64(i + 1));
    }
    QTRY_COMPARE(engine.log()->sessionCounters(pane.sessionId()).messagesIn, quint64(senders));

    auto *list = child<QListWidget>(&pane, "sendersList");
    // The most recent senders, then one row for the rest, once the last batch is drawn (rows
    // are rebuilt per batch: look them up afresh every time).
    const auto last = [list] { return list->item(list->count() - 1); };
    QTRY_VERIFY(list->count() == UdpSession::MaxRememberedPeers + 1
                && last()->text().contains(QStringLiteral("500 more")));
    QCOMPARE(last()->flags(), Qt::NoItemFlags);
    const QListWidgetItem *newest = list->item(list->count() - 2);
    QCOMPARE(newest->text().section(u':', 0, 0),
             QStringLiteral("127.2.%1.%2").arg((senders - 1) / 250).arg((senders - 1) % 250 + 1));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("127.2.")));
    // A real sender is selected and can be replied to; the summary row cannot be.
    QVERIFY(list->currentItem() != nullptr && list->currentItem() != last());
    QVERIFY(child<QPushButton>(&pane, "replyButton")->isEnabled());
    pane.stop();
}

QTEST_MAIN(tst_ServerPaneSenders)
#include "tst_serverpanesenders.moc"
