// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallRunner.h"
#include "call/CannedResponder.h"

#include <QJsonDocument>
#include <QTest>

namespace {

Webhook hook(const QString &name, Trigger trigger, const QString &url = QString())
{
    Webhook webhook;
    webhook.name = name;
    webhook.trigger = trigger;
    webhook.request.url = url.isEmpty() ? QStringLiteral("http://127.0.0.1:8377/") + name : url;
    return webhook;
}

CallScenario::CannedResponse jsonResponse(const QByteArray &body, int status = 200)
{
    CallScenario::CannedResponse response;
    response.status = status;
    response.body = body;
    return response;
}

const StepResult *findStep(const CallResult &result, const QString &name, int occurrence = 0)
{
    for (const StepResult &step : result.steps) {
        if (step.webhookName == name && occurrence-- == 0)
            return &step;
    }
    return nullptr;
}

QStringList firedNames(const CallResult &result)
{
    QStringList names;
    for (const StepResult &step : result.steps) {
        if (step.fired)
            names.append(step.webhookName);
    }
    return names;
}

// Holds every request until the test answers it, to observe what is in flight at once.
class DeferredResponder final : public Responder
{
public:
    struct Pending
    {
        RenderedRequest request;
        QString name;
        Done done;
    };
    QList<Pending> pending;

    void send(const RenderedRequest &request, const QString &webhookName, Done done) override
    {
        pending.append({request, webhookName, std::move(done)});
    }
    void cancelAll() override
    {
        const QList<Pending> all = std::exchange(pending, {});
        for (const Pending &p : all) {
            Exchange exchange;
            exchange.request = p.request;
            exchange.outcome = Exchange::Outcome::Cancelled;
            exchange.error = QStringLiteral("cancelled");
            p.done({exchange});
        }
    }
    void answer(int index, const QByteArray &body)
    {
        Pending p = pending.takeAt(index);
        Exchange exchange;
        exchange.request = p.request;
        exchange.status = 200;
        exchange.responseBody = body;
        p.done({exchange});
    }
};

} // namespace

