// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/FiredPixel.h"

#include <QWidget>

// Per webhook, across the stored calls: how long its responses took (every response as a dot,
// the middle half as a box, the median as a bar, p95 as a diamond) and how often it failed
// (fired without a 2xx response). Painted with QPainter: one row per webhook, one time axis.
class ResponseTimeChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTimeChart)

public:
    struct Series
    {
        QString webhook;
        QList<double> timesMs; // responses that went over the network, sorted
        int fired = 0;
        int failed = 0;

        double failureRate() const { return fired > 0 ? double(failed) / fired : 0; }
    };

    explicit ResponseTimeChart(QWidget *parent = nullptr);

    // Groups fired pixels by webhook, in the order the webhooks first appear. Skipped pixels do
    // not count; simulated responses count for failures but have no time.
    static QList<Series> collect(const QList<FiredPixel> &pixels);
    // The nearest-rank percentile (0..100) of sorted values; 0 for none.
    static double percentile(const QList<double> &sorted, double percent);

    void setSeries(const QList<Series> &series);
    const QList<Series> &series() const { return m_series; }
    // The time the axis ends at, ms: a round number at or above the slowest response.
    double axisMaximum() const { return m_axisMax; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Series> m_series;
    double m_axisMax = 100;
};
