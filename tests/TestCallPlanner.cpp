// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallPlanner.h"

#include <QTest>

namespace {

Webhook hook(const QString &name, Trigger trigger, const QString &buyer = QString(), int timer = 0)
{
    Webhook webhook;
    webhook.name = name;
    webhook.trigger = trigger;
    webhook.buyerId = buyer;
    webhook.timerSeconds = timer;
    webhook.request.url = QStringLiteral("http://127.0.0.1:8377/") + name;
    return webhook;
}

CallScenario::RoutingAttempt attempt(const QString &buyer, bool answered)
{
    return {buyer, answered};
}

// One line per plan item, so a whole order compares in one QCOMPARE.
QStringList describe(const CallScenario &scenario, const CallPlan &plan)
{
    QStringList lines;
    for (const PlanItem &item : plan.items) {
        const QString name = item.webhook >= 0 ? scenario.webhooks.at(item.webhook).name : QString();
        switch (item.kind) {
        case PlanItem::Kind::Fire:
            lines.append(QStringLiteral("fire %1").arg(name)
                         + (item.attempt >= 0 ? QStringLiteral(" #%1").arg(item.attempt) : QString())
                         + (item.postback >= 0 ? QStringLiteral(" pb%1").arg(item.postback) : QString()));
            break;
        case PlanItem::Kind::Skip:
            lines.append(QStringLiteral("skip %1: %2").arg(name, item.reason));
            break;
        case PlanItem::Kind::SelectBuyer:
            lines.append(QStringLiteral("select %1").arg(scenario.routing.at(item.attempt).buyerId));
            break;
        case PlanItem::Kind::ApplyPostback:
            lines.append(QStringLiteral("postback %1 @%2").arg(item.postback).arg(item.second));
            break;
        case PlanItem::Kind::EndCall:
            lines.append(QStringLiteral("end"));
            break;
        case PlanItem::Kind::DecideConversion:
            lines.append(QStringLiteral("decide"));
            break;
        }
    }
    return lines;
}

} // namespace

