// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/WorkspaceAddress.h"

#include <QTest>

using Kind = WorkspaceAddress::Kind;

class TestWorkspaceAddress : public QObject
{
    Q_OBJECT

private slots:
    void pathsRoundTrip_data()
    {
        QTest::addColumn<WorkspaceAddress>("address");
        QTest::addColumn<QString>("path");
        const WorkspaceAddress number = WorkspaceAddress::ofNumber(1, 0);
        QTest::newRow("company") << WorkspaceAddress::company() << "company";
        QTest::newRow("company webhook") << WorkspaceAddress::ofWebhook(WorkspaceAddress::company(), 3)
                                         << "company.default_webhooks[3]";
        QTest::newRow("campaigns") << WorkspaceAddress::group(Kind::Campaigns) << "campaigns";
        QTest::newRow("buyers") << WorkspaceAddress::group(Kind::Buyers) << "buyers";
        QTest::newRow("publishers") << WorkspaceAddress::group(Kind::Publishers) << "publishers";
        QTest::newRow("campaign") << WorkspaceAddress::ofCampaign(12) << "campaigns[12]";
        QTest::newRow("campaign webhook")
            << WorkspaceAddress::ofWebhook(WorkspaceAddress::ofCampaign(1), 0) << "campaigns[1].webhooks[0]";
        QTest::newRow("number") << number << "campaigns[1].numbers[0]";
        QTest::newRow("number webhook") << WorkspaceAddress::ofWebhook(number, 2)
                                        << "campaigns[1].numbers[0].webhooks[2]";
        QTest::newRow("buyer") << WorkspaceAddress::ofBuyer(4) << "buyers[4]";
        QTest::newRow("buyer webhook") << WorkspaceAddress::ofWebhook(WorkspaceAddress::ofBuyer(4), 1)
                                       << "buyers[4].webhooks[1]";
        QTest::newRow("publisher") << WorkspaceAddress::ofPublisher(0) << "publishers[0]";
    }

    void pathsRoundTrip()
    {
        QFETCH(WorkspaceAddress, address);
        QFETCH(QString, path);
        QCOMPARE(address.path(), path);
        WorkspaceAddress parsed;
        QVERIFY(WorkspaceAddress::fromPath(path, &parsed));
        QCOMPARE(parsed, address);
    }

    void aFieldPathNamesItsObject()
    {
        WorkspaceAddress parsed;
        QVERIFY(WorkspaceAddress::fromPath(QStringLiteral("campaigns[0].webhooks[2].trigger"), &parsed));
        QCOMPARE(parsed, WorkspaceAddress::ofWebhook(WorkspaceAddress::ofCampaign(0), 2));
        QVERIFY(WorkspaceAddress::fromPath(QStringLiteral("buyers[1].tags"), &parsed));
        QCOMPARE(parsed, WorkspaceAddress::ofBuyer(1));
        QVERIFY(WorkspaceAddress::fromPath(QStringLiteral("campaigns[3].conversion.min_duration"), &parsed));
        QCOMPARE(parsed, WorkspaceAddress::ofCampaign(3));
        QVERIFY(WorkspaceAddress::fromPath(QStringLiteral("company.tracking_domains"), &parsed));
        QCOMPARE(parsed, WorkspaceAddress::company());
    }

    void unknownPathsAreRefused()
    {
        WorkspaceAddress parsed;
        QVERIFY(!WorkspaceAddress::fromPath(QString(), &parsed));
        QVERIFY(!WorkspaceAddress::fromPath(QStringLiteral("format"), &parsed));
        QVERIFY(!WorkspaceAddress::fromPath(QStringLiteral("campaigns[x]"), &parsed));
    }

    void ownersOfWebhooks()
    {
        const WorkspaceAddress number = WorkspaceAddress::ofNumber(0, 1);
        QCOMPARE(WorkspaceAddress::ofWebhook(number, 0).owner(), number);
        QCOMPARE(WorkspaceAddress::ofWebhook(WorkspaceAddress::ofBuyer(2), 0).owner(), WorkspaceAddress::ofBuyer(2));
        QCOMPARE(WorkspaceAddress::ofWebhook(WorkspaceAddress::company(), 0).owner(), WorkspaceAddress::company());
        // Anything else is its own owner.
        QCOMPARE(number.owner(), number);
        QVERIFY(WorkspaceAddress::isRemovable(Kind::Number));
        QVERIFY(!WorkspaceAddress::isRemovable(Kind::Company));
        QVERIFY(!WorkspaceAddress::isRemovable(Kind::Buyers));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceAddress)
#include "TestWorkspaceAddress.moc"
