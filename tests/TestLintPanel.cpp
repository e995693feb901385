// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/JsonBodyEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "editor/WebhookEditor.h"
#include "files/WorkspaceFile.h"
#include "shell/MainWindow.h"
#include "tokens/TokenLineEdit.h"
#include "workspace/LintPanel.h"
#include "workspace/WorkspaceModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

Q_DECLARE_METATYPE(LintLocation)

namespace {

// At the " of "x", where a comma is missing after [caller_zip].
const QString kBodyMessage =
    QStringLiteral("line 2, column 22: invalid JSON: expected , or } after \"zip\": [caller_zip]");
const QString kTokenMessage = QStringLiteral(
    "column 27: tag [mystery_tag] is neither a built-in tag nor seen in the workspace (sample call, buyer and "
    "publisher tags, postback fields, conversion criteria, matches); it renders as empty text unless a response "
    "sets it at run time");

// One campaign with a JSON body that is not JSON and a URL with a tag nothing sets; a buyer.
Workspace brokenWorkspace()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme");
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar leads");
    campaign.buyerIds = {QStringLiteral("b1")};
    Webhook lead;
    lead.id = QStringLiteral("wh-1");
    lead.name = QStringLiteral("Send lead");
    lead.trigger = Trigger::Answered;
    lead.request.method = QStringLiteral("POST");
    lead.request.url = QStringLiteral("http://127.0.0.1:8377/leads");
    lead.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    lead.request.bodyKind = BodyKind::Json;
    lead.request.body = QStringLiteral("{\"phone\": \"[caller_number]\",\n \"zip\": [caller_zip] \"x\"}");
    Webhook pixel;
    pixel.id = QStringLiteral("wh-2");
    pixel.name = QStringLiteral("Pixel");
    pixel.request.url = QStringLiteral("http://127.0.0.1:8377/p?x=[mystery_tag]");
    campaign.webhooks = {lead, pixel};
    ws.campaigns = {campaign};
    Buyer buyer;
    buyer.id = QStringLiteral("b1");
    buyer.name = QStringLiteral("SunRay");
    ws.buyers = {buyer};
    ws.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+15551234567")});
    ws.sampleCall.set(QStringLiteral("caller_zip"), {QStringLiteral("10101")});
    return ws;
}

// The list's rows as "message | place".
QStringList rows(const LintPanel &panel)
{
    QStringList result;
    for (int i = 0; i < panel.view()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = panel.view()->topLevelItem(i);
        if (!item->isHidden())
            result.append(item->text(0) % QStringLiteral(" | ") % item->text(1));
    }
    return result;
}

