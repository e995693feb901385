// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/KnownTags.h"
#include "lint/WebhookLinter.h"
#include "model/Workspace.h"
#include "record/PixelStore.h"
#include "record/PixelTags.h"
#include "templates/TemplateLibrary.h"
#include "tokens/TokenFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList names(const QList<KnownTag> &tags)
{
    QStringList result;
    for (const KnownTag &tag : tags)
        result.append(tag.name);
    return result;
}

const KnownTag *find(const QList<KnownTag> &tags, const QString &name)
{
    for (const KnownTag &tag : tags) {
        if (tag.name == name)
            return &tag;
    }
    return nullptr;
}

Webhook webhook(const QString &name, const QString &url, const QStringList &matches = {})
{
    Webhook result;
    result.name = name;
    result.request.url = url;
    result.matches = matches;
    return result;
}

} // namespace

class TestKnownTags : public QObject
{
    Q_OBJECT

private slots:
    void builtInsAreTheLintersWithDescriptions()
    {
        const QList<KnownTag> builtIns = KnownTags::builtIns();
        QCOMPARE(names(builtIns), WebhookLinter::builtInTags());
        for (const KnownTag &tag : builtIns) {
            QVERIFY2(!tag.description.isEmpty(), qPrintable(tag.name));
            QCOMPARE(tag.source, KnownTag::Source::BuiltIn);
            QCOMPARE(tag.secret, tag.name == QLatin1String("call_key"));
        }
        QCOMPARE(find(builtIns, QStringLiteral("geo"))->description,
                 QStringLiteral("The caller's location: us, us-<state>, us-<ZIP>."));
    }

    void workspaceTagsInFileOrderWithWhereTheyWereSeen()
    {
        Workspace workspace;
        workspace.sampleCall.set(QStringLiteral("plan_type"), {QStringLiteral("gold")});
        Buyer buyer;
        buyer.id = QStringLiteral("sunray");
        buyer.name = QStringLiteral("SunRay");
        buyer.tags.set(QStringLiteral("vertical"), {QStringLiteral("solar"), QStringLiteral("roofing")});
        buyer.webhooks = {
            webhook(QStringLiteral("Lead"), QStringLiteral("https://x.test/?b=[buyer_ref]&p=[ping.bid_id]"))};
        workspace.buyers = {buyer};
        Publisher publisher;
        publisher.sourceId = QStringLiteral("pub1");
        publisher.name = QStringLiteral("Search");
        publisher.postbackFields = {QStringLiteral("sale")};
        workspace.publishers = {publisher};
        Campaign campaign;
        campaign.name = QStringLiteral("Solar");
        campaign.conversion.requiredTags = {QStringLiteral("Sale:yes")};
        campaign.webhooks = {webhook(QStringLiteral("Conversion"),
                                     QStringLiteral("https://x.test/?g=[gclid]&v=[Vertical]"),
                                     {QStringLiteral("source_id:pub2"), QStringLiteral("state:NY")})};
        workspace.campaigns = {campaign};

        const QList<KnownTag> tags = KnownTags::fromWorkspace(workspace);
        QCOMPARE(names(tags), (QStringList{"plan_type", "vertical", "handler_id", "sale", "source_id", "state", "gclid",
                                           "buyer_ref"}));
        QCOMPARE(find(tags, QStringLiteral("plan_type"))->description, QStringLiteral("In the sample call"));
        QCOMPARE(find(tags, QStringLiteral("vertical"))->description, QStringLiteral("Tag of buyer SunRay"));
        QCOMPARE(find(tags, QStringLiteral("vertical"))->values, (QStringList{"solar", "roofing"}));
        QCOMPARE(find(tags, QStringLiteral("handler_id"))->values, QStringList{"sunray"});
        QCOMPARE(find(tags, QStringLiteral("sale"))->description, QStringLiteral("Postback field of publisher Search"));
        QCOMPARE(find(tags, QStringLiteral("sale"))->values, QStringList{"yes"}); // from the conversion criteria
        QCOMPARE(find(tags, QStringLiteral("source_id"))->values, (QStringList{"pub1", "pub2"}));
        QCOMPARE(find(tags, QStringLiteral("state"))->description,
                 QStringLiteral("Matched by webhook \u201cConversion\u201d"));
        QCOMPARE(find(tags, QStringLiteral("gclid"))->description,
                 QStringLiteral("Used by webhook \u201cConversion\u201d"));
        for (const KnownTag &tag : tags)
            QCOMPARE(tag.source, KnownTag::Source::Workspace);
    }

