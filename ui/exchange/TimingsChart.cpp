// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/TimingsChart.h"

#include "common/DisplayFormat.h"
#include "exchange/WaterfallDelegate.h"

#include <QPainter>

#include <algorithm>

namespace {
using Phase = WaterfallDelegate::Phase;

constexpr int kMargin = 12;
constexpr int kGap = 12;

struct Row
{
    QString name;
    double start = 0;
    double time = -1; // -1: n/a
    QColor color;
};

QList<Row> layoutRows(const ExchangeTimings &timings)
{
    QList<Row> rows;
    double cursor = 0;
    for (const Phase phase : WaterfallDelegate::phases()) {
        const double time = WaterfallDelegate::phaseTime(timings, phase);
        Row row{WaterfallDelegate::phaseName(phase), cursor, time, WaterfallDelegate::phaseColor(phase)};
        if (phase == Phase::Ssl) {
            // HAR counts TLS inside connect: its bar is the end of the connect bar.
            row.start = std::max(cursor - std::max(time, 0.0), 0.0);
        } else {
            cursor += std::max(time, 0.0);
        }
        rows.append(row);
    }
    return rows;
}
} // namespace

TimingsChart::TimingsChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimingsChart::setTimings(const ExchangeTimings &timings, double totalMs)
{
    m_timings = timings;
    m_total = totalMs >= 0 ? totalMs : timings.total();
    m_hasTimings = true;
    updateGeometry();
    update();
}

void TimingsChart::clear()
{
    m_timings = ExchangeTimings();
    m_total = 0;
    m_hasTimings = false;
    update();
}

QStringList TimingsChart::rowTexts() const
{
    QStringList texts;
    if (!m_hasTimings)
        return texts;
    for (const Row &row : layoutRows(m_timings))
        texts.append(tr("%1: %2").arg(row.name, DisplayFormat::duration(row.time)));
    texts.append(tr("Total: %1").arg(DisplayFormat::duration(m_total)));
    return texts;
}

QSize TimingsChart::sizeHint() const
{
    const int rowHeight = fontMetrics().height() + 8;
    return QSize(480, 2 * kMargin + 8 * rowHeight + 6);
}

QSize TimingsChart::minimumSizeHint() const
{
    return QSize(320, sizeHint().height());
}

void TimingsChart::paintEvent(QPaintEvent *)
{
    if (!m_hasTimings)
        return;
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = metrics.height() + 8;
    const QList<Row> rows = layoutRows(m_timings);

    int nameWidth = metrics.horizontalAdvance(tr("Total"));
    for (const Row &row : rows)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.name));
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("0,000.00 ms"));
    const int trackLeft = kMargin + nameWidth + kGap;
    const int trackWidth = std::max(width() - trackLeft - kGap - valueWidth - kMargin, 40);
    double range = m_total;
    for (const Row &row : rows)
        range = std::max(range, row.start + std::max(row.time, 0.0));
    range = std::max(range, 0.001);

    const QColor track = palette().color(QPalette::AlternateBase);
    const QColor dim = palette().color(QPalette::Disabled, QPalette::WindowText);
    int y = kMargin;
    const auto drawRow = [&](const QString &name, double start, double time, const QColor &color, bool bold) {
        QFont font = this->font();
        font.setBold(bold);
        painter.setFont(font);
        const QRect nameRect(kMargin, y, nameWidth, rowHeight);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);
        const QRectF trackRect(trackLeft, y + 4, trackWidth, rowHeight - 8);
        painter.fillRect(trackRect, track);
        if (time > 0) {
            const double x = trackRect.left() + start / range * trackRect.width();
            const double w = std::max(time / range * trackRect.width(), 2.0);
            painter.fillRect(QRectF(x, trackRect.top(), std::min(w, trackRect.right() - x), trackRect.height()), color);
        }
        painter.setPen(time < 0 ? dim : palette().color(QPalette::WindowText));
        painter.drawText(QRect(trackLeft + trackWidth + kGap, y, valueWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, DisplayFormat::duration(time));
        y += rowHeight;
    };
    for (const Row &row : rows)
        drawRow(row.name, row.start, row.time, row.color, false);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(kMargin, y + 2, width() - kMargin, y + 2);
    y += 6;
    drawRow(tr("Total"), 0, m_total, palette().color(QPalette::Dark), true);
}
