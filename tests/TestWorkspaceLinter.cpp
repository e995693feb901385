// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"
#include "lint/WorkspaceLinter.h"

#include <QTest>

namespace {

Webhook webhook(const QString &name, Trigger trigger, const QString &url = QStringLiteral("https://example.test/a"))
{
    Webhook w;
    w.name = name;
    w.trigger = trigger;
    w.request.url = url;
    return w;
}

QStringList texts(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &finding : findings)
        lines.append(finding.toString());
    return lines;
}

// One campaign routing to one buyer, with a publisher; nothing to find.
Workspace clean()
{
    Workspace ws;
    Buyer buyer;
    buyer.id = QStringLiteral("b1");
    buyer.webhooks = {webhook(QStringLiteral("Buyer answered"), Trigger::Answered)};
    ws.buyers = {buyer};
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub-1");
    ws.publishers = {publisher};
    Campaign campaign;
    campaign.id = QStringLiteral("c1");
    campaign.buyerIds = {QStringLiteral("b1")};
    campaign.webhooks = {webhook(QStringLiteral("Start"), Trigger::Start)};
    ws.campaigns = {campaign};
    ws.company.defaultWebhooks = {webhook(QStringLiteral("Default start"), Trigger::Start)};
    return ws;
}

} // namespace

class TestWorkspaceLinter : public QObject
{
    Q_OBJECT

private slots:
    void cleanWorkspaceHasNoFindings()
    {
        QCOMPARE(texts(WorkspaceLinter::lint(clean())), QStringList());
        QCOMPARE(texts(WorkspaceLinter::lint(Workspace())), QStringList());
    }

