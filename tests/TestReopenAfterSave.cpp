// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 13 part 1: whatever the editor can produce, the app saves and reopens. Each case puts
// one lint-failing value into a clean workspace, saves it with WorkspaceFile, reopens it: it
// loads, equals what was saved, and the linter reports an error at that field's path; `validate`
// on the file exits with the lint code (1), not "cannot load" (2), and names the field.

#include "CommandLine.h"
#include "ExitCode.h"
#include "ValidateCommand.h"
#include "call/CallRunner.h"
#include "call/CannedResponder.h"
#include "call/ScenarioBuilder.h"
#include "files/WorkspaceFile.h"
#include "lint/WorkspaceLinter.h"
#include "model/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <functional>

namespace {

Webhook webhook(const QString &id, const QString &name, Trigger trigger)
{
    Webhook hook;
    hook.id = id;
    hook.name = name;
    hook.trigger = trigger;
    hook.request.method = QStringLiteral("POST");
    hook.request.url = QStringLiteral("https://example.test/hook");
    hook.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                            {QStringLiteral("X-Token"), QStringLiteral("abc")}};
    hook.request.bodyKind = BodyKind::Json;
    hook.request.body = QStringLiteral("{\"caller\": \"[caller_number]\"}");
    return hook;
}

// One campaign routing to one buyer, one publisher, one unlocked number: no errors.
Workspace clean()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme");
    Buyer buyer;
    buyer.id = QStringLiteral("b1");
    buyer.name = QStringLiteral("Buyer one");
    buyer.webhooks = {webhook(QStringLiteral("wh-b1"), QStringLiteral("Buyer answered"), Trigger::Answered)};
    ws.buyers = {buyer};
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub-1");
    publisher.postbackFields = {QStringLiteral("click_id")};
    ws.publishers = {publisher};
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar");
    campaign.buyerIds = {QStringLiteral("b1")};
    campaign.conversion.requiredTags = {QStringLiteral("sale:yes")};
    campaign.webhooks = {webhook(QStringLiteral("wh-1"), QStringLiteral("Start"), Trigger::Start),
                         webhook(QStringLiteral("wh-2"), QStringLiteral("Answered"), Trigger::Answered)};
    TrackingNumber number;
    number.number = QStringLiteral("+18005550100");
    number.webhooksUnlocked = true;
    number.webhooks = {webhook(QStringLiteral("wh-n1"), QStringLiteral("Number start"), Trigger::Start)};
    TrackingNumber second;
    second.number = QStringLiteral("+18005550101");
    campaign.numbers = {number, second};
    ws.campaigns = {campaign};
    return ws;
}

struct Case
{
    const char *name;
    std::function<void(Workspace &)> change;
    QString path; // where the error is reported
    QString rule;
};

Webhook &hook(Workspace &ws)
{
    return ws.campaigns[0].webhooks[1];
}

