// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallRunner.h"
#include "call/CannedResponder.h"
#include "call/ScenarioBuilder.h"
#include "files/WorkspaceFile.h"
#include "model/Workspace.h"

#include <QRegularExpression>
#include <QTest>

namespace {

Webhook webhook(const QString &id, const QString &name, Trigger trigger)
{
    Webhook w;
    w.id = id;
    w.name = name;
    w.trigger = trigger;
    w.request.method = QStringLiteral("GET");
    w.request.url = QStringLiteral("http://127.0.0.1:9/") + id;
    return w;
}

QStringList names(const QList<Webhook> &webhooks)
{
    QStringList result;
    for (const Webhook &w : webhooks)
        result.append(w.name + QLatin1Char('@') + w.buyerId);
    return result;
}

// One campaign with a locked and an unlocked number, two campaign buyers and one outside buyer.
Workspace testWorkspace()
{
    Workspace ws;
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar");
    campaign.webhooks = {webhook(QStringLiteral("c1"), QStringLiteral("Start"), Trigger::Start),
                         webhook(QStringLiteral("c2"), QStringLiteral("Converted"), Trigger::Conversion)};
    campaign.conversion.minDurationSeconds = 90;
    campaign.conversion.requiredTags = {QStringLiteral("sale:yes"), QStringLiteral("plan"), QStringLiteral("order_id")};
    campaign.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    TrackingNumber locked;
    locked.number = QStringLiteral("+18005550100");
    TrackingNumber unlocked;
    unlocked.number = QStringLiteral("+18005550101");
    unlocked.webhooksUnlocked = true;
    unlocked.webhooks = {webhook(QStringLiteral("n1"), QStringLiteral("TV start"), Trigger::Start)};
    campaign.numbers = {locked, unlocked};
    ws.campaigns = {campaign};

    Buyer b1;
    b1.id = QStringLiteral("b1");
    b1.name = QStringLiteral("Buyer one");
    b1.webhooks = {webhook(QStringLiteral("b1a"), QStringLiteral("B1 answered"), Trigger::Answered)};
    Buyer b2;
    b2.id = QStringLiteral("b2");
    b2.name = QStringLiteral("Buyer two");
    b2.webhooks = {webhook(QStringLiteral("b2s"), QStringLiteral("B2 selected"), Trigger::Selected),
                   webhook(QStringLiteral("b2c"), QStringLiteral("B2 conversion"), Trigger::Conversion)};
    Buyer b3;
    b3.id = QStringLiteral("b3");
    b3.name = QStringLiteral("Outside buyer");
    b3.webhooks = {webhook(QStringLiteral("b3a"), QStringLiteral("B3 answered"), Trigger::Answered)};
    ws.buyers = {b1, b2, b3};

    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search");
    publisher.tags.set(QStringLiteral("tier"), {QStringLiteral("gold")});
    publisher.tags.set(QStringLiteral("network"), {QStringLiteral("display")});
    ws.publishers = {publisher};

    ws.sampleCall.set(QStringLiteral("plan"), {QStringLiteral("gold-plus")});
    return ws;
}

TestCallSetup baseSetup()
{
    TestCallSetup setup;
    setup.campaignId = QStringLiteral("solar");
    setup.callerNumber = QStringLiteral("+13105550111");
    return setup;
}

} // namespace

class TestScenarioBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void effectiveWebhooks_data();
    void effectiveWebhooks();
    void buyerWebhooksCarryBuyerId();
    void conversionCriteriaFromCampaign();
    void generatedCallerNumber();
    void startingTags();
    void convertedAddsRequiredTagsAndTalkTime();
    void convertedWithoutAnswerIsNoted();
    void errors_data();
    void errors();
    void parseTagLines_data();
    void parseTagLines();
    void parseTagList_data();
    void parseTagList();
    void sampleWorkspaceRuns();
    void setupFromSampleCall();
    void sampleCallSourceIdWithoutPublisher();
    void sampleCallBuyerOutsideTheCampaign();
    void courseWarnings();
};

