// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testfire/StepListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Exchange exchange(const QString &url, Exchange::Outcome outcome, int status, const QString &statusText = {})
{
    Exchange e;
    e.request.method = QStringLiteral("POST");
    e.request.url = url;
    e.outcome = outcome;
    e.status = status;
    e.statusText = statusText;
    e.timings.send = 1;
    e.timings.wait = 40;
    e.timings.receive = 2;
    return e;
}

StepResult firedStep(const Exchange &last)
{
    StepResult step;
    step.webhookName = QStringLiteral("Hook");
    step.trigger = Trigger::Answered;
    step.fired = true;
    step.request.method = QStringLiteral("POST");
    step.request.url = QStringLiteral("http://127.0.0.1:1/post");
    step.exchanges = {last};
    return step;
}

} // namespace

class TestStepListModel final : public QObject
{
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void appendThenUpdate();
    void columns();
};

void TestStepListModel::outcomes_data()
{
    QTest::addColumn<StepResult>("step");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("status");

    using O = Outcome;
    const QString post = QStringLiteral("http://127.0.0.1:1/post");
    QTest::newRow("2xx") << firedStep(exchange(post, Exchange::Outcome::Response, 200, QStringLiteral("OK")))
                         << int(O::Fired) << QStringLiteral("fired") << QStringLiteral("200 OK");
    QTest::newRow("simulated") << firedStep(exchange(post, Exchange::Outcome::Simulated, 200)) << int(O::Fired)
                               << QStringLiteral("fired") << QStringLiteral("200 (simulated)");
    QTest::newRow("500") << firedStep(
        exchange(post, Exchange::Outcome::Response, 500, QStringLiteral("Internal Server Error")))
                         << int(O::Failed) << QStringLiteral("failed") << QStringLiteral("500 Internal Server Error");
    QTest::newRow("timed out") << firedStep(exchange(post, Exchange::Outcome::TimedOut, 0)) << int(O::Failed)
                               << QStringLiteral("failed") << QStringLiteral("timed out");
    QTest::newRow("refused") << firedStep(exchange(post, Exchange::Outcome::ConnectionRefused, 0)) << int(O::Failed)
                             << QStringLiteral("failed") << QStringLiteral("connection refused");
    QTest::newRow("cancelled in flight") << firedStep(exchange(post, Exchange::Outcome::Cancelled, 0))
                                         << int(O::Cancelled) << QStringLiteral("cancelled")
                                         << QStringLiteral("cancelled");
    // A redirect's last hop has another URL; the first hop carries the post.
    StepResult redirected = firedStep(exchange(post, Exchange::Outcome::Response, 302));
    redirected.exchanges.append(exchange(QStringLiteral("http://127.0.0.1:1/next"), Exchange::Outcome::Response, 200));
    QTest::newRow("redirected") << redirected << int(O::Fired) << QStringLiteral("fired") << QStringLiteral("200");
    // A ping-post whose bid was not taken: the ping's answer counts.
    QTest::newRow("ping only") << firedStep(
        exchange(QStringLiteral("http://127.0.0.1:1/ping"), Exchange::Outcome::Response, 200))
                               << int(O::Fired) << QStringLiteral("fired") << QStringLiteral("200");

    StepResult skipped;
    skipped.reason = QStringLiteral("source_id is missing");
    QTest::newRow("skipped") << skipped << int(O::Skipped) << QStringLiteral("skipped") << QString();
    StepResult cancelled;
    cancelled.reason = QStringLiteral("cancelled");
    cancelled.cancelled = true;
    QTest::newRow("cancelled before its turn")
        << cancelled << int(O::Cancelled) << QStringLiteral("cancelled") << QString();
    StepResult notSent;
    notSent.reason = QStringLiteral("not sent: header X: value contains a line break");
    notSent.errors = {QStringLiteral("header X: value contains a line break")};
    QTest::newRow("not sent") << notSent << int(O::NotSent) << QStringLiteral("not sent") << QString();
}

