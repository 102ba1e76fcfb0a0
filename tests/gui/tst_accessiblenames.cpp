// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionsview.h"
#include "net/engine.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

// Every control of the main window must tell a screen reader what it is: an accessible name of
// its own, a buddy label, or a button's text — whatever Qt's accessibility reports as its Name.
class tst_AccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlHasAName();
    void connectionsNamesOneThing();
};

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

// Parts of a composite control (a spin box's line edit, a combo box's list, a tab bar's scroll
// arrows, a dock's title buttons) are named by the control they belong to.
bool isPartOfAnother(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (isControl(up) || qobject_cast<const QTabBar *>(up))
            return true;
        if (qobject_cast<const QDockWidget *>(up) && widget->parentWidget() == up)
            return true;
    }
    return qobject_cast<const QWidget *>(widget->window()) != nullptr
        && widget->window()->inherits("QComboBoxPrivateContainer");
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *up = widget; up; up = up->parentWidget())
        if (!up->objectName().isEmpty())
            path.prepend(up->objectName());
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + path.join(u'/');
}

} // namespace

void tst_AccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AccessibleNames::everyControlHasAName()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    int checked = 0;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isControl(widget) || isPartOfAnother(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        ++checked;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    qInfo("%d controls checked", checked);
    QVERIFY(checked > 20);
    for (const QString &name : std::as_const(unnamed))
        qWarning("no accessible name: %s", qPrintable(name));
    QVERIFY2(unnamed.isEmpty(), "controls without an accessible name (listed above)");
}

// "Connections" is the socket table (the tab beside the traffic log) and nothing else; a
// server's accepted peers are its "Clients".
void tst_AccessibleNames::connectionsNamesOneThing()
{
    Engine engine;
    MainWindow window(&engine);
    QStringList names;
    const QList<QGroupBox *> groups = window.findChildren<QGroupBox *>();
    for (const QGroupBox *group : groups)
        names << group->title();
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        names << label->text();
    const QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
    for (const QTabWidget *tab : tabs)
        for (int i = 0; i < tab->count(); ++i)
            names << tab->tabText(i);
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        names << widget->accessibleName();
    for (QString &name : names)
        name.remove(u'&');
    QCOMPARE(names.count(QStringLiteral("Connections")), 1);
    QCOMPARE(window.bottomTabs()->tabText(window.bottomTabs()->indexOf(window.connectionsView())),
             QStringLiteral("Connections"));
    auto *peers = window.findChild<QGroupBox *>(QStringLiteral("peersGroup"));
    QVERIFY(peers);
    QCOMPARE(peers->title(), QStringLiteral("Clients"));
}

QTEST_MAIN(tst_AccessibleNames)
#include "tst_accessiblenames.moc"
