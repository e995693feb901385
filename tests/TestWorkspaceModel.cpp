// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(WorkspaceModel::Address)

namespace {

using Kind = WorkspaceModel::Kind;

Webhook webhook(const QString &name, Trigger trigger, const QString &url)
{
    Webhook w;
    w.id = QStringLiteral("wh-") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    w.name = name;
    w.trigger = trigger;
    w.request.url = url;
    return w;
}

// company: 1 default webhook; campaign 0: 2 webhooks, a locked and an unlocked number;
// campaign 1: no name, no webhooks; 2 buyers; 1 publisher.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme Calls");
    ws.company.defaultWebhooks = {
        webhook(QStringLiteral("Default start"), Trigger::Start, QStringLiteral("http://127.0.0.1/start"))};

    Campaign solar;
    solar.id = QStringLiteral("solar");
    solar.name = QStringLiteral("Solar leads");
    solar.webhooks = {webhook(QStringLiteral("Append"), Trigger::DataAppending, QStringLiteral("http://127.0.0.1/a")),
                      webhook(QStringLiteral("Convert"), Trigger::Conversion, QStringLiteral("http://127.0.0.1/c"))};
    solar.webhooks[1].enabled = false;
    TrackingNumber locked;
    locked.number = QStringLiteral("+18005550100");
    locked.name = QStringLiteral("Main line");
    TrackingNumber unlocked;
    unlocked.number = QStringLiteral("+18005550199");
    unlocked.webhooksUnlocked = true;
    unlocked.webhooks = {webhook(QString(), Trigger::Answered, QStringLiteral("http://127.0.0.1/own"))};
    solar.numbers = {locked, unlocked};
    solar.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};

    Campaign bare;
    bare.id = QStringLiteral("bare-campaign");

    Buyer b1;
    b1.id = QStringLiteral("b1");
    b1.name = QStringLiteral("SunRay");
    b1.webhooks = {webhook(QStringLiteral("Lead to SunRay"), Trigger::Answered, QStringLiteral("http://127.0.0.1/b1"))};
    Buyer b2;
    b2.id = QStringLiteral("b2");

    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search ads");

    ws.campaigns = {solar, bare};
    ws.buyers = {b1, b2};
    ws.publishers = {publisher};
    return ws;
}

// Every index of the model, depth first.
QModelIndexList allIndexes(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    QModelIndexList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        result.append(index);
        result.append(allIndexes(model, index));
    }
    return result;
}

QStringList allPaths(const QAbstractItemModel &model)
{
    QStringList paths;
    for (const QModelIndex &index : allIndexes(model))
        paths.append(index.data(WorkspaceModel::PathRole).toString());
    return paths;
}

} // namespace

class TestWorkspaceModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughChanges()
    {
        WorkspaceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(sampleWorkspace());

        Workspace ws = sampleWorkspace();
        TrackingNumber number = ws.campaigns[0].numbers[0];
        Workspace::unlockNumber(ws.campaigns[0], &number);
        model.setNumber(0, 0, number);
        Workspace::lockNumber(&number);
        model.setNumber(0, 0, number);
        model.setWorkspace(Workspace());
    }

    void emptyWorkspaceShowsTheFourGroups()
    {
        WorkspaceModel model;
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(allPaths(model), (QStringList{"company", "campaigns", "buyers", "publishers"}));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Company"));
        QVERIFY(!model.firstWebhook().isValid());
    }

    void treeHoldsOneNodePerObject()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        const QStringList expected = {
            "company",
            "company.default_webhooks[0]",
            "campaigns",
            "campaigns[0]",
            "campaigns[0].webhooks[0]",
            "campaigns[0].webhooks[1]",
            "campaigns[0].numbers[0]",
            "campaigns[0].numbers[1]",
            "campaigns[0].numbers[1].webhooks[0]",
            "campaigns[1]",
            "buyers",
            "buyers[0]",
            "buyers[0].webhooks[0]",
            "buyers[1]",
            "publishers",
            "publishers[0]",
        };
        QCOMPARE(allPaths(model), expected);
    }

    void nodeData_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("toolTipPart");

        QTest::newRow("company") << "company" << Kind::Company << "Acme Calls"
                                 << "default webhooks";
        QTest::newRow("company webhook") << "company.default_webhooks[0]" << Kind::Webhook << "Default start"
                                         << "GET http://127.0.0.1/start";
        QTest::newRow("campaigns") << "campaigns" << Kind::Campaigns << "Campaigns"
                                   << "2 campaigns";
        QTest::newRow("campaign") << "campaigns[0]" << Kind::Campaign << "Solar leads"
                                  << "2 webhooks, 2 numbers";
        QTest::newRow("unnamed campaign shows its id") << "campaigns[1]" << Kind::Campaign << "bare-campaign"
                                                       << "0 webhooks, 0 numbers";
        QTest::newRow("disabled webhook") << "campaigns[0].webhooks[1]" << Kind::Webhook << "Convert"
                                          << "Disabled: never fires";
        QTest::newRow("locked number") << "campaigns[0].numbers[0]" << Kind::Number << "+18005550100  ·  Main line"
                                       << "Locked: uses the campaign's webhooks";
        QTest::newRow("unlocked number") << "campaigns[0].numbers[1]" << Kind::Number << "+18005550199"
                                         << "Unlocked: its own webhooks override";
        QTest::newRow("unnamed webhook shows its trigger")
            << "campaigns[0].numbers[1].webhooks[0]" << Kind::Webhook << "Answered"
            << "Answered";
        QTest::newRow("buyers") << "buyers" << Kind::Buyers << "Buyers"
                                << "2 buyers";
        QTest::newRow("buyer") << "buyers[0]" << Kind::Buyer << "SunRay"
                               << "Buyer b1";
        QTest::newRow("unnamed buyer shows its id") << "buyers[1]" << Kind::Buyer << "b2"
                                                    << "Buyer b2";
        QTest::newRow("buyer webhook") << "buyers[0].webhooks[0]" << Kind::Webhook << "Lead to SunRay"
                                       << "http://127.0.0.1/b1";
        QTest::newRow("publishers") << "publishers" << Kind::Publishers << "Publishers"
                                    << "1 publisher";
        QTest::newRow("publisher") << "publishers[0]" << Kind::Publisher << "Search ads"
                                   << "source_id pub1";
    }

    void nodeData()
    {
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        QFETCH(QString, display);
        QFETCH(QString, toolTipPart);

        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        const QModelIndex index = model.indexForPath(path);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(WorkspaceModel::PathRole).toString(), path);
        QCOMPARE(Kind(index.data(WorkspaceModel::KindRole).toInt()), kind);
        QCOMPARE(model.address(index).kind, kind);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(toolTipPart),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        // The SVG plugins must be there, or every icon would be blank.
        QVERIFY(!icon.pixmap(16, 16).isNull());
    }

    void disabledWebhooksAreGreyedOut()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        const QModelIndex enabled = model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]"));
        const QModelIndex disabled = model.indexForPath(QStringLiteral("campaigns[0].webhooks[1]"));
        QVERIFY(!enabled.data(Qt::ForegroundRole).isValid());
        QVERIFY(!enabled.data(Qt::FontRole).isValid());
        QVERIFY(disabled.data(Qt::ForegroundRole).isValid());
        QVERIFY(disabled.data(Qt::FontRole).value<QFont>().italic());
    }

    void numberIconShowsLockState()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        const QImage locked = model.indexForPath(QStringLiteral("campaigns[0].numbers[0]"))
                                  .data(Qt::DecorationRole)
                                  .value<QIcon>()
                                  .pixmap(24, 24)
                                  .toImage();
        const QImage unlocked = model.indexForPath(QStringLiteral("campaigns[0].numbers[1]"))
                                    .data(Qt::DecorationRole)
                                    .value<QIcon>()
                                    .pixmap(24, 24)
                                    .toImage();
        QVERIFY(locked != unlocked);
        QCOMPARE(locked, WorkspaceModel::icon(Kind::Number, false).pixmap(24, 24).toImage());
        QCOMPARE(unlocked, WorkspaceModel::icon(Kind::Number, true).pixmap(24, 24).toImage());
    }

    void indexForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("found");

        QTest::newRow("exact") << "campaigns[0]"
                               << "campaigns[0]";
        QTest::newRow("a field of a webhook") << "campaigns[0].webhooks[1].trigger"
                                              << "campaigns[0].webhooks[1]";
        QTest::newRow("a header of a webhook") << "buyers[0].webhooks[0].headers[2].name"
                                               << "buyers[0].webhooks[0]";
        QTest::newRow("a number's webhook") << "campaigns[0].numbers[1].webhooks[0].url"
                                            << "campaigns[0].numbers[1].webhooks[0]";
        QTest::newRow("company field") << "company.tracking_domains.cake"
                                       << "company";
        QTest::newRow("company webhook") << "company.default_webhooks[0].matches[0]"
                                         << "company.default_webhooks[0]";
        QTest::newRow("a campaign field") << "campaigns[1].conversion.min_duration"
                                          << "campaigns[1]";
        QTest::newRow("whole steps only") << "campaigns[10].name"
                                          << "campaigns";
        QTest::newRow("out of range webhook") << "campaigns[0].webhooks[7]"
                                              << "campaigns[0]";
        QTest::newRow("publisher") << "publishers[0].postback_fields[1]"
                                   << "publishers[0]";
        QTest::newRow("prefix of a key is no match") << "campaignsX"
                                                     << "";
        QTest::newRow("whole file") << ""
                                    << "";
        QTest::newRow("unknown top-level key") << "templates[0]"
                                               << "";
    }

    void indexForPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, found);

        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        const QModelIndex index = model.indexForPath(path);
        QCOMPARE(index.isValid(), !found.isEmpty());
        QCOMPARE(index.data(WorkspaceModel::PathRole).toString(), found);
    }

    void everyNodeCanBeFoundByItsAddress()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        for (const QModelIndex &index : allIndexes(model)) {
            const WorkspaceModel::Address address = model.address(index);
            QCOMPARE(model.indexOf(address), index);
            QCOMPARE(model.indexForPath(address.path()), index);
        }
        WorkspaceModel::Address missing;
        missing.kind = Kind::Webhook;
        missing.buyer = 1;
        missing.webhook = 0;
        QVERIFY(!model.indexOf(missing).isValid());
    }

    void webhookAtResolvesEveryOwner()
    {
        const Workspace ws = sampleWorkspace();
        WorkspaceModel::Address address;
        address.kind = Kind::Webhook;
        address.webhook = 0;
        QCOMPARE(WorkspaceModel::webhookAt(ws, address)->name, QStringLiteral("Default start"));
        address.campaign = 0;
        address.webhook = 1;
        QCOMPARE(WorkspaceModel::webhookAt(ws, address)->name, QStringLiteral("Convert"));
        address.number = 1;
        address.webhook = 0;
        QCOMPARE(WorkspaceModel::webhookAt(ws, address)->request.url, QStringLiteral("http://127.0.0.1/own"));
        address.number = 0; // locked: no webhooks of its own
        QCOMPARE(WorkspaceModel::webhookAt(ws, address), nullptr);
        address = WorkspaceModel::Address();
        address.kind = Kind::Webhook;
        address.buyer = 0;
        address.webhook = 0;
        QCOMPARE(WorkspaceModel::webhookAt(ws, address)->name, QStringLiteral("Lead to SunRay"));
        address.buyer = 5;
        QCOMPARE(WorkspaceModel::webhookAt(ws, address), nullptr);
        address.kind = Kind::Buyer;
        address.buyer = 0;
        QCOMPARE(WorkspaceModel::webhookAt(ws, address), nullptr);
    }

    void firstWebhookFollowsTreeOrder()
    {
        WorkspaceModel model;
        Workspace ws = sampleWorkspace();
        model.setWorkspace(ws);
        QCOMPARE(model.firstWebhook().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("company.default_webhooks[0]"));
        ws.company.defaultWebhooks.clear();
        model.setWorkspace(ws);
        QCOMPARE(model.firstWebhook().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("campaigns[0].webhooks[0]"));
        ws.campaigns[0].webhooks.clear();
        model.setWorkspace(ws);
        QCOMPARE(model.firstWebhook().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("campaigns[0].numbers[1].webhooks[0]"));
    }

    void unlockingANumberInsertsItsWebhookRows()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy workspaceChanged(&model, &WorkspaceModel::workspaceChanged);

        const QModelIndex numberIndex = model.indexForPath(QStringLiteral("campaigns[0].numbers[0]"));
        TrackingNumber number = model.workspace().campaigns[0].numbers[0];
        Workspace::unlockNumber(model.workspace().campaigns[0], &number);
        model.setNumber(0, 0, number);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), numberIndex);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), numberIndex);
        QCOMPARE(workspaceChanged.count(), 1);

        QCOMPARE(model.rowCount(numberIndex), 2);
        QCOMPARE(model.workspace().campaigns[0].numbers[0], number);
        QCOMPARE(model.index(1, 0, numberIndex).data().toString(), QStringLiteral("Convert"));
        QVERIFY(numberIndex.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Unlocked")));
    }

    void lockingANumberRemovesItsWebhookRows()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const QModelIndex numberIndex = model.indexForPath(QStringLiteral("campaigns[0].numbers[1]"));
        TrackingNumber number = model.workspace().campaigns[0].numbers[1];
        Workspace::lockNumber(&number);
        model.setNumber(0, 1, number);

        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 0);
        QCOMPARE(model.rowCount(numberIndex), 0);
        QVERIFY(!model.workspace().campaigns[0].numbers[1].webhooksUnlocked);
        // The rest of the tree is untouched.
        QCOMPARE(model.indexForPath(QStringLiteral("buyers[0].webhooks[0]")).data().toString(),
                 QStringLiteral("Lead to SunRay"));
    }

    void setWorkspaceResets()
    {
        WorkspaceModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy workspaceChanged(&model, &WorkspaceModel::workspaceChanged);
        model.setWorkspace(sampleWorkspace());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(workspaceChanged.count(), 1);
        QCOMPARE(model.workspace(), sampleWorkspace());
    }

    // The forms' edits change one row's data (and, for a buyer's new id, its campaigns'), never
    // rows or the whole model. (Address paths are TestWorkspaceAddress's.)
    void setFieldsChangesDataOnly()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy workspaceChanged(&model, &WorkspaceModel::workspaceChanged);

        const WorkspaceAddress buyer = WorkspaceAddress::ofBuyer(0);
        WorkspaceEditor::Object fields = model.object(buyer);
        fields.buyer.name = QStringLiteral("SunRay Solar");
        model.setFields(buyer, fields);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.indexOf(buyer));
        QCOMPARE(model.indexOf(buyer).data().toString(), QStringLiteral("SunRay Solar"));

        fields.buyer.id = QStringLiteral("sunray");
        model.setFields(buyer, fields);
        // The buyer and both campaigns (their routing may name it).
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.workspace().campaigns.at(0).buyerIds,
                 (QStringList{QStringLiteral("sunray"), QStringLiteral("b2")}));
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        QCOMPARE(workspaceChanged.count(), 2);
    }
};

QTEST_MAIN(TestWorkspaceModel)
#include "TestWorkspaceModel.moc"