// Every lint-failing value the editor can produce, one per case.
const QList<Case> &cases()
{
    static const QList<Case> all{
        {"header value with LF", [](Workspace &ws) { hook(ws).request.headers[1].value = QStringLiteral("a\nb"); },
         QStringLiteral("campaigns[0].webhooks[1].headers[1].value"), QStringLiteral("header-injection")},
        {"header value with CR", [](Workspace &ws) { hook(ws).request.headers[1].value = QStringLiteral("a\rX: b"); },
         QStringLiteral("campaigns[0].webhooks[1].headers[1].value"), QStringLiteral("header-injection")},
        {"header value with NUL",
         [](Workspace &ws) {
             hook(ws).request.headers[1].value = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
         },
         QStringLiteral("campaigns[0].webhooks[1].headers[1].value"), QStringLiteral("header-injection")},
        {"ping header value with a line break",
         [](Workspace &ws) {
             PingPost &pp = ws.buyers[0].webhooks[0].pingPost;
             pp.enabled = true;
             pp.amountPath = QStringLiteral("bid");
             pp.ping = ws.buyers[0].webhooks[0].request;
             pp.ping.headers[1].value = QStringLiteral("x\r\ny");
         },
         QStringLiteral("buyers[0].webhooks[0].ping_post.ping.headers[1].value"), QStringLiteral("header-injection")},
        {"empty header name", [](Workspace &ws) { hook(ws).request.headers[1].name.clear(); },
         QStringLiteral("campaigns[0].webhooks[1].headers[1].name"), QStringLiteral("invalid-header-name")},
        {"header name with a space", [](Workspace &ws) { hook(ws).request.headers[1].name = QStringLiteral("X Y"); },
         QStringLiteral("campaigns[0].webhooks[1].headers[1].name"), QStringLiteral("invalid-header-name")},
        {"timer seconds 0",
         [](Workspace &ws) {
             hook(ws).trigger = Trigger::Timer;
             hook(ws).timerSeconds = 0;
         },
         QStringLiteral("campaigns[0].webhooks[1].timer_seconds"), QStringLiteral("timer-without-threshold")},
        {"timer seconds over a day",
         [](Workspace &ws) {
             hook(ws).trigger = Trigger::Timer;
             hook(ws).timerSeconds = 86401;
         },
         QStringLiteral("campaigns[0].webhooks[1].timer_seconds"), QStringLiteral("out-of-range")},
        {"timeout 0", [](Workspace &ws) { hook(ws).timeoutMs = 0; },
         QStringLiteral("campaigns[0].webhooks[1].timeout_ms"), QStringLiteral("out-of-range")},
        {"timeout too long", [](Workspace &ws) { hook(ws).timeoutMs = 120001; },
         QStringLiteral("campaigns[0].webhooks[1].timeout_ms"), QStringLiteral("out-of-range")},
        {"unknown method", [](Workspace &ws) { hook(ws).request.method = QStringLiteral("FETCH"); },
         QStringLiteral("campaigns[0].webhooks[1].method"), QStringLiteral("invalid-method")},
        {"empty URL", [](Workspace &ws) { hook(ws).request.url.clear(); },
         QStringLiteral("campaigns[0].webhooks[1].url"), QStringLiteral("invalid-url")},
        {"URL without a host", [](Workspace &ws) { hook(ws).request.url = QStringLiteral("https:///x"); },
         QStringLiteral("campaigns[0].webhooks[1].url"), QStringLiteral("invalid-url")},
        {"URL with an unknown filter",
         [](Workspace &ws) { hook(ws).request.url = QStringLiteral("https://example.test/[call_uuid|nope]"); },
         QStringLiteral("campaigns[0].webhooks[1].url"), QStringLiteral("unknown-filter")},
        {"header value with an unclosed token",
         [](Workspace &ws) { hook(ws).request.headers[1].value = QStringLiteral("[call_uuid|lower"); },
         QStringLiteral("campaigns[0].webhooks[1].headers[1].value"), QStringLiteral("template-error")},
        {"invalid JSON body", [](Workspace &ws) { hook(ws).request.body = QStringLiteral("{\"a\": 1,,}"); },
         QStringLiteral("campaigns[0].webhooks[1].body"), QStringLiteral("invalid-json-body")},
        {"match without key", [](Workspace &ws) { hook(ws).matches = {QStringLiteral(":yes")}; },
         QStringLiteral("campaigns[0].webhooks[1].matches[0]"), QStringLiteral("invalid-match")},
        {"webhook for an unknown buyer", [](Workspace &ws) { hook(ws).buyerId = QStringLiteral("b9"); },
         QStringLiteral("campaigns[0].webhooks[1].buyer"), QStringLiteral("unknown-buyer")},
        {"routing to an unknown buyer", [](Workspace &ws) { ws.campaigns[0].buyerIds.append(QStringLiteral("b9")); },
         QStringLiteral("campaigns[0].buyer_ids[1]"), QStringLiteral("unknown-buyer")},
        {"buyer routed twice", [](Workspace &ws) { ws.campaigns[0].buyerIds.append(QStringLiteral("b1")); },
         QStringLiteral("campaigns[0].buyer_ids[1]"), QStringLiteral("duplicate-id")},
        {"bad bid path",
         [](Workspace &ws) {
             PingPost &pp = ws.buyers[0].webhooks[0].pingPost;
             pp.enabled = true;
             pp.ping = ws.buyers[0].webhooks[0].request;
             pp.amountPath = QStringLiteral("bids[");
         },
         QStringLiteral("buyers[0].webhooks[0].ping_post.amount_path"), QStringLiteral("invalid-bid-path")},
        {"negative minimum bid",
         [](Workspace &ws) {
             PingPost &pp = ws.buyers[0].webhooks[0].pingPost;
             pp.enabled = true;
             pp.ping = ws.buyers[0].webhooks[0].request;
             pp.amountPath = QStringLiteral("bid");
             pp.minimumBid = -1.5;
         },
         QStringLiteral("buyers[0].webhooks[0].ping_post.minimum_bid"), QStringLiteral("out-of-range")},
        {"empty campaign id", [](Workspace &ws) { ws.campaigns[0].id.clear(); }, QStringLiteral("campaigns[0].id"),
         QStringLiteral("missing-id")},
        {"duplicate campaign id",
         [](Workspace &ws) {
             Campaign copy;
             copy.id = ws.campaigns[0].id;
             ws.campaigns.append(copy);
         },
         QStringLiteral("campaigns[1].id"), QStringLiteral("duplicate-id")},
        {"empty buyer id",
         [](Workspace &ws) {
             ws.buyers[0].id.clear();
             ws.campaigns[0].buyerIds.clear();
         },
         QStringLiteral("buyers[0].id"), QStringLiteral("missing-id")},
        {"duplicate buyer id",
         [](Workspace &ws) {
             Buyer copy;
             copy.id = ws.buyers[0].id;
             ws.buyers.append(copy);
         },
         QStringLiteral("buyers[1].id"), QStringLiteral("duplicate-id")},
        {"duplicate webhook id", [](Workspace &ws) { hook(ws).id = ws.campaigns[0].webhooks[0].id; },
         QStringLiteral("campaigns[0].webhooks[1].id"), QStringLiteral("duplicate-id")},
        {"empty source_id", [](Workspace &ws) { ws.publishers[0].sourceId.clear(); },
         QStringLiteral("publishers[0].source_id"), QStringLiteral("missing-id")},
        {"duplicate source_id", [](Workspace &ws) { ws.publishers.append(ws.publishers[0]); },
         QStringLiteral("publishers[1].source_id"), QStringLiteral("duplicate-id")},
        {"empty postback field", [](Workspace &ws) { ws.publishers[0].postbackFields.append(QStringLiteral(" ")); },
         QStringLiteral("publishers[0].postback_fields[1]"), QStringLiteral("invalid-tag")},
        {"number not E.164", [](Workspace &ws) { ws.campaigns[0].numbers[0].number = QStringLiteral("800-555-0100"); },
         QStringLiteral("campaigns[0].numbers[0].number"), QStringLiteral("invalid-number")},
        {"empty number", [](Workspace &ws) { ws.campaigns[0].numbers[1].number.clear(); },
         QStringLiteral("campaigns[0].numbers[1].number"), QStringLiteral("missing-id")},
        {"duplicate number",
         [](Workspace &ws) { ws.campaigns[0].numbers[1].number = ws.campaigns[0].numbers[0].number; },
         QStringLiteral("campaigns[0].numbers[1].number"), QStringLiteral("duplicate-id")},
        {"locked number with webhooks", [](Workspace &ws) { ws.campaigns[0].numbers[0].webhooksUnlocked = false; },
         QStringLiteral("campaigns[0].numbers[0].webhooks"), QStringLiteral("locked-number-webhooks")},
        {"negative minimum duration", [](Workspace &ws) { ws.campaigns[0].conversion.minDurationSeconds = -1; },
         QStringLiteral("campaigns[0].conversion.min_duration"), QStringLiteral("out-of-range")},
        {"required tag without key",
         [](Workspace &ws) { ws.campaigns[0].conversion.requiredTags.append(QStringLiteral(":yes")); },
         QStringLiteral("campaigns[0].conversion.required_tags[1]"), QStringLiteral("invalid-tag")},
        {"company default with a line break",
         [](Workspace &ws) {
             ws.company.defaultWebhooks = {webhook(QStringLiteral("wh-d"), QStringLiteral("Default"), Trigger::Start)};
             ws.company.defaultWebhooks[0].request.headers[0].value = QStringLiteral("application/json\n");
         },
         QStringLiteral("company.default_webhooks[0].headers[0].value"), QStringLiteral("header-injection")},
    };
    return all;
}