class TestCallPlanner : public QObject
{
    Q_OBJECT

private slots:
    void everyTriggerInSpecOrder()
    {
        // Listed backwards on purpose: the order comes from the triggers, not the list.
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("always"), Trigger::Always),
                             hook(QStringLiteral("nonconv"), Trigger::NonConversion),
                             hook(QStringLiteral("conv"), Trigger::Conversion),
                             hook(QStringLiteral("connect"), Trigger::Connect),
                             hook(QStringLiteral("postback"), Trigger::Postback),
                             hook(QStringLiteral("timer"), Trigger::Timer, QString(), 30),
                             hook(QStringLiteral("answered"), Trigger::Answered),
                             hook(QStringLiteral("selected"), Trigger::Selected),
                             hook(QStringLiteral("pass"), Trigger::PassThrough),
                             hook(QStringLiteral("start"), Trigger::Start),
                             hook(QStringLiteral("append"), Trigger::DataAppending)};
        scenario.routing = {attempt(QStringLiteral("b1"), true)};
        scenario.durationSeconds = 95;
        scenario.postbacks = {{20, {}}};
        const CallPlan plan = CallPlanner::plan(scenario);
        QCOMPARE(describe(scenario, plan),
                 (QStringList{"fire append", "fire pass", "fire start", "select b1", "fire selected #0",
                              "fire answered #0", "postback 0 @20", "fire postback pb0", "fire timer", "end",
                              "fire connect", "decide", "fire conv", "fire nonconv", "fire always"}));
        QVERIFY(plan.warnings.isEmpty());
    }

    void startAndPassThroughShareOneGroupDataAppendingDoesNot()
    {
        CallScenario scenario;
        scenario.webhooks = {
            hook(QStringLiteral("a1"), Trigger::DataAppending), hook(QStringLiteral("s1"), Trigger::Start),
            hook(QStringLiteral("a2"), Trigger::DataAppending), hook(QStringLiteral("p1"), Trigger::PassThrough),
            hook(QStringLiteral("s2"), Trigger::Start)};
        const CallPlan plan = CallPlanner::plan(scenario);
        QCOMPARE(describe(scenario, plan).mid(0, 5),
                 (QStringList{"fire a1", "fire a2", "fire s1", "fire p1", "fire s2"}));
        QVERIFY(plan.items.at(0).group != plan.items.at(1).group);
        QCOMPARE(plan.items.at(2).group, plan.items.at(3).group);
        QCOMPARE(plan.items.at(3).group, plan.items.at(4).group);
        QVERIFY(plan.items.at(1).group != plan.items.at(2).group);
    }

    void selectedPerAttemptAnsweredOnlyWhenAnswered()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("sel"), Trigger::Selected),
                             hook(QStringLiteral("ans"), Trigger::Answered)};
        scenario.routing = {attempt(QStringLiteral("b1"), false), attempt(QStringLiteral("b2"), true)};
        const CallPlan plan = CallPlanner::plan(scenario);
        QCOMPARE(describe(scenario, plan).mid(0, 6),
                 (QStringList{"select b1", "fire sel #0", "skip ans: b1 did not answer", "select b2", "fire sel #1",
                              "fire ans #1"}));
    }

    void buyerWebhooksOnlyForTheirBuyer()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("b1 sel"), Trigger::Selected, QStringLiteral("b1")),
                             hook(QStringLiteral("b2 sel"), Trigger::Selected, QStringLiteral("b2")),
                             hook(QStringLiteral("b3 sel"), Trigger::Selected, QStringLiteral("b3")),
                             hook(QStringLiteral("b1 conv"), Trigger::Conversion, QStringLiteral("b1")),
                             hook(QStringLiteral("b2 conv"), Trigger::Conversion, QStringLiteral("b2")),
                             hook(QStringLiteral("b3 start"), Trigger::Start, QStringLiteral("b3")),
                             hook(QStringLiteral("b2 start"), Trigger::Start, QStringLiteral("b2"))};
        scenario.routing = {attempt(QStringLiteral("b1"), false), attempt(QStringLiteral("b2"), true)};
        const QStringList lines = describe(scenario, CallPlanner::plan(scenario));
        QVERIFY(lines.contains(QStringLiteral("fire b1 sel #0")));
        QVERIFY(lines.contains(QStringLiteral("fire b2 sel #1")));
        QVERIFY(!lines.contains(QStringLiteral("fire b1 sel #1")));
        QVERIFY(lines.contains(QStringLiteral("skip b3 sel: buyer webhook for b3, which was never selected")));
        QVERIFY(lines.contains(QStringLiteral("skip b1 conv: buyer webhook for b1; the call was taken by b2")));
        QVERIFY(lines.contains(QStringLiteral("fire b2 conv")));
        QVERIFY(
            lines.contains(QStringLiteral("skip b3 start: buyer webhook for b3, which is not in this call's routing")));
        QVERIFY(lines.contains(QStringLiteral("fire b2 start")));
    }

    void inCallEventsInTimeOrderTiesInListOrder()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("pb"), Trigger::Postback),
                             hook(QStringLiteral("t30"), Trigger::Timer, QString(), 30),
                             hook(QStringLiteral("t10"), Trigger::Timer, QString(), 10),
                             hook(QStringLiteral("t120"), Trigger::Timer, QString(), 120)};
        scenario.routing = {attempt(QStringLiteral("b1"), true)};
        scenario.durationSeconds = 95;
        scenario.postbacks = {{30, {}}, {5, {}}};
        const CallPlan plan = CallPlanner::plan(scenario);
        QCOMPARE(
            describe(scenario, plan),
            (QStringList{"select b1", "postback 1 @5", "fire pb pb1", "fire t10", "postback 0 @30", "fire pb pb0",
                         "fire t30", "skip t120: timer at 120 s; the call's talk time was 95 s", "end", "decide"}));
    }

    void unansweredCallSkipsTimersAndConnect()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("t"), Trigger::Timer, QString(), 10),
                             hook(QStringLiteral("c"), Trigger::Connect),
                             hook(QStringLiteral("pb"), Trigger::Postback)};
        scenario.routing = {attempt(QStringLiteral("b1"), false)};
        scenario.durationSeconds = 95;
        const QStringList lines = describe(scenario, CallPlanner::plan(scenario));
        QVERIFY(lines.contains(QStringLiteral("skip t: the call was never answered, so it had no talk time")));
        QVERIFY(lines.contains(QStringLiteral("skip c: the call never connected to a buyer")));
        QVERIFY(lines.contains(QStringLiteral("skip pb: no postback arrived")));
    }

    void attemptsAfterTheAnsweredOneAreIgnoredWithAWarning()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("sel"), Trigger::Selected)};
        scenario.routing = {attempt(QStringLiteral("b1"), true), attempt(QStringLiteral("b2"), false)};
        const CallPlan plan = CallPlanner::plan(scenario);
        QCOMPARE(describe(scenario, plan).first(2), (QStringList{"select b1", "fire sel #0"}));
        QVERIFY(!describe(scenario, plan).contains(QStringLiteral("select b2")));
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings.first().contains(QStringLiteral("already answered by b1")));
    }

    void disabledWebhooksAreSkippedOnce()
    {
        CallScenario scenario;
        Webhook disabled = hook(QStringLiteral("sel"), Trigger::Selected);
        disabled.enabled = false;
        Webhook disabledStart = hook(QStringLiteral("st"), Trigger::Start);
        disabledStart.enabled = false;
        scenario.webhooks = {disabled, disabledStart};
        scenario.routing = {attempt(QStringLiteral("b1"), false), attempt(QStringLiteral("b2"), true)};
        const QStringList lines = describe(scenario, CallPlanner::plan(scenario));
        QCOMPARE(lines.count(QStringLiteral("skip sel: disabled")), 1);
        QCOMPARE(lines.count(QStringLiteral("skip st: disabled")), 1);
    }

    void latePostbacksWarn()
    {
        CallScenario scenario;
        scenario.routing = {attempt(QStringLiteral("b1"), true)};
        scenario.durationSeconds = 10;
        scenario.postbacks = {{60, {}}};
        const CallPlan plan = CallPlanner::plan(scenario);
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings.first().contains(QStringLiteral("after the call ended")));
    }
};

QTEST_GUILESS_MAIN(TestCallPlanner)
#include "TestCallPlanner.moc"
