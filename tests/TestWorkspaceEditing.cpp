// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"
#include "shell/MainWindow.h"
#include "support/ModalHandler.h"
#include "support/TestSettings.h"
#include "support/WebhookFixture.h"
#include "workspace/WebhookClipboard.h"
#include "workspace/WorkspaceActions.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using Kind = WorkspaceModel::Kind;

namespace {

// company: 1 default webhook; campaign 0 "Solar leads": 2 webhooks, a locked and an unlocked
// number (1 webhook); campaign 1: no name, nothing in it; buyer b1 with 1 webhook, buyer b2
// with none; 1 publisher.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme Calls");
    ws.company.defaultWebhooks = {webhook(QStringLiteral("wh-default"), QStringLiteral("Default start"), Trigger::Start,
                                          QStringLiteral("http://127.0.0.1/start"))};
    Campaign solar;
    solar.id = QStringLiteral("solar");
    solar.name = QStringLiteral("Solar leads");
    solar.webhooks = {webhook(QStringLiteral("wh-append"), QStringLiteral("Append"), Trigger::DataAppending,
                              QStringLiteral("http://127.0.0.1/a")),
                      webhook(QStringLiteral("wh-convert"), QStringLiteral("Convert"), Trigger::Conversion,
                              QStringLiteral("http://127.0.0.1/c"))};
    solar.webhooks[1].matches = {QStringLiteral("source_id:pub1")};
    TrackingNumber locked;
    locked.number = QStringLiteral("+18005550100");
    locked.name = QStringLiteral("Main line");
    TrackingNumber unlocked;
    unlocked.number = QStringLiteral("+18005550199");
    unlocked.webhooksUnlocked = true;
    unlocked.webhooks = {
        webhook(QStringLiteral("wh-own"), QString(), Trigger::Answered, QStringLiteral("http://127.0.0.1/own"))};
    solar.numbers = {locked, unlocked};
    solar.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    Campaign bare;
    bare.id = QStringLiteral("bare-campaign");
    Buyer b1;
    b1.id = QStringLiteral("b1");
    b1.name = QStringLiteral("SunRay");
    b1.webhooks = {webhook(QStringLiteral("wh-sunray"), QStringLiteral("Lead to SunRay"), Trigger::Answered,
                           QStringLiteral("http://127.0.0.1/b1"))};
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

// Every webhook id of a workspace, in file order.
QStringList webhookIds(const Workspace &ws)
{
    QStringList ids;
    const auto add = [&ids](const QList<Webhook> &webhooks) {
        for (const Webhook &w : webhooks)
            ids.append(w.id);
    };
    add(ws.company.defaultWebhooks);
    for (const Campaign &campaign : ws.campaigns) {
        add(campaign.webhooks);
        for (const TrackingNumber &number : campaign.numbers)
            add(number.webhooks);
    }
    for (const Buyer &buyer : ws.buyers)
        add(buyer.webhooks);
    return ids;
}

// The tree, its model and the editing actions, as the main window wires them, with the model
// tester watching every signal.
class Editing
{
public:
    explicit Editing(const Workspace &workspace = sampleWorkspace())
    {
        model.setWorkspace(workspace);
        model.setUndoStack(&stack);
        tree.setModel(&model);
        tree.setEditTriggers(QAbstractItemView::EditKeyPressed);
        tree.expandAll();
        actions = std::make_unique<WorkspaceActions>(&model, &stack, &tree);
    }

