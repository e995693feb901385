// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/CompanyDefaults.h"

#include "model/Workspace.h"

#include <QSet>
#include <QTest>

namespace {

Webhook withoutId(Webhook webhook)
{
    webhook.id.clear();
    return webhook;
}

Webhook zapierDefault()
{
    Webhook webhook;
    webhook.id = QStringLiteral("wh-zapier");
    webhook.name = QStringLiteral("Zapier: call ended");
    webhook.trigger = Trigger::Always;
    webhook.request.url = QStringLiteral("https://hooks.zapier.com/hooks/catch/1/a/");
    return webhook;
}

} // namespace

class TestCompanyDefaults : public QObject
{
    Q_OBJECT

private slots:
    void everyButtonHasItsTemplate()
    {
        QCOMPARE(CompanyDefaults::platforms(),
                 (QStringList{QStringLiteral("cake"), QStringLiteral("hasoffers"), QStringLiteral("voluum")}));
        for (const QString &platform : CompanyDefaults::platforms()) {
            QVERIFY(!CompanyDefaults::label(platform).isEmpty());
            const WebhookTemplate *webhookTemplate =
                TemplateLibrary::builtIn().find(CompanyDefaults::templateId(platform));
            QVERIFY2(webhookTemplate, qPrintable(platform));
            QVERIFY(webhookTemplate->parameter(CompanyDefaults::domainParameter()));
            QVERIFY(webhookTemplate->appliesTo.contains(QStringLiteral("company")));
        }
        QCOMPARE(CompanyDefaults::label(QStringLiteral("tune")), QString());
        QCOMPARE(CompanyDefaults::templateId(QStringLiteral("tune")), QString());
    }

    void trackingDomainGivesThePostback_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("matches");