void TestScenarioBuilder::effectiveWebhooks_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("campaignPart");

    QTest::newRow("any number") << QString() << QStringList{QStringLiteral("Start@"), QStringLiteral("Converted@")};
    QTest::newRow("locked number") << QStringLiteral("+18005550100")
                                   << QStringList{QStringLiteral("Start@"), QStringLiteral("Converted@")};
    QTest::newRow("unlocked number") << QStringLiteral("+18005550101") << QStringList{QStringLiteral("TV start@")};
}

void TestScenarioBuilder::effectiveWebhooks()
{
    QFETCH(QString, number);
    QFETCH(QStringList, campaignPart);

    TestCallSetup setup = baseSetup();
    setup.number = number;
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY2(build.ok(), qPrintable(build.errors.join(QLatin1Char('\n'))));
    const QStringList all = names(build.scenario.webhooks);
    QCOMPARE(all.mid(0, campaignPart.size()), campaignPart);
    // The campaign's buyers follow, whatever the number.
    QCOMPARE(all.mid(campaignPart.size()),
             (QStringList{QStringLiteral("B1 answered@b1"), QStringLiteral("B2 selected@b2"),
                          QStringLiteral("B2 conversion@b2")}));
}

void TestScenarioBuilder::buyerWebhooksCarryBuyerId()
{
    TestCallSetup setup = baseSetup();
    setup.routing = {{QStringLiteral("b3"), false}, {QStringLiteral("b1"), true}};
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(build.ok());
    // Campaign buyers in the campaign's order, then a routed buyer from outside the campaign.
    QCOMPARE(names(build.scenario.webhooks),
             (QStringList{QStringLiteral("Start@"), QStringLiteral("Converted@"), QStringLiteral("B1 answered@b1"),
                          QStringLiteral("B2 selected@b2"), QStringLiteral("B2 conversion@b2"),
                          QStringLiteral("B3 answered@b3")}));
    QCOMPARE(build.scenario.routing.size(), 2);
    QCOMPARE(build.scenario.routing.at(0).buyerId, QStringLiteral("b3"));
    QVERIFY(!build.scenario.routing.at(0).answered);
    QVERIFY(build.scenario.routing.at(1).answered);
    // The workspace's own buyer webhooks are untouched.
    QVERIFY(testWorkspace().buyers.at(0).webhooks.at(0).buyerId.isEmpty());
}

void TestScenarioBuilder::conversionCriteriaFromCampaign()
{
    TestCallSetup setup = baseSetup();
    setup.durationSeconds = 42;
    CallScenario::Postback postback;
    postback.atSecond = 30;
    postback.tags.set(QStringLiteral("sale"), {QStringLiteral("yes")});
    setup.postbacks = {postback};
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(build.ok());
    QCOMPARE(build.scenario.conversion, testWorkspace().campaigns.at(0).conversion);
    QCOMPARE(build.scenario.durationSeconds, 42);
    QCOMPARE(build.scenario.postbacks.size(), 1);
    QCOMPARE(build.scenario.postbacks.at(0).atSecond, 30);
    QCOMPARE(build.scenario.postbacks.at(0).tags.joined(QStringLiteral("sale")), QStringLiteral("yes"));
    // Not asked to convert: no tags are added, the talk time stays.
    QVERIFY(!build.scenario.tags.contains(QStringLiteral("sale")));
    QVERIFY(build.notes.isEmpty());
}

