// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"

#include <QStyledItemDelegate>

// One entry's place on its page's timeline, as the waterfall column shows it.
struct WaterfallBar
{
    double startMs = 0; // from the start of the entry's page
    double totalMs = 0; // the entry's time
    ExchangeTimings timings;
    bool failed = false;
};
Q_DECLARE_METATYPE(WaterfallBar)

// Paints a HAR table's waterfall column: each entry's bar starts at its offset from the page
// start and is split into its timing phases, all on one scale (setRange) so the bars of a page
// line up. The model gives the bar under BarRole.
class WaterfallDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallDelegate)

public:
    static constexpr int BarRole = Qt::UserRole + 100;

    // HAR 1.2's phases, in the order they happen.
    enum class Phase
    {
        Blocked,
        Dns,
        Connect,
        Ssl,
        Send,
        Wait,
        Receive
    };
    static QList<Phase> phases();
    static QString phaseName(Phase phase);
    static QColor phaseColor(Phase phase);
    // The phase's time in the HAR timings; -1 when unknown.
    static double phaseTime(const ExchangeTimings &timings, Phase phase);
    // The phases end to end: connect without the TLS part it includes, which is its own segment.
    static QList<QPair<Phase, double>> segments(const ExchangeTimings &timings);

    explicit WaterfallDelegate(QObject *parent = nullptr);

    // The time, in ms from the page start, that the column's width stands for.
    void setRange(double ms);
    double range() const { return m_range; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_range = 1;
};
