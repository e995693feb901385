// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WebhookJson.h"
#include "shell/MainWindow.h"
#include "support/TestSettings.h"
#include "support/WebhookFixture.h"
#include "templates/ApplyTemplateCommand.h"
#include "templates/CompanyDefaultsPanel.h"
#include "templates/SaveTemplateDialog.h"
#include "templates/TemplateGallery.h"
#include "templates/TemplateInstantiator.h"
#include "templates/TemplateLibrary.h"
#include "templates/TemplateListModel.h"
#include "templates/UserTemplatesCommand.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace {

using Address = WorkspaceModel::Address;
using Kind = WorkspaceModel::Kind;

const QString kDataDir = QStringLiteral(WC_TEST_DATA_DIR "/gallery");

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// company: 1 default webhook; campaign 0 "Solar Leads": 1 webhook, a locked and an unlocked number;
// campaign 1 "Medicare": none; buyers SunRay (tagged) and Lead Exchange; one publisher; the
// user template crm-lead-post (applies to campaigns and buyers, tags the profile crm:acme).
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme Calls");
    ws.company.defaultWebhooks = {webhook(QStringLiteral("wh-default"), QStringLiteral("Call started"), Trigger::Start,
                                          QStringLiteral("http://127.0.0.1/s"))};

    Campaign solar;
    solar.id = QStringLiteral("solar");
    solar.name = QStringLiteral("Solar Leads");
    solar.webhooks = {webhook(QStringLiteral("wh-solar"), QStringLiteral("Convert"), Trigger::Conversion,
                              QStringLiteral("http://127.0.0.1/c"))};
    TrackingNumber locked;
    locked.number = QStringLiteral("+18005550100");
    TrackingNumber unlocked;
    unlocked.number = QStringLiteral("+18005550199");
    unlocked.webhooksUnlocked = true;
    unlocked.webhooks = {webhook(QStringLiteral("wh-own"), QStringLiteral("Own"), Trigger::Answered,
                                 QStringLiteral("http://127.0.0.1/own"))};
    solar.numbers = {locked, unlocked};

    Campaign medicare;
    medicare.id = QStringLiteral("medicare");
    medicare.name = QStringLiteral("Medicare");

    Buyer sunray;
    sunray.id = QStringLiteral("sunray");
    sunray.name = QStringLiteral("SunRay");
    sunray.tags.set(QStringLiteral("vertical"), {QStringLiteral("solar")});
    Buyer exchange;
    exchange.id = QStringLiteral("exchange");
    exchange.name = QStringLiteral("Lead Exchange");

    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search ads");

    ws.campaigns = {solar, medicare};
    ws.buyers = {sunray, exchange};
    ws.publishers = {publisher};
    ws.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550134")});
    ws.sampleCall.set(QStringLiteral("call_uuid"), {QStringLiteral("CA-0001")});
    ws.sampleCall.set(QStringLiteral("payout"), {QStringLiteral("35.00")});
    ws.sampleCall.set(QStringLiteral("cake_request_id"), {QStringLiteral("REQ-9")});
    ws.userTemplates.append(readObject(kDataDir + QStringLiteral("/crm-lead-post.json")));
    return ws;
}

// The ids the list shows, in order.
QStringList shownIds(TemplateGallery &gallery)
{
    const auto *list = gallery.findChild<QListView *>(QStringLiteral("templateList"));
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(TemplateListModel::IdRole).toString());
    return ids;
}

QLineEdit *field(TemplateGallery &gallery, const QString &parameter)
{
    return gallery.findChild<QLineEdit *>(QStringLiteral("parameter_") + parameter);
}

QLabel *message(TemplateGallery &gallery, const QString &parameter)
{
    return gallery.findChild<QLabel *>(QStringLiteral("message_") + parameter);
}

QString previewText(TemplateGallery &gallery)
{
    return gallery.findChild<QTextBrowser *>(QStringLiteral("templatePreview"))->toPlainText();
}

bool applyEnabled(TemplateGallery &gallery)
{
    return gallery.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled();
}

QString status(TemplateGallery &gallery)
{
    return gallery.findChild<QLabel *>(QStringLiteral("applyStatus"))->text();
}