void TestScenarioBuilder::generatedCallerNumber()
{
    const QRegularExpression fiction(QStringLiteral("^\\+121255501\\d\\d$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString number = ScenarioBuilder::generateCallerNumber();
        QVERIFY2(fiction.match(number).hasMatch(), qPrintable(number));
        seen.insert(number);
    }
    QVERIFY2(seen.size() > 20, "the two last digits are random");

    TestCallSetup setup = baseSetup();
    setup.callerNumber = QStringLiteral("   ");
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(build.ok());
    const QString caller = build.scenario.tags.joined(QStringLiteral("caller_number"));
    QVERIFY2(fiction.match(caller).hasMatch(), qPrintable(caller));
    QCOMPARE(build.scenario.tags.joined(QStringLiteral("caller_id")), caller);
    QCOMPARE(build.notes, QStringList{QStringLiteral("Caller number %1 was generated").arg(caller)});
}

void TestScenarioBuilder::startingTags()
{
    TestCallSetup setup = baseSetup();
    setup.publisherSourceId = QStringLiteral("pub1");
    setup.tags.set(QStringLiteral("tier"), {QStringLiteral("silver")});
    setup.tags.set(QStringLiteral("payout"), {QStringLiteral("35.00")});
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(build.ok());
    QCOMPARE(build.scenario.tags.pairs(),
             (QStringList{QStringLiteral("caller_number:+13105550111"), QStringLiteral("caller_id:+13105550111"),
                          QStringLiteral("source_id:pub1"), QStringLiteral("tier:silver"),
                          QStringLiteral("network:display"), QStringLiteral("payout:35.00")}));
}

void TestScenarioBuilder::convertedAddsRequiredTagsAndTalkTime()
{
    TestCallSetup setup = baseSetup();
    setup.routing = {{QStringLiteral("b1"), true}};
    setup.durationSeconds = 30;
    setup.converted = true;
    setup.tags.set(QStringLiteral("sale"), {QStringLiteral("no")});
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(build.ok());
    // "sale:yes" joins the user's value; a bare "plan" takes the sample call's value, a bare
    // "order_id" that the sample call lacks gets "test".
    QCOMPARE(build.scenario.tags.values(QStringLiteral("sale")),
             (QStringList{QStringLiteral("no"), QStringLiteral("yes")}));
    QCOMPARE(build.scenario.tags.joined(QStringLiteral("plan")), QStringLiteral("gold-plus"));
    QCOMPARE(build.scenario.tags.joined(QStringLiteral("order_id")), QStringLiteral("test"));
    QCOMPARE(build.scenario.durationSeconds, 90);
    QCOMPARE(build.notes,
             QStringList{QStringLiteral("Talk time raised from 30 s to the campaign's 90 s minimum to convert")});

    // And the call does convert when run.
    CannedResponder responder({});
    const CallResult result = CallRunner::run(build.scenario, &responder);
    QVERIFY(result.converted);

    // A talk time over the minimum is kept.
    setup.durationSeconds = 300;
    QCOMPARE(ScenarioBuilder::build(testWorkspace(), setup).scenario.durationSeconds, 300);
}

void TestScenarioBuilder::convertedWithoutAnswerIsNoted()
{
    TestCallSetup setup = baseSetup();
    setup.routing = {{QStringLiteral("b1"), false}};
    setup.durationSeconds = 120;
    setup.converted = true;
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(build.ok());
    QCOMPARE(build.notes, QStringList{QStringLiteral("The call cannot convert: no routing attempt is answered")});
}

void TestScenarioBuilder::errors_data()
{
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("postbackAt");
    QTest::addColumn<QStringList>("expected");

    const QString solar = QStringLiteral("solar");
    const QString b1 = QStringLiteral("b1");
    QTest::newRow("no campaign") << QString() << QString() << QString() << b1 << 0 << 0
                                 << QStringList{QStringLiteral("Choose a campaign")};
    QTest::newRow("unknown campaign") << QStringLiteral("wind") << QString() << QString() << b1 << 0 << 0
                                      << QStringList{QStringLiteral("Unknown campaign \"wind\"")};
    QTest::newRow("unknown number") << solar << QStringLiteral("+18005559999") << QString() << b1 << 0 << 0
                                    << QStringList{QStringLiteral("Number +18005559999 is not in campaign \"Solar\"")};
    QTest::newRow("unknown publisher") << solar << QString() << QStringLiteral("pub9") << b1 << 0 << 0
                                       << QStringList{QStringLiteral("Unknown publisher \"pub9\"")};
    QTest::newRow("unknown buyer") << solar << QString() << QString() << QStringLiteral("b9") << 0 << 0
                                   << QStringList{QStringLiteral("Routing attempt 2: unknown buyer \"b9\"")};
    QTest::newRow("negative talk time") << solar << QString() << QString() << b1 << -5 << 0
                                        << QStringList{QStringLiteral("The talk time cannot be negative (-5 s)")};
    QTest::newRow("negative postback") << solar << QString() << QString() << b1 << 10 << -1
                                       << QStringList{QStringLiteral("Postback 1: its time cannot be negative (-1 s)")};
    QTest::newRow("several at once") << QStringLiteral("wind") << QString() << QStringLiteral("pub9") << b1 << -1 << 0
                                     << QStringList{QStringLiteral("Unknown campaign \"wind\""),
                                                    QStringLiteral("Unknown publisher \"pub9\""),
                                                    QStringLiteral("The talk time cannot be negative (-1 s)")};
}

void TestScenarioBuilder::errors()
{
    QFETCH(QString, campaign);
    QFETCH(QString, number);
    QFETCH(QString, publisher);
    QFETCH(QString, buyer);
    QFETCH(int, duration);
    QFETCH(int, postbackAt);
    QFETCH(QStringList, expected);

    TestCallSetup setup = baseSetup();
    setup.campaignId = campaign;
    setup.number = number;
    setup.publisherSourceId = publisher;
    setup.routing = {{QStringLiteral("b1"), false}, {buyer, true}};
    setup.durationSeconds = duration;
    CallScenario::Postback postback;
    postback.atSecond = postbackAt;
    setup.postbacks = {postback};
    const ScenarioBuild build = ScenarioBuilder::build(testWorkspace(), setup);
    QVERIFY(!build.ok());
    QCOMPARE(build.errors, expected);
}

void TestScenarioBuilder::parseTagLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pairs");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("pairs, blanks and comments")
        << QStringLiteral("payout:35.00\n\n# a comment\n  geo : us-ny  \nurl:http://x.test/a?b=c")
        << QStringList{QStringLiteral("payout:35.00"), QStringLiteral("geo:us-ny"),
                       QStringLiteral("url:http://x.test/a?b=c")}
        << QStringList();
    QTest::newRow("a key twice keeps both values")
        << QStringLiteral("vertical:solar\nvertical:roofing")
        << QStringList{QStringLiteral("vertical:solar"), QStringLiteral("vertical:roofing")} << QStringList();
    QTest::newRow("empty value") << QStringLiteral("sale:") << QStringList{QStringLiteral("sale:")} << QStringList();
    QTest::newRow("no value") << QStringLiteral("payout:1\nsale") << QStringList{QStringLiteral("payout:1")}
                              << QStringList{QStringLiteral("line 2: \"sale\" has no value; write key:value")};
    QTest::newRow("no key") << QStringLiteral(":yes") << QStringList()
                            << QStringList{QStringLiteral("line 1: \":yes\" has no tag name before the colon")};
    QTest::newRow("bad key") << QStringLiteral("a:1\n\n3d:x\nmy tag:y") << QStringList{QStringLiteral("a:1")}
                             << QStringList{QStringLiteral("line 3: \"3d\" is not a valid tag name (letters, digits, "
                                                           "_ . -, not starting with a digit)"),
                                            QStringLiteral("line 4: \"my tag\" is not a valid tag name (letters, "
                                                           "digits, _ . -, not starting with a digit)")};
}

