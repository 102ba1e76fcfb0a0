// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectiontablemodel.h"
#include "log/trafficlog.h"
#include "trafficview/trafficlogmodel.h"
#include "window/palettecolors.h"

#include <QApplication>
#include <QBrush>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

// Every status colour the window derives, measured against the background it is drawn on, in a
// light palette and in one like Adwaita-dark (whose fixed colours used to give 1.3-2.7:1).
class tst_PaletteColors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void contrastRatioMatchesWcag();
    void rolesMeetContrast_data();
    void rolesMeetContrast();
    void trafficLogRowsFollowPalette_data();
    void trafficLogRowsFollowPalette();
    void connectionRowsFollowPalette_data();
    void connectionRowsFollowPalette();
    void errorLabelFollowsPaletteChange();
};

namespace {

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// What the gtk3 platform theme reports for Adwaita:dark (GTK_THEME=Adwaita:dark).
QPalette adwaitaDarkPalette()
{
    QPalette palette;
    const QColor window(0x35, 0x35, 0x35);
    const QColor text(0xee, 0xee, 0xec);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
        palette.setColor(group, QPalette::AlternateBase, QColor(0x38, 0x38, 0x38));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, window);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::Highlight, QColor(0x15, 0x53, 0x9e));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    return palette;
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("adwaita-dark") << adwaitaDarkPalette();
}

QColor role(const QAbstractItemModel &model, int row, int column, int role)
{
    return model.data(model.index(row, column), role).value<QBrush>().color();
}

SocketRecord record(quint16 port, quint64 inode)
{
    SocketRecord record;
    record.protocol = SocketRecord::Protocol::Tcp;
    record.local = Endpoint(QHostAddress::LocalHost, port);
    record.remote = Endpoint(QHostAddress(QHostAddress::AnyIPv4), 0);
    record.state = SocketRecord::State::Listen;
    record.inode = inode;
    return record;
}

} // namespace

void tst_PaletteColors::cleanup()
{
    QApplication::setPalette(lightPalette());
}

