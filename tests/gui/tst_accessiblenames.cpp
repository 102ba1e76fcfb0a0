// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabBar>
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

QTEST_MAIN(tst_AccessibleNames)
#include "tst_accessiblenames.moc"
