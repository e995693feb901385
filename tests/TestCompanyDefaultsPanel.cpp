// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/CompanyDefaultsPanel.h"

#include "common/StatePalette.h"
#include "templates/CompanyDefaults.h"
#include "templates/TemplateInstantiator.h"
#include "templates/TemplateLibrary.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace {

using Address = WorkspaceModel::Address;
using Kind = WorkspaceModel::Kind;

Workspace sampleWorkspace()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme Calls");
    Webhook start;
    start.id = QStringLiteral("wh-start");
    start.name = QStringLiteral("Call started");
    start.request.url = QStringLiteral("http://127.0.0.1/start");
    ws.company.defaultWebhooks = {start};
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar Leads");
    ws.campaigns = {campaign};
    return ws;
}

QModelIndex companyIndex(const WorkspaceModel &model)
{
    Address company;
    company.kind = Kind::Company;
    return model.indexOf(company);
}

} // namespace

class TestCompanyDefaultsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<WorkspaceModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(sampleWorkspace());
        m_stack = std::make_unique<QUndoStack>();
        m_panel = std::make_unique<CompanyDefaultsPanel>(m_model.get(), m_stack.get());
    }

    void cleanup()
    {
        m_panel.reset();
        m_stack.reset();
        m_tester.reset();
        m_model.reset();
    }

    void oneRowPerPlatform()
    {
        for (const QString &platform : CompanyDefaults::platforms()) {
            QVERIFY2(m_panel->findChild<QLineEdit *>(QStringLiteral("domain_") + platform), qPrintable(platform));
            QCOMPARE(m_panel->findChild<QPushButton *>(QStringLiteral("generate_") + platform)->text(),
                     QStringLiteral("Generate Postback"));
            QCOMPARE(
                m_panel->findChild<QLabel *>(QStringLiteral("message_") + platform)->text(),
                QStringLiteral("No %1 postback in the company defaults yet.").arg(CompanyDefaults::label(platform)));
        }
        QVERIFY(!m_panel->generate(QStringLiteral("tune"))); // not a platform of the panel
    }

    void generatesThePlatformsPostback_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");

        QTest::newRow("cake") << QStringLiteral("cake") << QStringLiteral("track.example.com")
                              << QStringLiteral("track.example.com") << QStringLiteral("CAKE server postback")
                              << QStringLiteral("https://track.example.com/p.ashx?o=[cake_offer_id]&e=[cake_event_id]"
                                                "&f=pb&r=[cake_request_id]&t=[call_uuid]&p=[payout|default:0]");
        QTest::newRow("hasoffers") << QStringLiteral("hasoffers") << QStringLiteral("demo.go2cloud.org")
                                   << QStringLiteral("demo.go2cloud.org") << QStringLiteral("TUNE server postback")
                                   << QStringLiteral(
                                          "https://demo.go2cloud.org/aff_lsr?transaction_id="
                                          "[tune_transaction_id]&amount=[payout|default:0]&adv_sub=[call_uuid]");
        QTest::newRow("voluum, pasted as a URL")
            << QStringLiteral("voluum") << QStringLiteral(" https://acme.voluumtrk.com/ ")
            << QStringLiteral("acme.voluumtrk.com") << QStringLiteral("Voluum postback")
            << QStringLiteral("https://acme.voluumtrk.com/postback?cid=[voluum_cid]&payout=[payout|default:0]"
                              "&txid=[call_uuid]");
    }

    void generatesThePlatformsPostback()
    {
        QFETCH(QString, platform);
        QFETCH(QString, typed);
        QFETCH(QString, domain);
        QFETCH(QString, name);
        QFETCH(QString, url);

        const Workspace before = m_model->workspace();
        auto *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("domain_") + platform);
        QTest::keyClicks(edit, typed);
        QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("generate_") + platform), Qt::LeftButton);

        const Company &company = m_model->workspace().company;
        QCOMPARE(company.defaultWebhooks.size(), 2);
        const Webhook &generated = company.defaultWebhooks.at(1);
        QCOMPARE(generated.name, name);
        QCOMPARE(generated.request.url, url);
        QCOMPARE(generated.trigger, Trigger::Conversion);
        QCOMPARE(company.trackingDomains.value(platform), domain);
        QCOMPARE(edit->text(), domain);
        QCOMPARE(m_model->rowCount(companyIndex(*m_model)), 2);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(),
                 QStringLiteral("Generate %1 postback for %2").arg(CompanyDefaults::label(platform), domain));
        const QString shown = m_panel->findChild<QLabel *>(QStringLiteral("message_") + platform)->text();
        QVERIFY2(shown.startsWith(QStringLiteral("In the company defaults: %1 → GET https://%2/").arg(name, domain)),
                 qPrintable(shown));

        // New campaigns copy it; the existing one keeps what it had.
        QCOMPARE(m_model->workspace().newCampaign(QStringLiteral("new"), QStringLiteral("New")).webhooks.size(), 2);
        QCOMPARE(m_model->workspace().campaigns.at(0).webhooks.size(), 0);

        m_stack->undo();
        QCOMPARE(m_model->workspace(), before);
        QCOMPARE(m_model->rowCount(companyIndex(*m_model)), 1);
        QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("message_") + platform)->text(),
                 QStringLiteral("No %1 postback in the company defaults yet.").arg(CompanyDefaults::label(platform)));
    }

    void generatingAgainReplacesInsteadOfAdding()
    {
        auto *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("domain_cake"));
        edit->setText(QStringLiteral("a.example.com"));
        QVERIFY(m_panel->generate(QStringLiteral("cake")));
        edit->setText(QStringLiteral("b.example.com"));
        QVERIFY(m_panel->generate(QStringLiteral("cake")));

        const Company &company = m_model->workspace().company;
        QCOMPARE(company.defaultWebhooks.size(), 2);
        QVERIFY(company.defaultWebhooks.at(1).request.url.startsWith(QStringLiteral("https://b.example.com/p.ashx?")));
        QCOMPARE(company.trackingDomains.value(QStringLiteral("cake")), QStringLiteral("b.example.com"));
        QCOMPARE(m_stack->count(), 2);

        // The same domain once more changes nothing, so there is nothing to undo.
        QVERIFY(m_panel->generate(QStringLiteral("cake")));
        QCOMPARE(m_stack->count(), 2);

        // Each platform has its own postback.
        m_panel->findChild<QLineEdit *>(QStringLiteral("domain_voluum"))->setText(QStringLiteral("acme.voluumtrk.com"));
        QVERIFY(m_panel->generate(QStringLiteral("voluum")));
        QCOMPARE(m_model->workspace().company.defaultWebhooks.size(), 3);

        m_stack->undo();
        m_stack->undo();
        QVERIFY(m_model->workspace().company.defaultWebhooks.at(1).request.url.startsWith(
            QStringLiteral("https://a.example.com/")));
        m_stack->undo();
        QCOMPARE(m_model->workspace(), sampleWorkspace());
    }

    void invalidDomainIsShownUnderItsField_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QStringLiteral("cake") << QString()
                               << QStringLiteral("Enter your CAKE tracking domain first.");
        QTest::newRow("blank") << QStringLiteral("voluum") << QStringLiteral("   ")
                               << QStringLiteral("Enter your Voluum tracking domain first.");
        QTest::newRow("spaces") << QStringLiteral("hasoffers") << QStringLiteral("demo go2cloud org") << QString();
        QTest::newRow("path") << QStringLiteral("cake") << QStringLiteral("track.example.com/p.ashx") << QString();
    }

    void invalidDomainIsShownUnderItsField()
    {
        QFETCH(QString, platform);
        QFETCH(QString, domain);
        QFETCH(QString, message);

        if (message.isEmpty()) {
            // The engine's own words for the domain type.
            const TemplateParameter *parameter = TemplateLibrary::builtIn()
                                                     .find(CompanyDefaults::templateId(platform))
                                                     ->parameter(CompanyDefaults::domainParameter());
            QVERIFY(!TemplateInstantiator::checkValue(*parameter, domain, &message));
            QVERIFY2(message.contains(QStringLiteral("is not a domain name")), qPrintable(message));
        }
        m_panel->findChild<QLineEdit *>(QStringLiteral("domain_") + platform)->setText(domain);
        QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("generate_") + platform), Qt::LeftButton);

        auto *label = m_panel->findChild<QLabel *>(QStringLiteral("message_") + platform);
        QCOMPARE(label->text(), message);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 StatePalette(label->palette()).foreground(StatePalette::State::Error));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(m_model->workspace(), sampleWorkspace());
    }

    void domainsAreReadFromTheCompany()
    {
        Workspace ws = sampleWorkspace();
        ws.company.trackingDomains.insert(QStringLiteral("hasoffers"), QStringLiteral("demo.go2cloud.org"));
        m_model->setWorkspace(ws);
        CompanyDefaultsPanel panel(m_model.get(), m_stack.get());
        QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("domain_hasoffers"))->text(),
                 QStringLiteral("demo.go2cloud.org"));
        QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("domain_cake"))->text(), QString());
    }

private:
    std::unique_ptr<WorkspaceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CompanyDefaultsPanel> m_panel;
};

QTEST_MAIN(TestCompanyDefaultsPanel)
#include "TestCompanyDefaultsPanel.moc"
