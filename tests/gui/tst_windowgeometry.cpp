// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "window/mainwindow.h"
#include "window/windowgeometry.h"
#include "window/windowsettings.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

// The window on a laptop-sized screen: an offscreen platform whose one screen is 1366x768, the
// size on which the old fixed 1600x900 default opened past the bottom and right edges.
class tst_WindowGeometry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fittedSizeKeepsRoomForFrame();
    void fittedGeometryPullsBackInside();
    void defaultSizeFitsSmallScreen();
    void restoredGeometryFitsSmallScreen();
    void messagesPanelLeavesThePanesTheirRoom();

private:
    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }
    static void verifyInside(const QWidget &window);
};

void tst_WindowGeometry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(available().size(), QSize(1366, 768));
}

void tst_WindowGeometry::init()
{
    QSettings settings(WindowSettings::organizationName(), WindowSettings::applicationName());
    QFile::remove(settings.fileName());
}

void tst_WindowGeometry::verifyInside(const QWidget &window)
{
    const QRect geometry = window.geometry();
    qInfo("window %dx%d at %d,%d on %dx%d", geometry.width(), geometry.height(), geometry.x(),
          geometry.y(), available().width(), available().height());
    // With the frame the window manager adds around the client area.
    const QRect framed = geometry.adjusted(
        -WindowGeometry::FrameAllowance.width() / 2,
        -(WindowGeometry::FrameAllowance.height() - WindowGeometry::FrameAllowance.width() / 2),
        WindowGeometry::FrameAllowance.width() / 2, WindowGeometry::FrameAllowance.width() / 2);
    QVERIFY2(available().contains(framed), "the window does not fit the screen");
}

void tst_WindowGeometry::fittedSizeKeepsRoomForFrame()
{
    const QRect laptop(0, 0, 1366, 736); // 768 minus a 32-pixel panel
    QCOMPARE(WindowGeometry::fittedSize(QSize(1360, 860), laptop), QSize(1350, 688));
    QCOMPARE(WindowGeometry::fittedSize(QSize(800, 600), laptop), QSize(800, 600));
    QCOMPARE(WindowGeometry::fittedSize(QSize(800, 600), QRect()), QSize(800, 600));
}

void tst_WindowGeometry::fittedGeometryPullsBackInside()
{
    const QRect laptop(0, 32, 1366, 736); // a panel on top
    // Saved on a 2560x1440 monitor, right half.
    const QRect fitted = WindowGeometry::fittedGeometry(QRect(1500, 200, 1600, 1000), laptop);
    QVERIFY(laptop.contains(fitted));
    QCOMPARE(fitted.size(), QSize(1350, 688));
    QVERIFY(fitted.top() >= laptop.top() + WindowGeometry::FrameAllowance.height() / 2);
    const QRect inside(100, 100, 600, 400);
    QCOMPARE(WindowGeometry::fittedGeometry(inside, laptop), inside);
}

void tst_WindowGeometry::defaultSizeFitsSmallScreen()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    verifyInside(window);
}

void tst_WindowGeometry::restoredGeometryFitsSmallScreen()
{
    // A layout saved on a bigger monitor: 1800x1000 at (900, 500).
    {
        QWidget big;
        big.setGeometry(900, 500, 1800, 1000);
        WindowSettings::Snapshot snapshot;
        snapshot.geometry = big.saveGeometry();
        QVERIFY(WindowSettings::write(snapshot));
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    verifyInside(window);
}

// Opened without a saved width, the Messages panel takes 440 px only when the panes still fit
// beside it: at 1600 px with a wide theme its width pushed the client pane's buttons out of
// sight.
void tst_WindowGeometry::messagesPanelLeavesThePanesTheirRoom()
{
    for (const int room : {320, 700}) {
        Engine engine;
        MainWindow window(&engine);
        auto *panel = window.findChild<QDockWidget *>(QStringLiteral("messagesDock"));
        QVERIFY(panel);
        panel->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panes = window.findChild<QScrollArea *>(QStringLiteral("panesScrollArea"));
        auto *sides = window.findChild<QSplitter *>(QStringLiteral("sidesSplitter"));
        QVERIFY(panes && sides);
        const int needed = sides->minimumSizeHint().width()
                + window.style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        window.resize(needed + room + 20, window.height());
        QTRY_COMPARE(window.width(), needed + room + 20);
        panel->show();
        if (room < 440) {
            // Narrower than 440, no narrower than 280, and the panes need no scrolling.
            QTRY_VERIFY2(panel->width() <= room, qPrintable(QString::number(panel->width())));
            QVERIFY(panel->width() >= 280);
            QTRY_COMPARE(panes->horizontalScrollBar()->maximum(), 0);
        } else {
            QTRY_COMPARE(panel->width(), 440);
        }
    }
}

// The offscreen platform reads its screens from a JSON file named in the platform argument.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    tst_WindowGeometry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowgeometry.moc"
