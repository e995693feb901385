// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// The colours that say how something went (an error, a warning, information, a success), chosen
// for the palette they are drawn on: the dark set when the window colour is dark (lightness under
// half), else the light set. A foreground reads as text on the palette's window and base colours
// (contrast at least 4.5:1); a background is a tint to fill behind the palette's own text or the
// state's foreground. The UI takes its state colours from here, so that a dark theme never gets a
// red that only reads on white. Modelled on KeePassXC's StateColorPalette.
class StatePalette final
{
public:
    enum class State
    {
        Error,
        Warning,
        Info,
        Success
    };

    // For the application's palette.
    StatePalette();
    explicit StatePalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor foreground(State state) const;
    QColor background(State state) const;

    // Gives a label (or any widget drawing WindowText) the state's foreground.
    static void setTextColor(QWidget *widget, State state);
    // Text that weighs less than the palette's own: the window text mixed towards the window.
    static QColor muted(const QPalette &palette);
    // The colour amountOfB of the way from a to b (0: a, 1: b).
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
    static bool isDark(const QPalette &palette);

private:
    bool m_dark;
};