void tst_PaletteColors::contrastRatioMatchesWcag()
{
    QCOMPARE(qRound(PaletteColors::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(PaletteColors::contrastRatio(Qt::gray, Qt::gray), 1.0);
    // #767676 on white is the classic 4.54:1 boundary grey.
    QCOMPARE(qRound(PaletteColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    const QColor raised
        = PaletteColors::withContrast(QColor(0x6b, 0x6b, 0x6b), QColor(0x2d, 0x2d, 0x2d));
    QVERIFY(PaletteColors::contrastRatio(raised, QColor(0x2d, 0x2d, 0x2d)) >= 4.5);
}

void tst_PaletteColors::rolesMeetContrast_data()
{
    addPalettes();
}

void tst_PaletteColors::rolesMeetContrast()
{
    QFETCH(QPalette, palette);
    using namespace PaletteColors;
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    const struct
    {
        const char *name;
        QColor foreground;
        QColor background;
    } pairs[] = {
        {"error text on window", errorText(palette), window},
        {"error text on base", errorText(palette), base},
        {"error row text", errorRowText(palette), errorBackground(palette)},
        {"muted text on base", mutedText(palette), base},
        {"muted text on alternate base", mutedText(palette), alternate},
        {"new row", textOn(palette, newRowBackground(palette)), newRowBackground(palette)},
        {"closed row", textOn(palette, closedRowBackground(palette)), closedRowBackground(palette)},
        {"own row", textOn(palette, ownRowBackground(palette)), ownRowBackground(palette)},
    };
    for (const auto &pair : pairs) {
        const double ratio = contrastRatio(pair.foreground, pair.background);
        qInfo("%s: %s on %s = %.2f:1", pair.name, qPrintable(pair.foreground.name()),
              qPrintable(pair.background.name()), ratio);
        QVERIFY2(ratio >= MinimumContrast, pair.name);
    }
    // Tints still look like tints: a dark theme gets dark ones, and each differs from the base.
    QCOMPARE(isDark(palette), relativeLuminance(base) < 0.2);
    for (const QColor &tint : {errorBackground(palette), newRowBackground(palette),
                               closedRowBackground(palette), ownRowBackground(palette)}) {
        QVERIFY(tint != base);
        QCOMPARE(relativeLuminance(tint) < 0.2, isDark(palette));
    }
}

void tst_PaletteColors::trafficLogRowsFollowPalette_data()
{
    addPalettes();
}

void tst_PaletteColors::trafficLogRowsFollowPalette()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    TrafficEvent error;
    error.kind = TrafficEvent::Kind::Error;
    error.message = QStringLiteral("Port 60001 is already in use.");
    log.append(error);
    TrafficEvent info;
    info.kind = TrafficEvent::Kind::Info;
    info.message = QStringLiteral("listen(backlog=50)");
    log.append(info);
    model.fetchNow();
    QCOMPARE(model.rowCount(), 2);

    const int column = TrafficLogModel::EventColumn;
    const QColor errorBackground = role(model, 0, column, Qt::BackgroundRole);
    const double errorRatio
        = PaletteColors::contrastRatio(role(model, 0, column, Qt::ForegroundRole), errorBackground);
    qInfo("error row %.2f:1", errorRatio);
    QVERIFY(errorRatio >= PaletteColors::MinimumContrast);
    // Info rows have no background of their own: they sit on Base or AlternateBase.
    QVERIFY(!model.data(model.index(1, column), Qt::BackgroundRole).isValid());
    const QColor muted = role(model, 1, column, Qt::ForegroundRole);
    for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
        const double ratio = PaletteColors::contrastRatio(muted, palette.color(background));
        qInfo("info row %.2f:1", ratio);
        QVERIFY(ratio >= PaletteColors::MinimumContrast);
    }
}

void tst_PaletteColors::connectionRowsFollowPalette_data()
{
    addPalettes();
}

void tst_PaletteColors::connectionRowsFollowPalette()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    ConnectionTableModel model;
    SocketRecord own = record(60001, 1);
    own.isOwn = true;
    model.applySnapshot({own, record(60002, 2)}, 0);
    model.applySnapshot({own, record(60003, 3)}, 100); // 60002 closed, 60003 new
    using Status = ConnectionTableModel::RowStatus;
    int seen = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant background = model.index(row, 0).data(Qt::BackgroundRole);
        QVERIFY(background.isValid()); // every row here is own, new or closed
        const double ratio = PaletteColors::contrastRatio(role(model, row, 0, Qt::ForegroundRole),
                                                          background.value<QBrush>().color());
        qInfo("row %d (status %d, own %d) %.2f:1", row, int(model.rowStatus(row)),
              int(model.record(row).isOwn), ratio);
        QVERIFY(ratio >= PaletteColors::MinimumContrast);
        seen |= 1 << int(model.rowStatus(row));
    }
    QCOMPARE(seen,
             (1 << int(Status::Normal)) | (1 << int(Status::New)) | (1 << int(Status::Closed)));
}

void tst_PaletteColors::errorLabelFollowsPaletteChange()
{
    QApplication::setPalette(lightPalette());
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Port 60001 is already in use."), &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PaletteColors::setErrorText(label, true);
    QVERIFY(PaletteColors::hasErrorText(label));
    const auto ratio = [label] {
        return PaletteColors::contrastRatio(label->palette().color(QPalette::WindowText),
                                            QApplication::palette().color(QPalette::Window));
    };
    const QColor lightError = label->palette().color(QPalette::WindowText);
    QVERIFY(lightError.red() > lightError.green() * 2);
    QVERIFY(ratio() >= PaletteColors::MinimumContrast);

    // A theme switch at run time: the label's explicit colour must follow it.
    QApplication::setPalette(adwaitaDarkPalette());
    qInfo("error label on dark window %.2f:1", ratio());
    QVERIFY(ratio() >= PaletteColors::MinimumContrast);
    QVERIFY(label->palette().color(QPalette::WindowText) != lightError);

    // Back to normal: the label inherits its parent's palette again.
    PaletteColors::setErrorText(label, false);
    QVERIFY(!PaletteColors::hasErrorText(label));
    QCOMPARE(label->palette().resolveMask(), QPalette::ResolveMask(0));
    QCOMPARE(label->palette().color(QPalette::WindowText),
             window.palette().color(QPalette::WindowText));
}

QTEST_MAIN(tst_PaletteColors)
#include "tst_palettecolors.moc"
