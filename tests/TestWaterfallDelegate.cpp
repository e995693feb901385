// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/WaterfallDelegate.h"

#include "common/StatePalette.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

namespace {
ExchangeTimings timings(double blocked, double dns, double connect, double ssl, double send, double wait,
                        double receive)
{
    ExchangeTimings t;
    t.blocked = blocked;
    t.dns = dns;
    t.connect = connect;
    t.ssl = ssl;
    t.send = send;
    t.wait = wait;
    t.receive = receive;
    return t;
}

using Phase = WaterfallDelegate::Phase;
using Segments = QList<QPair<Phase, double>>;
} // namespace

Q_DECLARE_METATYPE(ExchangeTimings)

class TestWaterfallDelegate : public QObject
{
    Q_OBJECT

private slots:
    void segments_data()
    {
        QTest::addColumn<ExchangeTimings>("timings");
        QTest::addColumn<Segments>("expected");
        QTest::newRow("all phases: TLS is cut out of connect")
            << timings(1, 4, 12, 8, 1, 22, 2)
            << Segments{{Phase::Blocked, 1}, {Phase::Dns, 4},   {Phase::Connect, 4}, {Phase::Ssl, 8},
                        {Phase::Send, 1},    {Phase::Wait, 22}, {Phase::Receive, 2}};
        QTest::newRow("unknown phases left out")
            << timings(-1, -1, -1, -1, 0, 1.5, 0.5) << Segments{{Phase::Wait, 1.5}, {Phase::Receive, 0.5}};
        QTest::newRow("TLS longer than connect (as Playwright writes it)")
            << timings(-1, 0, 0.2, 1.2, 0, 4, 3) << Segments{{Phase::Ssl, 1.2}, {Phase::Wait, 4}, {Phase::Receive, 3}};
        QTest::newRow("nothing known") << ExchangeTimings() << Segments{};
    }

    void segments()
    {
        QFETCH(ExchangeTimings, timings);
        QFETCH(Segments, expected);
        QCOMPARE(WaterfallDelegate::segments(timings), expected);
    }

    void names()
    {
        QStringList names;
        for (const Phase phase : WaterfallDelegate::phases())
            names.append(WaterfallDelegate::phaseName(phase));
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Blocked"), QStringLiteral("DNS lookup"), QStringLiteral("Connecting"),
                              QStringLiteral("TLS handshake"), QStringLiteral("Sending"), QStringLiteral("Waiting"),
                              QStringLiteral("Receiving")}));
    }

    // The bar stands where the entry started, on the delegate's scale, in its phases' colours.
    void paintsOnTheTimeline_data()
    {
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QColor>("color");
        QTest::newRow("response") << false << WaterfallDelegate::phaseColor(Phase::Wait);
        QTest::newRow("failed") << true
                                << StatePalette(QStyleOptionViewItem().palette).foreground(StatePalette::State::Error);
    }

    void paintsOnTheTimeline()
    {
        QFETCH(bool, failed);
        QFETCH(QColor, color);
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0),
                      QVariant::fromValue(WaterfallBar{100, 100, timings(-1, -1, -1, -1, 0, 100, 0), failed}),
                      WaterfallDelegate::BarRole);
        WaterfallDelegate delegate;
        delegate.setRange(200);
        QCOMPARE(delegate.range(), 200.0);

        // 4 px of padding each side: the scale runs over x = 4..204 for 0..200 ms.
        QImage image(208, 24, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        QVERIFY(image.pixelColor(60, 12) != color); // 56 ms: before it started
        QCOMPARE(image.pixelColor(106, 12), color); // 102 ms
        if (!failed) {
            QCOMPARE(image.pixelColor(200, 12), color); // 196 ms: still waiting
        }
    }
};

QTEST_MAIN(TestWaterfallDelegate)
#include "TestWaterfallDelegate.moc"