QStringList errorPlaces(const Workspace &workspace)
{
    QStringList places;
    for (const LintFinding &finding : WorkspaceLinter::lint(workspace)) {
        if (finding.severity == LintSeverity::Error)
            places.append(finding.location.path() + QStringLiteral(" [") + finding.ruleId() + QLatin1Char(']'));
    }
    return places;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run validate(const QString &fileName)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = ValidateCommand::run({fileName}, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestReopenAfterSave : public QObject
{
    Q_OBJECT

private slots:
    void cleanWorkspaceHasNoErrors() { QCOMPARE(errorPlaces(clean()), QStringList()); }

    void reopensAfterSave_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }

    void reopensAfterSave()
    {
        QFETCH(int, index);
        const Case &entry = cases().at(index);
        Workspace ws = clean();
        entry.change(ws);
        const QString place = entry.path + QStringLiteral(" [") + entry.rule + QLatin1Char(']');
        QVERIFY2(errorPlaces(ws).contains(place), qPrintable(errorPlaces(ws).join(QStringLiteral(", "))));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("workspace.json"));
        QString error;
        QVERIFY2(WorkspaceFile::save(ws, fileName, &error), qPrintable(error));

        const WorkspaceLoadResult reopened = WorkspaceFile::load(fileName);
        QStringList loadErrors;
        for (const LoadError &loadError : reopened.errors)
            loadErrors.append(loadError.toString());
        QCOMPARE(loadErrors, QStringList());
        QCOMPARE(reopened.workspace, ws);
        QVERIFY(errorPlaces(reopened.workspace).contains(place));
        QCOMPARE(WorkspaceFile::serialize(reopened.workspace), WorkspaceFile::serialize(ws));

        const Run run = validate(fileName);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, int(ExitFindings));
        const QString line = fileName + QStringLiteral(": ") + entry.path + QStringLiteral(": error: ");
        QVERIFY2(run.out.contains(line), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1Char('[') + entry.rule + QStringLiteral("]\n")), qPrintable(run.out));
    }

    // A reopened header with a line break is kept, and never sent: the run renders the request,
    // refuses it with the reason, and goes on (no crash, the other webhooks fire).
    void aLoadedLineBreakIsNeverSent()
    {
        Workspace ws = clean();
        hook(ws).request.headers[1].value = QStringLiteral("abc\r\nX-Injected: 1");
        const WorkspaceLoadResult reopened = WorkspaceFile::parse(WorkspaceFile::serialize(ws));
        QVERIFY(reopened.ok());
        TestCallSetup setup;
        setup.campaignId = QStringLiteral("solar");
        setup.routing = {{QStringLiteral("b1"), true}};
        setup.durationSeconds = 60;
        const ScenarioBuild build = ScenarioBuilder::build(reopened.workspace, setup);
        QVERIFY2(build.ok(), qPrintable(build.errors.join(QLatin1Char('\n'))));
        CannedResponder responder({});
        const CallResult result = CallRunner::run(build.scenario, &responder);
        bool refused = false;
        int sent = 0;
        for (const StepResult &step : result.steps) {
            sent += int(step.exchanges.size());
            if (step.webhookName != QStringLiteral("Answered"))
                continue;
            QVERIFY(step.exchanges.isEmpty());
            QVERIFY2(step.errors.join(QLatin1Char(' ')).contains(QStringLiteral("line break")),
                     qPrintable(step.errors.join(QLatin1Char(' '))));
            refused = true;
        }
        QVERIFY(refused);
        QVERIFY(sent > 0); // the other webhooks went out
    }
};

QTEST_GUILESS_MAIN(TestReopenAfterSave)
#include "TestReopenAfterSave.moc"
