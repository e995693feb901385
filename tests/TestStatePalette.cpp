// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/StatePalette.h"

#include <QLabel>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {
using State = StatePalette::State;

const QList<State> kStates{State::Error, State::Warning, State::Info, State::Success};

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette themed(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Text, text);
    }
    return palette;
}

// Fusion's light palette, a light one with a white window, and the usual dark ones.
QList<QPalette> lightPalettes()
{
    return {themed(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black),
            themed(Qt::white, Qt::white, QColor(0x20, 0x20, 0x20))};
}

QList<QPalette> darkPalettes()
{
    return {themed(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), Qt::white),
            themed(QColor(0x1e, 0x1e, 0x1e), QColor(0x12, 0x12, 0x12), QColor(0xe0, 0xe0, 0xe0))};
}
} // namespace

class TestStatePalette : public QObject
{
    Q_OBJECT

private slots:
    void picksTheVariantFromTheWindowColour()
    {
        for (const QPalette &palette : lightPalettes())
            QVERIFY(!StatePalette(palette).isDark());
        for (const QPalette &palette : darkPalettes())
            QVERIFY(StatePalette(palette).isDark());

        const StatePalette light(lightPalettes().constFirst());
        const StatePalette dark(darkPalettes().constFirst());
        for (const State state : kStates) {
            QVERIFY(light.foreground(state) != dark.foreground(state));
            QVERIFY(light.background(state) != dark.background(state));
        }
    }

    void foregroundsReadOnTheWindowAndBase()
    {
        for (const QPalette &palette : lightPalettes() + darkPalettes()) {
            const StatePalette states(palette);
            for (const State state : kStates) {
                const QColor color = states.foreground(state);
                QVERIFY2(contrast(color, palette.color(QPalette::Window)) >= 4.5, qPrintable(color.name()));
                QVERIFY2(contrast(color, palette.color(QPalette::Base)) >= 4.5, qPrintable(color.name()));
            }
        }
    }

    void backgroundsCarryText()
    {
        for (const QPalette &palette : lightPalettes() + darkPalettes()) {
            const StatePalette states(palette);
            for (const State state : kStates) {
                const QColor background = states.background(state);
                QVERIFY2(contrast(palette.color(QPalette::Text), background) >= 4.5, qPrintable(background.name()));
                QVERIFY2(contrast(states.foreground(state), background) >= 4.5, qPrintable(background.name()));
            }
        }
    }

    void statesAreDistinct()
    {
        for (const QPalette &palette : lightPalettes() + darkPalettes()) {
            const StatePalette states(palette);
            for (qsizetype i = 0; i < kStates.size(); ++i) {
                for (qsizetype j = i + 1; j < kStates.size(); ++j) {
                    QVERIFY(states.foreground(kStates.at(i)) != states.foreground(kStates.at(j)));
                    QVERIFY(states.background(kStates.at(i)) != states.background(kStates.at(j)));
                    // Told apart by hue, not only by shade.
                    QVERIFY(
                        std::abs(states.foreground(kStates.at(i)).hslHue() - states.foreground(kStates.at(j)).hslHue())
                        >= 15);
                }
            }
        }
    }

    void setTextColorFollowsTheWidgetsPalette()
    {
        QLabel label;
        label.setPalette(darkPalettes().constFirst());
        StatePalette::setTextColor(&label, State::Error);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 StatePalette(darkPalettes().constFirst()).foreground(State::Error));
        // The rest of the palette stays.
        QCOMPARE(label.palette().color(QPalette::Window), QColor(0x35, 0x35, 0x35));
    }

    void muted()
    {
        const QPalette palette = lightPalettes().constFirst();
        const QColor muted = StatePalette::muted(palette);
        QVERIFY(muted.lightness() > palette.color(QPalette::WindowText).lightness());
        QVERIFY(muted.lightness() < palette.color(QPalette::Window).lightness());
        QCOMPARE(StatePalette::mix(Qt::black, Qt::white, 0).name(), QStringLiteral("#000000"));
        QCOMPARE(StatePalette::mix(Qt::black, Qt::white, 1).name(), QStringLiteral("#ffffff"));
    }
};

QTEST_MAIN(TestStatePalette)
#include "TestStatePalette.moc"