    QAction *action(const char *name) const
    {
        auto *found = actions->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    void select(const QString &path)
    {
        const QModelIndex index = model.indexForPath(path);
        if (index.data(WorkspaceModel::PathRole).toString() != path)
            qFatal("no object at %s", qPrintable(path));
        tree.setCurrentIndex(index);
    }

    QString currentPath() const { return tree.currentIndex().data(WorkspaceModel::PathRole).toString(); }
    WorkspaceModel::Address address(const QString &path) const { return model.address(model.indexForPath(path)); }
    const Workspace &workspace() const { return model.workspace(); }

    WorkspaceModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QUndoStack stack;
    QTreeView tree;
    std::unique_ptr<WorkspaceActions> actions;
};

// The workspace file round trip: every id unique, every reference valid, nothing lost.
bool savesAndLoadsBack(const Workspace &ws, QString *problem)
{
    const WorkspaceLoadResult loaded = WorkspaceFile::parse(WorkspaceFile::serialize(ws));
    if (!loaded.ok()) {
        *problem = loaded.errors.constFirst().toString();
        return false;
    }
    if (!(loaded.workspace == ws)) {
        *problem = QStringLiteral("the workspace read back differs");
        return false;
    }
    return true;
}

// Undo gives back before exactly, redo after exactly; both stay valid workspace files.
#define VERIFY_UNDO_REDO(editing, before)                                                                              \
    do {                                                                                                               \
        const Workspace after_ = (editing).workspace();                                                                \
        QString problem_;                                                                                              \
        QVERIFY2(savesAndLoadsBack(after_, &problem_), qPrintable(problem_));                                          \
        (editing).stack.undo();                                                                                        \
        QVERIFY((editing).workspace() == (before));                                                                    \
        (editing).stack.redo();                                                                                        \
        QVERIFY((editing).workspace() == after_);                                                                      \
    } while (false)

} // namespace

class TestWorkspaceEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The sample saved as fileName, opened in window, shown and active (so keys reach it).
    bool openActive(MainWindow *window, const QString &fileName)
    {
        const QString path = m_dir.filePath(fileName);
        QString error;
        if (!WorkspaceFile::save(sampleWorkspace(), path, &error) || !window->openFile(path)) {
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
            return false;
        }
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path());
    }

    void addsEachKind_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");

        QTest::newRow("campaign after the selected one") << "campaigns[0].webhooks[1]"
                                                         << "actionNewCampaign"
                                                         << "campaigns[1]"
                                                         << "New campaign";
        QTest::newRow("campaign at the end") << "campaigns"
                                             << "actionNewCampaign"
                                             << "campaigns[2]"
                                             << "New campaign";
        QTest::newRow("buyer after the selected one") << "buyers[0]"
                                                      << "actionNewBuyer"
                                                      << "buyers[1]"
                                                      << "New buyer";
        QTest::newRow("buyer at the end") << "company"
                                          << "actionNewBuyer"
                                          << "buyers[2]"
                                          << "New buyer";
        QTest::newRow("publisher") << "publishers"
                                   << "actionNewPublisher"
                                   << "publishers[1]"
                                   << "New publisher";
        QTest::newRow("company default webhook") << "company"
                                                 << "actionNewWebhook"
                                                 << "company.default_webhooks[1]"
                                                 << "New webhook";
        QTest::newRow("webhook of an empty campaign") << "campaigns[1]"
                                                      << "actionNewWebhook"
                                                      << "campaigns[1].webhooks[0]"
                                                      << "New webhook";
        QTest::newRow("webhook after the selected one") << "campaigns[0].webhooks[0]"
                                                        << "actionNewWebhook"
                                                        << "campaigns[0].webhooks[1]"
                                                        << "New webhook";
        QTest::newRow("webhook of a campaign with numbers") << "campaigns[0]"
                                                            << "actionNewWebhook"
                                                            << "campaigns[0].webhooks[2]"
                                                            << "New webhook";
        QTest::newRow("webhook of an unlocked number") << "campaigns[0].numbers[1]"
                                                       << "actionNewWebhook"
                                                       << "campaigns[0].numbers[1].webhooks[1]"
                                                       << "New webhook";
        QTest::newRow("buyer webhook") << "buyers[1]"
                                       << "actionNewWebhook"
                                       << "buyers[1].webhooks[0]"
                                       << "New webhook";
    }

    void addsEachKind()
    {
        QFETCH(QString, select);
        QFETCH(QString, action);
        QFETCH(QString, path);
        QFETCH(QString, name);

        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(select);
        QVERIFY(editing.action(action.toLatin1().constData())->isEnabled());
        editing.action(action.toLatin1().constData())->trigger();

        QCOMPARE(editing.stack.count(), 1);
        QCOMPARE(editing.currentPath(), path);
        QCOMPARE(editing.model.name(editing.address(path)), name);
        VERIFY_UNDO_REDO(editing, before);
        const QStringList ids = webhookIds(editing.workspace());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void newCampaignCopiesTheCompanyDefaults()
    {
        Editing editing;
        editing.select(QStringLiteral("campaigns"));
        editing.action("actionNewCampaign")->trigger();
        const Campaign &added = editing.workspace().campaigns.at(2);
        QCOMPARE(added.id, QStringLiteral("campaign-3"));
        QCOMPARE(added.webhooks.size(), 1);
        QCOMPARE(added.webhooks[0].name, QStringLiteral("Default start"));
        QCOMPARE(added.webhooks[0].request, editing.workspace().company.defaultWebhooks[0].request);
        QVERIFY(added.webhooks[0].id != QStringLiteral("wh-default"));
        QCOMPARE(editing.model.rowCount(editing.model.indexForPath(QStringLiteral("campaigns[2]"))), 1);
    }

    void newWebhookOnlyWhereWebhooksGo_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("campaigns group") << "campaigns" << false;
        QTest::newRow("buyers group") << "buyers" << false;
        QTest::newRow("publisher") << "publishers[0]" << false;
        QTest::newRow("locked number") << "campaigns[0].numbers[0]" << false;
        QTest::newRow("unlocked number") << "campaigns[0].numbers[1]" << true;
        QTest::newRow("company") << "company" << true;
    }

    void newWebhookOnlyWhereWebhooksGo()
    {
        QFETCH(QString, select);
        QFETCH(bool, enabled);
        Editing editing;
        editing.select(select);
        QCOMPARE(editing.action("actionNewWebhook")->isEnabled(), enabled);
        QCOMPARE(editing.action("actionPaste")->isEnabled() && !enabled, false);
    }

    void addsNumbers_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("error");
        QTest::newRow("to the selected campaign") << "campaigns[1]"
                                                  << " +442071234567 " << QString();
        QTest::newRow("from a webhook of the campaign") << "campaigns[0].webhooks[0]"
                                                        << "+18005550123" << QString();
        QTest::newRow("not E.164")
            << "campaigns[1]"
            << "555-0100"
            << "\"555-0100\" is not an E.164 phone number (expected + and the country code, e.g. +18005550100).";
        QTest::newRow("taken") << "campaigns[1]"
                               << "+18005550199"
                               << "+18005550199 is already a number of campaign \"Solar leads\".";
        QTest::newRow("no campaign selected") << "buyers[0]"
                                              << "+18005550123"
                                              << "Select a campaign first: a number belongs to one campaign.";
    }

    void addsNumbers()
    {
        QFETCH(QString, select);
        QFETCH(QString, number);
        QFETCH(QString, error);
        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(select);
        QString message;
        QCOMPARE(editing.actions->addNumber(number, &message), error.isEmpty());
        QCOMPARE(message, error);
        if (!error.isEmpty()) {
            QVERIFY(editing.workspace() == before);
            QCOMPARE(editing.stack.count(), 0);
            return;
        }
        const WorkspaceModel::Address address = editing.model.address(editing.tree.currentIndex());
        QCOMPARE(address.kind, Kind::Number);
        const TrackingNumber &added = editing.workspace().campaigns.at(address.campaign).numbers.at(address.number);
        QCOMPARE(added.number, number.trimmed());
        QVERIFY(!added.webhooksUnlocked);
        VERIFY_UNDO_REDO(editing, before);
    }

    void newNumberAsksForTheNumber()
    {
        Editing editing;
        editing.select(QStringLiteral("campaigns[1]"));
        QCOMPARE(editing.actions->unusedNumber(), QStringLiteral("+18005550101"));
        QString suggested;
        ModalHandler<QInputDialog> dialog([&suggested](QInputDialog *input) {
            suggested = input->textValue();
            input->setTextValue(QStringLiteral("+18005550777"));
            input->accept();
        });
        editing.action("actionNewNumber")->trigger();
        QVERIFY(dialog.handled());
        QCOMPARE(suggested, QStringLiteral("+18005550101"));
        QCOMPARE(editing.workspace().campaigns.at(1).numbers.size(), 1);
        QCOMPARE(editing.workspace().campaigns.at(1).numbers.at(0).number, QStringLiteral("+18005550777"));
        QCOMPARE(editing.currentPath(), QStringLiteral("campaigns[1].numbers[0]"));
    }

    void renamesInPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("company") << "company"
                                 << "Acme Leads"
                                 << "Acme Leads";
        QTest::newRow("campaign") << "campaigns[0]"
                                  << "Solar West"
                                  << "Solar West";
        QTest::newRow("unnamed campaign") << "campaigns[1]"
                                          << "Bare"
                                          << "Bare";
        QTest::newRow("number label") << "campaigns[0].numbers[0]"
                                      << "Support line"
                                      << "+18005550100  ·  Support line";
        QTest::newRow("buyer") << "buyers[1]"
                               << "Blue Sky"
                               << "Blue Sky";
        QTest::newRow("publisher") << "publishers[0]"
                                   << "Social"
                                   << "Social";
        QTest::newRow("webhook") << "campaigns[0].webhooks[1]"
                                 << "Sale pixel"
                                 << "Sale pixel";
        QTest::newRow("number's webhook") << "campaigns[0].numbers[1].webhooks[0]"
                                          << "Own"
                                          << "Own";
    }

    void renamesInPlace()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QFETCH(QString, shown);
        Editing editing;
        editing.tree.resize(400, 600);
        editing.tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editing.tree));
        const Workspace before = editing.workspace();
        editing.select(path);
        editing.action("actionRename")->trigger();

        auto *editor = editing.tree.viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), editing.model.name(editing.address(path)));
        editor->selectAll();
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);

        // The delegate commits once the editor has handled the key.
        QTRY_COMPARE(editing.model.name(editing.address(path)), name);
        QCOMPARE(editing.model.indexForPath(path).data().toString(), shown);
        QCOMPARE(editing.stack.count(), 1);
        VERIFY_UNDO_REDO(editing, before);
    }

    void aNameBeingTypedWhenTheWindowClosesIsNotLost()
    {
        MainWindow window;
        QVERIFY(openActive(&window, QStringLiteral("closing.json")));
        const QString path = m_dir.filePath(QStringLiteral("closing.json"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        tree->setFocus();
        tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("campaigns[0]")));
        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Typed, not entered"));

        // Closing commits the name first, so the question about unsaved changes covers it.
        QString question;
        ModalHandler<QMessageBox> save([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Save)->click();
        });
        QVERIFY(window.close());
        QVERIFY(save.handled());
        QCOMPARE(question, QStringLiteral("Save the changes to closing.json before closing it?"));
        QCOMPARE(WorkspaceFile::load(path).workspace.campaigns[0].name, QStringLiteral("Typed, not entered"));
    }

    void renameToTheSameNameIsNoEdit()
    {
        Editing editing;
        const QModelIndex index = editing.model.indexForPath(QStringLiteral("campaigns[0]"));
        QVERIFY(!editing.model.setData(index, QStringLiteral("  Solar leads ")));
        QVERIFY(editing.model.setData(index, QStringLiteral("  Solar East ")));
        QCOMPARE(editing.workspace().campaigns[0].name, QStringLiteral("Solar East"));
        QCOMPARE(editing.stack.undoText(), QStringLiteral("Rename \"Solar leads\" to \"Solar East\""));
        // The groups have no name to edit.
        QVERIFY(!(editing.model.flags(editing.model.indexForPath(QStringLiteral("buyers"))) & Qt::ItemIsEditable));
        QVERIFY(!editing.model.setData(editing.model.indexForPath(QStringLiteral("buyers")), QStringLiteral("x")));
    }

    void withoutAnUndoStackTheTreeIsReadOnly()
    {
        WorkspaceModel model;
        model.setWorkspace(sampleWorkspace());
        const QModelIndex webhookIndex = model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]"));
        QCOMPARE(model.flags(webhookIndex), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QVERIFY(!model.setData(webhookIndex, QStringLiteral("x")));
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("copyPath");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("webhook") << "campaigns[0].webhooks[0]"
                                 << "campaigns[0].webhooks[1]"
                                 << "Append (copy)" << QString();
        QTest::newRow("unnamed webhook") << "campaigns[0].numbers[1].webhooks[0]"
                                         << "campaigns[0].numbers[1].webhooks[1]"
                                         << "Answered (copy)" << QString();
        QTest::newRow("campaign") << "campaigns[0]"
                                  << "campaigns[1]"
                                  << "Solar leads (copy)"
                                  << "solar-copy";
        QTest::newRow("unnamed campaign") << "campaigns[1]"
                                          << "campaigns[2]"
                                          << "bare-campaign (copy)"
                                          << "bare-campaign-copy";
        QTest::newRow("buyer") << "buyers[0]"
                               << "buyers[1]"
                               << "SunRay (copy)"
                               << "b1-copy";
        QTest::newRow("publisher") << "publishers[0]"
                                   << "publishers[1]"
                                   << "Search ads (copy)"
                                   << "pub1-copy";
    }

    void duplicates()
    {
        QFETCH(QString, select);
        QFETCH(QString, copyPath);
        QFETCH(QString, name);
        QFETCH(QString, id);
        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(select);
        editing.action("actionDuplicate")->trigger();
        QCOMPARE(editing.currentPath(), copyPath);
        const WorkspaceModel::Address copy = editing.address(copyPath);
        QCOMPARE(editing.model.name(copy), name);
        const WorkspaceModel::Object object = editing.model.object(copy);
        if (copy.kind == Kind::Campaign)
            QCOMPARE(object.campaign.id, id);
        else if (copy.kind == Kind::Buyer)
            QCOMPARE(object.buyer.id, id);
        else if (copy.kind == Kind::Publisher)
            QCOMPARE(object.publisher.sourceId, id);
        VERIFY_UNDO_REDO(editing, before);
    }

    void duplicatedCampaignKeepsWebhooksButNotNumbers()
    {
        Editing editing;
        QSignalSpy status(editing.actions.get(), &WorkspaceActions::statusMessage);
        editing.select(QStringLiteral("campaigns[0]"));
        editing.action("actionDuplicate")->trigger();
        const Campaign &original = editing.workspace().campaigns.at(0);
        const Campaign &copy = editing.workspace().campaigns.at(1);
        QCOMPARE(copy.webhooks.size(), original.webhooks.size());
        QCOMPARE(copy.webhooks[1].matches, original.webhooks[1].matches);
        QVERIFY(copy.webhooks[0].id != original.webhooks[0].id);
        QVERIFY(copy.numbers.isEmpty());
        QCOMPARE(copy.buyerIds, original.buyerIds);
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.at(0).at(0).toString(),
                 QStringLiteral("Duplicated the campaign without its numbers: a number belongs to one campaign."));
        // A second copy gets another id.
        editing.select(QStringLiteral("campaigns[0]"));
        editing.action("actionDuplicate")->trigger();
        QCOMPARE(editing.workspace().campaigns.at(1).id, QStringLiteral("solar-copy-2"));
    }

    void duplicateAndDeleteOnlyWhereTheyApply_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<bool>("duplicate");
        QTest::addColumn<bool>("remove");
        QTest::newRow("company") << "company" << false << false;
        QTest::newRow("group") << "publishers" << false << false;
        QTest::newRow("number") << "campaigns[0].numbers[0]" << false << true;
        QTest::newRow("webhook") << "buyers[0].webhooks[0]" << true << true;
    }

    void duplicateAndDeleteOnlyWhereTheyApply()
    {
        QFETCH(QString, select);
        QFETCH(bool, duplicate);
        QFETCH(bool, remove);
        Editing editing;
        editing.select(select);
        QCOMPARE(editing.action("actionDuplicate")->isEnabled(), duplicate);
        QCOMPARE(editing.action("actionDelete")->isEnabled(), remove);
    }

    void deletesWithoutAskingWhenNothingElseGoes_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("selectedAfter");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("webhook") << "campaigns[0].webhooks[0]"
                                 << "campaigns[0].webhooks[0]"
                                 << "Delete webhook \"Append\"";
        QTest::newRow("last webhook of its owner") << "buyers[0].webhooks[0]"
                                                   << "buyers[0]"
                                                   << "Delete webhook \"Lead to SunRay\"";
        QTest::newRow("publisher") << "publishers[0]"
                                   << "publishers"
                                   << "Delete publisher \"Search ads\"";
        QTest::newRow("locked number") << "campaigns[0].numbers[0]"
                                       << "campaigns[0].numbers[0]"
                                       << "Delete number +18005550100";
        QTest::newRow("buyer without webhooks") << "buyers[1]"
                                                << "buyers[0]"
                                                << "Delete buyer \"b2\"";
        QTest::newRow("empty campaign") << "campaigns[1]"
                                        << "campaigns[0]"
                                        << "Delete campaign \"bare-campaign\"";
    }

    void deletesWithoutAskingWhenNothingElseGoes()
    {
        QFETCH(QString, select);
        QFETCH(QString, selectedAfter);
        QFETCH(QString, undoText);
        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(select);
        ModalHandler<QMessageBox> unexpected([](QMessageBox *box) { box->reject(); });
        editing.action("actionDelete")->trigger();
        QVERIFY(!unexpected.handled());
        QCOMPARE(editing.stack.count(), 1);
        QCOMPARE(editing.stack.undoText(), undoText);
        QCOMPARE(editing.currentPath(), selectedAfter);
        VERIFY_UNDO_REDO(editing, before);
    }

    void deletedBuyerLeavesTheRouting()
    {
        Editing editing;
        const Workspace before = editing.workspace();
        QSignalSpy messages(editing.actions.get(), &WorkspaceActions::statusMessage);
        editing.select(QStringLiteral("buyers[1]"));
        editing.action("actionDelete")->trigger();
        QCOMPARE(editing.workspace().campaigns[0].buyerIds, QStringList{QStringLiteral("b1")});
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(),
                 QStringLiteral("The buyer was also taken out of the routing of 1 campaign."));
        VERIFY_UNDO_REDO(editing, before);
    }

    void deletingChildrenAsksFirst_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("details");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("campaign, cancelled")
            << "campaigns[0]"
            << "Delete campaign \"Solar leads\" with everything in it?"
            << "3 webhooks and 2 numbers will be deleted with it. Undo brings everything back." << false;
        QTest::newRow("campaign") << "campaigns[0]"
                                  << "Delete campaign \"Solar leads\" with everything in it?"
                                  << "3 webhooks and 2 numbers will be deleted with it. Undo brings everything back."
                                  << true;
        QTest::newRow("buyer") << "buyers[0]"
                               << "Delete buyer \"SunRay\" with its webhooks?"
                               << "1 webhook will be deleted with it. Undo brings everything back." << true;
        QTest::newRow("unlocked number") << "campaigns[0].numbers[1]"
                                         << "Delete number +18005550199 with its own webhooks?"
                                         << "1 webhook will be deleted with it. Undo brings everything back." << true;
    }

    void deletingChildrenAsksFirst()
    {
        QFETCH(QString, select);
        QFETCH(QString, question);
        QFETCH(QString, details);
        QFETCH(bool, confirm);
        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(select);
        const QPersistentModelIndex parent = editing.tree.currentIndex().parent();
        const int rowsBefore = editing.model.rowCount(parent);
        QString shownQuestion;
        QString shownDetails;
        ModalHandler<QMessageBox> dialog([&](QMessageBox *box) {
            shownQuestion = box->text();
            shownDetails = box->informativeText();
            for (QAbstractButton *button : box->buttons()) {
                const bool isDelete = box->buttonRole(button) == QMessageBox::DestructiveRole;
                if (isDelete == confirm) {
                    button->click();
                    return;
                }
            }
        });
        editing.action("actionDelete")->trigger();
        QVERIFY(dialog.handled());
        QCOMPARE(shownQuestion, question);
        QCOMPARE(shownDetails, details);
        if (!confirm) {
            QVERIFY(editing.workspace() == before);
            QCOMPARE(editing.stack.count(), 0);
            return;
        }
        QCOMPARE(editing.stack.count(), 1);
        QCOMPARE(editing.model.rowCount(parent), rowsBefore - 1);
        VERIFY_UNDO_REDO(editing, before);
    }

    void dragAndDropMovesAWebhookBetweenCampaigns()
    {
        Editing editing;
        const Workspace before = editing.workspace();
        const QModelIndex source = editing.model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]"));
        std::unique_ptr<QMimeData> data(editing.model.mimeData({source}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(WebhookClipboard::mimeType()));
        QVERIFY(data->text().contains(QStringLiteral("\"name\": \"Append\"")));

        const QModelIndex target = editing.model.indexForPath(QStringLiteral("campaigns[1]"));
        QVERIFY(editing.model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
        QVERIFY(editing.model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));

        QCOMPARE(editing.workspace().campaigns[0].webhooks.size(), 1);
        QCOMPARE(editing.workspace().campaigns[1].webhooks.size(), 1);
        // A move keeps the webhook itself, id and all.
        QVERIFY(editing.workspace().campaigns[1].webhooks[0] == before.campaigns[0].webhooks[0]);
        QCOMPARE(editing.stack.undoText(), QStringLiteral("Move webhook \"Append\""));
        // The view asks the model to remove the dragged rows after a move: it already happened.
        QVERIFY(!editing.model.removeRows(0, 1, editing.model.indexForPath(QStringLiteral("campaigns[0]"))));
        VERIFY_UNDO_REDO(editing, before);
    }

    void dragAndDropPositions_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("movedTo");
        QTest::newRow("down within a campaign") << "campaigns[0].webhooks[0]"
                                                << "campaigns[0]" << 2 << "campaigns[0].webhooks[1]";
        QTest::newRow("up within a campaign") << "campaigns[0].webhooks[1]"
                                              << "campaigns[0]" << 0 << "campaigns[0].webhooks[0]";
        QTest::newRow("among a campaign's numbers goes last") << "buyers[0].webhooks[0]"
                                                              << "campaigns[0]" << 3 << "campaigns[0].webhooks[2]";
        QTest::newRow("onto a webhook goes after it") << "company.default_webhooks[0]"
                                                      << "campaigns[0].webhooks[0]" << -1 << "campaigns[0].webhooks[1]";
        QTest::newRow("into an unlocked number")
            << "campaigns[0].webhooks[1]"
            << "campaigns[0].numbers[1]" << 0 << "campaigns[0].numbers[1].webhooks[0]";
        QTest::newRow("from a number to the company") << "campaigns[0].numbers[1].webhooks[0]"
                                                      << "company" << -1 << "company.default_webhooks[1]";
        QTest::newRow("to a buyer") << "campaigns[0].webhooks[0]"
                                    << "buyers[1]" << -1 << "buyers[1].webhooks[0]";
    }

    void dragAndDropPositions()
    {
        QFETCH(QString, source);
        QFETCH(QString, parent);
        QFETCH(int, row);
        QFETCH(QString, movedTo);
        Editing editing;
        const Workspace before = editing.workspace();
        const QString id = WorkspaceModel::webhookAt(before, editing.address(source))->id;
        std::unique_ptr<QMimeData> data(editing.model.mimeData({editing.model.indexForPath(source)}));
        QVERIFY(editing.model.dropMimeData(data.get(), Qt::MoveAction, row, 0, editing.model.indexForPath(parent)));
        QCOMPARE(WorkspaceModel::webhookAt(editing.workspace(), editing.address(movedTo))->id, id);
        QCOMPARE(webhookIds(editing.workspace()).size(), webhookIds(before).size());
        VERIFY_UNDO_REDO(editing, before);
    }

    void dropOntoItselfChangesNothing()
    {
        Editing editing;
        const QModelIndex source = editing.model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]"));
        std::unique_ptr<QMimeData> data(editing.model.mimeData({source}));
        QVERIFY(!editing.model.dropMimeData(data.get(), Qt::MoveAction, 1, 0,
                                            editing.model.indexForPath(QStringLiteral("campaigns[0]"))));
        QCOMPARE(editing.stack.count(), 0);
    }

    void dropsAreRefusedWhereWebhooksCannotGo_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::newRow("locked number") << "campaigns[0].numbers[0]";
        QTest::newRow("publisher") << "publishers[0]";
        QTest::newRow("buyers group") << "buyers";
        QTest::newRow("campaigns group") << "campaigns";
    }

    void dropsAreRefusedWhereWebhooksCannotGo()
    {
        QFETCH(QString, parent);
        Editing editing;
        std::unique_ptr<QMimeData> data(
            editing.model.mimeData({editing.model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]"))}));
        const QModelIndex target = editing.model.indexForPath(parent);
        QVERIFY(!(editing.model.flags(target) & Qt::ItemIsDropEnabled));
        QVERIFY(!editing.model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
        QVERIFY(!editing.model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
        QVERIFY(!editing.model.dropMimeData(data.get(), Qt::CopyAction, -1, 0, target));
        QCOMPARE(editing.stack.count(), 0);
    }

    void copyingDropAddsACopy()
    {
        Editing editing;
        const Workspace before = editing.workspace();
        std::unique_ptr<QMimeData> data(
            editing.model.mimeData({editing.model.indexForPath(QStringLiteral("campaigns[0].webhooks[1]"))}));
        QVERIFY(editing.model.dropMimeData(data.get(), Qt::CopyAction, -1, 0,
                                           editing.model.indexForPath(QStringLiteral("buyers[1]"))));
        QCOMPARE(editing.workspace().campaigns[0].webhooks, before.campaigns[0].webhooks);
        const Webhook copy = editing.workspace().buyers[1].webhooks.value(0);
        QCOMPARE(copy.name, QStringLiteral("Convert"));
        QCOMPARE(copy.matches, before.campaigns[0].webhooks[1].matches);
        QVERIFY(copy.id != before.campaigns[0].webhooks[1].id);
        QCOMPARE(editing.stack.undoText(), QStringLiteral("Copy webhook \"Convert\""));
        VERIFY_UNDO_REDO(editing, before);
    }

    void aMoveFromAnotherWindowIsACopy()
    {
        Editing source;
        Editing target;
        std::unique_ptr<QMimeData> data(
            source.model.mimeData({source.model.indexForPath(QStringLiteral("campaigns[0].webhooks[0]"))}));
        QVERIFY(target.model.dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                          target.model.indexForPath(QStringLiteral("campaigns[1]"))));
        QCOMPARE(target.workspace().campaigns[0].webhooks.size(), 2);
        QCOMPARE(target.workspace().campaigns[1].webhooks.size(), 1);
        QVERIFY(target.workspace().campaigns[1].webhooks[0].id != QStringLiteral("wh-append"));
        QCOMPARE(source.workspace().campaigns[0].webhooks.size(), 2);
    }

    void copiesAndPastesBetweenOwners_data()
    {
        QTest::addColumn<QString>("copyFrom");
        QTest::addColumn<QString>("pasteOn");
        QTest::addColumn<QString>("firstPasted");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("status");
        QTest::newRow("webhook into a buyer")
            << "campaigns[0].webhooks[1]"
            << "buyers[0]"
            << "buyers[0].webhooks[1]" << QStringList{"Convert"} << "Pasted 1 webhook into SunRay";
        QTest::newRow("webhook into an unlocked number")
            << "buyers[0].webhooks[0]"
            << "campaigns[0].numbers[1]"
            << "campaigns[0].numbers[1].webhooks[1]" << QStringList{"Lead to SunRay"}
            << "Pasted 1 webhook into +18005550199";
        QTest::newRow("after a webhook") << "buyers[0].webhooks[0]"
                                         << "campaigns[0].webhooks[0]"
                                         << "campaigns[0].webhooks[1]" << QStringList{"Lead to SunRay"}
                                         << "Pasted 1 webhook into Solar leads";
        QTest::newRow("a campaign's webhooks into another campaign")
            << "campaigns[0]"
            << "campaigns[1]"
            << "campaigns[1].webhooks[0]" << QStringList{"Append", "Convert"} << "Pasted 2 webhooks into bare-campaign";
        QTest::newRow("a number's webhooks into the company")
            << "campaigns[0].numbers[1]"
            << "company"
            << "company.default_webhooks[1]" << QStringList{QString()} << "Pasted 1 webhook into Acme Calls";
    }

    void copiesAndPastesBetweenOwners()
    {
        QFETCH(QString, copyFrom);
        QFETCH(QString, pasteOn);
        QFETCH(QString, firstPasted);
        QFETCH(QStringList, names);
        QFETCH(QString, status);
        Editing editing;
        const Workspace before = editing.workspace();
        QSignalSpy messages(editing.actions.get(), &WorkspaceActions::statusMessage);

        editing.select(copyFrom);
        QVERIFY(editing.action("actionCopy")->isEnabled());
        editing.action("actionCopy")->trigger();
        const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
        QVERIFY(clipboard->hasFormat(WebhookClipboard::mimeType()));
        // The text is the webhooks as JSON, for a text editor.
        const QJsonArray asText = QJsonDocument::fromJson(clipboard->text().toUtf8()).array();
        QCOMPARE(asText.size(), names.size());
        QCOMPARE(asText.at(0).toObject().value(QLatin1String("name")).toString(), names.at(0));
        QCOMPARE(editing.stack.count(), 0);

        editing.select(pasteOn);
        QVERIFY(editing.action("actionPaste")->isEnabled());
        editing.action("actionPaste")->trigger();
        QCOMPARE(editing.currentPath(), firstPasted);
        WorkspaceModel::Address pasted = editing.address(firstPasted);
        for (const QString &name : std::as_const(names)) {
            QCOMPARE(WorkspaceModel::webhookAt(editing.workspace(), pasted)->name, name);
            ++pasted.webhook;
        }
        QCOMPARE(messages.last().at(0).toString(), status);
        // Pasted copies get fresh ids, so a paste can be repeated.
        editing.action("actionPaste")->trigger();
        QCOMPARE(editing.stack.count(), 2);
        editing.stack.undo();
        VERIFY_UNDO_REDO(editing, before);
    }

    void cutRemovesTheWebhookForAPasteElsewhere()
    {
        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(QStringLiteral("campaigns[0].webhooks[0]"));
        editing.action("actionCut")->trigger();
        QCOMPARE(editing.workspace().campaigns[0].webhooks.size(), 1);
        QCOMPARE(editing.stack.undoText(), QStringLiteral("Cut webhook \"Append\""));
        editing.select(QStringLiteral("buyers[1]"));
        editing.action("actionPaste")->trigger();
        QCOMPARE(editing.workspace().buyers[1].webhooks.value(0).name, QStringLiteral("Append"));
        QCOMPARE(editing.workspace().buyers[1].webhooks.value(0).request, before.campaigns[0].webhooks[0].request);
        editing.stack.undo();
        editing.stack.undo();
        QVERIFY(editing.workspace() == before);
        // Only a webhook is cut: other objects are deleted or copied.
        editing.select(QStringLiteral("campaigns[0]"));
        QVERIFY(!editing.action("actionCut")->isEnabled());
    }

    void pastesWebhookJsonFromATextEditor()
    {
        Editing editing;
        const QString text = QStringLiteral(
            "{\"name\": \"From the wiki\", \"trigger\": \"conversion\", \"method\": \"POST\", \"url\": "
            "\"https://example.test/c?p=[payout]\", \"body_kind\": \"json\", \"body\": \"{\\\"a\\\": 1}\", "
            "\"id\": \"wh-append\"}");
        QGuiApplication::clipboard()->setText(text);
        editing.select(QStringLiteral("campaigns[1]"));
        QVERIFY(editing.action("actionPaste")->isEnabled());
        editing.action("actionPaste")->trigger();
        const Webhook pasted = editing.workspace().campaigns[1].webhooks.value(0);
        QCOMPARE(pasted.name, QStringLiteral("From the wiki"));
        QCOMPARE(pasted.trigger, Trigger::Conversion);
        QCOMPARE(pasted.request.bodyKind, BodyKind::Json);
        // Its id is taken already: a pasted webhook always gets a fresh one.
        QVERIFY(pasted.id != QStringLiteral("wh-append"));
        QVERIFY(pasted.id.startsWith(QStringLiteral("wh-")));
    }

    void refusesToPasteWhatIsNotWebhooks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "hello"
                                  << "Nothing pasted: the text is not JSON: line 1, column 1: illegal value";
        QTest::newRow("error on line 2") << "[\n  {\"url\": x}]"
                                         << "Nothing pasted: the text is not JSON: line 2, column 11: illegal number";
        QTest::newRow("empty array")
            << "[]"
            << "Nothing pasted: the text holds no webhook (expected a webhook object or an array of them)";
        QTest::newRow("some other object") << "{\"format\": 1, \"campaigns\": []}"
                                           << "Nothing pasted: webhooks[0]: not a webhook (it has no \"url\")";
        QTest::newRow("bad trigger")
            << "[{\"url\": \"http://x.test\", \"trigger\": \"strat\"}]"
            << "Nothing pasted: webhooks[0].trigger: unknown trigger \"strat\" (expected one of: data_appending, "
               "start, pass_through, selected, answered, timer, postback, connect, conversion, non_conversion, "
               "always)";
        QTest::newRow("two problems")
            << "[{\"url\": \"http://x.test\", \"trigger\": \"strat\"}, {\"url\": \"http://x.test\", \"method\": 3}]"
            << "Nothing pasted: webhooks[0].trigger: unknown trigger \"strat\" (expected one of: data_appending, "
               "start, pass_through, selected, answered, timer, postback, connect, conversion, non_conversion, "
               "always) (and 1 more problem)";
    }

    void refusesToPasteWhatIsNotWebhooks()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        Editing editing;
        const Workspace before = editing.workspace();
        QSignalSpy messages(editing.actions.get(), &WorkspaceActions::statusMessage);
        QGuiApplication::clipboard()->setText(text);
        editing.select(QStringLiteral("campaigns[1]"));
        editing.action("actionPaste")->trigger();
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), message);
        QVERIFY(editing.workspace() == before);
        QCOMPARE(editing.stack.count(), 0);
    }

    void pasteNeedsSomethingOnTheClipboard()
    {
        Editing editing;
        QGuiApplication::clipboard()->clear();
        editing.select(QStringLiteral("campaigns[1]"));
        QVERIFY(!editing.action("actionPaste")->isEnabled());
        QGuiApplication::clipboard()->setText(QStringLiteral("[]"));
        QVERIFY(editing.action("actionPaste")->isEnabled());
    }

    void locksAndUnlocksNumbers()
    {
        Editing editing;
        const Workspace before = editing.workspace();
        editing.select(QStringLiteral("campaigns[0].numbers[0]"));
        QAction *lock = editing.action("actionNumberLock");
        QCOMPARE(lock->text(), QStringLiteral("Un&lock Number's Webhooks"));
        lock->trigger();
        const TrackingNumber &unlocked = editing.workspace().campaigns[0].numbers[0];
        QVERIFY(unlocked.webhooksUnlocked);
        QCOMPARE(unlocked.webhooks.size(), 2);
        QCOMPARE(unlocked.webhooks[0].name, QStringLiteral("Append"));
        QVERIFY(unlocked.webhooks[0].id != QStringLiteral("wh-append"));
        QCOMPARE(editing.model.rowCount(editing.model.indexForPath(QStringLiteral("campaigns[0].numbers[0]"))), 2);
        QCOMPARE(lock->text(), QStringLiteral("&Lock Number's Webhooks"));
        VERIFY_UNDO_REDO(editing, before);

        const Workspace unlockedWorkspace = editing.workspace();
        lock->trigger();
        QVERIFY(!editing.workspace().campaigns[0].numbers[0].webhooksUnlocked);
        QCOMPARE(editing.model.rowCount(editing.model.indexForPath(QStringLiteral("campaigns[0].numbers[0]"))), 0);
        VERIFY_UNDO_REDO(editing, unlockedWorkspace);
        QVERIFY(!editing.action("actionNewWebhook")->isEnabled());
    }

    void undoingAMixOfEditsGivesBackTheOriginal()
    {
        Editing editing;
        const Workspace original = editing.workspace();
        editing.select(QStringLiteral("campaigns[0].webhooks[0]"));
        editing.action("actionCopy")->trigger();
        editing.select(QStringLiteral("buyers[1]"));
        editing.action("actionPaste")->trigger();
        editing.select(QStringLiteral("campaigns"));
        editing.action("actionNewCampaign")->trigger();
        std::unique_ptr<QMimeData> data(
            editing.model.mimeData({editing.model.indexForPath(QStringLiteral("buyers[0].webhooks[0]"))}));
        QVERIFY(editing.model.dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                           editing.model.indexForPath(QStringLiteral("campaigns[2]"))));
        QVERIFY(editing.model.setData(editing.model.indexForPath(QStringLiteral("campaigns[2].webhooks[1]")),
                                      QStringLiteral("Moved")));
        editing.select(QStringLiteral("campaigns[0].numbers[1]"));
        editing.action("actionNumberLock")->trigger();
        editing.select(QStringLiteral("campaigns[0].webhooks[1]"));
        editing.action("actionDelete")->trigger();
        editing.select(QStringLiteral("publishers[0]"));
        editing.action("actionDuplicate")->trigger();
        QCOMPARE(editing.stack.count(), 7);
        const Workspace edited = editing.workspace();
        QString problem;
        QVERIFY2(savesAndLoadsBack(edited, &problem), qPrintable(problem));
        QCOMPARE(editing.workspace().campaigns[2].webhooks[1].name, QStringLiteral("Moved"));

        while (editing.stack.canUndo())
            editing.stack.undo();
        QVERIFY(editing.workspace() == original);
        while (editing.stack.canRedo())
            editing.stack.redo();
        QVERIFY(editing.workspace() == edited);
    }

    void findsObjectsByName()
    {
        Editing editing;
        editing.select(QStringLiteral("company"));
        QVERIFY(editing.actions->findNext(QStringLiteral("sunray")));
        QCOMPARE(editing.currentPath(), QStringLiteral("buyers[0]"));
        QVERIFY(editing.actions->findNext(QStringLiteral("sunray")));
        QCOMPARE(editing.currentPath(), QStringLiteral("buyers[0].webhooks[0]"));
        // Wraps around to the first match.
        QVERIFY(editing.actions->findNext(QStringLiteral("SUNRAY")));
        QCOMPARE(editing.currentPath(), QStringLiteral("buyers[0]"));
        QVERIFY(!editing.actions->findNext(QStringLiteral("no such thing")));
        QCOMPARE(editing.currentPath(), QStringLiteral("buyers[0]"));
    }

    void keyboardDrivesTheTree()
    {
        // In the main window, where the actions live in its menus and the tree's shortcuts.
        MainWindow window;
        QVERIFY(openActive(&window, QStringLiteral("keyboard.json")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        tree->setFocus();
        tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("campaigns[1]")));
        const auto webhookCount = [&window] {
            return window.model()->workspace().campaigns[1].webhooks.size();
        };

        QTest::keyClick(tree, Qt::Key_Insert);
        QCOMPARE(webhookCount(), 1);
        QCOMPARE(tree->currentIndex().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("campaigns[1].webhooks[0]"));
        // A new object's name is being edited: Escape keeps the suggested one.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), tree);

        QTest::keySequence(tree, QKeySequence::Copy);
        QTest::keySequence(tree, QKeySequence::Paste);
        QCOMPARE(webhookCount(), 2);
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(webhookCount(), 1);
        QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(webhookCount(), 2);
        QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(webhookCount(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::keySequence(tree, QKeySequence::Undo);
        QCOMPARE(webhookCount(), 2);

        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Typed"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(window.model()->name(window.model()->address(tree->currentIndex())), QStringLiteral("Typed"));

        // Find: Ctrl+F to the search field, Enter for the next match, Escape back to the tree.
        QTest::keySequence(&window, QKeySequence::Find);
        auto *find = window.findChild<QLineEdit *>(QStringLiteral("workspaceFind"));
        QCOMPARE(QApplication::focusWidget(), find);
        QTest::keyClicks(find, QStringLiteral("sunray"));
        QCOMPARE(tree->currentIndex().data(WorkspaceModel::PathRole).toString(), QStringLiteral("buyers[0]"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(tree->currentIndex().data(WorkspaceModel::PathRole).toString(),
                 QStringLiteral("buyers[0].webhooks[0]"));
        QTest::keyClick(find, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), tree);

        // In a text field the same keys edit the text, not the workspace.
        const Workspace beforeKeys = window.model()->workspace();
        find->setFocus();
        find->setText(QStringLiteral("abc"));
        find->setCursorPosition(0);
        QTest::keyClick(find, Qt::Key_Delete);
        QCOMPARE(find->text(), QStringLiteral("bc"));
        QVERIFY(window.model()->workspace() == beforeKeys);

        while (window.undoStack()->canUndo())
            window.undoStack()->undo();
        QVERIFY(window.model()->workspace() == sampleWorkspace());
    }
};

QTEST_MAIN(TestWorkspaceEditing)
#include "TestWorkspaceEditing.moc"