QTreeWidgetItem *itemWith(const LintPanel &panel, const QString &message)
{
    for (int i = 0; i < panel.view()->topLevelItemCount(); ++i) {
        if (panel.view()->topLevelItem(i)->text(0) == message)
            return panel.view()->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestLintPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void listsTheFindingsOfABrokenWorkspace()
    {
        WorkspaceModel model;
        model.setWorkspace(brokenWorkspace());
        LintPanel panel;
        QSignalSpy linted(&panel, &LintPanel::findingsChanged);
        panel.setModel(&model);
        // Linting waits for changes to stop and runs in the background.
        QVERIFY(panel.isBusy());
        QCOMPARE(panel.findings().size(), 0);
        QVERIFY(linted.wait());
        QVERIFY(!panel.isBusy());

        QCOMPARE(rows(panel), (QStringList{kBodyMessage % QStringLiteral(" | Solar leads › Send lead › body"),
                                           kTokenMessage % QStringLiteral(" | Solar leads › Pixel › url")}));
        QCOMPARE(panel.findings().at(0).rule, LintRule::InvalidJsonBody);
        QCOMPARE(panel.findings().at(0).location.line, 2);
        QCOMPARE(panel.findings().at(0).location.column, 22);
        QCOMPARE(panel.count(LintSeverity::Error), 1);
        QCOMPARE(panel.count(LintSeverity::Warning), 1);
        QCOMPARE(panel.summary(), QStringLiteral("1 error, 1 warning"));
        QVERIFY(!panel.view()->topLevelItem(0)->icon(0).isNull());
        QVERIFY(panel.view()->topLevelItem(0)->toolTip(0).contains(QStringLiteral("Rule: invalid-json-body")));
        QCOMPARE(panel.view()->topLevelItem(0)->toolTip(1), QStringLiteral("campaigns[0].webhooks[0].body"));
    }

    // Issue 13 item 6: errors first, then warnings, then hints; each group in tree order.
    void listsErrorsFirst()
    {
        Workspace ws = brokenWorkspace();
        Campaign &campaign = ws.campaigns[0];
        Webhook disabled = campaign.webhooks[1];
        disabled.id = QStringLiteral("wh-3");
        disabled.name = QStringLiteral("Off");
        disabled.request.url = QStringLiteral("http://127.0.0.1:8377/off");
        disabled.enabled = false;
        // The linter goes in list order: a hint, a warning, then the error, then another hint.
        campaign.webhooks = {disabled, campaign.webhooks[1], campaign.webhooks[0], disabled};
        campaign.webhooks[3].id = QStringLiteral("wh-4");
        campaign.webhooks[3].name = QStringLiteral("Off too");
        WorkspaceModel model;
        model.setWorkspace(ws);
        LintPanel panel;
        QSignalSpy linted(&panel, &LintPanel::findingsChanged);
        panel.setModel(&model);
        QVERIFY(linted.wait());

        const QList<LintFinding> findings = panel.findings();
        QVERIFY(findings.size() >= 4);
        for (int i = 1; i < findings.size(); ++i)
            QVERIFY2(int(findings.at(i - 1).severity) >= int(findings.at(i).severity),
                     qPrintable(findings.at(i).toString()));
        QCOMPARE(findings.constFirst().rule, LintRule::InvalidJsonBody);
        QCOMPARE(findings.constFirst().location.path(), QStringLiteral("campaigns[0].webhooks[2].body"));
        QCOMPARE(findings.at(1).location.path(), QStringLiteral("campaigns[0].webhooks[1].url"));
        QCOMPARE(findings.constLast().severity, LintSeverity::Info);
        QStringList hints;
        for (const LintFinding &finding : findings) {
            if (finding.severity == LintSeverity::Info)
                hints.append(finding.location.path());
        }
        QCOMPARE(hints, (QStringList{QStringLiteral("campaigns[0].webhooks[0].enabled"),
                                     QStringLiteral("campaigns[0].webhooks[3].enabled")}));
        // The list shows them in that order.
        QCOMPARE(panel.view()->topLevelItem(0)->text(0), kBodyMessage);
        QCOMPARE(panel.view()->topLevelItem(1)->text(0), kTokenMessage);
    }

    void relintsAfterEachChange()
    {
        WorkspaceModel model;
        model.setWorkspace(brokenWorkspace());
        LintPanel panel;
        QSignalSpy linted(&panel, &LintPanel::findingsChanged);
        panel.setModel(&model);
        QVERIFY(linted.wait());
        QCOMPARE(panel.findings().size(), 2);

        // Fix the body: its finding goes, the other stays.
        WorkspaceModel::Address address = model.address(model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]")));
        Webhook fixed = *WorkspaceModel::webhookAt(model.workspace(), address);
        fixed.request.body = QStringLiteral("{\"phone\": \"[caller_number]\",\n \"zip\": [caller_zip]}");
        model.setWebhook(address, fixed);
        QVERIFY(panel.isBusy());
        QVERIFY(linted.wait());
        QCOMPARE(rows(panel), QStringList{kTokenMessage % QStringLiteral(" | Solar leads › Pixel › url")});
        QCOMPARE(panel.summary(), QStringLiteral("1 warning"));

        // Several quick changes are linted once, after the last.
        linted.clear();
        Workspace clean = model.workspace();
        clean.campaigns[0].webhooks[1].request.url = QStringLiteral("http://127.0.0.1:8377/p?x=[caller_zip]");
        model.setWorkspace(brokenWorkspace());
        model.setWorkspace(clean);
        QVERIFY(linted.wait());
        QCOMPARE(linted.count(), 1);
        QCOMPARE(panel.findings().size(), 0);
        QCOMPARE(panel.summary(), QStringLiteral("No problems"));
        QCOMPARE(panel.view()->topLevelItemCount(), 0);
    }

    void filtersBySeverity()
    {
        WorkspaceModel model;
        model.setWorkspace(brokenWorkspace());
        LintPanel panel;
        QSignalSpy linted(&panel, &LintPanel::findingsChanged);
        panel.setModel(&model);
        QVERIFY(linted.wait());
        auto *errors = panel.findChild<QToolButton *>(QStringLiteral("lintErrorsFilter"));
        auto *warnings = panel.findChild<QToolButton *>(QStringLiteral("lintWarningsFilter"));
        QCOMPARE(errors->text(), QStringLiteral("1"));
        QCOMPARE(warnings->text(), QStringLiteral("1"));
        errors->click();
        QCOMPARE(rows(panel), QStringList{kTokenMessage % QStringLiteral(" | Solar leads › Pixel › url")});
        warnings->click();
        QVERIFY(rows(panel).isEmpty());
        errors->click();
        QCOMPARE(rows(panel), QStringList{kBodyMessage % QStringLiteral(" | Solar leads › Send lead › body")});
    }

    void placeText_data()
    {
        QTest::addColumn<LintLocation>("location");
        QTest::addColumn<QString>("place");
        Workspace ws = brokenWorkspace();
        TrackingNumber number;
        number.number = QStringLiteral("+18005550100");
        number.webhooksUnlocked = true;
        number.webhooks = {ws.campaigns[0].webhooks[1]};
        ws.campaigns[0].numbers = {number};
        ws.company.defaultWebhooks = {ws.campaigns[0].webhooks[0]};
        ws.buyers[0].webhooks = {ws.campaigns[0].webhooks[1]};
        ws.buyers[0].webhooks[0].name.clear();

        QTest::newRow("company default") << LintLocation::companyWebhook(0).at(QStringLiteral("headers[0].value"))
                                         << "Company defaults › Send lead › headers[0].value";
        QTest::newRow("campaign routing")
            << LintLocation::campaign(0).at(QStringLiteral("buyer_ids[0]")) << "Solar leads › buyer_ids[0]";
        QTest::newRow("number webhook") << LintLocation::numberWebhook(0, 0, 0) << "Solar leads › +18005550100 › Pixel";
        QTest::newRow("unnamed buyer webhook")
            << LintLocation::buyer(0, 0).at(QStringLiteral("matches[1]")) << "SunRay › Start › matches[1]";
        QTest::newRow("workspace") << LintLocation() << "Workspace";
        m_placeWorkspace = ws;
    }

    void placeText()
    {
        QFETCH(LintLocation, location);
        QFETCH(QString, place);
        QCOMPARE(LintPanel::placeText(m_placeWorkspace, location), place);
    }

    void doubleClickJumpsToTheField()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QString error;
        QVERIFY2(WorkspaceFile::save(brokenWorkspace(), path, &error), qPrintable(error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        LintPanel *panel = window.lintPanel();
        QSignalSpy linted(panel, &LintPanel::findingsChanged);
        QVERIFY(linted.wait());

        // The count shows in the dock's title and the status bar.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Problems (2)"));
        auto *status = window.findChild<QToolButton *>(QStringLiteral("lintStatus"));
        QCOMPARE(status->text(), QStringLiteral("1 error, 1 warning"));
        dock->hide();
        status->click();
        QVERIFY(dock->isVisible());

        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("company")));
        QTreeWidgetItem *item = itemWith(*panel, kBodyMessage);
        QVERIFY(item);
        // The dock has just been shown again: wait for the list to be laid out.
        QTRY_VERIFY(panel->view()->viewport()->rect().contains(panel->view()->visualItemRect(item)));
        const QRect rect = panel->view()->visualItemRect(item);
        // A double click is a click and then a second press that arrives as a double click.
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(tree->currentIndex().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("campaigns[0].webhooks[0]"));
        // The webhook's editor shows, with the cursor in its body at the error.
        auto *objectPane = window.findChild<QStackedWidget *>(QStringLiteral("objectPane"));
        auto *editor = qobject_cast<WebhookEditor *>(objectPane->currentWidget());
        QVERIFY(editor);
        QCOMPARE(editor->webhook().id, QStringLiteral("wh-1"));
        JsonBodyEditor *body = editor->requestEditor()->bodyEditor();
        QTRY_COMPARE(QApplication::focusWidget(), body);
        int line = 0;
        int index = 0;
        body->getCursorPosition(&line, &index);
        QCOMPARE(line + 1, 2);
        QCOMPARE(index + 1, 22);

        // The URL's finding: the other webhook, its URL field.
        QTreeWidgetItem *tokenItem = itemWith(*panel, kTokenMessage);
        QVERIFY(tokenItem);
        const QRect tokenRect = panel->view()->visualItemRect(tokenItem);
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, tokenRect.center());
        QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, tokenRect.center());
        QCOMPARE(tree->currentIndex().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("campaigns[0].webhooks[1]"));
        QCOMPARE(editor->webhook().id, QStringLiteral("wh-2"));
        QTRY_COMPARE(QApplication::focusWidget(), editor->requestEditor()->urlEdit());

        // A finding about a campaign's routing selects the campaign.
        Workspace unknownBuyer = brokenWorkspace();
        unknownBuyer.campaigns[0].buyerIds.append(QStringLiteral("gone"));
        window.model()->setWorkspace(unknownBuyer);
        QVERIFY(linted.wait());
        QTreeWidgetItem *routingItem = nullptr;
        for (int i = 0; i < panel->view()->topLevelItemCount(); ++i) {
            if (panel->view()->topLevelItem(i)->text(1) == QStringLiteral("Solar leads › buyer_ids[1]"))
                routingItem = panel->view()->topLevelItem(i);
        }
        QVERIFY(routingItem);
        tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("company")));
        panel->view()->setCurrentItem(routingItem);
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QCOMPARE(tree->currentIndex().data(WorkspaceModel::PathRole).toString(), QStringLiteral("campaigns[0]"));
    }

private:
    Workspace m_placeWorkspace;
};

QTEST_MAIN(TestLintPanel)
#include "TestLintPanel.moc"
