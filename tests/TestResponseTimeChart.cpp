// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pixels/ResponseTimeChart.h"

#include "common/StatePalette.h"

#include <QImage>
#include <QTest>

namespace {
FiredPixel pixel(const QString &webhook, bool fired, int status, double wait,
                 Exchange::Outcome outcome = Exchange::Outcome::Response)
{
    FiredPixel p;
    p.webhookName = webhook;
    p.fired = fired;
    if (fired) {
        Exchange e;
        e.outcome = outcome;
        e.status = status;
        e.timings.send = 0;
        e.timings.wait = wait;
        e.timings.receive = 0;
        p.exchanges = {e};
    }
    return p;
}

// Pixels of the chart image in exactly this colour.
int countColor(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == color ? 1 : 0;
    }
    return count;
}
} // namespace

class TestResponseTimeChart : public QObject
{
    Q_OBJECT

private slots:
    void collects()
    {
        FiredPixel redirected = pixel(QStringLiteral("Append"), true, 200, 30);
        Exchange hop = redirected.exchanges.at(0);
        hop.status = 302;
        hop.timings.wait = 5;
        redirected.exchanges.prepend(hop);
        const QList<FiredPixel> pixels = {
            pixel(QStringLiteral("Append"), true, 200, 20),
            pixel(QStringLiteral("Conversion"), true, 500, 80),
            pixel(QStringLiteral("Selected"), false, 0, 0),
            pixel(QStringLiteral("Append"), true, 0, 0, Exchange::Outcome::TimedOut),
            redirected,
            pixel(QStringLiteral("Conversion"), true, 200, 0, Exchange::Outcome::Simulated),
        };
        const QList<ResponseTimeChart::Series> series = ResponseTimeChart::collect(pixels);
        QCOMPARE(series.size(), 2); // the skipped webhook has nothing to chart
        QCOMPARE(series[0].webhook, QStringLiteral("Append"));
        QCOMPARE(series[0].fired, 3);
        QCOMPARE(series[0].failed, 1);
        QCOMPARE(series[0].timesMs, (QList<double>{20, 35})); // hops add up; the timeout has no time
        QCOMPARE(series[1].webhook, QStringLiteral("Conversion"));
        QCOMPARE(series[1].fired, 2);
        QCOMPARE(series[1].failed, 1);
        QCOMPARE(series[1].timesMs, QList<double>{80}); // a simulated answer took no time
        QCOMPARE(series[1].failureRate(), 0.5);
    }

    void percentile_data()
    {
        QTest::addColumn<QList<double>>("sorted");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("expected");
        const QList<double> four{10, 20, 30, 40};
        QTest::newRow("median of four") << four << 50.0 << 20.0;
        QTest::newRow("p25") << four << 25.0 << 10.0;
        QTest::newRow("p75") << four << 75.0 << 30.0;
        QTest::newRow("p95") << four << 95.0 << 40.0;
        QTest::newRow("p0") << four << 0.0 << 10.0;
        QTest::newRow("one value") << QList<double>{7} << 95.0 << 7.0;
        QTest::newRow("none") << QList<double>{} << 50.0 << 0.0;
    }

    void percentile()
    {
        QFETCH(QList<double>, sorted);
        QFETCH(double, percent);
        QFETCH(double, expected);
        QCOMPARE(ResponseTimeChart::percentile(sorted, percent), expected);
    }

    void axisEndsOnARoundNumber_data()
    {
        QTest::addColumn<double>("slowest");
        QTest::addColumn<double>("axis");
        QTest::newRow("137 ms") << 137.0 << 200.0;
        QTest::newRow("40 ms") << 40.0 << 50.0;
        QTest::newRow("exactly 100") << 100.0 << 100.0;
        QTest::newRow("4.2 s") << 4200.0 << 5000.0;
    }

    void axisEndsOnARoundNumber()
    {
        QFETCH(double, slowest);
        QFETCH(double, axis);
        ResponseTimeChart chart;
        chart.setSeries({ResponseTimeChart::Series{QStringLiteral("A"), {1, slowest}, 2, 0}});
        QCOMPARE(chart.axisMaximum(), axis);
    }

    // The failure-rate bar is there exactly when something failed.
    void paintsFailureRate()
    {
        ResponseTimeChart chart;
        const QColor failure = StatePalette(chart.palette()).foreground(StatePalette::State::Error);
        chart.resize(900, chart.sizeHint().height());
        chart.setSeries({ResponseTimeChart::Series{QStringLiteral("Append"), {10, 20, 30}, 4, 1}});
        const int withFailures = countColor(chart.grab().toImage(), failure);
        chart.setSeries({ResponseTimeChart::Series{QStringLiteral("Append"), {10, 20, 30}, 3, 0}});
        const int withoutFailures = countColor(chart.grab().toImage(), failure);
        // A quarter of the 60 px bar, 7 px high, and at least the legend's swatch in both.
        QVERIFY2(withFailures - withoutFailures >= 15 * 6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(withFailures).arg(withoutFailures)));
    }

    void sizeFollowsRows()
    {
        ResponseTimeChart chart;
        const int empty = chart.sizeHint().height();
        chart.setSeries({ResponseTimeChart::Series{QStringLiteral("A"), {1}, 1, 0},
                         ResponseTimeChart::Series{QStringLiteral("B"), {2}, 1, 0},
                         ResponseTimeChart::Series{QStringLiteral("C"), {3}, 1, 0}});
        QCOMPARE(chart.sizeHint().height(), empty + 2 * 40);
    }
};

QTEST_MAIN(TestResponseTimeChart)
#include "TestResponseTimeChart.moc"
