// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectiontablemodel.h"
#include "log/trafficlog.h"
#include "net/engine.h"
#include "net/multicastmembership.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "panes/clientpane.h"
#include "panes/serverpane.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QCheckBox>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using WidgetDriver::child;
using WidgetDriver::setLine;

// Issue 12 in the server pane: the bind address offers localhost (127.0.0.1 and ::1) and
// "Any (IPv4 + IPv6)"; in UDP mode a multicast box joins and leaves groups on the loopback
// interface it preselects, and lists the memberships. No datagram is sent here.
class tst_MulticastBox : public QObject
{
    Q_OBJECT

private slots:
    void localhostChoiceAcceptsIPv6Too();
    void udpOnLocalhostHearsIPv6AndNamesBothAddresses();
    void joinsAndLeavesOnLoopback();
    void clientOffersSafeMulticastDefaults();
    void connectionsTableNotesTheGroups();
};

void tst_MulticastBox::localhostChoiceAcceptsIPv6Too()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    auto *address = child<QComboBox>(&pane, "addressCombo");
    QVERIFY(address->findText(QStringLiteral("localhost")) >= 0);
    QVERIFY(address->findText(QStringLiteral("Any (IPv4 + IPv6)")) >= 0);
    address->setCurrentIndex(address->findText(QStringLiteral("localhost")));
    setLine(child<QLineEdit>(&pane, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(&pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(pane.localEndpoint().port() != 0);
    QTcpSocket v6;
    v6.connectToHost(QHostAddress::LocalHostIPv6, pane.localEndpoint().port());
    QVERIFY2(v6.waitForConnected(5000), "the pane's localhost server refused ::1");
    QTcpSocket v4;
    v4.connectToHost(QHostAddress::LocalHost, pane.localEndpoint().port());
    QVERIFY(v4.waitForConnected(5000));
    QTRY_COMPARE(engine.log()->sessionCounters(pane.sessionId()).connections, quint64(2));
    pane.stop();
}

void tst_MulticastBox::udpOnLocalhostHearsIPv6AndNamesBothAddresses()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    auto *address = child<QComboBox>(&pane, "addressCombo");
    address->setCurrentIndex(address->findText(QStringLiteral("localhost")));
    setLine(child<QLineEdit>(&pane, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(&pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(pane.localEndpoint().port() != 0);
    const quint16 port = pane.localEndpoint().port();
    QTRY_VERIFY2(pane.statusText().contains(QStringLiteral("[::1]:%1").arg(port))
                         && pane.statusText().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(pane.statusText()));
    QUdpSocket v6;
    QVERIFY(v6.bind(QHostAddress::LocalHostIPv6, 0));
    v6.writeDatagram("six", QHostAddress::LocalHostIPv6, port);
    QTRY_COMPARE(engine.log()->sessionCounters(pane.sessionId()).messagesIn, quint64(1));
    pane.stop();
}

void tst_MulticastBox::joinsAndLeavesOnLoopback()
{
    Engine engine;
    ServerPane pane(&engine, 1);
    pane.show();
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(&pane, "portEdit"), QStringLiteral("0"));
    auto *box = child<QWidget>(&pane, "multicastBox");
    QVERIFY(box->isVisible());
    auto *interface = child<QComboBox>(&pane, "multicastInterfaceCombo");
    QCOMPARE(interface->currentData().toString(), MulticastMembership::loopbackInterfaceName());
    auto *join = child<QPushButton>(&pane, "multicastJoinButton");
    QVERIFY(!join->isEnabled()); // nothing bound yet
    QTest::mouseClick(child<QPushButton>(&pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(join->isEnabled());

    setLine(child<QLineEdit>(&pane, "multicastGroupEdit"), QStringLiteral("239.7.7.7"));
    QTest::mouseClick(join, Qt::LeftButton);
    auto *list = child<QListWidget>(&pane, "multicastList");
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(),
             QStringLiteral("239.7.7.7 on %1").arg(MulticastMembership::loopbackInterfaceName()));

    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&pane, "multicastLeaveButton"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 0);
    pane.stop();
    QTRY_VERIFY(!join->isEnabled());
}

void tst_MulticastBox::clientOffersSafeMulticastDefaults()
{
    Engine engine;
    ClientPane pane(&engine, 1);
    pane.show();
    auto *options = child<QWidget>(&pane, "multicastSendOptions");
    QVERIFY(!options->isVisible()); // TCP first
    child<QComboBox>(&pane, "protocolCombo")->setCurrentIndex(1);
    QVERIFY(options->isVisible());
    QCOMPARE(child<QSpinBox>(&pane, "multicastTtlSpin")->value(), 1);
    QVERIFY(child<QCheckBox>(&pane, "multicastLoopCheck")->isChecked());
    QCOMPARE(child<QComboBox>(&pane, "multicastSendInterfaceCombo")->currentData().toString(),
             MulticastMembership::loopbackInterfaceName());
}

void tst_MulticastBox::connectionsTableNotesTheGroups()
{
    ConnectionTableModel model;
    SocketRecord own;
    own.protocol = SocketRecord::Protocol::Udp;
    own.local = Endpoint(QHostAddress(QStringLiteral("239.7.7.7")), 5000);
    own.remote = Endpoint(QHostAddress(QHostAddress::AnyIPv4), 0);
    own.state = SocketRecord::State::Close;
    own.inode = 42;
    own.isOwn = true;
    SocketRecord other = own;
    other.inode = 43;
    other.isOwn = false;
    model.applySnapshot({own, other}, 0);
    const int ownRow = model.rowOf(own.key());
    const int otherRow = model.rowOf(other.key());
    const QString plain = model.exportText(ownRow, ConnectionTableModel::StateColumn);
    QHash<SocketRecord::Key, QString> notes;
    notes.insert(own.key(), QStringLiteral("groups: 239.7.7.7 on lo"));
    notes.insert(other.key(), QStringLiteral("not ours"));
    model.setStateNotes(notes);
    QCOMPARE(model.data(model.index(ownRow, ConnectionTableModel::StateColumn)).toString(),
             plain + QStringLiteral(" · groups: 239.7.7.7 on lo"));
    // Only SockLab's own sockets are annotated.
    QCOMPARE(model.data(model.index(otherRow, ConnectionTableModel::StateColumn)).toString(),
             plain);
}

QTEST_MAIN(tst_MulticastBox)
#include "tst_multicastbox.moc"
