// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/Outcome.h"
#include "call/StepResult.h"

#include <QTest>

namespace {

StepResult sent(Exchange::Outcome transport, int status)
{
    StepResult step;
    step.fired = true;
    Exchange exchange;
    exchange.outcome = transport;
    exchange.status = status;
    step.exchanges = {exchange};
    return step;
}

} // namespace

// The one vocabulary of how a webhook ended: the rule, the file ids and the words.
class TestOutcome final : public QObject
{
    Q_OBJECT

private slots:
    void derivedFromTheStep_data()
    {
        QTest::addColumn<StepResult>("step");
        QTest::addColumn<int>("outcome");

        QTest::newRow("2xx") << sent(Exchange::Outcome::Response, 204) << int(Outcome::Fired);
        QTest::newRow("simulated 200") << sent(Exchange::Outcome::Simulated, 200) << int(Outcome::Fired);
        QTest::newRow("404") << sent(Exchange::Outcome::Response, 404) << int(Outcome::Failed);
        QTest::newRow("3xx left over") << sent(Exchange::Outcome::Response, 302) << int(Outcome::Failed);
        QTest::newRow("refused") << sent(Exchange::Outcome::ConnectionRefused, 0) << int(Outcome::Failed);
        QTest::newRow("timed out") << sent(Exchange::Outcome::TimedOut, 0) << int(Outcome::Failed);
        QTest::newRow("cancelled in flight") << sent(Exchange::Outcome::Cancelled, 0) << int(Outcome::Cancelled);

        StepResult skipped;
        skipped.reason = QStringLiteral("source_id is missing");
        QTest::newRow("matches") << skipped << int(Outcome::Skipped);
        StepResult cancelled;
        cancelled.reason = QStringLiteral("cancelled");
        cancelled.cancelled = true;
        QTest::newRow("cancelled before its turn") << cancelled << int(Outcome::Cancelled);
        StepResult invalid;
        invalid.errors = {QStringLiteral("header X: value contains a line break")};
        QTest::newRow("invalid request") << invalid << int(Outcome::NotSent);
        // A ping answered, then a post that could not be rendered: the post was not sent.
        StepResult post = sent(Exchange::Outcome::Response, 200);
        post.errors = {QStringLiteral("tag [ping.bid] is not a number")};
        QTest::newRow("post not rendered") << post << int(Outcome::NotSent);
    }

    void derivedFromTheStep()
    {
        QFETCH(StepResult, step);
        QFETCH(int, outcome);
        QCOMPARE(int(Outcomes::of(step)), outcome);
    }

    void idsRoundTrip()
    {
        QStringList ids;
        for (Outcome outcome : Outcomes::all()) {
            Outcome parsed = Outcome::Skipped;
            QVERIFY(Outcomes::fromId(Outcomes::id(outcome), &parsed));
            QCOMPARE(parsed, outcome);
            ids.append(Outcomes::id(outcome));
            QVERIFY(!Outcomes::description(outcome).isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("fired"), QStringLiteral("failed"), QStringLiteral("not-sent"),
                                   QStringLiteral("skipped"), QStringLiteral("cancelled")}));
        Outcome parsed = Outcome::Fired;
        QVERIFY(!Outcomes::fromId(QStringLiteral("response"), &parsed));
        QCOMPARE(Outcomes::label(Outcome::NotSent), QStringLiteral("not sent"));
    }

    void summary()
    {
        QCOMPARE(Outcomes::summary({Outcome::Failed, Outcome::Failed}, 2), QStringLiteral("fired 0 of 2, failed 2"));
        QCOMPARE(Outcomes::summary({Outcome::Skipped, Outcome::Fired, Outcome::NotSent, Outcome::Cancelled}, 6),
                 QStringLiteral("fired 1 of 6, not sent 1, skipped 1, cancelled 1"));
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "TestOutcome.moc"