void TestStepListModel::outcomes()
{
    QFETCH(StepResult, step);
    QFETCH(int, outcome);
    QFETCH(QString, result);
    QFETCH(QString, status);

    QCOMPARE(int(Outcomes::of(step)), outcome);
    QCOMPARE(Outcomes::label(Outcome(outcome)), result);
    QCOMPARE(StepListModel::statusText(step), status);
    StepListModel model;
    model.setStep(0, step, StepListModel::State::Finished);
    QCOMPARE(model.index(0, StepListModel::Result).data().toString(), result);
    QCOMPARE(model.index(0, StepListModel::Status).data().toString(), status);
    QCOMPARE(model.index(0, 0).data(StepListModel::OutcomeRole).toInt(), outcome);
    QVERIFY(!model.index(0, StepListModel::Result).data(Qt::DecorationRole).isNull());
}

void TestStepListModel::appendThenUpdate()
{
    StepListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    StepResult step = firedStep(exchange(QStringLiteral("http://127.0.0.1:1/post"), Exchange::Outcome::Response, 200));
    StepResult inFlight = step;
    inFlight.exchanges.clear();
    model.setStep(0, inFlight, StepListModel::State::Sending);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.sendingCount(), 1);
    QCOMPARE(model.state(0), StepListModel::State::Sending);
    QCOMPARE(model.index(0, 0).data(StepListModel::OutcomeRole).toInt(), -1);
    QCOMPARE(model.index(0, StepListModel::Result).data().toString(), QStringLiteral("sending..."));
    QCOMPARE(model.index(0, StepListModel::Status).data().toString(), QString());
    QVERIFY(model.index(0, StepListModel::Time).data().toString().endsWith(QStringLiteral(" ms")));

    // While in flight, the time column ticks.
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.constLast().at(0).toModelIndex().column(), int(StepListModel::Time));

    changed.clear();
    model.setStep(0, step, StepListModel::State::Finished);
    QCOMPARE(inserted.count(), 1); // updated in place
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.sendingCount(), 0);
    QCOMPARE(model.index(0, StepListModel::Result).data().toString(), QStringLiteral("fired"));
    QCOMPARE(model.index(0, StepListModel::Time).data().toString(), QStringLiteral("43 ms"));

    model.setStep(1, StepResult(), StepListModel::State::Finished);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestStepListModel::columns()
{
    StepListModel model;
    StepResult step;
    step.webhookName = QStringLiteral("Qualified call");
    step.trigger = Trigger::Timer;
    step.second = 90;
    step.buyerId = QStringLiteral("b1");
    step.tagsApplied = {QStringLiteral("a:1"), QStringLiteral("b:2")};
    step.reason = QStringLiteral("geo matches us-ca");
    model.setStep(0, step, StepListModel::State::Finished);
    QCOMPARE(model.index(0, StepListModel::TriggerColumn).data().toString(), QStringLiteral("Timer at 90 s"));
    QCOMPARE(model.index(0, StepListModel::Webhook).data().toString(), QStringLiteral("Qualified call"));
    QCOMPARE(model.index(0, StepListModel::Buyer).data().toString(), QStringLiteral("b1"));
    model.setBuyerNames({{QStringLiteral("b1"), QStringLiteral("SunRay Installers")}});
    QCOMPARE(model.index(0, StepListModel::Buyer).data().toString(), QStringLiteral("SunRay Installers"));
    QCOMPARE(model.index(0, StepListModel::TagsApplied).data().toString(), QStringLiteral("a:1, b:2"));
    QCOMPARE(model.index(0, StepListModel::Reason).data().toString(), QStringLiteral("geo matches us-ca"));
    QCOMPARE(model.headerData(StepListModel::Reason, Qt::Horizontal).toString(), QStringLiteral("Why"));
}

QTEST_MAIN(TestStepListModel)
#include "TestStepListModel.moc"
