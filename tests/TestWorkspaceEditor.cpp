// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/WorkspaceEditor.h"
#include "support/WebhookFixture.h"

#include <QTest>

using Kind = WorkspaceAddress::Kind;
using Object = WorkspaceEditor::Object;

namespace {

Workspace sample()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme");
    ws.company.defaultWebhooks = {webhook(QStringLiteral("d1"), QStringLiteral("Default"), Trigger::Start,
                                          QStringLiteral("https://example.test/d"))};
    Campaign solar;
    solar.id = QStringLiteral("solar");
    solar.name = QStringLiteral("Solar leads");
    solar.webhooks = {webhook(QStringLiteral("w1"), QStringLiteral("Lead"), Trigger::Answered,
                              QStringLiteral("https://example.test/lead")),
                      webhook(QStringLiteral("w2"), QStringLiteral("Sale"), Trigger::Conversion,
                              QStringLiteral("https://example.test/sale"))};
    solar.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    TrackingNumber number;
    number.number = QStringLiteral("+18005550100");
    solar.numbers = {number};
    Campaign roof;
    roof.id = QStringLiteral("roof");
    roof.name = QStringLiteral("Roofing");
    roof.buyerIds = {QStringLiteral("b2")};
    ws.campaigns = {solar, roof};
    Buyer b1;
    b1.id = QStringLiteral("b1");
    b1.name = QStringLiteral("SunRay");
    Buyer b2;
    b2.id = QStringLiteral("b2");
    b2.name = QStringLiteral("Shingle Co");
    b2.webhooks = {webhook(QStringLiteral("bw1"), QStringLiteral("Buyer hook"), Trigger::Selected,
                           QStringLiteral("https://example.test/b"))};
    ws.buyers = {b1, b2};
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search ads");
    ws.publishers = {publisher};
    return ws;
}

} // namespace

