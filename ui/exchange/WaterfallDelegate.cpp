// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/WaterfallDelegate.h"

#include "common/StatePalette.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

QList<WaterfallDelegate::Phase> WaterfallDelegate::phases()
{
    return {Phase::Blocked, Phase::Dns, Phase::Connect, Phase::Ssl, Phase::Send, Phase::Wait, Phase::Receive};
}

QString WaterfallDelegate::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Blocked:
        return tr("Blocked");
    case Phase::Dns:
        return tr("DNS lookup");
    case Phase::Connect:
        return tr("Connecting");
    case Phase::Ssl:
        return tr("TLS handshake");
    case Phase::Send:
        return tr("Sending");
    case Phase::Wait:
        return tr("Waiting");
    case Phase::Receive:
        return tr("Receiving");
    }
    return QString();
}

QColor WaterfallDelegate::phaseColor(Phase phase)
{
    // Close to the browsers' network panels, so the picture reads the same.
    switch (phase) {
    case Phase::Blocked:
        return QColor(0xa0, 0xa6, 0xad);
    case Phase::Dns:
        return QColor(0x1f, 0x9e, 0x89);
    case Phase::Connect:
        return QColor(0xe8, 0x8a, 0x1a);
    case Phase::Ssl:
        return QColor(0x9b, 0x59, 0xb6);
    case Phase::Send:
        return QColor(0x3d, 0x8b, 0xd9);
    case Phase::Wait:
        return QColor(0x2e, 0xa0, 0x43);
    case Phase::Receive:
        return QColor(0x1a, 0x5f, 0xb4);
    }
    return QColor();
}

double WaterfallDelegate::phaseTime(const ExchangeTimings &timings, Phase phase)
{
    switch (phase) {
    case Phase::Blocked:
        return timings.blocked;
    case Phase::Dns:
        return timings.dns;
    case Phase::Connect:
        return timings.connect;
    case Phase::Ssl:
        return timings.ssl;
    case Phase::Send:
        return timings.send;
    case Phase::Wait:
        return timings.wait;
    case Phase::Receive:
        return timings.receive;
    }
    return -1;
}

QList<QPair<WaterfallDelegate::Phase, double>> WaterfallDelegate::segments(const ExchangeTimings &timings)
{
    QList<QPair<Phase, double>> out;
    const double ssl = std::max(timings.ssl, 0.0);
    for (const Phase phase : phases()) {
        double time = std::max(phaseTime(timings, phase), 0.0);
        if (phase == Phase::Connect)
            time = std::max(time - ssl, 0.0);
        if (time > 0)
            out.append({phase, time});
    }
    return out;
}

WaterfallDelegate::WaterfallDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void WaterfallDelegate::setRange(double ms)
{
    m_range = ms > 0 ? ms : 1;
}

void WaterfallDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background and selection as any other cell, without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QVariant value = index.data(BarRole);
    if (!value.canConvert<WaterfallBar>())
        return;
    const WaterfallBar bar = value.value<WaterfallBar>();
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    if (area.width() <= 2 || area.height() <= 2)
        return;
    const double scale = area.width() / m_range;
    const double x = area.left() + std::clamp(bar.startMs, 0.0, m_range) * scale;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    if (bar.failed) {
        // A failed request: a short red mark where it started, its whole time if known.
        const double width = std::max(bar.totalMs * scale, 3.0);
        painter->setBrush(StatePalette(option.palette).foreground(StatePalette::State::Error));
        painter->drawRect(
            QRectF(x, area.top() + area.height() / 4, std::min(width, area.right() - x + 1), area.height() / 2));
        painter->restore();
        return;
    }
    const QList<QPair<Phase, double>> parts = segments(bar.timings);
    double cursor = x;
    if (parts.isEmpty()) {
        // A file without timings: one neutral bar for the entry's time.
        painter->setBrush(phaseColor(Phase::Blocked));
        painter->drawRect(QRectF(cursor, area.top(), std::max(bar.totalMs * scale, 1.0), area.height()));
    }
    for (const auto &part : parts) {
        const double width = part.second * scale;
        painter->setBrush(phaseColor(part.first));
        // Wait and receive are the parts that matter most: full height; the set-up phases thinner.
        const bool main = part.first == Phase::Wait || part.first == Phase::Receive || part.first == Phase::Send;
        const QRectF rect(cursor, main ? area.top() : area.top() + area.height() / 4, std::max(width, 1.0),
                          main ? area.height() : area.height() / 2);
        painter->drawRect(rect.intersected(area.adjusted(0, 0, 1, 0)));
        cursor += width;
    }
    painter->restore();
}

QSize WaterfallDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 240));
    return size;
}