void TestScenarioBuilder::parseTagLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pairs);
    QFETCH(QStringList, errors);

    QStringList actualErrors;
    const TagMap tags = ScenarioBuilder::parseTagLines(text, &actualErrors);
    QCOMPARE(tags.pairs(), pairs);
    QCOMPARE(actualErrors, errors);
}

void TestScenarioBuilder::parseTagList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pairs");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("empty") << QStringLiteral(" ") << QStringList() << QStringList();
    QTest::newRow("pairs") << QStringLiteral("sale:yes, sale_amount: 120 ,,lead_score:7")
                           << QStringList{QStringLiteral("sale:yes"), QStringLiteral("sale_amount:120"),
                                          QStringLiteral("lead_score:7")}
                           << QStringList();
    QTest::newRow("errors quote the entry")
        << QStringLiteral("sale, #x:1, ok:1") << QStringList{QStringLiteral("ok:1")}
        << QStringList{QStringLiteral("\"sale\" has no value; write key:value"),
                       QStringLiteral("\"#x\" is not a valid tag name (letters, digits, _ . -, not starting with a "
                                      "digit)")};
}

void TestScenarioBuilder::parseTagList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pairs);
    QFETCH(QStringList, errors);

    QStringList actualErrors;
    const TagMap tags = ScenarioBuilder::parseTagList(text, &actualErrors);
    QCOMPARE(tags.pairs(), pairs);
    QCOMPARE(actualErrors, errors);
}