class TestWorkspaceEditor : public QObject
{
    Q_OBJECT

private slots:
    void containsChecksEveryLevel()
    {
        const Workspace ws = sample();
        QVERIFY(WorkspaceEditor::contains(ws, WorkspaceAddress::ofNumber(0, 0)));
        QVERIFY(!WorkspaceEditor::contains(ws, WorkspaceAddress::ofNumber(1, 0)));
        QVERIFY(!WorkspaceEditor::contains(ws, WorkspaceAddress::ofCampaign(2)));
        QVERIFY(WorkspaceEditor::contains(ws, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofBuyer(1), 0)));
        QVERIFY(!WorkspaceEditor::contains(ws, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofBuyer(0), 0)));
        QVERIFY(WorkspaceEditor::contains(ws, WorkspaceAddress::group(Kind::Publishers)));
    }

    void uniqueIdsAndCopyNames()
    {
        const QSet<QString> used{QStringLiteral("x"), QStringLiteral("x-copy"), QStringLiteral("x-copy-2")};
        QCOMPARE(WorkspaceEditor::uniqueId(QStringLiteral("y"), used), QStringLiteral("y"));
        QCOMPARE(WorkspaceEditor::uniqueId(QStringLiteral("x-copy"), used), QStringLiteral("x-copy-3"));
        QCOMPARE(WorkspaceEditor::nextId(QStringLiteral("campaign"), 2, {QStringLiteral("campaign-3")}),
                 QStringLiteral("campaign-4"));
        QCOMPARE(WorkspaceEditor::copyName(QStringLiteral("Solar"), QStringLiteral("s")),
                 QStringLiteral("Solar (copy)"));
        QCOMPARE(WorkspaceEditor::copyName(QStringLiteral("  "), QStringLiteral("s")), QStringLiteral("s (copy)"));
    }

    void newObjectsGetFreshIds()
    {
        Workspace ws = sample();
        const Object campaign = WorkspaceEditor::newCampaign(ws);
        QCOMPARE(campaign.campaign.id, QStringLiteral("campaign-3"));
        // The company's default webhooks, with ids of their own.
        QCOMPARE(campaign.campaign.webhooks.size(), 1);
        QVERIFY(campaign.campaign.webhooks.at(0).id != QStringLiteral("d1"));
        QCOMPARE(WorkspaceEditor::newBuyer(ws).buyer.id, QStringLiteral("buyer-3"));
        QCOMPARE(WorkspaceEditor::newPublisher(ws).publisher.sourceId, QStringLiteral("publisher-2"));
        const Object pingPost = WorkspaceEditor::newPingPostWebhook();
        QVERIFY(pingPost.webhook.pingPost.enabled);
        QVERIFY(!pingPost.webhook.pingPost.amountPath.isEmpty());
        QVERIFY(!pingPost.webhook.id.isEmpty());
    }

    void duplicatesGetCopyIdsAndLeaveNumbersBehind()
    {
        Workspace ws = sample();
        const WorkspaceAddress solar = WorkspaceAddress::ofCampaign(0);
        Object copy = WorkspaceEditor::duplicate(ws, solar);
        QCOMPARE(copy.campaign.id, QStringLiteral("solar-copy"));
        QCOMPARE(copy.campaign.name, QStringLiteral("Solar leads (copy)"));
        QVERIFY(copy.campaign.numbers.isEmpty());
        QCOMPARE(copy.campaign.webhooks.size(), 2);
        QVERIFY(copy.campaign.webhooks.at(0).id != QStringLiteral("w1"));
        QVERIFY(WorkspaceEditor::insertObject(&ws, WorkspaceAddress::ofCampaign(1), copy));
        QCOMPARE(WorkspaceEditor::duplicate(ws, solar).campaign.id, QStringLiteral("solar-copy-2"));

        QCOMPARE(WorkspaceEditor::duplicate(ws, WorkspaceAddress::ofBuyer(0)).buyer.id, QStringLiteral("b1-copy"));
        QCOMPARE(WorkspaceEditor::duplicate(ws, WorkspaceAddress::ofPublisher(0)).publisher.sourceId,
                 QStringLiteral("pub1-copy"));
        QVERIFY(!WorkspaceEditor::canDuplicate(Kind::Number));
        QVERIFY(!WorkspaceEditor::canDuplicate(Kind::Company));
        QVERIFY(WorkspaceEditor::canDuplicate(Kind::Webhook));
    }

    void deletingABuyerTakesItOutOfRouting()
    {
        Workspace ws = sample();
        const QMap<int, QStringList> routes = WorkspaceEditor::routesTo(ws, QStringLiteral("b2"));
        QCOMPARE(routes.keys(), (QList<int>{0, 1}));
        QVERIFY(WorkspaceEditor::removeObject(&ws, WorkspaceAddress::ofBuyer(1)));
        QCOMPARE(ws.buyers.size(), 1);
        QCOMPARE(ws.campaigns.at(0).buyerIds, QStringList{QStringLiteral("b1")});
        QVERIFY(ws.campaigns.at(1).buyerIds.isEmpty());
        // The company and groups cannot go; nor what is not there.
        QVERIFY(!WorkspaceEditor::removeObject(&ws, WorkspaceAddress::company()));
        QVERIFY(!WorkspaceEditor::removeObject(&ws, WorkspaceAddress::ofBuyer(5)));
    }

    void renamingABuyerIdFollowsItIntoRouting()
    {
        Workspace ws = sample();
        const WorkspaceAddress b2 = WorkspaceAddress::ofBuyer(1);
        Object fields = WorkspaceEditor::object(ws, b2);
        fields.buyer.id = QStringLiteral("shingle");
        fields.buyer.tags.add(QStringLiteral("tier"), QStringLiteral("gold"));
        fields.buyer.tags.add(QStringLiteral("region"), QStringLiteral("west"));
        fields.buyer.webhooks.clear(); // not the form's to change
        QVERIFY(WorkspaceEditor::validateFields(ws, b2, fields).isEmpty());
        QVERIFY(WorkspaceEditor::setFields(&ws, b2, fields));
        QCOMPARE(ws.buyers.at(1).id, QStringLiteral("shingle"));
        // In the order the file writes them.
        QCOMPARE(ws.buyers.at(1).tags.pairs(),
                 (QStringList{QStringLiteral("region:west"), QStringLiteral("tier:gold")}));
        QCOMPARE(ws.buyers.at(1).webhooks.size(), 1);
        QCOMPARE(ws.campaigns.at(0).buyerIds, (QStringList{QStringLiteral("b1"), QStringLiteral("shingle")}));
        QCOMPARE(ws.campaigns.at(1).buyerIds, QStringList{QStringLiteral("shingle")});
    }

    void campaignFieldsLeaveWebhooksAndNumbersAlone()
    {
        Workspace ws = sample();
        const WorkspaceAddress solar = WorkspaceAddress::ofCampaign(0);
        Object fields = WorkspaceEditor::object(ws, solar);
        fields.campaign.conversion.minDurationSeconds = 90;
        fields.campaign.conversion.requiredTags = {QStringLiteral("sale:yes")};
        fields.campaign.numbers.clear();
        fields.campaign.webhooks.clear();
        QVERIFY(WorkspaceEditor::setFields(&ws, solar, fields));
        QCOMPARE(ws.campaigns.at(0).conversion.minDurationSeconds, 90);
        QCOMPARE(ws.campaigns.at(0).conversion.requiredTags, QStringList{QStringLiteral("sale:yes")});
        QCOMPARE(ws.campaigns.at(0).numbers.size(), 1);
        QCOMPARE(ws.campaigns.at(0).webhooks.size(), 2);
    }

    void idsAreValidated_data()
    {
        QTest::addColumn<WorkspaceAddress>("address");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("error");
        QTest::newRow("own id") << WorkspaceAddress::ofCampaign(0) << "solar"
                                << "";
        QTest::newRow("new id") << WorkspaceAddress::ofCampaign(0) << "solar-2"
                                << "";
        QTest::newRow("campaign duplicate") << WorkspaceAddress::ofCampaign(0) << "roof"
                                            << "Campaign \"Roofing\" already has the id \"roof\".";
        QTest::newRow("campaign empty") << WorkspaceAddress::ofCampaign(0) << " "
                                        << "A campaign needs an id.";
        QTest::newRow("campaign space") << WorkspaceAddress::ofCampaign(0) << "so lar"
                                        << "A campaign id cannot contain spaces, commas or brackets: \"so lar\".";
        QTest::newRow("buyer duplicate") << WorkspaceAddress::ofBuyer(0) << "b2"
                                         << "Buyer \"Shingle Co\" already has the id \"b2\".";
        QTest::newRow("buyer empty") << WorkspaceAddress::ofBuyer(0) << ""
                                     << "A buyer needs an id: it becomes the call's handler_id.";
        QTest::newRow("publisher new") << WorkspaceAddress::ofPublisher(1) << "pub1"
                                       << "Publisher \"Search ads\" already has the source_id \"pub1\".";
    }

    void idsAreValidated()
    {
        QFETCH(WorkspaceAddress, address);
        QFETCH(QString, id);
        QFETCH(QString, error);
        QCOMPARE(WorkspaceEditor::validateId(sample(), address, id), error);
    }

    void numbersAreValidated()
    {
        const Workspace ws = sample();
        const WorkspaceAddress own = WorkspaceAddress::ofNumber(0, 0);
        const WorkspaceAddress added = WorkspaceAddress::ofNumber(1, 0);
        QVERIFY(WorkspaceEditor::validateNumber(ws, own, QStringLiteral("+18005550100")).isEmpty());
        QCOMPARE(WorkspaceEditor::validateNumber(ws, added, QStringLiteral("+18005550100")),
                 QStringLiteral("+18005550100 is already a number of campaign \"Solar leads\"."));
        QCOMPARE(WorkspaceEditor::validateNumber(ws, added, QStringLiteral("800-555-0100")),
                 QStringLiteral("\"800-555-0100\" is not an E.164 phone number (expected + and the country code, "
                                "e.g. +18005550100)."));
        QCOMPARE(WorkspaceEditor::campaignWithNumber(ws, QStringLiteral("+18005550100")), 0);
        QCOMPARE(WorkspaceEditor::unusedNumber(ws), QStringLiteral("+18005550101"));
        Object fields = WorkspaceEditor::object(ws, own);
        fields.number.number = QStringLiteral("12");
        QVERIFY(!WorkspaceEditor::validateFields(ws, own, fields).isEmpty());
    }

    void unlockingClonesTheCampaignsWebhooks()
    {
        Workspace ws = sample();
        const WorkspaceAddress number = WorkspaceAddress::ofNumber(0, 0);
        const TrackingNumber unlocked = WorkspaceEditor::withWebhooksUnlocked(ws, number, true);
        QVERIFY(unlocked.webhooksUnlocked);
        QCOMPARE(unlocked.webhooks.size(), 2);
        QCOMPARE(unlocked.webhooks.at(1).name, QStringLiteral("Sale"));
        QVERIFY(unlocked.webhooks.at(1).id != QStringLiteral("w2"));
        QVERIFY(!WorkspaceEditor::acceptsWebhooks(ws, number));
        QVERIFY(WorkspaceEditor::setNumberValue(&ws, number, unlocked));
        QVERIFY(WorkspaceEditor::acceptsWebhooks(ws, number));
        const TrackingNumber locked = WorkspaceEditor::withWebhooksUnlocked(ws, number, false);
        QVERIFY(!locked.webhooksUnlocked);
        QVERIFY(locked.webhooks.isEmpty());
    }

    void webhooksGoOnlyWhereTheyBelong()
    {
        Workspace ws = sample();
        const Object hook = WorkspaceEditor::newWebhook();
        // A locked number and a publisher hold no webhooks; positions must exist.
        QVERIFY(!WorkspaceEditor::insertObject(&ws, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofNumber(0, 0), 0),
                                               hook));
        QVERIFY(
            !WorkspaceEditor::insertObject(&ws, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofCampaign(0), 5), hook));
        QVERIFY(
            WorkspaceEditor::insertObject(&ws, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofCampaign(1), 0), hook));
        QCOMPARE(ws.campaigns.at(1).webhooks.size(), 1);
        // Kind mismatch is refused.
        QVERIFY(!WorkspaceEditor::insertObject(&ws, WorkspaceAddress::ofCampaign(0), hook));
    }

    void movesAWebhookBetweenOwners()
    {
        Workspace ws = sample();
        const WorkspaceAddress from = WorkspaceAddress::ofWebhook(WorkspaceAddress::ofCampaign(0), 0);
        const WorkspaceAddress to = WorkspaceAddress::ofWebhook(WorkspaceAddress::ofBuyer(1), 1);
        QVERIFY(WorkspaceEditor::moveWebhook(&ws, from, to));
        QCOMPARE(ws.campaigns.at(0).webhooks.size(), 1);
        QCOMPARE(ws.buyers.at(1).webhooks.at(1).id, QStringLiteral("w1"));
        QVERIFY(
            !WorkspaceEditor::moveWebhook(&ws, to, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofCampaign(0), 7)));
        QCOMPARE(WorkspaceEditor::name(ws, to), QStringLiteral("Lead"));
        QVERIFY(WorkspaceEditor::setName(&ws, to, QStringLiteral("Lead (buyer)")));
        QCOMPARE(ws.buyers.at(1).webhooks.at(1).name, QStringLiteral("Lead (buyer)"));
    }

    void findsCampaignsByIdOrName()
    {
        Workspace ws = sample();
        QString error;
        QCOMPARE(WorkspaceEditor::findCampaign(ws, QStringLiteral("roof"), &error), 1);
        QCOMPARE(WorkspaceEditor::findCampaign(ws, QStringLiteral("solar LEADS"), &error), 0);
        QCOMPARE(WorkspaceEditor::findCampaign(ws, QStringLiteral("nope"), &error), -1);
        QCOMPARE(error, QStringLiteral("No campaign has the id or name \"nope\" (ids: solar, roof)."));
        ws.campaigns[1].name = QStringLiteral("Solar Leads");
        QCOMPARE(WorkspaceEditor::findCampaign(ws, QStringLiteral("solar leads"), &error), -1);
        QCOMPARE(error,
                 QStringLiteral("Several campaigns are named \"solar leads\"; give the id instead (solar, roof)."));
        // An id wins over another campaign's name.
        ws.campaigns[1].name = QStringLiteral("solar");
        QCOMPARE(WorkspaceEditor::findCampaign(ws, QStringLiteral("solar")), 0);
        QCOMPARE(WorkspaceEditor::findCampaign(Workspace(), QStringLiteral("x"), &error), -1);
        QCOMPARE(error, QStringLiteral("No campaign \"x\": the workspace has no campaigns."));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceEditor)
#include "TestWorkspaceEditor.moc"
