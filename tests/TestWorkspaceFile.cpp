// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"
#include "lint/WorkspaceLinter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/workspaces/") + name;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    return file.readAll();
}

QStringList texts(const QList<LoadError> &errors)
{
    QStringList result;
    for (const LoadError &error : errors)
        result.append(error.toString());
    return result;
}

Webhook makeWebhook(const QString &id, const QString &name, Trigger trigger, const QString &method, const QString &url)
{
    Webhook webhook;
    webhook.id = id;
    webhook.name = name;
    webhook.trigger = trigger;
    webhook.request.method = method;
    webhook.request.url = url;
    return webhook;
}

TagMap tags(const QList<QPair<QString, QStringList>> &entries)
{
    TagMap result;
    for (const auto &entry : entries)
        result.set(entry.first, entry.second);
    return result;
}

// The workspace of tests/data/workspaces/every-field.json: every field set, none at its default.
Workspace everyFieldWorkspace()
{
    Webhook full =
        makeWebhook(QStringLiteral("wh-every-field"), QStringLiteral("Every field \"quoted\" é 🚀"), Trigger::Postback,
                    QStringLiteral("PATCH"),
                    QStringLiteral("https://127.0.0.1:8377/hooks/[call_uuid]?phone=[caller_number|digits|sha256]&v=1"));
    full.timerSeconds = 15;
    full.request.headers = {{QStringLiteral("X-Trace"), QStringLiteral("a")},
                            {QStringLiteral("X-Trace"), QStringLiteral("b")},
                            {QStringLiteral("Authorization"), QStringLiteral("Bearer [token|default:none]")}};
    full.request.bodyKind = BodyKind::Raw;
    full.request.body = QStringLiteral("line one\nline\ttwo [caller_zip]");
    full.matches = {QStringLiteral("sale:yes"), QStringLiteral("sale:maybe"), QStringLiteral("geo")};
    full.timeoutMs = 120000;
    full.enabled = false;
    full.notes = QStringLiteral("Notes\nover two lines");
    full.buyerId = QStringLiteral("buyer-1");
    full.pingPost.enabled = true;
    full.pingPost.amountPath = QStringLiteral("bids[0].price");
    full.pingPost.acceptedPath = QStringLiteral("bids[0].ok");
    full.pingPost.bidIdPath = QStringLiteral("bids[0].id");
    full.pingPost.minimumBid = 7.25;
    full.pingPost.ping.method = QStringLiteral("PUT");
    full.pingPost.ping.url = QStringLiteral("http://127.0.0.1:8377/ping?zip=[caller_zip]");
    full.pingPost.ping.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    full.pingPost.ping.bodyKind = BodyKind::Json;
    full.pingPost.ping.body = QStringLiteral("{\"zip\": \"[caller_zip]\", \"n\": [n|default:0]}");

    Workspace workspace;
    workspace.company.name = QStringLiteral("Every Field Co");
    workspace.company.defaultWebhooks = {full};
    workspace.company.trackingDomains = {{QStringLiteral("cake"), QStringLiteral("t.example.test")},
                                         {QStringLiteral("voluum"), QStringLiteral("v.example.test")}};

    Webhook timer = makeWebhook(QStringLiteral("wh-timer"), QStringLiteral("Timer"), Trigger::Timer,
                                QStringLiteral("POST"), QStringLiteral("http://127.0.0.1:8377/t"));
    timer.timerSeconds = 30;
    timer.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")}};
    timer.request.bodyKind = BodyKind::Form;
    timer.request.body = QStringLiteral("a=[b]&c=d");
    Webhook own = makeWebhook(QStringLiteral("wh-number"), QStringLiteral("Own"), Trigger::DataAppending,
                              QStringLiteral("DELETE"), QStringLiteral("http://127.0.0.1:8377/n"));
    own.request.bodyKind = BodyKind::Json;
    own.request.body = QStringLiteral("{}");

    Campaign campaign;
    campaign.id = QStringLiteral("camp-1");
    campaign.name = QStringLiteral("Campaign one");
    campaign.buyerIds = {QStringLiteral("buyer-1"), QStringLiteral("buyer-2")};
    campaign.conversion.minDurationSeconds = 45;
    campaign.conversion.requiredTags = {QStringLiteral("sale:yes"), QStringLiteral("qualified")};
    campaign.webhooks = {timer};
    TrackingNumber locked;
    locked.number = QStringLiteral("+18005550100");
    locked.name = QStringLiteral("Locked");
    TrackingNumber unlocked;
    unlocked.number = QStringLiteral("+18005550101");
    unlocked.name = QStringLiteral("Unlocked");
    unlocked.webhooksUnlocked = true;
    unlocked.webhooks = {own};
    campaign.numbers = {locked, unlocked};
    workspace.campaigns = {campaign};

    Buyer first;
    first.id = QStringLiteral("buyer-1");
    first.name = QStringLiteral("Buyer one");
    first.tags = tags({{QStringLiteral("region"), {QStringLiteral("us-ca"), QStringLiteral("us-az")}},
                       {QStringLiteral("tier"), {QStringLiteral("1")}}});
    first.webhooks = {makeWebhook(QStringLiteral("wh-buyer"), QStringLiteral("Buyer hook"), Trigger::Answered,
                                  QStringLiteral("PUT"), QStringLiteral("http://127.0.0.1:8377/b"))};
    Buyer second;
    second.id = QStringLiteral("buyer-2");
    second.name = QStringLiteral("Buyer two");
    workspace.buyers = {first, second};

    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub-1");
    publisher.name = QStringLiteral("Publisher one");
    publisher.postbackKey = QStringLiteral("pk-1");
    publisher.postbackFields = {QStringLiteral("sale"), QStringLiteral("lead_score")};
    publisher.tags = tags({{QStringLiteral("network"), {QStringLiteral("search")}}});
    workspace.publishers = {publisher};

    workspace.userTemplates = QJsonArray{QJsonObject{
        {QStringLiteral("name"), QStringLiteral("My template")},
        {QStringLiteral("platform"), QStringLiteral("custom")},
        {QStringLiteral("webhooks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                                            {QStringLiteral("trigger"), QStringLiteral("start")}}}},
    }};
    workspace.sampleCall = tags({{QStringLiteral("caller_number"), {QStringLiteral("+12125550100")}},
                                 {QStringLiteral("caller_zip"), {QStringLiteral("10101")}},
                                 {QStringLiteral("source_id"), {QStringLiteral("pub-1")}}});
    return workspace;
}

QList<Webhook> allWebhooks(const Workspace &workspace)
{
    QList<Webhook> all = workspace.company.defaultWebhooks;
    for (const Campaign &campaign : workspace.campaigns) {
        all += campaign.webhooks;
        for (const TrackingNumber &number : campaign.numbers)
            all += number.webhooks;
    }
    for (const Buyer &buyer : workspace.buyers)
        all += buyer.webhooks;
    return all;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
struct MalformedCase
{
    QString file; // under tests/data/workspaces/bad, without ".json"
    QStringList expected;
};

// Each malformed fixture with the exact errors it must give, in order.
QList<MalformedCase> malformedCases()
{
    QList<MalformedCase> cases;
    const QString triggers = QStringLiteral("data_appending, start, pass_through, selected, answered, timer, "
                                            "postback, connect, conversion, non_conversion, always");
    const auto row = [&cases](const char *file, const QStringList &expected) {
        cases.append({QString::fromLatin1(file), expected});
    };

    // The text itself.
    row("empty", {"the file is empty"});
    row("whitespace-only", {"the file is empty"});
    row("truncated", {"unexpected end of file: the file looks truncated (it ends at line 26, column 37)"});
    row("truncated-in-keyword", {"unexpected end of file: the file looks truncated (it ends at line 6, column 24)"});
    row("missing-comma", {"syntax error at line 3, column 5: expected \",\" or \"}\" here (is a comma missing?)"});
    row("mismatched-bracket", {"syntax error at line 5, column 5: expected \",\" or \"]\" here (is a comma missing?)"});
    row("trailing-comma", {"syntax error at line 4, column 1: object is missing after a comma"});
    row("garbage-after-end", {"syntax error at line 4, column 1: garbage at the end of the document"});
    row("latin1", {"the file is not UTF-8 text (invalid byte 0xE9 at line 4, column 21)"});
    row("nul-byte", {"the file is not UTF-8 text (a NUL byte at line 3, column 28)"});
    row("utf16", {"the file is UTF-16 text; save it as UTF-8"});
    row("root-array", {"the file holds an array; a workspace file is a JSON object"});

    // The format version.
    row("missing-format", {"format: required field is missing: this does not look like a workspace file "
                           "(expected \"format\": 1)"});
    row("format-string", {"format: expected an integer, got a string (\"1\")"});
    row("format-future", {"format 2 is newer than this app understands (1); update Webhook Configurator"});
    row("format-zero", {"format: 0 is not a valid format version (expected 1)"});

    // Structure and types.
    row("company-not-object", {"company: expected an object, got a string (\"Acme\")"});
    row("campaigns-not-array", {"campaigns: expected an array, got an object"});
    row("campaign-not-object", {"campaigns[0]: expected a campaign object, got a string (\"solar\")"});
    row("webhook-not-object", {"campaigns[0].webhooks[0]: expected a webhook object, got null"});
    row("wrong-types", {"company.default_webhooks[0].name: expected a string, got a number (7)",
                        "company.default_webhooks[0].matches: expected an array, got a string (\"sale:yes\")",
                        "company.default_webhooks[0].enabled: expected true or false, got a string (\"yes\")",
                        "company.default_webhooks[0].notes: expected a string, got null",
                        "company.default_webhooks[0].buyer: expected a buyer id or null, got a number (3)"});
    row("bad-templates-and-domains", {"company.tracking_domains.cake: expected a domain name string, got a number (5)",
                                      "templates[1]: expected a template object, got a string (\"not an object\")"});
    row("bad-sample-call", {"sample_call: expected an object, got an array"});
    row("bad-publisher", {"publishers[0].postback_key: expected a string, got a number (12)"});
    row("bad-tags", {"buyers[0].tags. pad: tag key \" pad\" has spaces around it",
                     "buyers[0].tags.geo[1]: expected a string, number or boolean, got null",
                     "buyers[0].tags.region: expected a list of values or a single value, got an object",
                     "buyers[0].tags.tier: tag \"tier\" repeats \"Tier\" (tag keys ignore case)"});

    // Webhooks.
    row("unknown-trigger", {"campaigns[0].webhooks[1].trigger: unknown trigger \"strat\" (expected one of: " + triggers
                            + QLatin1Char(')')});
    row("unknown-body-kind", {"campaigns[0].webhooks[0].body_kind: unknown body kind \"xml\" (expected one of: "
                              "none, form, json, raw)"});
    row("timeout-not-whole", {"company.default_webhooks[0].timeout_ms: expected a whole number, got 2.5"});
    row("bad-headers", {"company.default_webhooks[0].headers[3]: expected an object with \"name\" and \"value\", "
                        "got a string (\"X-Plain: 1\")"});
    row("bad-header-object", {"company.default_webhooks[0].headers.X-Count: expected a string, got a number (3)"});
    row("headers-wrong-type", {"company.default_webhooks[0].headers: expected an object or an array of "
                               "{\"name\", \"value\"} objects, got a string (\"Content-Type: application/json\")"});
    row("bad-matches-and-conversion", {"campaigns[0].webhooks[0].matches[2]: expected a string, got a number (5)"});
    row("bad-ping-post", {"buyers[0].webhooks[0].ping_post.enabled: expected true or false, got a string (\"yes\")",
                          "buyers[0].webhooks[0].ping_post.ping.url: expected a string, got a number (5)"});

    return cases;
}

struct ContentCase
{
    QString file;       // under tests/data/workspaces/content, without ".json"
    QStringList places; // "path [rule]" the linter must report, among its other findings
};

// Fixtures whose content is wrong but whose structure is fine: they load as written and the
// linter reports each problem at its field (issue 13: loading is lenient about content).
QList<ContentCase> contentCases()
{
    return {
        {QStringLiteral("missing-ids"),
         {"campaigns[0].id [missing-id]", "campaigns[0].numbers[0].number [missing-id]", "buyers[0].id [missing-id]",
          "publishers[0].source_id [missing-id]"}},
        {QStringLiteral("unknown-method"), {"company.default_webhooks[0].method [invalid-method]"}},
        {QStringLiteral("negative-timer"), {"campaigns[0].webhooks[0].timer_seconds [timer-without-threshold]"}},
        {QStringLiteral("timer-zero"), {"campaigns[0].webhooks[0].timer_seconds [timer-without-threshold]"}},
        {QStringLiteral("timeout-out-of-range"),
         {"campaigns[0].webhooks[0].timeout_ms [out-of-range]", "campaigns[0].webhooks[1].timeout_ms [out-of-range]"}},
        {QStringLiteral("duplicate-campaign-id"), {"campaigns[1].id [duplicate-id]"}},
        {QStringLiteral("duplicate-buyer-id"), {"buyers[1].id [duplicate-id]"}},
        {QStringLiteral("duplicate-webhook-id"), {"buyers[0].webhooks[0].id [duplicate-id]"}},
        {QStringLiteral("duplicate-source-id"), {"publishers[1].source_id [duplicate-id]"}},
        {QStringLiteral("duplicate-number"), {"campaigns[1].numbers[0].number [duplicate-id]"}},
        {QStringLiteral("unknown-buyer"),
         {"campaigns[0].webhooks[0].buyer [unknown-buyer]", "campaigns[0].buyer_ids[1] [unknown-buyer]"}},
        {QStringLiteral("buyer-listed-twice"), {"campaigns[0].buyer_ids[1] [duplicate-id]"}},
        {QStringLiteral("bad-number"), {"campaigns[0].numbers[0].number [invalid-number]"}},
        {QStringLiteral("locked-number-with-webhooks"), {"campaigns[0].numbers[0].webhooks [locked-number-webhooks]"}},
    };
}

QStringList lintPlaces(const Workspace &workspace)
{
    QStringList places;
    for (const LintFinding &finding : WorkspaceLinter::lint(workspace)) {
        if (finding.severity == LintSeverity::Error)
            places.append(finding.location.path() + QStringLiteral(" [") + finding.ruleId() + QLatin1Char(']'));
    }
    return places;
}

} // namespace

Q_DECLARE_METATYPE(Workspace)

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldFixtureLoadsAndWritesBackByteForByte()
    {
        const QByteArray fixture = readAll(dataFile(QStringLiteral("every-field.json")));
        const WorkspaceLoadResult loaded = WorkspaceFile::load(dataFile(QStringLiteral("every-field.json")));
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        // Every field was read into its place...
        QCOMPARE(loaded.workspace, everyFieldWorkspace());
        // ...and is written back exactly: keys sorted, 4-space indent, trailing newline.
        QCOMPARE(WorkspaceFile::serialize(loaded.workspace), fixture);
        QVERIFY(fixture.endsWith("}\n"));
    }

    void serializeParseSerializeIsIdentical()
    {
        const Workspace workspace = everyFieldWorkspace();
        const QByteArray first = WorkspaceFile::serialize(workspace);
        const WorkspaceLoadResult parsed = WorkspaceFile::parse(first);
        QVERIFY2(parsed.ok(), qPrintable(texts(parsed.errors).join(QLatin1Char('\n'))));
        QCOMPARE(parsed.workspace, workspace);
        QCOMPARE(WorkspaceFile::serialize(parsed.workspace), first);
    }

    void emptyWorkspaceRoundTrips()
    {
        const QByteArray bytes = WorkspaceFile::serialize(Workspace());
        QVERIFY(bytes.contains("\"format\": 1"));
        const WorkspaceLoadResult parsed = WorkspaceFile::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.workspace, Workspace());
        QCOMPARE(WorkspaceFile::serialize(parsed.workspace), bytes);
        // The smallest valid file.
        QVERIFY(WorkspaceFile::parse("{\"format\": 1}").ok());
    }

    void unknownFieldsSurviveAtEveryLevel()
    {
        const QString fileName = dataFile(QStringLiteral("unknown-fields.json"));
        const WorkspaceLoadResult loaded = WorkspaceFile::load(fileName);
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        const Workspace &ws = loaded.workspace;
        const auto json = [](const char *text) {
            return QJsonDocument::fromJson(QByteArray(text)).object();
        };

        QCOMPARE(ws.unknownFields, json(R"({"x_root": {"kept": true}})"));
        QCOMPARE(ws.company.unknownFields, json(R"({"x_company": "company-level"})"));
        QCOMPARE(ws.company.defaultWebhooks.at(0).unknownFields,
                 json(R"({"x_webhook": {"nested": [1, 2.5, "three"]},)"
                      R"( "headers": [{}, {"x_header": "second header"}, {}],)"
                      R"( "ping_post": {"x_ping_post": 42,)"
                      R"( "ping": {"x_ping": null, "headers": [{"x_ping_header": [true]}]}}})"));
        const Campaign &campaign = ws.campaigns.at(0);
        QCOMPARE(campaign.unknownFields, json(R"({"x_campaign": [], "conversion": {"x_conversion": {}}})"));
        QVERIFY(campaign.numbers.at(0).unknownFields.isEmpty());
        QCOMPARE(campaign.numbers.at(1).unknownFields, json(R"({"x_number": "number-level"})"));
        QCOMPARE(campaign.numbers.at(1).webhooks.at(0).unknownFields, json(R"({"x_number_webhook": 1})"));
        QCOMPARE(ws.buyers.at(0).unknownFields, json(R"({"x_buyer": "buyer-level"})"));
        QCOMPARE(ws.publishers.at(0).unknownFields, json(R"({"x_publisher": {"deep": {"deeper": "yes"}}})"));

        // Apart from them, the workspace is the every-field one.
        QCOMPARE(ws.company.name, everyFieldWorkspace().company.name);
        QCOMPARE(ws.campaigns.at(0).conversion, everyFieldWorkspace().campaigns.at(0).conversion);

        QCOMPARE(WorkspaceFile::serialize(ws), readAll(fileName));
    }

    void unknownFieldsSurviveAnEdit()
    {
        WorkspaceLoadResult loaded = WorkspaceFile::load(dataFile(QStringLiteral("unknown-fields.json")));
        QVERIFY(loaded.ok());
        Workspace ws = loaded.workspace;
        ws.campaigns[0].name = QStringLiteral("Renamed");
        ws.company.defaultWebhooks[0].pingPost.minimumBid = 9.5;
        ws.buyers.append(Buyer{QStringLiteral("buyer-3"), QStringLiteral("New"), {}, {}, {}});
        const WorkspaceLoadResult again = WorkspaceFile::parse(WorkspaceFile::serialize(ws));
        QVERIFY2(again.ok(), qPrintable(texts(again.errors).join(QLatin1Char('\n'))));
        QCOMPARE(again.workspace, ws);
        QCOMPARE(again.workspace.campaigns.at(0).unknownFields, loaded.workspace.campaigns.at(0).unknownFields);
        QCOMPARE(again.workspace.company.defaultWebhooks.at(0).unknownFields,
                 loaded.workspace.company.defaultWebhooks.at(0).unknownFields);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        for (const MalformedCase &entry : malformedCases())
            QTest::newRow(qPrintable(entry.file)) << entry.file << entry.expected;
    }

    void malformedFiles()
    {
        QFETCH(QString, file);
        const WorkspaceLoadResult result =
            WorkspaceFile::load(dataFile(QStringLiteral("bad/") + file + QStringLiteral(".json")));
        QTEST(texts(result.errors), "expected");
        QVERIFY(!result.ok());
        QCOMPARE(result.workspace, Workspace()); // never half-loaded
    }

    void contentLoadsAsWrittenAndIsLinted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("places");
        for (const ContentCase &entry : contentCases())
            QTest::newRow(qPrintable(entry.file)) << entry.file << entry.places;
    }

    void contentLoadsAsWrittenAndIsLinted()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, places);
        const WorkspaceLoadResult result =
            WorkspaceFile::load(dataFile(QStringLiteral("content/") + file + QStringLiteral(".json")));
        QCOMPARE(texts(result.errors), QStringList());
        const QStringList found = lintPlaces(result.workspace);
        for (const QString &place : std::as_const(places))
            QVERIFY2(found.contains(place), qPrintable(place + QStringLiteral(" not in: ") + found.join(", ")));
        // What loaded saves and reopens unchanged.
        const QByteArray saved = WorkspaceFile::serialize(result.workspace);
        const WorkspaceLoadResult reopened = WorkspaceFile::parse(saved);
        QCOMPARE(texts(reopened.errors), QStringList());
        QCOMPARE(reopened.workspace, result.workspace);
        QCOMPARE(WorkspaceFile::serialize(reopened.workspace), saved);
    }

    void everyContentFixtureIsInTheTable()
    {
        QStringList files =
            QDir(dataFile(QStringLiteral("content"))).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (QString &file : files)
            file.chop(5);
        QStringList inTable;
        for (const ContentCase &entry : contentCases())
            inTable.append(entry.file);
        files.sort();
        inTable.sort();
        QCOMPARE(inTable, files);
    }

    void everyMalformedFixtureIsInTheTable()
    {
        QStringList files = QDir(dataFile(QStringLiteral("bad"))).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (QString &file : files)
            file.chop(5);
        QStringList inTable;
        for (const MalformedCase &entry : malformedCases())
            inTable.append(entry.file);
        files.sort();
        inTable.sort();
        QCOMPARE(inTable, files);
        QVERIFY(files.size() >= 20);
    }

    void tooLargeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(WorkspaceFile::kMaxFileBytes + 1024 * 1024)); // sparse: costs no disk
        file.close();
        QCOMPARE(texts(WorkspaceFile::load(file.fileName()).errors),
                 QStringList{"the file is too large (65.0 MiB; a workspace file is at most 64 MiB)"});

        QByteArray data(WorkspaceFile::kMaxFileBytes + 1, ' ');
        QCOMPARE(texts(WorkspaceFile::parse(data).errors),
                 QStringList{"the file is too large (64.0 MiB; a workspace file is at most 64 MiB)"});
        // Exactly at the limit is fine as far as size goes.
        data.chop(1);
        QCOMPARE(texts(WorkspaceFile::parse(data).errors), QStringList{"the file is empty"});
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        QCOMPARE(texts(WorkspaceFile::load(dir.filePath(QStringLiteral("absent.json"))).errors),
                 QStringList{"cannot open the file: No such file or directory"});
        QCOMPARE(texts(WorkspaceFile::load(dir.path()).errors), QStringList{"this is a folder, not a workspace file"});
    }

    void byteOrderMarkIsAccepted()
    {
        const WorkspaceLoadResult result =
            WorkspaceFile::parse("\xEF\xBB\xBF{\"format\": 1, \"company\": {\"name\": \"Acme\"}}");
        QVERIFY(result.ok());
        QCOMPARE(result.workspace.company.name, QStringLiteral("Acme"));
    }

    void missingWebhookIdsAreGenerated()
    {
        const QByteArray json = R"({"format": 1,)"
                                R"( "company": {"default_webhooks": [{"name": "a"}, {"name": "b", "id": ""}]},)"
                                R"( "campaigns": [{"id": "c", "webhooks": [{"name": "c"}],)"
                                R"( "numbers": [{"number": "+18005550100", "webhooks_unlocked": true,)"
                                R"( "webhooks": [{"name": "d"}]}]}],)"
                                R"( "buyers": [{"id": "b", "webhooks": [{"name": "e", "id": "kept"}]}]})";
        const WorkspaceLoadResult first = WorkspaceFile::parse(json);
        QVERIFY2(first.ok(), qPrintable(texts(first.errors).join(QLatin1Char('\n'))));
        const QList<Webhook> webhooks = allWebhooks(first.workspace);
        QCOMPARE(webhooks.size(), 5);
        QSet<QString> ids;
        static const QRegularExpression generated(QStringLiteral("^wh-[0-9a-f]{12}$"));
        for (const Webhook &webhook : webhooks) {
            if (webhook.name != QLatin1String("e"))
                QVERIFY2(generated.match(webhook.id).hasMatch(), qPrintable(webhook.id));
            ids.insert(webhook.id);
        }
        QCOMPARE(ids.size(), 5);
        QCOMPARE(webhooks.last().id, QStringLiteral("kept"));
        // Generated ids are written, so they stay stable from then on.
        const QByteArray saved = WorkspaceFile::serialize(first.workspace);
        QCOMPARE(allWebhooks(WorkspaceFile::parse(saved).workspace).first().id, webhooks.first().id);
    }

    void headerObjectFormIsWrittenAsArray()
    {
        const WorkspaceLoadResult result = WorkspaceFile::parse(
            R"({"format": 1, "company": {"default_webhooks": [)"
            R"( {"id": "wh-1", "headers": {"Content-Type": "application/json", "Accept": "text/plain"}}]}})");
        QVERIFY(result.ok());
        const QByteArray written = WorkspaceFile::serialize(result.workspace);
        const QJsonArray headers =
            QJsonDocument::fromJson(written)
                .object()[QStringLiteral("company")][QStringLiteral("default_webhooks")][0][QStringLiteral("headers")]
                .toArray();
        QCOMPARE(headers, (QJsonArray{QJsonObject{{"name", "Accept"}, {"value", "text/plain"}},
                                      QJsonObject{{"name", "Content-Type"}, {"value", "application/json"}}}));
    }

    void everyCutOfTheSampleIsReportedAsTruncated()
    {
        const QByteArray full = readAll(QStringLiteral(WC_SOURCE_DIR "/resources/sample-workspace.json"));
        // A file cut anywhere (a crash, a full disk, a partial copy) must never load, nor crash.
        for (qsizetype length = 0; length < full.size() - 2; length += 5) {
            const WorkspaceLoadResult result = WorkspaceFile::parse(full.left(length));
            QCOMPARE(result.errors.size(), 1);
            const QString message = result.errors.constFirst().toString();
            if (length == 0)
                QCOMPARE(message, QStringLiteral("the file is empty"));
            else if (!message.startsWith(
                         QLatin1String("unexpected end of file: the file looks truncated (it ends at ")))
                QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(length).arg(message)));
            QCOMPARE(result.workspace, Workspace());
        }
    }

    void saveWritesTheSerializedBytes()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("ws.json"));
        QString error;
        QVERIFY(WorkspaceFile::save(Workspace(), fileName, &error));
        QVERIFY(WorkspaceFile::save(everyFieldWorkspace(), fileName, &error)); // replaces
        QVERIFY(error.isEmpty());
        QCOMPARE(readAll(fileName), WorkspaceFile::serialize(everyFieldWorkspace()));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("ws.json")}); // no temporary file left
        QVERIFY(WorkspaceFile::save(Workspace(), fileName, nullptr));
    }

    void saveIntoAMissingFolderFails()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("no-such-folder/ws.json"));
        QString error;
        QVERIFY(!WorkspaceFile::save(everyFieldWorkspace(), fileName, &error));
        QCOMPARE(error, QStringLiteral("cannot save \"%1\": No such file or directory; the previous file was left "
                                       "unchanged")
                            .arg(fileName));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void saveOverAFolderFails()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ws.json")));
        const QString fileName = dir.filePath(QStringLiteral("ws.json"));
        QString error;
        QVERIFY(!WorkspaceFile::save(everyFieldWorkspace(), fileName, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot save \"%1\": ").arg(fileName)), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1String("; the previous file was left unchanged")), qPrintable(error));
        QVERIFY(QFileInfo(fileName).isDir());
    }

    void interruptedSaveLeavesThePreviousFileIntact_data()
    {
        QTest::addColumn<Workspace>("workspace");
        // QFileDevice buffers 16 KiB: a smaller file fails when flushed, a larger one while written.
        QTest::newRow("fails in the flush") << everyFieldWorkspace();
        QTest::newRow("fails in a write") << WorkspaceFile::sample();
    }

    void interruptedSaveLeavesThePreviousFileIntact()
    {
#ifdef Q_OS_LINUX
        QFETCH(Workspace, workspace);
        // The disk "fills up" half way through: the file size limit makes writes fail with EFBIG.
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("ws.json"));
        QString error;
        QVERIFY(WorkspaceFile::save(Workspace(), fileName, &error));
        const QByteArray previous = readAll(fileName);
        QVERIFY(WorkspaceFile::serialize(workspace).size() > 4096);

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool ok = WorkspaceFile::save(workspace, fileName, &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!ok);
        QCOMPARE(
            error,
            QStringLiteral("cannot save \"%1\": File too large; the previous file was left unchanged").arg(fileName));
        QCOMPARE(readAll(fileName), previous);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("ws.json")});
        QVERIFY(WorkspaceFile::load(fileName).ok());
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }

    void sampleLoadsWithEverything()
    {
        const WorkspaceLoadResult loaded = WorkspaceFile::load(WorkspaceFile::sampleResourcePath());
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        const Workspace ws = WorkspaceFile::sample();
        QCOMPARE(ws, loaded.workspace);
        QCOMPARE(ws.company.name, QStringLiteral("Acme Home Services"));
        QVERIFY(!ws.company.defaultWebhooks.isEmpty());
        QCOMPARE(ws.campaigns.size(), 2);
        QCOMPARE(ws.buyers.size(), 3);
        QCOMPARE(ws.publishers.size(), 1);
        for (const Campaign &campaign : ws.campaigns) {
            QVERIFY(campaign.conversion.minDurationSeconds > 0);
            QVERIFY(!campaign.conversion.requiredTags.isEmpty());
        }

        const QList<Webhook> webhooks = allWebhooks(ws);
        QSet<Trigger> triggers;
        bool anyMatches = false;
        bool anyFilter = false;
        static const QRegularExpression filteredToken(QStringLiteral("\\[[A-Za-z_][A-Za-z0-9_.:-]*\\|"));
        for (const Webhook &webhook : webhooks) {
            triggers.insert(webhook.trigger);
            anyMatches = anyMatches || !webhook.matches.isEmpty();
            anyFilter = anyFilter || filteredToken.match(webhook.request.url + webhook.request.body).hasMatch();
            // Offline: everything goes to the local sandbox receiver.
            QVERIFY2(webhook.request.url.startsWith(QLatin1String("http://127.0.0.1:8377/")),
                     qPrintable(webhook.request.url));
            if (webhook.pingPost.enabled)
                QVERIFY(webhook.pingPost.ping.url.startsWith(QLatin1String("http://127.0.0.1:8377/")));
            if (webhook.request.bodyKind == BodyKind::Json) {
                QVERIFY2(webhook.request.headers.contains(
                             {QStringLiteral("Content-Type"), QStringLiteral("application/json")}),
                         qPrintable(webhook.name));
            }
        }
        const QList<Trigger> all = Triggers::all();
        QCOMPARE(triggers, QSet<Trigger>(all.begin(), all.end()));
        QVERIFY(anyMatches);
        QVERIFY(anyFilter);

        bool anyPingPost = false;
        for (const Buyer &buyer : ws.buyers) {
            for (const Webhook &webhook : buyer.webhooks)
                anyPingPost = anyPingPost || webhook.pingPost.enabled;
        }
        QVERIFY(anyPingPost);

        // Fictional numbers only: 800-555-01XX for tracking numbers, 212-555-01XX for the caller.
        static const QRegularExpression tracking(QStringLiteral("^\\+180055501[0-9]{2}$"));
        bool anyUnlocked = false;
        for (const Campaign &campaign : ws.campaigns) {
            for (const TrackingNumber &number : campaign.numbers) {
                QVERIFY2(tracking.match(number.number).hasMatch(), qPrintable(number.number));
                anyUnlocked = anyUnlocked || (number.webhooksUnlocked && !number.webhooks.isEmpty());
            }
        }
        QVERIFY(anyUnlocked);
        QVERIFY(QRegularExpression(QStringLiteral("^\\+121255501[0-9]{2}$"))
                    .match(ws.sampleCall.joined(QStringLiteral("caller_number")))
                    .hasMatch());
        QVERIFY(!ws.sampleCall.joined(QStringLiteral("caller_zip")).isEmpty());
        QCOMPARE(ws.sampleCall.joined(QStringLiteral("source_id")), ws.publishers.at(0).sourceId);
        QVERIFY(!ws.publishers.at(0).postbackKey.isEmpty());
        QVERIFY(!ws.publishers.at(0).postbackFields.isEmpty());
    }

    void sampleFileIsInItsCanonicalForm()
    {
        // So that opening and saving the sample shows no diff.
        QCOMPARE(WorkspaceFile::serialize(WorkspaceFile::sample()), readAll(WorkspaceFile::sampleResourcePath()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "TestWorkspaceFile.moc"
