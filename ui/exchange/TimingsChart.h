// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"

#include <QWidget>

// One exchange's HAR timing phases as a small bar chart: a row per phase (blocked, DNS,
// connect, TLS, send, wait, receive) with its bar placed where the phase happened and its time,
// "n/a" where the file says -1 (unknown, or it did not apply); the total at the bottom.
class TimingsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingsChart)

public:
    explicit TimingsChart(QWidget *parent = nullptr);

    void setTimings(const ExchangeTimings &timings, double totalMs);
    void clear();
    bool isEmpty() const { return !m_hasTimings; }

    // The rows as text, "DNS lookup: 4.00 ms" / "TLS handshake: n/a", then "Total: ...".
    QStringList rowTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ExchangeTimings m_timings;
    double m_total = 0;
    bool m_hasTimings = false;
};