void TestScenarioBuilder::sampleWorkspaceRuns()
{
    const Workspace sample = WorkspaceFile::sample();
    TestCallSetup setup;
    setup.campaignId = QStringLiteral("solar-leads");
    setup.number = QStringLiteral("+18005550142");
    setup.publisherSourceId = QStringLiteral("pub-7781");
    setup.routing = {{QStringLiteral("lead-exchange"), false}, {QStringLiteral("sunray-installers"), true}};
    setup.durationSeconds = 125;
    setup.converted = true;
    const ScenarioBuild build = ScenarioBuilder::build(sample, setup);
    QVERIFY2(build.ok(), qPrintable(build.errors.join(QLatin1Char('\n'))));
    QCOMPARE(build.scenario.conversion.requiredTags, QStringList{QStringLiteral("sale:yes")});

    CannedResponder responder({});
    const CallResult result = CallRunner::run(build.scenario, &responder);
    QVERIFY(result.converted);
    QHash<QString, const StepResult *> byName;
    for (const StepResult &step : result.steps)
        byName.insert(step.webhookName + QLatin1Char('@') + step.buyerId, &step);
    QVERIFY(byName.value(QStringLiteral("Lead details to SunRay@sunray-installers"))->fired);
    QVERIFY(byName.value(QStringLiteral("Conversion (Google Ads)@"))->fired);
    QVERIFY(!byName.value(QStringLiteral("Not converted@"))->fired);
    QCOMPARE(result.finalTags.joined(QStringLiteral("handler_id")), QStringLiteral("sunray-installers"));
}

void TestScenarioBuilder::setupFromSampleCall()
{
    Workspace ws = testWorkspace();
    ws.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+13105550123")});
    ws.sampleCall.set(QStringLiteral("caller_id"), {QStringLiteral("+13105550123")});
    ws.sampleCall.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});
    ws.sampleCall.set(QStringLiteral("handler_id"), {QStringLiteral("b2")});
    ws.sampleCall.set(QStringLiteral("duration"), {QStringLiteral("75")});
    ws.sampleCall.set(QStringLiteral("call_uuid"), {QStringLiteral("CA-1")});
    ws.sampleCall.set(QStringLiteral("call_key"), {QStringLiteral("k")});
    ws.sampleCall.set(QStringLiteral("converted"), {QStringLiteral("true")});
    ws.sampleCall.set(QStringLiteral("sale"), {QStringLiteral("yes")});

    const TestCallSetup setup = ScenarioBuilder::setupFromSampleCall(ws, QStringLiteral("solar"));
    QCOMPARE(setup.campaignId, QStringLiteral("solar"));
    QCOMPARE(setup.number, QString());
    QCOMPARE(setup.callerNumber, QStringLiteral("+13105550123"));
    QCOMPARE(setup.publisherSourceId, QStringLiteral("pub1"));
    QCOMPARE(setup.routing.size(), 1);
    QCOMPARE(setup.routing.constFirst().buyerId, QStringLiteral("b2"));
    QVERIFY(setup.routing.constFirst().answered);
    QCOMPARE(setup.durationSeconds, 75);
    QVERIFY(!setup.converted);
    // The rest are the call's own; fresh ids, the verdict and what the form holds elsewhere are not.
    QCOMPARE(setup.tags.pairs(), (QStringList{QStringLiteral("plan:gold-plus"), QStringLiteral("sale:yes")}));

    // The built call starts with the sample call's tags (plus the publisher's), so the match
    // verdicts the editor shows for the sample call hold.
    const ScenarioBuild build = ScenarioBuilder::build(ws, setup);
    QVERIFY(build.ok());
    for (const QString &key : {QStringLiteral("caller_number"), QStringLiteral("caller_id"),
                               QStringLiteral("source_id"), QStringLiteral("plan"), QStringLiteral("sale")})
        QCOMPARE(build.scenario.tags.values(key), ws.sampleCall.values(key));
    QCOMPARE(build.scenario.tags.joined(QStringLiteral("tier")), QStringLiteral("gold"));
    QVERIFY(!build.scenario.tags.contains(QStringLiteral("call_uuid")));
    QVERIFY(!build.scenario.tags.contains(QStringLiteral("handler_id")));
}