    void templateTagsComeFromTheirTokensAndProfiles()
    {
        // The template file format of docs/TEMPLATES.md.
        const QJsonObject webhookObject{
            {QStringLiteral("name"), QStringLiteral("Lead")},
            {QStringLiteral("trigger"), QStringLiteral("answered")},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("https://crm.example.test/lead?lead=[lead_score]&c=[caller_id]")},
            {QStringLiteral("matches"),
             QJsonArray{QStringLiteral("crm_lead_id"), QStringLiteral("stage:won"), QStringLiteral("stage:{{stage}}")}},
        };
        const QJsonObject document{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), QStringLiteral("crm")},
            {QStringLiteral("name"), QStringLiteral("CRM lead")},
            {QStringLiteral("platform"), QStringLiteral("CRM")},
            {QStringLiteral("description"), QStringLiteral("A lead.")},
            {QStringLiteral("documentation"), QStringLiteral("https://crm.example.test/docs")},
            {QStringLiteral("parameters"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("stage")},
                                    {QStringLiteral("label"), QStringLiteral("Stage")},
                                    {QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("default"), QStringLiteral("won")},
                                    {QStringLiteral("required"), true},
                                    {QStringLiteral("help"), QStringLiteral("The CRM stage.")}}}},
            {QStringLiteral("webhooks"), QJsonArray{webhookObject}},
            {QStringLiteral("profile_tags"),
             QJsonObject{{QStringLiteral("crm_account"), QJsonArray{QStringLiteral("acme")}}}},
            {QStringLiteral("applies_to"), QJsonArray{QStringLiteral("campaign")}},
        };
        TemplateLibrary library;
        QCOMPARE(library.loadDocuments(QJsonArray{document}), 1);
        const QList<KnownTag> tags = KnownTags::fromTemplates(library);
        QCOMPARE(names(tags), (QStringList{"crm_account", "crm_lead_id", "stage", "lead_score", "caller_id"}));
        // A value with an unfilled {{parameter}} is not one a call can have.
        QCOMPARE(find(tags, QStringLiteral("stage"))->values, QStringList{"won"});
        QCOMPARE(find(tags, QStringLiteral("lead_score"))->description,
                 QStringLiteral("Used by template \u201cCRM lead\u201d"));
        QCOMPARE(find(tags, QStringLiteral("lead_score"))->source, KnownTag::Source::Template);
    }

    void pixelTagsComeFromRecordedCalls()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("pixels.sqlite")), &error), qPrintable(error));
        StoredCall call;
        call.id = QStringLiteral("call-1");
        call.title = QStringLiteral("Test call");
        call.startedAt = QDateTime::currentDateTimeUtc();
        call.tags.set(QStringLiteral("gclid"), {QStringLiteral("abc")});
        QVERIFY2(store.beginCall(call, &error), qPrintable(error));
        FiredPixel pixel;
        pixel.callId = call.id;
        pixel.sequence = 1;
        pixel.webhookName = QStringLiteral("Append");
        pixel.trigger = QStringLiteral("data_appending");
        pixel.fired = true;
        pixel.tagsApplied = {QStringLiteral("credit_score:700")};
        QVERIFY2(store.addPixel(call.id, pixel, &error), qPrintable(error));

        const QList<KnownTag> tags = PixelTags::fromStore(store);
        QCOMPARE(names(tags), (QStringList{"gclid", "credit_score"}));
        QCOMPARE(find(tags, QStringLiteral("credit_score"))->values, QStringList{"700"});
        QCOMPARE(find(tags, QStringLiteral("gclid"))->description,
                 QStringLiteral("Seen in fired call \u201cTest call\u201d"));
        QVERIFY(PixelTags::fromStore(store, 0).isEmpty());
    }

    void mergedKeepsTheFirstOfEachNameAndJoinsValues()
    {
        KnownTag builtIn{
            QStringLiteral("source_id"), QStringLiteral("The publisher"), KnownTag::Source::BuiltIn, false, {}};
        KnownTag seen{QStringLiteral("Source_ID"),
                      QStringLiteral("In the sample call"),
                      KnownTag::Source::Workspace,
                      false,
                      {QStringLiteral("pub1")}};
        KnownTag again{QStringLiteral("source_id"),
                       QString(),
                       KnownTag::Source::Pixel,
                       false,
                       {QStringLiteral("PUB1"), QStringLiteral("pub9")}};
        KnownTag other{QStringLiteral("gclid"), QString(), KnownTag::Source::Pixel, false, {}};
        const QList<KnownTag> merged = KnownTags::merged({{builtIn}, {seen, other}, {again}});
        QCOMPARE(names(merged), (QStringList{"source_id", "gclid"}));
        QCOMPARE(merged.constFirst().source, KnownTag::Source::BuiltIn);
        QCOMPARE(merged.constFirst().description, QStringLiteral("The publisher"));
        QCOMPARE(merged.constFirst().values, (QStringList{"pub1", "pub9"}));
    }

    void filtersAreTheEnginesWithExplanations()
    {
        const QList<KnownFilter> filters = KnownTags::filters();
        QStringList syntaxes;
        for (const KnownFilter &filter : filters) {
            syntaxes.append(filter.syntax);
            QVERIFY2(!filter.description.isEmpty(), qPrintable(filter.name));
            QString parseError;
            TokenFilter parsed;
            const QString written = filter.name == QLatin1String("default") ? QStringLiteral("default:x") : filter.name;
            QVERIFY2(TokenFilter::parse(written, &parsed, &parseError), qPrintable(parseError));
        }
        QCOMPARE(syntaxes.join(QStringLiteral(", ")), TokenFilter::allNames());
    }

    void sourceLabels()
    {
        QCOMPARE(KnownTags::sourceLabel(KnownTag::Source::BuiltIn), QStringLiteral("Built-in"));
        QCOMPARE(KnownTags::sourceLabel(KnownTag::Source::Workspace), QStringLiteral("This workspace"));
        QCOMPARE(KnownTags::sourceLabel(KnownTag::Source::PingResponse), QStringLiteral("Ping response"));
    }
};

QTEST_GUILESS_MAIN(TestKnownTags)
#include "TestKnownTags.moc"