    // The bundled sample shows good practice: `validate` on it must pass (tools/install-test).
    void sampleHasNoWarningsOrErrors()
    {
        QStringList problems;
        QStringList infoRules;
        for (const LintFinding &finding : WorkspaceLinter::lint(WorkspaceFile::sample())) {
            if (finding.severity == LintSeverity::Info)
                infoRules.append(finding.ruleId());
            else
                problems.append(finding.toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Its deliberate hints: a disabled webhook, and tags only a response sets, with defaults.
        infoRules.removeDuplicates();
        infoRules.sort();
        QCOMPARE(infoRules, (QStringList{QStringLiteral("never-fires"), QStringLiteral("unknown-token")}));
    }

    // Every place a webhook can stand is linted, with its path; a locked number's list is not,
    // since it never fires.
    void everyWebhookIsLintedAtItsPlace()
    {
        Workspace ws = clean();
        const QString bad = QStringLiteral("https://example.test/[call_uuid|nope]");
        ws.company.defaultWebhooks.append(webhook(QStringLiteral("Default"), Trigger::Start, bad));
        ws.campaigns[0].webhooks.append(webhook(QStringLiteral("Campaign"), Trigger::Start, bad));
        TrackingNumber locked;
        locked.number = QStringLiteral("+18005550100");
        locked.webhooks = {webhook(QStringLiteral("Locked"), Trigger::Start, bad)};
        TrackingNumber unlocked = locked;
        unlocked.number = QStringLiteral("+18005550101");
        unlocked.webhooksUnlocked = true;
        unlocked.webhooks.prepend(webhook(QStringLiteral("Fine"), Trigger::Start));
        ws.campaigns[0].numbers = {locked, unlocked};
        ws.buyers[0].webhooks.append(webhook(QStringLiteral("Buyer"), Trigger::Answered, bad));

        QStringList paths;
        for (const LintFinding &finding : WorkspaceLinter::lint(ws)) {
            if (finding.rule == LintRule::LockedNumberWebhooks) { // the locked list as a whole
                QCOMPARE(finding.location.path(), QStringLiteral("campaigns[0].numbers[0].webhooks"));
                continue;
            }
            QCOMPARE(finding.rule, LintRule::UnknownFilter);
            QCOMPARE(finding.location.column, 33);
            paths.append(finding.location.path());
        }
        QCOMPARE(paths, (QStringList{QStringLiteral("company.default_webhooks[1].url"),
                                     QStringLiteral("campaigns[0].webhooks[1].url"),
                                     QStringLiteral("campaigns[0].numbers[1].webhooks[1].url"),
                                     QStringLiteral("buyers[0].webhooks[1].url")}));
    }

    void routingToAnUnknownBuyer_data()
    {
        QTest::addColumn<QStringList>("routing");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown buyer")
            << QStringList{"b1", "b9"}
            << QStringList{"campaigns[0].buyer_ids[1]: error: the campaign routes to unknown buyer \"b9\" (no buyer "
                           "in this workspace has this id) [unknown-buyer]"};
        QTest::newRow("known buyer") << QStringList{"b1"} << QStringList();
    }

    void routingToAnUnknownBuyer()
    {
        QFETCH(QStringList, routing);
        Workspace ws = clean();
        ws.campaigns[0].buyerIds = routing;
        QTEST(texts(WorkspaceLinter::lint(ws)), "expected");
    }

    void duplicateNamesCountWithinOneList()
    {
        Workspace ws = clean();
        ws.campaigns[0].webhooks.append(webhook(QStringLiteral("start"), Trigger::Answered));
        // The same name in other lists is no duplicate: the company's and the buyer's.
        ws.company.defaultWebhooks[0].name = QStringLiteral("Start");
        ws.buyers[0].webhooks[0].name = QStringLiteral("Start");
        QCOMPARE(texts(WorkspaceLinter::lint(ws)),
                 (QStringList{"campaigns[0].webhooks[0].name: warning: campaigns[0].webhooks[1] in the same list is "
                              "also named \"Start\"; the fired-pixel log and scenario responses tell webhooks apart "
                              "by name [duplicate-name]",
                              "campaigns[0].webhooks[1].name: warning: campaigns[0].webhooks[0] in the same list is "
                              "also named \"start\"; the fired-pixel log and scenario responses tell webhooks apart "
                              "by name [duplicate-name]"}));
    }

    // A tag is known wherever the workspace mentions it, so a token using it is no finding.
    void tagsSeenInTheWorkspaceAreKnown_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("sample call") << "sample call";
        QTest::newRow("buyer tags") << "buyer tags";
        QTest::newRow("publisher tags") << "publisher tags";
        QTest::newRow("postback fields") << "postback fields";
        QTest::newRow("conversion criteria") << "conversion criteria";
        QTest::newRow("a buyer webhook's matches") << "matches";
        QTest::newRow("extra tags") << "extra tags";
        QTest::newRow("nowhere") << "nowhere";
    }

    void tagsSeenInTheWorkspaceAreKnown()
    {
        QFETCH(QString, source);
        Workspace ws = clean();
        ws.campaigns[0].webhooks[0].request.url = QStringLiteral("https://example.test/a?r=[rep_id]");
        const QString tag = QStringLiteral("Rep_ID");
        QStringList extra;
        if (source == QLatin1String("sample call"))
            ws.sampleCall.set(tag, {QStringLiteral("7")});
        else if (source == QLatin1String("buyer tags"))
            ws.buyers[0].tags.set(tag, {QStringLiteral("7")});
        else if (source == QLatin1String("publisher tags"))
            ws.publishers[0].tags.set(tag, {QStringLiteral("7")});
        else if (source == QLatin1String("postback fields"))
            ws.publishers[0].postbackFields = {tag};
        else if (source == QLatin1String("conversion criteria"))
            ws.campaigns[0].conversion.requiredTags = {tag + QStringLiteral(":7")};
        else if (source == QLatin1String("matches"))
            ws.buyers[0].webhooks[0].matches = {tag};
        else if (source == QLatin1String("extra tags"))
            extra = {tag};

        const QStringList findings = texts(WorkspaceLinter::lint(ws, extra));
        if (source == QLatin1String("nowhere")) {
            QCOMPARE(findings,
                     QStringList{"campaigns[0].webhooks[0].url: warning: column 26: tag [rep_id] is neither a "
                                 "built-in tag nor seen in the workspace (sample call, buyer and publisher tags, "
                                 "postback fields, conversion criteria, matches); it renders as empty text unless "
                                 "a response sets it at run time [unknown-token]"});
        } else {
            QCOMPARE(findings, QStringList());
        }
    }

    // The lint panel's order: file order, so the list reads like the tree.
    void findingsComeInFileOrder()
    {
        Workspace ws = clean();
        ws.buyers[0].webhooks[0].enabled = false;
        ws.campaigns[0].buyerIds.append(QStringLiteral("b9"));
        ws.campaigns[0].webhooks[0].enabled = false;
        ws.company.defaultWebhooks[0].enabled = false;
        QStringList paths;
        for (const LintFinding &finding : WorkspaceLinter::lint(ws))
            paths.append(finding.location.path());
        QCOMPARE(paths, (QStringList{"company.default_webhooks[0].enabled", "campaigns[0].buyer_ids[1]",
                                     "campaigns[0].webhooks[0].enabled", "buyers[0].webhooks[0].enabled"}));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLinter)
#include "TestWorkspaceLinter.moc"