class TestCallRunner : public QObject
{
    Q_OBJECT

private slots:
    void dataAppendingTagsReachStartPings()
    {
        CallScenario scenario;
        scenario.tags.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550142")});
        scenario.tags.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});
        Webhook append = hook(QStringLiteral("Append"), Trigger::DataAppending,
                              QStringLiteral("http://127.0.0.1:8377/append?phone=[caller_number]"));
        append.matches = {QStringLiteral("source_id:pub1")};
        Webhook start = hook(QStringLiteral("CRM"), Trigger::Start,
                             QStringLiteral("http://127.0.0.1:8377/crm?name=[first_name]&state=[geo]"));
        start.matches = {QStringLiteral("geo:us-ny")};
        scenario.webhooks = {start, append};
        scenario.responses.insert(QStringLiteral("Append"),
                                  jsonResponse(R"({"first_name": "Jason", "geo": "us-10101"})"));

        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QCOMPARE(firedNames(result), (QStringList{"Append", "CRM"}));
        const StepResult *appendStep = findStep(result, QStringLiteral("Append"));
        QCOMPARE(appendStep->request.url, QStringLiteral("http://127.0.0.1:8377/append?phone=%2B12125550142"));
        QCOMPARE(appendStep->tagsApplied, (QStringList{"first_name:Jason", "geo:us-10101", "geo:us-ny", "geo:us"}));
        const StepResult *crm = findStep(result, QStringLiteral("CRM"));
        QCOMPARE(crm->request.url, QStringLiteral("http://127.0.0.1:8377/crm?name=Jason&state=us-10101%2Cus-ny%2Cus"));
        QCOMPARE(result.finalTags.values(QStringLiteral("geo")), (QStringList{"us-10101", "us-ny", "us"}));
    }

    void selectedForTwoBuyersWarnsOfDataLeak()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("Agent screen"), Trigger::Selected,
                                  QStringLiteral("http://127.0.0.1:8377/agent?handler=[handler_id]"))};
        scenario.routing = {{QStringLiteral("b1"), false}, {QStringLiteral("b2"), true}};
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QCOMPARE(findStep(result, QStringLiteral("Agent screen"), 0)->request.url,
                 QStringLiteral("http://127.0.0.1:8377/agent?handler=b1"));
        QCOMPARE(findStep(result, QStringLiteral("Agent screen"), 1)->request.url,
                 QStringLiteral("http://127.0.0.1:8377/agent?handler=b2"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().startsWith(QStringLiteral("data leak: Selected webhook \"Agent screen\" "
                                                                  "fired for 2 buyers (b1, b2)")));
        QVERIFY(result.warnings.first().contains(QStringLiteral("Answered")));
    }

    void selectedForOneBuyerDoesNotWarn()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("Agent screen"), Trigger::Selected)};
        scenario.routing = {{QStringLiteral("b1"), true}};
        CannedResponder responder(scenario.responses);
        QVERIFY(CallRunner::run(scenario, &responder).warnings.isEmpty());
    }

    void conversionAtTheDurationBoundary_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<bool>("converted");
        QTest::newRow("59 s: one short") << 59 << false;
        QTest::newRow("60 s: exactly the minimum") << 60 << true;
        QTest::newRow("61 s") << 61 << true;
    }

    void conversionAtTheDurationBoundary()
    {
        QFETCH(int, duration);
        QFETCH(bool, converted);
        CallScenario scenario;
        scenario.routing = {{QStringLiteral("b1"), true}};
        scenario.durationSeconds = duration;
        scenario.conversion.minDurationSeconds = 60;
        scenario.webhooks = {hook(QStringLiteral("conv"), Trigger::Conversion,
                                  QStringLiteral("http://127.0.0.1:8377/c?d=[duration]&ok=[converted]")),
                             hook(QStringLiteral("nonconv"), Trigger::NonConversion)};
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QCOMPARE(result.converted, converted);
        QCOMPARE(firedNames(result), QStringList{converted ? QStringLiteral("conv") : QStringLiteral("nonconv")});
        const StepResult *skipped = findStep(result, converted ? QStringLiteral("nonconv") : QStringLiteral("conv"));
        QVERIFY(!skipped->fired);
        QVERIFY2(skipped->reason.contains(converted ? QStringLiteral("the call converted")
                                                    : QStringLiteral("talk time 59 s is under the 60 s minimum")),
                 qPrintable(skipped->reason));
        if (converted) {
            QCOMPARE(findStep(result, QStringLiteral("conv"))->request.url,
                     QStringLiteral("http://127.0.0.1:8377/c?d=%1&ok=true").arg(duration));
        }
    }

    void requiredTagFromAPostbackDecidesConversion_data()
    {
        QTest::addColumn<QString>("saleValue");
        QTest::addColumn<bool>("converted");
        QTest::newRow("sale:yes") << "yes" << true;
        QTest::newRow("sale:no") << "no" << false;
    }

    void requiredTagFromAPostbackDecidesConversion()
    {
        QFETCH(QString, saleValue);
        QFETCH(bool, converted);
        CallScenario scenario;
        scenario.routing = {{QStringLiteral("b1"), true}};
        scenario.durationSeconds = 95;
        scenario.conversion = {60, {QStringLiteral("sale:yes")}};
        TagMap payload;
        payload.set(QStringLiteral("sale"), {saleValue});
        scenario.postbacks = {{30, payload}};
        scenario.webhooks = {hook(QStringLiteral("Timer 45"), Trigger::Timer,
                                  QStringLiteral("http://127.0.0.1:8377/t?sale=[sale]&at=[timer_seconds]")),
                             hook(QStringLiteral("conv"), Trigger::Conversion)};
        scenario.webhooks[0].timerSeconds = 45;
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        // The postback at 30 s reached the timer webhook at 45 s.
        QCOMPARE(findStep(result, QStringLiteral("Timer 45"))->request.url,
                 QStringLiteral("http://127.0.0.1:8377/t?sale=%1&at=45").arg(saleValue));
        QCOMPARE(result.converted, converted);
        QCOMPARE(findStep(result, QStringLiteral("conv"))->fired, converted);
    }

    void alwaysFiresLast()
    {
        CallScenario scenario;
        scenario.routing = {{QStringLiteral("b1"), true}};
        scenario.durationSeconds = 10;
        scenario.conversion.minDurationSeconds = 60;
        scenario.webhooks = {
            hook(QStringLiteral("always"), Trigger::Always), hook(QStringLiteral("nonconv"), Trigger::NonConversion),
            hook(QStringLiteral("connect"), Trigger::Connect), hook(QStringLiteral("start"), Trigger::Start)};
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QCOMPARE(firedNames(result), (QStringList{"start", "connect", "nonconv", "always"}));
        QCOMPARE(result.steps.constLast().webhookName, QStringLiteral("always"));
    }

    void buyerWebhooksFireOnlyForTheirBuyer()
    {
        CallScenario scenario;
        Webhook b1 = hook(QStringLiteral("b1 answered"), Trigger::Answered);
        b1.buyerId = QStringLiteral("b1");
        Webhook b2 = hook(QStringLiteral("b2 answered"), Trigger::Answered);
        b2.buyerId = QStringLiteral("b2");
        Webhook b2End = hook(QStringLiteral("b2 always"), Trigger::Always);
        b2End.buyerId = QStringLiteral("b2");
        scenario.webhooks = {b1, b2, b2End};
        scenario.routing = {{QStringLiteral("b1"), false}, {QStringLiteral("b2"), true}};
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QCOMPARE(firedNames(result), (QStringList{"b2 answered", "b2 always"}));
        QCOMPARE(findStep(result, QStringLiteral("b1 answered"))->reason, QStringLiteral("b1 did not answer"));
    }

    void matchesAreEvaluatedWithTheTagsOfTheMoment()
    {
        CallScenario scenario;
        scenario.tags.set(QStringLiteral("source_id"), {QStringLiteral("pub2")});
        Webhook conv = hook(QStringLiteral("conv"), Trigger::Always);
        conv.matches = {QStringLiteral("source_id:pub1")};
        scenario.webhooks = {conv};
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QVERIFY(!result.steps.first().fired);
        QVERIFY2(result.steps.first().reason.contains(QStringLiteral("pub1")), qPrintable(result.steps.first().reason));
        QVERIFY(result.steps.first().exchanges.isEmpty());
    }

    void responseTagsReplaceAndNonSuccessAppliesNothing()
    {
        CallScenario scenario;
        scenario.tags.set(QStringLiteral("tier"), {QStringLiteral("bronze")});
        scenario.webhooks = {hook(QStringLiteral("a"), Trigger::DataAppending),
                             hook(QStringLiteral("b"), Trigger::DataAppending)};
        scenario.responses.insert(QStringLiteral("a"), jsonResponse(R"({"tier": "gold"})"));
        scenario.responses.insert(QStringLiteral("b"), jsonResponse(R"({"tier": "lead"})", 500));
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QCOMPARE(result.finalTags.values(QStringLiteral("tier")), QStringList{QStringLiteral("gold")});
        QVERIFY(findStep(result, QStringLiteral("b"))->tagsApplied.isEmpty());
        QVERIFY(
            findStep(result, QStringLiteral("b"))->notes.join(QLatin1Char('\n')).contains(QStringLiteral("no tags")));
    }

    void renderErrorsAreNotSent()
    {
        CallScenario scenario;
        Webhook bad =
            hook(QStringLiteral("bad"), Trigger::Start, QStringLiteral("http://127.0.0.1:8377/x?a=[a|nosuch]"));
        scenario.webhooks = {bad};
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        QVERIFY(!result.steps.first().fired);
        QVERIFY(result.steps.first().reason.startsWith(QStringLiteral("not sent: ")));
        QVERIFY(result.steps.first().exchanges.isEmpty());
    }

    void pingPostPostsOnlyAcceptedBids_data()
    {
        QTest::addColumn<QByteArray>("pingBody");
        QTest::addColumn<bool>("posted");
        QTest::newRow("bid above minimum") << QByteArray(R"({"bid": {"amount": 12.5, "id": "x9"}})") << true;
        QTest::newRow("bid below minimum") << QByteArray(R"({"bid": {"amount": 8, "id": "x9"}})") << false;
        QTest::newRow("no bid") << QByteArray(R"({"error": "no coverage"})") << false;
    }

    void pingPostPostsOnlyAcceptedBids()
    {
        QFETCH(QByteArray, pingBody);
        QFETCH(bool, posted);
        CallScenario scenario;
        Webhook rtb = hook(QStringLiteral("RTB"), Trigger::Start,
                           QStringLiteral("http://127.0.0.1:8377/post?bid=[ping.bid_id]&amount=[ping.bid_amount]"));
        rtb.pingPost.enabled = true;
        rtb.pingPost.ping.url = QStringLiteral("http://127.0.0.1:8377/ping");
        rtb.pingPost.amountPath = QStringLiteral("bid.amount");
        rtb.pingPost.bidIdPath = QStringLiteral("bid.id");
        rtb.pingPost.minimumBid = 10;
        scenario.webhooks = {rtb};
        scenario.responses.insert(QStringLiteral("RTB (ping)"), jsonResponse(pingBody));
        scenario.responses.insert(QStringLiteral("RTB"), jsonResponse(R"({"accepted_by": "buyer7"})"));
        CannedResponder responder(scenario.responses);
        const CallResult result = CallRunner::run(scenario, &responder);
        const StepResult &step = result.steps.first();
        QVERIFY(step.fired);
        QCOMPARE(step.exchanges.size(), posted ? 2 : 1);
        QCOMPARE(step.exchanges.first().request.url, QStringLiteral("http://127.0.0.1:8377/ping"));
        if (posted) {
            QCOMPARE(step.exchanges.last().request.url,
                     QStringLiteral("http://127.0.0.1:8377/post?bid=x9&amount=12.5"));
            QCOMPARE(step.tagsApplied, QStringList{QStringLiteral("accepted_by:buyer7")});
        } else {
            QVERIFY2(step.reason.contains(QStringLiteral("post not sent")), qPrintable(step.reason));
            QVERIFY(step.tagsApplied.isEmpty());
        }
    }

    void startPingsGoOutTogetherAndApplyInListOrder()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("s1"), Trigger::Start), hook(QStringLiteral("s2"), Trigger::Start),
                             hook(QStringLiteral("s3"), Trigger::PassThrough),
                             hook(QStringLiteral("after"), Trigger::Always)};
        DeferredResponder responder;
        CallRunner runner(scenario, &responder, {});
        runner.start();
        QCOMPARE(responder.pending.size(), 3); // all three in flight at once
        // Answers arrive in reverse; the later list entry still wins the shared key.
        responder.answer(2, R"({"k": "three"})");
        responder.answer(1, R"({"k": "two"})");
        QVERIFY(!runner.isFinished());
        responder.answer(0, R"({"k": "one"})");
        QCOMPARE(responder.pending.size(), 1);
        QCOMPARE(responder.pending.first().name, QStringLiteral("after"));
        responder.answer(0, "");
        QVERIFY(runner.isFinished());
        QCOMPARE(runner.result().finalTags.values(QStringLiteral("k")), QStringList{QStringLiteral("three")});
    }

    void cancelRecordsTheRest()
    {
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("s1"), Trigger::Start), hook(QStringLiteral("end"), Trigger::Always)};
        DeferredResponder responder;
        CallRunner runner(scenario, &responder, {});
        runner.start();
        runner.cancel();
        QVERIFY(runner.isFinished());
        const CallResult &result = runner.result();
        QVERIFY(result.cancelled);
        QCOMPARE(result.steps.size(), 2);
        QCOMPARE(result.steps.at(0).exchanges.first().outcome, Exchange::Outcome::Cancelled);
        QCOMPARE(result.steps.at(1).reason, QStringLiteral("cancelled"));
    }

    void generatedIdentityOnlyWhenAsked()
    {
        CallScenario scenario;
        scenario.webhooks = {
            hook(QStringLiteral("s"), Trigger::Start, QStringLiteral("http://127.0.0.1:8377/s?id=[call_uuid]"))};
        CannedResponder responder(scenario.responses);
        QVERIFY(!CallRunner::run(scenario, &responder).finalTags.contains(QStringLiteral("call_uuid")));
        const CallResult result = CallRunner::run(scenario, &responder, {true});
        QCOMPARE(result.finalTags.joined(QStringLiteral("call_uuid")).size(), 36);
        QCOMPARE(result.finalTags.joined(QStringLiteral("call_key")).size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestCallRunner)
#include "TestCallRunner.moc"