        QTest::newRow("cake") << QStringLiteral("cake") << QStringLiteral("track.example.com")
                              << QStringLiteral("CAKE server postback")
                              << QStringLiteral(
                                     "https://track.example.com/p.ashx?o=[cake_offer_id]&e=[cake_event_id]&f=pb"
                                     "&r=[cake_request_id]&t=[call_uuid]&p=[payout|default:0]")
                              << QStringList{QStringLiteral("cake_request_id")};
        QTest::newRow("hasoffers") << QStringLiteral("hasoffers") << QStringLiteral("demo.go2cloud.org")
                                   << QStringLiteral("TUNE server postback")
                                   << QStringLiteral(
                                          "https://demo.go2cloud.org/aff_lsr?transaction_id=[tune_transaction_id]"
                                          "&amount=[payout|default:0]&adv_sub=[call_uuid]")
                                   << QStringList{QStringLiteral("tune_transaction_id")};
        QTest::newRow("voluum, pasted as a URL")
            << QStringLiteral("voluum") << QStringLiteral(" https://yourcompany.voluumtrk.com/ ")
            << QStringLiteral("Voluum postback")
            << QStringLiteral("https://yourcompany.voluumtrk.com/postback?cid=[voluum_cid]&payout=[payout|default:0]"
                              "&txid=[call_uuid]")
            << QStringList{QStringLiteral("voluum_cid")};
    }

    void trackingDomainGivesThePostback()
    {
        QFETCH(QString, platform);
        QFETCH(QString, domain);
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QStringList, matches);
        QStringList errors;
        const QList<Webhook> webhooks = CompanyDefaults::trackingDomainWebhooks(platform, domain, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(webhooks.size(), 1);
        const Webhook &postback = webhooks.constFirst();
        QCOMPARE(postback.name, name);
        QCOMPARE(postback.trigger, Trigger::Conversion);
        QCOMPARE(postback.request.method, QStringLiteral("GET"));
        QCOMPARE(postback.request.url, url);
        QCOMPARE(postback.matches, matches);
        QVERIFY(postback.id.startsWith(QStringLiteral("wh-")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("unknown platform")
            << QStringLiteral("tune") << QStringLiteral("demo.go2cloud.org")
            << QStringList{QStringLiteral("unknown platform \"tune\" (expected one of: cake, hasoffers, voluum)")};
        QTest::newRow("no domain") << QStringLiteral("cake") << QStringLiteral("  ")
                                   << QStringList{QStringLiteral("parameter \"tracking_domain\" (CAKE tracking domain) "
                                                                 "is required")};
        QTest::newRow("not a domain")
            << QStringLiteral("voluum") << QStringLiteral("track example.com")
            << QStringList{QStringLiteral("parameter \"tracking_domain\": \"track example.com\" is not a domain name: "
                                          "write the host only, with an optional port (track.example.com, "
                                          "127.0.0.1:8377)")};
    }

    void badInputIsRefused()
    {
        QFETCH(QString, platform);
        QFETCH(QString, domain);
        QFETCH(QStringList, errors);
        QStringList found;
        QVERIFY(CompanyDefaults::trackingDomainWebhooks(platform, domain, &found).isEmpty());
        QCOMPARE(found, errors);

        Company company;
        company.defaultWebhooks.append(zapierDefault());
        const Company before = company;
        found.clear();
        QVERIFY(!CompanyDefaults::apply(&company, platform, domain, &found));
        QCOMPARE(found, errors);
        QCOMPARE(company, before);
    }

    void missingTemplateIsReported()
    {
        TemplateLibrary empty;
        QStringList errors;
        QVERIFY(CompanyDefaults::trackingDomainWebhooks(empty, QStringLiteral("cake"), QStringLiteral("a.com"), &errors)
                    .isEmpty());
        QCOMPARE(errors, QStringList{QStringLiteral("the CAKE template \"cake-server-postback\" is not in the template "
                                                    "library")});
    }

    void normalizedDomain_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << QStringLiteral("track.example.com") << QStringLiteral("track.example.com");
        QTest::newRow("spaces") << QStringLiteral("  track.example.com \t") << QStringLiteral("track.example.com");
        QTest::newRow("trailing slash") << QStringLiteral("track.example.com/") << QStringLiteral("track.example.com");
        QTest::newRow("URL") << QStringLiteral("https://track.example.com/postback?x=1")
                             << QStringLiteral("track.example.com");
        QTest::newRow("URL with port") << QStringLiteral("http://127.0.0.1:8377/") << QStringLiteral("127.0.0.1:8377");
        QTest::newRow("path kept to be refused")
            << QStringLiteral("track.example.com/p") << QStringLiteral("track.example.com/p");
    }

    void normalizedDomain()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        QCOMPARE(CompanyDefaults::normalizedDomain(input), domain);
    }

    void applyReplacesWhatTheSameButtonMade()
    {
        Company company;
        company.defaultWebhooks.append(zapierDefault());
        QStringList errors;
        QVERIFY(CompanyDefaults::apply(&company, QStringLiteral("cake"), QStringLiteral("old.example.com"), &errors));
        QVERIFY(CompanyDefaults::apply(&company, QStringLiteral("voluum"), QStringLiteral("v.example.com"), &errors));
        QVERIFY(CompanyDefaults::apply(&company, QStringLiteral("cake"), QStringLiteral("https://new.example.com/"),
                                       &errors));
        QVERIFY(errors.isEmpty());

        QCOMPARE(company.defaultWebhooks.size(), 3);
        QCOMPARE(company.defaultWebhooks.at(0), zapierDefault());
        QCOMPARE(company.defaultWebhooks.at(1).name, QStringLiteral("Voluum postback"));
        QCOMPARE(company.defaultWebhooks.at(2).name, QStringLiteral("CAKE server postback"));
        QVERIFY(
            company.defaultWebhooks.at(2).request.url.startsWith(QStringLiteral("https://new.example.com/p.ashx?")));
        QCOMPARE(company.trackingDomains.value(QStringLiteral("cake")), QStringLiteral("new.example.com"));
        QCOMPARE(company.trackingDomains.value(QStringLiteral("voluum")), QStringLiteral("v.example.com"));
    }

    void newCampaignsCopyTheDefaults()
    {
        Workspace workspace;
        workspace.company.defaultWebhooks.append(zapierDefault());
        QStringList errors;
        for (const QString &platform : CompanyDefaults::platforms())
            QVERIFY(CompanyDefaults::apply(&workspace.company, platform, QStringLiteral("t.example.com"), &errors));

        const Campaign first = workspace.newCampaign(QStringLiteral("c1"), QStringLiteral("Auto insurance"));
        const Campaign second = workspace.newCampaign(QStringLiteral("c2"), QStringLiteral("Medicare"));
        const QList<Webhook> &defaults = workspace.company.defaultWebhooks;
        QCOMPARE(defaults.size(), 4);
        QCOMPARE(first.webhooks.size(), defaults.size());
        QSet<QString> ids;
        for (const Webhook &webhook : defaults)
            ids.insert(webhook.id);
        for (int i = 0; i < defaults.size(); ++i) {
            // A copy, with ids of its own: editing a campaign's webhook leaves the defaults alone.
            QCOMPARE(withoutId(first.webhooks.at(i)), withoutId(defaults.at(i)));
            QCOMPARE(withoutId(second.webhooks.at(i)), withoutId(defaults.at(i)));
            ids.insert(first.webhooks.at(i).id);
            ids.insert(second.webhooks.at(i).id);
        }
        QCOMPARE(ids.size(), 3 * defaults.size());

        // Campaigns made before the button was pressed keep what they had.
        Workspace later = workspace;
        later.campaigns.append(first);
        QVERIFY(
            CompanyDefaults::apply(&later.company, QStringLiteral("cake"), QStringLiteral("n.example.com"), &errors));
        QCOMPARE(later.campaigns.constFirst(), first);
    }
};

QTEST_GUILESS_MAIN(TestCompanyDefaults)
#include "TestCompanyDefaults.moc"
