// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QTimer>

// Measures how long the event loop was blocked: the longest gap between the ticks of a 1 ms
// timer, from start() to stop().
class Heartbeat final
{
public:
    Heartbeat();

    void start();
    // The longest gap in ms, counting the one still open.
    double stop();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};
