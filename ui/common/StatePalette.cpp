// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/StatePalette.h"

#include <QGuiApplication>
#include <QWidget>

namespace {

struct Colors
{
    QRgb lightForeground;
    QRgb lightBackground;
    QRgb darkForeground;
    QRgb darkBackground;
};

// Dark enough to read on a light grey window, light enough to read on a dark grey one; the
// backgrounds are pale (light) or deep (dark) tints of the same hue.
Colors colorsOf(StatePalette::State state)
{
    switch (state) {
    case StatePalette::State::Error:
        return {0xb91c1c, 0xfee2e2, 0xfca5a5, 0x4a1515};
    case StatePalette::State::Warning:
        return {0x92400e, 0xfef3c7, 0xfbbf24, 0x4a3308};
    case StatePalette::State::Info:
        return {0x1d4ed8, 0xdbeafe, 0x93c5fd, 0x172a4d};
    case StatePalette::State::Success:
        return {0x166534, 0xdcfce7, 0x86efac, 0x12391f};
    }
    return {};
}

} // namespace

StatePalette::StatePalette()
    : StatePalette(QGuiApplication::palette())
{}

StatePalette::StatePalette(const QPalette &palette)
    : m_dark(isDark(palette))
{}

QColor StatePalette::foreground(State state) const
{
    const Colors colors = colorsOf(state);
    return QColor::fromRgb(m_dark ? colors.darkForeground : colors.lightForeground);
}

QColor StatePalette::background(State state) const
{
    const Colors colors = colorsOf(state);
    return QColor::fromRgb(m_dark ? colors.darkBackground : colors.lightBackground);
}

void StatePalette::setTextColor(QWidget *widget, State state)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, StatePalette(palette).foreground(state));
    widget->setPalette(palette);
}

QColor StatePalette::muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
}

QColor StatePalette::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amountOfB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

bool StatePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
