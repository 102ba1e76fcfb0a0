// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/palettecolors.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QScopedValueRollback>
#include <QWidget>

#include <cmath>

namespace {

constexpr char ErrorProperty[] = "socklabErrorText";
constexpr char KeeperName[] = "socklabErrorTextKeeper";

// Hues the status colours start from; the palette decides how light they end up.
const QColor RedHue(0xd0, 0x30, 0x30);
const QColor LightRed(0xff, 0x8a, 0x80);
const QColor DarkRed(0xb3, 0x26, 0x1e);
const QColor GreenHue(0x30, 0xb0, 0x40);
const QColor AmberHue(0xf0, 0xc0, 0x20);

double channel(double value)
{
    const double c = value;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor tint(const QPalette &palette, const QColor &hue, double lightAmount, double darkAmount)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    return PaletteColors::blend(base, hue,
                                PaletteColors::isDark(palette) ? darkAmount : lightAmount);
}

// Re-applies a widget's error colour when the application palette changes: an explicitly set
// palette role would otherwise keep the old theme's colour.
class ErrorTextKeeper : public QObject
{
public:
    explicit ErrorTextKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(QString::fromLatin1(KeeperName));
        widget->installEventFilter(this);
        // The application hears of a new palette first (QGuiApplication sends it
        // ApplicationPaletteChange); the widget only when its own resolved palette changes.
        qApp->installEventFilter(this);
    }

    void apply()
    {
        if (!m_widget || m_applying)
            return;
        const QScopedValueRollback guard(m_applying, true);
        if (!m_widget->property(ErrorProperty).toBool()) {
            // An empty palette resolves nothing: the widget inherits its parent's again.
            m_widget->setPalette(QPalette());
            return;
        }
        const QColor color = PaletteColors::errorText(QApplication::palette(m_widget));
        QPalette palette = m_widget->palette();
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::WindowText, color);
            palette.setColor(group, QPalette::Text, color);
        }
        m_widget->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Our own setPalette() comes back as a PaletteChange: m_applying ignores it.
        const QEvent::Type type = event->type();
        if (!m_applying
            && ((watched == qApp && type == QEvent::ApplicationPaletteChange)
                || (watched == m_widget && type == QEvent::PaletteChange)))
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_widget;
    bool m_applying = false;
};

} // namespace

namespace PaletteColors {

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

QColor blend(const QColor &first, const QColor &second, double amount)
{
    const QColor a = first.toRgb();
    const QColor b = second.toRgb();
    const auto mix = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())),
                            float(mix(a.blueF(), b.blueF())));
}

QColor withContrast(const QColor &foreground, const QColor &background, double minimum)
{
    if (contrastRatio(foreground, background) >= minimum)
        return foreground;
    const QColor target
        = contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
        ? QColor(Qt::black)
        : QColor(Qt::white);
    // Contrast grows monotonically on the way to the extreme: bisect for the smallest step that
    // reaches the minimum, so the colour keeps as much of its hue as it can.
    double low = 0.0;
    double high = 1.0;
    for (int i = 0; i < 20; ++i) {
        const double middle = (low + high) / 2;
        if (contrastRatio(blend(foreground, target, middle), background) >= minimum)
            high = middle;
        else
            low = middle;
    }
    return blend(foreground, target, high);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Active, QPalette::Base))
        < relativeLuminance(palette.color(QPalette::Active, QPalette::Text));
}

QColor errorText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor hue = isDark(palette) ? LightRed : DarkRed;
    // Status lines sit on the window, but some (inside forms) on the base: meet both.
    return withContrast(withContrast(hue, window), base);
}

QColor errorBackground(const QPalette &palette)
{
    return tint(palette, RedHue, 0.15, 0.25);
}

QColor errorRowText(const QPalette &palette)
{
    return withContrast(isDark(palette) ? LightRed : DarkRed, errorBackground(palette));
}

QColor mutedText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    const QColor muted = blend(palette.color(QPalette::Active, QPalette::Text), base, 0.4);
    return withContrast(withContrast(muted, base), alternate);
}

QColor newRowBackground(const QPalette &palette)
{
    return tint(palette, GreenHue, 0.25, 0.3);
}

QColor closedRowBackground(const QPalette &palette)
{
    return tint(palette, RedHue, 0.25, 0.3);
}

QColor ownRowBackground(const QPalette &palette)
{
    return tint(palette, AmberHue, 0.3, 0.22);
}

QColor textOn(const QPalette &palette, const QColor &background)
{
    return withContrast(palette.color(QPalette::Active, QPalette::Text), background);
}

void setErrorText(QWidget *widget, bool isError)
{
    if (!widget)
        return;
    // No Q_OBJECT on the keeper (no moc for a private class): find it by name.
    auto *keeper = static_cast<ErrorTextKeeper *>(
        widget->findChild<QObject *>(QString::fromLatin1(KeeperName), Qt::FindDirectChildrenOnly));
    if (!keeper) {
        if (!isError)
            return;
        keeper = new ErrorTextKeeper(widget);
    }
    widget->setProperty(ErrorProperty, isError);
    keeper->apply();
}

bool hasErrorText(const QWidget *widget)
{
    return widget && widget->property(ErrorProperty).toBool();
}

} // namespace PaletteColors
