// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pixels/ResponseTimeChart.h"

#include "common/DisplayFormat.h"
#include "common/StatePalette.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {
constexpr int kMargin = 16;
constexpr int kNameWidth = 200;
constexpr int kStatsWidth = 250;
constexpr int kRowHeight = 40;
constexpr int kAxisHeight = 28;
constexpr int kLegendHeight = 30;

const QColor kBox(0x9c, 0xc3, 0xe6);
const QColor kMedian(0x1a, 0x5f, 0xb4);
const QColor kP95(0xe8, 0x8a, 0x1a);
const QColor kDot(0x1a, 0x5f, 0xb4, 90);

// 1, 2 or 5 times a power of ten, at or above value.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}
} // namespace

ResponseTimeChart::ResponseTimeChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

QList<ResponseTimeChart::Series> ResponseTimeChart::collect(const QList<FiredPixel> &pixels)
{
    QList<Series> out;
    QHash<QString, int> rows;
    for (const FiredPixel &pixel : pixels) {
        if (!pixel.fired)
            continue;
        auto found = rows.constFind(pixel.webhookName);
        if (found == rows.constEnd()) {
            found = rows.insert(pixel.webhookName, int(out.size()));
            out.append(Series{pixel.webhookName, {}, 0, 0});
        }
        Series &series = out[*found];
        ++series.fired;
        if (pixel.failed())
            ++series.failed;
        const Exchange *last = pixel.finalExchange();
        if (last && last->outcome == Exchange::Outcome::Response) {
            double time = 0;
            for (const Exchange &exchange : pixel.exchanges)
                time += exchange.timings.total();
            series.timesMs.append(time);
        }
    }
    for (Series &series : out)
        std::sort(series.timesMs.begin(), series.timesMs.end());
    return out;
}

double ResponseTimeChart::percentile(const QList<double> &sorted, double percent)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

void ResponseTimeChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    double slowest = 0;
    for (const Series &one : m_series) {
        if (!one.timesMs.isEmpty())
            slowest = std::max(slowest, one.timesMs.constLast());
    }
    m_axisMax = niceCeiling(slowest);
    updateGeometry();
    update();
}

QSize ResponseTimeChart::sizeHint() const
{
    return QSize(900,
                 kMargin * 2 + kAxisHeight + int(std::max<qsizetype>(m_series.size(), 1)) * kRowHeight + kLegendHeight);
}

QSize ResponseTimeChart::minimumSizeHint() const
{
    return QSize(kNameWidth + kStatsWidth + 200, sizeHint().height());
}

void ResponseTimeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = palette().color(QPalette::Disabled, QPalette::WindowText);
    const QColor failure = StatePalette(palette()).foreground(StatePalette::State::Error);
    const QColor grid = palette().color(QPalette::Midlight);

    if (m_series.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("No fired webhooks stored yet: fire or simulate a call to see response times here."));
        return;
    }

    const int plotLeft = kMargin + kNameWidth;
    const int plotRight = width() - kMargin - kStatsWidth;
    const int plotWidth = std::max(plotRight - plotLeft, 80);
    const int top = kMargin + kAxisHeight;
    const int bottom = top + int(m_series.size()) * kRowHeight;
    const auto xFor = [&](double ms) {
        return plotLeft + std::clamp(ms / m_axisMax, 0.0, 1.0) * plotWidth;
    };

    // Axis: five intervals, labels above, grid lines through the rows.
    painter.setFont(font());
    for (int i = 0; i <= 5; ++i) {
        const double ms = m_axisMax * i / 5;
        const double x = xFor(ms);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        painter.setPen(dim);
        const QString label = DisplayFormat::duration(ms);
        const int labelWidth = metrics.horizontalAdvance(label);
        const double labelX = std::clamp(x - labelWidth / 2.0, double(plotLeft) - labelWidth / 2.0,
                                         double(plotLeft + plotWidth - labelWidth));
        painter.drawText(QPointF(labelX, top - 8), label);
    }
    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(kMargin, kMargin, kNameWidth, kAxisHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Webhook"));
    painter.drawText(QRect(plotRight + 12, kMargin, kStatsWidth - 12, kAxisHeight - 8),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Median · p95 · failed"));
    painter.setFont(font());

    for (int row = 0; row < m_series.size(); ++row) {
        const Series &series = m_series.at(row);
        const int y = top + row * kRowHeight;
        const double middle = y + kRowHeight / 2.0;
        if (row % 2 == 1)
            painter.fillRect(QRect(kMargin, y, width() - 2 * kMargin, kRowHeight),
                             palette().color(QPalette::AlternateBase));

        painter.setPen(text);
        painter.drawText(QRect(kMargin + 4, y, kNameWidth - 12, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(series.webhook, Qt::ElideRight, kNameWidth - 12));

        const QList<double> &times = series.timesMs;
        if (!times.isEmpty()) {
            const double p25 = percentile(times, 25);
            const double p50 = percentile(times, 50);
            const double p75 = percentile(times, 75);
            const double p95 = percentile(times, 95);
            // Range, box, samples, median, p95.
            painter.setPen(QPen(dim, 1));
            painter.drawLine(QPointF(xFor(times.constFirst()), middle), QPointF(xFor(times.constLast()), middle));
            painter.setPen(Qt::NoPen);
            painter.setBrush(kBox);
            painter.drawRect(QRectF(xFor(p25), middle - 8, std::max(xFor(p75) - xFor(p25), 2.0), 16));
            painter.setBrush(kDot);
            for (int i = 0; i < times.size(); ++i) {
                // A fixed jitter by position keeps equal times from hiding each other.
                const double offset = ((i * 7) % 9 - 4) * 1.2;
                painter.drawEllipse(QPointF(xFor(times.at(i)), middle + offset), 2.5, 2.5);
            }
            painter.setBrush(kMedian);
            painter.drawRect(QRectF(xFor(p50) - 1.5, middle - 11, 3, 22));
            painter.setBrush(kP95);
            QPainterPath diamond;
            const double px = xFor(p95);
            diamond.moveTo(px, middle - 6);
            diamond.lineTo(px + 5, middle);
            diamond.lineTo(px, middle + 6);
            diamond.lineTo(px - 5, middle);
            diamond.closeSubpath();
            painter.drawPath(diamond);
        }

        // Stats and the failure rate as a short bar.
        const int statsLeft = plotRight + 12;
        painter.setPen(times.isEmpty() ? dim : text);
        const QString stats = times.isEmpty() ? tr("no timed responses")
                                              : tr("%1 · %2").arg(DisplayFormat::duration(percentile(times, 50)),
                                                                  DisplayFormat::duration(percentile(times, 95)));
        painter.drawText(QRect(statsLeft, y + 2, kStatsWidth - 12, kRowHeight / 2), Qt::AlignLeft | Qt::AlignBottom,
                         stats);
        const QRectF track(statsLeft, y + kRowHeight / 2.0 + 5, 60, 7);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Midlight));
        painter.drawRect(track);
        painter.setBrush(failure);
        painter.drawRect(QRectF(track.left(), track.top(), track.width() * series.failureRate(), track.height()));
        painter.setPen(series.failed > 0 ? failure : dim);
        painter.drawText(QRect(statsLeft + 68, y + kRowHeight / 2, kStatsWidth - 80, kRowHeight / 2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 of %2 failed (%3%)")
                             .arg(series.failed)
                             .arg(series.fired)
                             .arg(QLocale().toString(series.failureRate() * 100, 'f', 0)));
    }

    // Legend.
    const int legendY = bottom + 10;
    int x = plotLeft;
    painter.setPen(Qt::NoPen);
    const auto legend = [&](const QString &label, const std::function<void(double)> &mark) {
        mark(x);
        painter.setPen(dim);
        painter.drawText(QPointF(x + 16, legendY + metrics.ascent() - 2), label);
        painter.setPen(Qt::NoPen);
        x += 16 + metrics.horizontalAdvance(label) + 20;
    };
    legend(tr("response"), [&](double at) {
        painter.setBrush(kDot);
        painter.drawEllipse(QPointF(at + 5, legendY + metrics.ascent() / 2.0), 3, 3);
    });
    legend(tr("middle half"), [&](double at) {
        painter.setBrush(kBox);
        painter.drawRect(QRectF(at, legendY + 1, 11, metrics.ascent() - 2));
    });
    legend(tr("median"), [&](double at) {
        painter.setBrush(kMedian);
        painter.drawRect(QRectF(at + 4, legendY - 1, 3, metrics.ascent() + 2));
    });
    legend(tr("p95"), [&](double at) {
        painter.setBrush(kP95);
        QPainterPath diamond;
        const double cy = legendY + metrics.ascent() / 2.0;
        diamond.moveTo(at + 5, cy - 5);
        diamond.lineTo(at + 10, cy);
        diamond.lineTo(at + 5, cy + 5);
        diamond.lineTo(at, cy);
        diamond.closeSubpath();
        painter.drawPath(diamond);
    });
    legend(tr("failure rate"), [&](double at) {
        painter.setBrush(failure);
        painter.drawRect(QRectF(at, legendY + 2, 11, 7));
    });
}