void TestScenarioBuilder::sampleCallSourceIdWithoutPublisher()
{
    Workspace ws = testWorkspace();
    ws.sampleCall.set(QStringLiteral("source_id"), {QStringLiteral("pub-unknown")});
    const TestCallSetup setup = ScenarioBuilder::setupFromSampleCall(ws, QStringLiteral("solar"));
    QCOMPARE(setup.publisherSourceId, QString());
    QCOMPARE(setup.tags.joined(QStringLiteral("source_id")), QStringLiteral("pub-unknown"));
    // No caller in the sample call: one is generated at build time, and no duration: the default.
    QCOMPARE(setup.callerNumber, QString());
    QCOMPARE(setup.durationSeconds, ScenarioBuilder::kDefaultTalkSeconds);
    const ScenarioBuild build = ScenarioBuilder::build(ws, setup);
    QVERIFY(build.ok());
    QCOMPARE(build.scenario.tags.joined(QStringLiteral("source_id")), QStringLiteral("pub-unknown"));
}

void TestScenarioBuilder::sampleCallBuyerOutsideTheCampaign()
{
    Workspace ws = testWorkspace();
    ws.sampleCall.set(QStringLiteral("handler_id"), {QStringLiteral("b3")});
    const TestCallSetup setup = ScenarioBuilder::setupFromSampleCall(ws, QStringLiteral("solar"));
    QCOMPARE(setup.routing.size(), 1);
    QCOMPARE(setup.routing.constFirst().buyerId, QStringLiteral("b1"));

    ws.campaigns[0].buyerIds.clear();
    QVERIFY(ScenarioBuilder::setupFromSampleCall(ws, QStringLiteral("solar")).routing.isEmpty());
}

void TestScenarioBuilder::courseWarnings()
{
    TestCallSetup setup = baseSetup();
    setup.routing = {{QStringLiteral("b1"), false}, {QStringLiteral("b2"), true}};
    QVERIFY(ScenarioBuilder::courseWarnings(setup).isEmpty());
    setup.routing = {{QStringLiteral("b1"), false}};
    QCOMPARE(ScenarioBuilder::courseWarnings(setup),
             QStringList{QStringLiteral("No routing attempt is answered: the call cannot convert, and the Answered, "
                                        "Timer, Connect and Conversion webhooks will be skipped")});
    setup.routing.clear();
    QCOMPARE(ScenarioBuilder::courseWarnings(setup).size(), 1);
    QVERIFY(ScenarioBuilder::courseWarnings(setup).constFirst().startsWith(
        QStringLiteral("The call is routed to no buyer")));
}

QTEST_GUILESS_MAIN(TestScenarioBuilder)
#include "TestScenarioBuilder.moc"