QStringList comboItems(QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

bool chooseItem(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

class TestTemplateGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfiguratorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestTemplateGallery"));
        QVERIFY(!readObject(kDataDir + QStringLiteral("/crm-lead-post.json")).isEmpty());
    }

    void init()
    {
        m_model = std::make_unique<WorkspaceModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(sampleWorkspace());
        m_stack = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_stack.reset();
        m_tester.reset();
        m_model.reset();
    }

    void listsShippedAndUserTemplatesByName()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        const QStringList ids = shownIds(gallery);
        QCOMPARE(ids.size(), TemplateLibrary::builtIn().templates().size() + 1);
        QVERIFY(ids.contains(QStringLiteral("crm-lead-post")));
        QCOMPARE(ids.constFirst(), QStringLiteral("cake-server-postback")); // "CAKE server postback"
        QCOMPARE(ids.indexOf(QStringLiteral("crm-lead-post")), 1);          // "CRM lead post"
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("templateCount"))->text(), QStringLiteral("15 templates"));
        QVERIFY(gallery.findChild<QLabel *>(QStringLiteral("libraryProblems"))->isHidden());
        // The first template is shown from the start.
        QCOMPARE(gallery.currentTemplateId(), QStringLiteral("cake-server-postback"));
    }

    void listModelPassesTheModelTester()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<WebhookTemplate> shipped = TemplateLibrary::builtIn().templates();
        model.setTemplates(shipped, {});
        QCOMPARE(model.rowCount(), shipped.size());
        const int row = model.rowOf(QStringLiteral("zapier-catch-hook"));
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), QStringLiteral("Zapier catch hook (start and end of call)"));
        QCOMPARE(index.data(TemplateListModel::PlatformRole).toString(), QStringLiteral("Zapier"));
        QCOMPARE(index.data(TemplateListModel::TriggersRole).toStringList(),
                 (QStringList{QStringLiteral("start"), QStringLiteral("always")}));
        QCOMPARE(index.data(TemplateListModel::SubtitleRole).toString(), QStringLiteral("Zapier  ·  Start, Always"));
        QVERIFY(!index.data(TemplateListModel::UserTemplateRole).toBool());
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(!model.templateAt(-1));
        model.setTemplates({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void brokenWorkspaceTemplateIsReportedNotListed()
    {
        Workspace ws = sampleWorkspace();
        ws.userTemplates.append(readObject(kDataDir + QStringLiteral("/missing-name.json")));
        m_model->setWorkspace(ws);
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(!shownIds(gallery).contains(QStringLiteral("missing-name")));
        auto *problems = gallery.findChild<QLabel *>(QStringLiteral("libraryProblems"));
        QVERIFY(!problems->isHidden());
        QCOMPARE(problems->text(), QStringLiteral("1 workspace template could not be loaded."));
        QCOMPARE(problems->toolTip(), QStringLiteral("workspace template 2: name: required field is missing"));
    }

    void searchAndFiltersNarrowTheList_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("name") << QStringLiteral("voluum") << QString() << QString()
                              << QStringList{QStringLiteral("voluum-postback")};
        QTest::newRow("every word, any case")
            << QStringLiteral("SERVER postback") << QString() << QString()
            << QStringList{QStringLiteral("cake-server-postback"), QStringLiteral("everflow-postback"),
                           QStringLiteral("hasoffers-tune-postback")};
        QTest::newRow("description") << QStringLiteral("sha256") << QString() << QString()
                                     << QStringList{QStringLiteral("meta-conversions-api")};
        QTest::newRow("platform") << QString() << QStringLiteral("Generic") << QString()
                                  << QStringList{QStringLiteral("generic-form-post"),
                                                 QStringLiteral("generic-json-post")};
        QTest::newRow("trigger") << QString() << QString() << QStringLiteral("pass_through")
                                 << QStringList{QStringLiteral("ringba-rtb-ping-post"),
                                                QStringLiteral("trackdrive-ping-post")};
        QTest::newRow("platform and trigger") << QString() << QStringLiteral("Ringba") << QStringLiteral("conversion")
                                              << QStringList{QStringLiteral("ringba-conversion-webhook")};
        QTest::newRow("user template by platform")
            << QString() << QStringLiteral("Acme CRM") << QString() << QStringList{QStringLiteral("crm-lead-post")};
        QTest::newRow("nothing") << QStringLiteral("no such integration") << QString() << QString() << QStringList();
    }

    void searchAndFiltersNarrowTheList()
    {
        QFETCH(QString, search);
        QFETCH(QString, platform);
        QFETCH(QString, trigger);
        QFETCH(QStringList, ids);

        TemplateGallery gallery(m_model.get(), m_stack.get());
        auto *platforms = gallery.findChild<QComboBox *>(QStringLiteral("platformFilter"));
        auto *triggers = gallery.findChild<QComboBox *>(QStringLiteral("triggerFilter"));
        QCOMPARE(platforms->itemText(0), QStringLiteral("All platforms"));
        QCOMPARE(triggers->itemText(0), QStringLiteral("All triggers"));
        if (!platform.isEmpty())
            platforms->setCurrentIndex(platforms->findData(platform));
        if (!trigger.isEmpty())
            triggers->setCurrentIndex(triggers->findData(trigger));
        QTest::keyClicks(gallery.findChild<QLineEdit *>(QStringLiteral("templateSearch")), search);

        QCOMPARE(shownIds(gallery), ids);
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("templateCount"))->text(),
                 QStringLiteral("%1 of 15 templates").arg(ids.size()));
        if (ids.isEmpty()) {
            QCOMPARE(gallery.currentTemplateId(), QString());
            QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("noTemplateLabel"))->text(),
                     QStringLiteral("No template matches the search and filters."));
            QVERIFY(!applyEnabled(gallery));
        } else {
            QVERIFY(ids.contains(gallery.currentTemplateId()));
        }
    }

    void selectingATemplateShowsItsParameters()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("ga4-measurement-protocol")));
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("templateTitle"))->text(),
                 QStringLiteral("Google Analytics 4 Measurement Protocol"));
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("templateSubtitle"))->text(),
                 QStringLiteral("Google Analytics 4  ·  Conversion  ·  1 webhook  ·  shipped template"));
        QVERIFY(gallery.findChild<QLabel *>(QStringLiteral("templateDocumentation"))
                    ->text()
                    .contains(QStringLiteral("href=\"https://developers.google.com/analytics/devguides/collection/"
                                             "protocol/ga4/sending-events\"")));

        // One field per parameter, defaults filled in.
        QCOMPARE(field(gallery, QStringLiteral("measurement_id"))->text(), QString());
        QCOMPARE(field(gallery, QStringLiteral("api_secret"))->text(), QString());
        QCOMPARE(field(gallery, QStringLiteral("event_name"))->text(), QStringLiteral("generate_lead"));
        QCOMPARE(field(gallery, QStringLiteral("currency"))->text(), QStringLiteral("USD"));
        QCOMPARE(gallery.findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^parameter_"))).size(), 4);
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("help_measurement_id"))->text(),
                 QStringLiteral("The data stream's measurement ID (Admin > Data streams), e.g. G-XXXXXXXXXX."));
        QVERIFY(!applyEnabled(gallery));
        QCOMPARE(status(gallery), QStringLiteral("Fill in Measurement ID, API secret to apply the template."));

        // Another template replaces the form.
        QVERIFY(gallery.selectTemplate(QStringLiteral("voluum-postback")));
        QVERIFY(!field(gallery, QStringLiteral("measurement_id")));
        QVERIFY(field(gallery, QStringLiteral("tracking_domain")));
        QVERIFY(!gallery.selectTemplate(QStringLiteral("no-such-template")));
        QCOMPARE(gallery.currentTemplateId(), QStringLiteral("voluum-postback"));
    }

    void selectTemplateClearsFiltersThatHideIt()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QTest::keyClicks(gallery.findChild<QLineEdit *>(QStringLiteral("templateSearch")), QStringLiteral("slack"));
        QCOMPARE(shownIds(gallery), QStringList{QStringLiteral("slack-incoming-webhook")});
        QVERIFY(gallery.selectTemplate(QStringLiteral("zapier-catch-hook")));
        QCOMPARE(gallery.currentTemplateId(), QStringLiteral("zapier-catch-hook"));
        QCOMPARE(gallery.findChild<QLineEdit *>(QStringLiteral("templateSearch"))->text(), QString());
    }

    void fillingParametersUpdatesThePreview()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("cake-server-postback")));
        QVERIFY(previewText(gallery).contains(
            QStringLiteral("Fill in the parameters to see the request as it would be sent for the sample call.")));
        QVERIFY(previewText(gallery).contains(QStringLiteral("GET https://{{tracking_domain}}/p.ashx?")));
        QVERIFY(!applyEnabled(gallery));
        QCOMPARE(status(gallery), QStringLiteral("Fill in CAKE tracking domain to apply the template."));

        QTest::keyClicks(field(gallery, QStringLiteral("tracking_domain")), QStringLiteral("track.example.com"));
        const QString preview = previewText(gallery);
        QVERIFY2(preview.contains(
                     QStringLiteral("GET https://track.example.com/p.ashx?o=&e=&f=pb&r=REQ-9&t=CA-0001&p=35.00")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("CAKE server postback")));
        QVERIFY(preview.contains(QStringLiteral("only for calls with cake_request_id")));
        // Tags the sample call lacks are named, as the renderer reports them.
        QVERIFY(preview.contains(QStringLiteral("[cake_offer_id]")));
        QVERIFY(!preview.contains(QStringLiteral("Fill in the parameters")));
        QVERIFY(applyEnabled(gallery));
        QCOMPARE(status(gallery),
                 QStringLiteral("Apply adds 1 webhook to Company defaults (copied into new campaigns)."));
    }

    void jsonBodyAndHeadersArePreviewed()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("crm-lead-post")));
        field(gallery, QStringLiteral("endpoint"))->setText(QStringLiteral("https://crm.example.com/leads"));
        field(gallery, QStringLiteral("api_key"))->setText(QStringLiteral("k-123"));
        const QString preview = previewText(gallery);
        QVERIFY2(preview.contains(QStringLiteral("POST https://crm.example.com/leads")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("X-Api-Key: ••••••••")));
        QVERIFY(preview.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(preview.contains(QStringLiteral("\"phone\": \"+12125550134\"")));
        QVERIFY(preview.contains(QStringLiteral("\"payout\": 35")));
    }

    void pingPostPreviewShowsPingAndPost()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("ringba-rtb-ping-post")));
        field(gallery, QStringLiteral("rtb_id"))->setText(QStringLiteral("rtb42"));
        field(gallery, QStringLiteral("bid_log_url"))->setText(QStringLiteral("http://127.0.0.1:8377/bids"));
        const QString preview = previewText(gallery);
        QVERIFY(preview.contains(QStringLiteral("Ping: asks for a bid")));
        QVERIFY(preview.contains(QStringLiteral("POST https://rtb.ringba.com/v1/production/••••••••.json")));
        QVERIFY(preview.contains(QStringLiteral("\"CID\": \"12125550134\"")));
        QVERIFY(preview.contains(QStringLiteral("Post: once a bid of at least 0.01 is accepted")));
        QVERIFY(preview.contains(QStringLiteral("POST http://127.0.0.1:8377/bids")));
        // The bid's tags cannot be in the sample call: no warning about them, the others stay.
        QVERIFY2(!preview.contains(QStringLiteral("tag [ping.")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("tag [caller_zip] is missing")));
        Workspace ws = m_model->workspace();
        ws.sampleCall.remove(QStringLiteral("call_uuid"));
        m_model->setWorkspace(ws);
        QVERIFY(previewText(gallery).contains(QStringLiteral("tag [call_uuid] is missing")));
    }

    void badValueShowsItsMessageAndDisablesApply_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("good");

        QTest::newRow("domain with a path")
            << QStringLiteral("cake-server-postback") << QStringLiteral("tracking_domain")
            << QStringLiteral("track.example.com/p") << QStringLiteral("is not a domain name")
            << QStringLiteral("track.example.com");
        QTest::newRow("number with a comma")
            << QStringLiteral("everflow-postback") << QStringLiteral("network_id") << QStringLiteral("12,5")
            << QStringLiteral("\"12,5\" is not a number") << QStringLiteral("12");
        QTest::newRow("url without scheme")
            << QStringLiteral("slack-incoming-webhook") << QStringLiteral("webhook_url")
            << QStringLiteral("hooks.slack.com/services/T0/B0/x")
            << QStringLiteral("\"hooks.slack.com/services/T0/B0/x\" is not an absolute http(s) URL")
            << QStringLiteral("https://hooks.slack.com/services/T0/B0/x");
    }

    void badValueShowsItsMessageAndDisablesApply()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, parameter);
        QFETCH(QString, bad);
        QFETCH(QString, expected);
        QFETCH(QString, good);

        TemplateGallery gallery(m_model.get(), m_stack.get());
        gallery.show();
        QVERIFY(gallery.selectTemplate(templateId));
        // Fill every other required field with something valid.
        if (templateId == QLatin1String("everflow-postback"))
            field(gallery, QStringLiteral("tracking_domain"))->setText(QStringLiteral("ef.example.com"));

        QTest::keyClicks(field(gallery, parameter), bad);
        QLabel *label = message(gallery, parameter);
        QVERIFY2(label->isVisible(), qPrintable(label->text()));
        QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
        const TemplateParameter *declared = TemplateLibrary::builtIn().find(templateId)->parameter(parameter);
        QString engineMessage;
        QVERIFY(!TemplateInstantiator::checkValue(*declared, bad, &engineMessage));
        QCOMPARE(label->text(), engineMessage);
        QVERIFY(!applyEnabled(gallery));
        QCOMPARE(status(gallery), QStringLiteral("Correct the values marked in red to apply the template."));
        QVERIFY(!gallery.apply());
        QCOMPARE(m_stack->count(), 0);

        field(gallery, parameter)->setText(good);
        QVERIFY(!label->isVisible());
        QVERIFY(applyEnabled(gallery));
    }

    void secretParametersAreMasked()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("ga4-measurement-protocol")));
        QLineEdit *secret = field(gallery, QStringLiteral("api_secret"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(field(gallery, QStringLiteral("measurement_id"))->echoMode(), QLineEdit::Normal);
        QVERIFY(!gallery.findChild<QAction *>(QStringLiteral("reveal_measurement_id")));

        field(gallery, QStringLiteral("measurement_id"))->setText(QStringLiteral("G-TEST123"));
        secret->setText(QStringLiteral("s3cr3t key"));
        QString preview = previewText(gallery);
        QVERIFY2(preview.contains(QStringLiteral("measurement_id=G-TEST123&api_secret=••••••••")), qPrintable(preview));
        QVERIFY(!preview.contains(QStringLiteral("s3cr3t")));

        auto *reveal = gallery.findChild<QAction *>(QStringLiteral("reveal_api_secret"));
        QVERIFY(reveal);
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        preview = previewText(gallery);
        QVERIFY2(preview.contains(QStringLiteral("api_secret=s3cr3t%20key")), qPrintable(preview));
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!previewText(gallery).contains(QStringLiteral("s3cr3t")));

        // A URL that is itself the credential is masked whole.
        QVERIFY(gallery.selectTemplate(QStringLiteral("slack-incoming-webhook")));
        QCOMPARE(field(gallery, QStringLiteral("webhook_url"))->echoMode(), QLineEdit::Password);
        field(gallery, QStringLiteral("webhook_url"))
            ->setText(QStringLiteral("https://hooks.slack.com/services/T0/B0/xyz"));
        QVERIFY(previewText(gallery).contains(QStringLiteral("POST ••••••••")));
        QVERIFY(!previewText(gallery).contains(QStringLiteral("hooks.slack.com")));
    }

    void targetsFollowAppliesTo()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        auto *targets = gallery.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        auto *profiles = gallery.findChild<QComboBox *>(QStringLiteral("profileCombo"));

        QVERIFY(gallery.selectTemplate(QStringLiteral("cake-server-postback"))); // company, campaign
        QCOMPARE(comboItems(targets), (QStringList{QStringLiteral("Company defaults (copied into new campaigns)"),
                                                   QStringLiteral("Campaign: Solar Leads"),
                                                   QStringLiteral("Number: +18005550199 (unlocked, in Solar Leads)"),
                                                   QStringLiteral("Campaign: Medicare")}));
        QVERIFY(profiles->isHidden()); // no profile tags

        QVERIFY(gallery.selectTemplate(QStringLiteral("ringba-rtb-ping-post"))); // buyer
        QCOMPARE(comboItems(targets),
                 (QStringList{QStringLiteral("Buyer: SunRay"), QStringLiteral("Buyer: Lead Exchange")}));
        QVERIFY(!profiles->isHidden());
        QCOMPARE(comboItems(profiles),
                 (QStringList{QStringLiteral("No profile"), QStringLiteral("Buyer: SunRay"),
                              QStringLiteral("Buyer: Lead Exchange"), QStringLiteral("Publisher: Search ads")}));
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("profileTags"))->text(), QStringLiteral("adds rtb:ringba"));
        // Applied to a buyer, the tags go to that buyer.
        QCOMPARE(profiles->currentText(), QStringLiteral("Buyer: SunRay"));
        targets->setCurrentIndex(1);
        QCOMPARE(profiles->currentText(), QStringLiteral("Buyer: Lead Exchange"));

        // A publisher's template goes into a campaign and tags the publisher.
        QVERIFY(gallery.selectTemplate(QStringLiteral("publisher-data-writing-postback")));
        QCOMPARE(targets->currentText(), QStringLiteral("Campaign: Solar Leads"));
        QCOMPARE(profiles->currentText(), QStringLiteral("Publisher: Search ads"));
    }

    void preferredTargetIsPreselected()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        Address ownWebhook;
        ownWebhook.kind = Kind::Webhook;
        ownWebhook.campaign = 0;
        ownWebhook.number = 1;
        ownWebhook.webhook = 0;
        gallery.setPreferredTarget(ownWebhook);
        QVERIFY(gallery.selectTemplate(QStringLiteral("voluum-postback")));
        auto *targets = gallery.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        QCOMPARE(targets->currentText(), QStringLiteral("Number: +18005550199 (unlocked, in Solar Leads)"));

        // A locked number stands for its campaign.
        Address locked;
        locked.kind = Kind::Number;
        locked.campaign = 0;
        locked.number = 0;
        gallery.setPreferredTarget(locked);
        QCOMPARE(targets->currentText(), QStringLiteral("Campaign: Solar Leads"));

        // Where the template cannot go, the first place it can.
        QVERIFY(gallery.selectTemplate(QStringLiteral("ringba-rtb-ping-post")));
        QCOMPARE(targets->currentText(), QStringLiteral("Buyer: SunRay"));
    }

    void nowhereToApplyIsExplained()
    {
        Workspace ws = sampleWorkspace();
        ws.buyers.clear();
        m_model->setWorkspace(ws);
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("trackdrive-ping-post")));
        field(gallery, QStringLiteral("trackdrive_domain"))->setText(QStringLiteral("acme.trackdrive.com"));
        field(gallery, QStringLiteral("vanity_uri"))->setText(QStringLiteral("solar"));
        field(gallery, QStringLiteral("traffic_source_id"))->setText(QStringLiteral("1001"));
        auto *targets = gallery.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        QVERIFY(!targets->isEnabled());
        QCOMPARE(targets->currentText(),
                 QStringLiteral("Nowhere: this template goes to buyers, and the workspace has none"));
        QCOMPARE(status(gallery), QStringLiteral("There is nowhere in this workspace to apply this template."));
        QVERIFY(!applyEnabled(gallery));
    }

    void applyAddsWebhooksAndProfileTagsAsOneUndoableCommand()
    {
        const Workspace before = m_model->workspace();
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("crm-lead-post")));
        auto *targets = gallery.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        auto *profiles = gallery.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QVERIFY(chooseItem(targets, QStringLiteral("Campaign: Medicare")));
        QCOMPARE(profiles->currentText(), QStringLiteral("No profile"));
        QVERIFY(chooseItem(profiles, QStringLiteral("Buyer: SunRay")));
        field(gallery, QStringLiteral("endpoint"))->setText(QStringLiteral(" https://crm.example.com/leads "));
        field(gallery, QStringLiteral("api_key"))->setText(QStringLiteral("k-123"));
        QCOMPARE(status(gallery), QStringLiteral("Apply adds 1 webhook to Campaign: Medicare and tags Buyer: SunRay."));

        Address medicare;
        medicare.kind = Kind::Campaign;
        medicare.campaign = 1;
        QCOMPARE(m_model->rowCount(m_model->indexOf(medicare)), 0);

        QVERIFY(gallery.apply());
        QCOMPARE(gallery.result(), int(QDialog::Accepted));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Apply template \"CRM lead post\""));

        const Workspace &after = m_model->workspace();
        QCOMPARE(after.campaigns.at(1).webhooks.size(), 1);
        const Webhook &added = after.campaigns.at(1).webhooks.constFirst();
        QCOMPARE(added.name, QStringLiteral("Lead to CRM"));
        QCOMPARE(added.trigger, Trigger::Answered);
        QCOMPARE(added.request.url, QStringLiteral("https://crm.example.com/leads"));
        QCOMPARE(added.request.headers.constFirst().value, QStringLiteral("k-123"));
        QVERIFY(added.id.startsWith(QStringLiteral("wh-")));
        QCOMPARE(after.buyers.at(0).tags.pairs(),
                 (QStringList{QStringLiteral("vertical:solar"), QStringLiteral("crm:acme")}));
        // Nothing else changed.
        QCOMPARE(after.campaigns.at(0), before.campaigns.at(0));
        QCOMPARE(after.buyers.at(1), before.buyers.at(1));
        QCOMPARE(after.company, before.company);

        // The tree shows the new webhook where the gallery says it went.
        Address applied = gallery.appliedWebhook();
        QCOMPARE(applied.kind, Kind::Webhook);
        QCOMPARE(applied.path(), QStringLiteral("campaigns[1].webhooks[0]"));
        QCOMPARE(m_model->indexOf(applied).data().toString(), QStringLiteral("Lead to CRM"));

        const Workspace applyResult = m_model->workspace();
        m_stack->undo();
        QCOMPARE(m_model->workspace(), before);
        QCOMPARE(m_model->rowCount(m_model->indexOf(medicare)), 0);
        m_stack->redo();
        QCOMPARE(m_model->workspace(), applyResult);
    }

    void applyToBuyerTagsThatBuyerOnce()
    {
        const Workspace before = m_model->workspace();
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("ringba-rtb-ping-post")));
        QVERIFY(chooseItem(gallery.findChild<QComboBox *>(QStringLiteral("targetCombo")),
                           QStringLiteral("Buyer: Lead Exchange")));
        field(gallery, QStringLiteral("rtb_id"))->setText(QStringLiteral("rtb42"));
        field(gallery, QStringLiteral("bid_log_url"))->setText(QStringLiteral("http://127.0.0.1:8377/bids"));
        QVERIFY(gallery.apply());
        QCOMPARE(m_model->workspace().buyers.at(1).webhooks.size(), 1);
        QVERIFY(m_model->workspace().buyers.at(1).webhooks.constFirst().pingPost.enabled);
        QCOMPARE(m_model->workspace().buyers.at(1).tags.pairs(), QStringList{QStringLiteral("rtb:ringba")});

        // Applied twice: two webhooks, the tag once.
        TemplateGallery again(m_model.get(), m_stack.get());
        QVERIFY(again.selectTemplate(QStringLiteral("ringba-rtb-ping-post")));
        QVERIFY(chooseItem(again.findChild<QComboBox *>(QStringLiteral("targetCombo")),
                           QStringLiteral("Buyer: Lead Exchange")));
        field(again, QStringLiteral("rtb_id"))->setText(QStringLiteral("rtb43"));
        field(again, QStringLiteral("bid_log_url"))->setText(QStringLiteral("http://127.0.0.1:8377/bids"));
        QVERIFY(again.apply());
        const Buyer &buyer = m_model->workspace().buyers.at(1);
        QCOMPARE(buyer.webhooks.size(), 2);
        QVERIFY(buyer.webhooks.at(0).id != buyer.webhooks.at(1).id);
        QCOMPARE(buyer.tags.pairs(), QStringList{QStringLiteral("rtb:ringba")});

        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_model->workspace(), before);
    }

    void applyToUnlockedNumberAndCompany()
    {
        const Workspace before = m_model->workspace();
        Address number;
        number.kind = Kind::Number;
        number.campaign = 0;
        number.number = 1;
        QCOMPARE(m_model->rowCount(m_model->indexOf(number)), 1);

        TemplateGallery gallery(m_model.get(), m_stack.get());
        gallery.setPreferredTarget(number);
        QVERIFY(gallery.selectTemplate(QStringLiteral("zapier-catch-hook")));
        field(gallery, QStringLiteral("catch_hook_url"))
            ->setText(QStringLiteral("https://hooks.zapier.com/hooks/catch/1/a/"));
        QVERIFY(gallery.apply());
        QCOMPARE(m_model->workspace().campaigns.at(0).numbers.at(1).webhooks.size(), 3); // start and always
        QCOMPARE(m_model->rowCount(m_model->indexOf(number)), 3);
        QCOMPARE(gallery.appliedWebhook().path(), QStringLiteral("campaigns[0].numbers[1].webhooks[1]"));

        TemplateGallery company(m_model.get(), m_stack.get());
        QVERIFY(company.selectTemplate(QStringLiteral("voluum-postback")));
        QVERIFY(chooseItem(company.findChild<QComboBox *>(QStringLiteral("targetCombo")),
                           QStringLiteral("Company defaults (copied into new campaigns)")));
        field(company, QStringLiteral("tracking_domain"))->setText(QStringLiteral("acme.voluumtrk.com"));
        QVERIFY(company.apply());
        QCOMPARE(m_model->workspace().company.defaultWebhooks.size(), 2);
        QCOMPARE(m_model->workspace().company.defaultWebhooks.at(1).request.url,
                 QStringLiteral("https://acme.voluumtrk.com/postback?cid=[voluum_cid]&payout=[payout|default:0]"
                                "&txid=[call_uuid]"));

        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_model->workspace(), before);
    }

    void galleryFollowsTheWorkspace()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("cake-server-postback")));
        field(gallery, QStringLiteral("tracking_domain"))->setText(QStringLiteral("track.example.com"));
        auto *targets = gallery.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        QVERIFY(chooseItem(targets, QStringLiteral("Campaign: Medicare")));

        // Another user template arrives (an undo elsewhere): the list grows, the form keeps its value.
        Workspace ws = m_model->workspace();
        QJsonObject extra = readObject(kDataDir + QStringLiteral("/crm-lead-post.json"));
        extra.insert(QStringLiteral("id"), QStringLiteral("crm-lead-post-2"));
        m_stack->push(
            new UserTemplatesCommand(m_model.get(), QJsonArray(ws.userTemplates) << extra, QStringLiteral("add")));
        QCOMPARE(shownIds(gallery).size(), 16);
        QCOMPARE(gallery.currentTemplateId(), QStringLiteral("cake-server-postback"));
        QCOMPARE(field(gallery, QStringLiteral("tracking_domain"))->text(), QStringLiteral("track.example.com"));
        QCOMPARE(targets->currentText(), QStringLiteral("Campaign: Medicare"));

        m_stack->undo();
        QCOMPARE(shownIds(gallery).size(), 15);
    }

    void importAndExportRoundTrip()
    {
        const QString exported = m_dir.filePath(QStringLiteral("crm.json"));
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QString error;
        QVERIFY2(gallery.exportTemplate(QStringLiteral("crm-lead-post"), exported, &error), qPrintable(error));
        QVERIFY(!gallery.exportTemplate(QStringLiteral("nope"), exported, &error));
        QCOMPARE(error, QStringLiteral("there is no template \"nope\""));

        // Importing it again while the workspace has it is refused: ids are unique.
        QStringList errors;
        QCOMPARE(gallery.importFiles({exported}, &errors), 0);
        QCOMPARE(errors, QStringList{QStringLiteral("crm.json: id: duplicate template id \"crm-lead-post\" (already "
                                                    "loaded from workspace template 1)")});
        QCOMPARE(m_stack->count(), 0);

        // Removed, then imported from the exported file: the same template comes back.
        const QJsonArray original = m_model->workspace().userTemplates;
        QVERIFY(gallery.removeUserTemplate(QStringLiteral("crm-lead-post")));
        QVERIFY(!gallery.removeUserTemplate(QStringLiteral("voluum-postback"))); // shipped
        QCOMPARE(m_model->workspace().userTemplates.size(), 0);
        QVERIFY(!shownIds(gallery).contains(QStringLiteral("crm-lead-post")));

        errors.clear();
        QCOMPARE(gallery.importFiles({exported, kDataDir + QStringLiteral("/missing-name.json")}, &errors), 1);
        QCOMPARE(errors, QStringList{QStringLiteral("missing-name.json: name: required field is missing")});
        QCOMPARE(m_stack->undoText(), QStringLiteral("Import template \"CRM lead post\""));
        QCOMPARE(gallery.currentTemplateId(), QStringLiteral("crm-lead-post"));
        QList<LoadError> loadErrors;
        const WebhookTemplate back =
            WebhookTemplate::fromJson(m_model->workspace().userTemplates.at(0).toObject(), &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        QCOMPARE(back, WebhookTemplate::fromJson(original.at(0).toObject(), &loadErrors));

        // The shipped ones export as files that load as they were.
        const QString voluum = m_dir.filePath(QStringLiteral("voluum.json"));
        QVERIFY(gallery.exportTemplate(QStringLiteral("voluum-postback"), voluum, &error));
        TemplateLibrary library;
        QVERIFY(library.loadFile(voluum));
        QCOMPARE(library.templates().constFirst(), *TemplateLibrary::builtIn().find(QStringLiteral("voluum-postback")));

        m_stack->undo(); // import
        m_stack->undo(); // remove
        QCOMPARE(m_model->workspace().userTemplates, original);
    }

    void exportToAnUnwritablePlaceFails()
    {
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QString error;
        QVERIFY(!gallery.exportTemplate(QStringLiteral("voluum-postback"),
                                        m_dir.filePath(QStringLiteral("missing-folder/voluum.json")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ")), qPrintable(error));
    }

    void saveDialogChecksTheTemplate()
    {
        Address campaign;
        campaign.kind = Kind::Campaign;
        campaign.campaign = 0;
        SaveTemplateDialog dialog(m_model->workspace(), campaign);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("templateName"));
        auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("templateId"));
        auto *errors = dialog.findChild<QLabel *>(QStringLiteral("saveErrors"));
        QCOMPARE(name->text(), QStringLiteral("Solar Leads"));
        QCOMPARE(id->text(), QStringLiteral("solar-leads"));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("offer_campaign"))->isChecked());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("offer_buyer"))->isChecked());

        // The id follows the name until it is edited, and never takes one already loaded.
        name->clear();
        QTest::keyClicks(name, QStringLiteral("CRM lead post"));
        QCOMPARE(id->text(), QStringLiteral("crm-lead-post-2"));

        id->setText(QStringLiteral("voluum-postback"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!errors->isHidden());
        QCOMPARE(
            errors->text(),
            QStringLiteral("id: duplicate template id \"voluum-postback\" (already loaded from voluum-postback.json)"));

        id->setText(QStringLiteral("has space"));
        dialog.accept();
        QVERIFY2(errors->text().startsWith(QStringLiteral("id: ")), qPrintable(errors->text()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        id->setText(QStringLiteral("solar-set"));
        dialog.findChild<QCheckBox *>(QStringLiteral("offer_campaign"))->setChecked(false);
        dialog.accept();
        QCOMPARE(errors->text(), QStringLiteral("Choose at least one place the gallery offers the template for."));

        dialog.findChild<QCheckBox *>(QStringLiteral("offer_buyer"))->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const WebhookTemplate saved = dialog.webhookTemplate();
        QCOMPARE(saved.id, QStringLiteral("solar-set"));
        QCOMPARE(saved.appliesTo, QStringList{QStringLiteral("buyer")});
        QCOMPARE(saved.parameters.size(), 0);
        QCOMPARE(saved.webhooks.size(), 1);
        QVERIFY(!saved.webhooks.at(0).toObject().contains(QStringLiteral("id")));
    }

    void saveDialogRefusesBracesThatReadAsParameters()
    {
        Workspace ws = m_model->workspace();
        ws.campaigns[0].webhooks[0].request.url = QStringLiteral("https://example.com/{{offer}}");
        m_model->setWorkspace(ws);
        Address webhookAddress;
        webhookAddress.kind = Kind::Webhook;
        webhookAddress.campaign = 0;
        webhookAddress.webhook = 0;
        SaveTemplateDialog dialog(m_model->workspace(), webhookAddress);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("saveErrors"))->text(),
                 QStringLiteral("webhooks[0].url: parameter {{offer}} is used but not declared in parameters"));
    }

    void saveAsTemplateThenApplyIt()
    {
        Address buyer;
        buyer.kind = Kind::Buyer;
        buyer.buyer = 0;
        // Nothing to save: said so, nothing pushed.
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!SaveTemplateDialog::saveAsTemplate(m_model.get(), m_stack.get(), buyer, nullptr));
        QCOMPARE(m_stack->count(), 0);

        Address webhookAddress;
        webhookAddress.kind = Kind::Webhook;
        webhookAddress.campaign = 0;
        webhookAddress.webhook = 0;
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<SaveTemplateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QComboBox *>(QStringLiteral("templatePlatform"))->setCurrentText(QStringLiteral("Acme"));
            dialog->findChild<QCheckBox *>(QStringLiteral("offer_buyer"))->setChecked(true);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QVERIFY(SaveTemplateDialog::saveAsTemplate(m_model.get(), m_stack.get(), webhookAddress, nullptr));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Save template \"Convert\""));
        QCOMPARE(m_model->workspace().userTemplates.size(), 2);

        // It is in the gallery and applies as the webhook it was made from.
        TemplateGallery gallery(m_model.get(), m_stack.get());
        QVERIFY(gallery.selectTemplate(QStringLiteral("convert")));
        QCOMPARE(gallery.findChild<QLabel *>(QStringLiteral("templateSubtitle"))->text(),
                 QStringLiteral("Acme  ·  Conversion  ·  1 webhook  ·  your template"));
        QVERIFY(
            chooseItem(gallery.findChild<QComboBox *>(QStringLiteral("targetCombo")), QStringLiteral("Buyer: SunRay")));
        QVERIFY(gallery.apply());
        Webhook copy = m_model->workspace().buyers.at(0).webhooks.constLast();
        Webhook original = m_model->workspace().campaigns.at(0).webhooks.at(0);
        QVERIFY(copy.id != original.id);
        copy.id = original.id;
        QCOMPARE(copy, original);

        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_model->workspace(), sampleWorkspace());
    }

    void mainWindowOpensTheGalleryAndSelectsWhatItAdded()
    {
        MainWindow window;
        window.openSample();
        QAction *gallery = window.findChild<QAction *>(QStringLiteral("actionTemplateGallery"));
        QVERIFY(gallery);
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(gallery));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSaveTemplate")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionTrackingDomains")));

        QString applied;
        QTimer::singleShot(0, this, [&applied] {
            auto *dialog = qobject_cast<TemplateGallery *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->selectTemplate(QStringLiteral("slack-incoming-webhook")));
            dialog->findChild<QLineEdit *>(QStringLiteral("parameter_webhook_url"))
                ->setText(QStringLiteral("https://hooks.slack.com/services/T0/B0/xyz"));
            QVERIFY(dialog->apply());
            applied = dialog->appliedWebhook().path();
        });
        const int before = window.undoStack()->count();
        gallery->trigger();
        QCOMPARE(window.undoStack()->count(), before + 1);
        QVERIFY(!applied.isEmpty());
        const QModelIndex current = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"))->currentIndex();
        QCOMPARE(current.data(WorkspaceModel::PathRole).toString(), applied);
        QCOMPARE(current.data().toString(), QStringLiteral("Slack: converted call"));

        bool panelShown = false;
        QTimer::singleShot(0, this, [&panelShown] {
            auto *panel = qobject_cast<CompanyDefaultsPanel *>(QApplication::activeModalWidget());
            panelShown = panel != nullptr;
            if (panel)
                panel->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionTrackingDomains"))->trigger();
        QVERIFY(panelShown);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QUndoStack> m_stack;
};

QTEST_MAIN(TestTemplateGallery)
#include "TestTemplateGallery.moc"
