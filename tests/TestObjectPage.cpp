// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"
#include "net/SandboxReceiver.h"
#include "objects/BuyerForm.h"
#include "objects/CampaignForm.h"
#include "objects/CompanyForm.h"
#include "objects/NumberForm.h"
#include "objects/ObjectForm.h"
#include "objects/ObjectPage.h"
#include "objects/PublisherForm.h"
#include "shell/AutosaveManager.h"
#include "shell/MainWindow.h"
#include "shell/Services.h"
#include "support/ModalHandler.h"
#include "support/TestSettings.h"
#include "testfire/TestFirePane.h"
#include "tokens/TokenLineEdit.h"
#include "workspace/WorkspaceModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QUrlQuery>

namespace {

Workspace fixture()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme Calls");
    Campaign solar;
    solar.id = QStringLiteral("solar");
    solar.name = QStringLiteral("Solar leads");
    Webhook lead;
    lead.id = QStringLiteral("wh-1");
    lead.name = QStringLiteral("Send lead");
    lead.request.url = QStringLiteral("https://example.test/lead");
    solar.webhooks = {lead};
    solar.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    TrackingNumber number;
    number.number = QStringLiteral("+18005550100");
    solar.numbers = {number};
    ws.campaigns = {solar};
    Buyer b1;
    b1.id = QStringLiteral("b1");
    b1.name = QStringLiteral("SunRay");
    Buyer b2;
    b2.id = QStringLiteral("b2");
    b2.name = QStringLiteral("Shingle Co");
    Buyer b3;
    b3.id = QStringLiteral("b3");
    b3.name = QStringLiteral("Panels R Us");
    ws.buyers = {b1, b2, b3};
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search ads");
    ws.publishers = {publisher};
    return ws;
}

} // namespace

// What buildWorkspaceInGui() made: the workspace as the window held it when saved, and the file.
struct GuiBuiltWorkspace
{
    Workspace workspace;
    QString fileName;
};

class TestObjectPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QAction *action(QWidget &window, const char *name)
    {
        QAction *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    // Selects an object in the tree as a click would (the tree is the user's way there).
    static void select(MainWindow &window, const QString &path)
    {
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        const QModelIndex index = window.model()->indexForPath(path);
        if (!index.isValid())
            qFatal("no object at %s", qPrintable(path));
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualRect(index).center());
        if (tree->currentIndex() != index)
            qFatal("clicking %s did not select it", qPrintable(path));
    }

    static QString currentPath(MainWindow &window)
    {
        return window.findChild<QTreeView *>(QStringLiteral("workspaceTree"))
            ->currentIndex()
            .data(WorkspaceModel::PathRole)
            .toString();
    }

    // New objects open their name for editing in the tree: Escape leaves it as it is.
    static void closeTreeEditor(MainWindow &window)
    {
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()); editor && tree->isAncestorOf(editor))
            QTest::keyClick(editor, Qt::Key_Escape);
    }

    // The builder returns a value, so it cannot use QVERIFY: a broken step stops the test.
    static void require(bool ok, const char *what)
    {
        if (!ok)
            qFatal("failed: %s", what);
    }

    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    // Replaces a field's text by typing, then leaves the field (ending its typing session).
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    // Adds a row to a key/value table and types its two cells.
    static void addTableRow(QWidget *keyValueTable, const QString &key, const QString &value)
    {
        auto *table = child<QTableWidget>(keyValueTable, QStringLiteral("keyValueTable"));
        QTest::mouseClick(child<QPushButton>(keyValueTable, QStringLiteral("addRow")), Qt::LeftButton);
        // Add opens the new row's key for editing; Tab goes on to its value, Return ends.
        for (int column = 0; column < 2; ++column) {
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            if (!editor || !table->isAncestorOf(editor))
                qFatal("no cell editor");
            QTest::keyClicks(editor, column == 0 ? key : value);
            QTest::keyClick(editor, column == 0 ? Qt::Key_Tab : Qt::Key_Return);
            // The delegate closes the editor through a queued call: let it run before the next cell.
            QCoreApplication::processEvents();
        }
    }

    // Types key and value into the current row of a table whose key cell is being edited.
    static void typeIntoCurrentCells(QTableWidget *table, const QString &key, const QString &value)
    {
        for (int column = 0; column < 2; ++column) {
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            if (!editor || !table->isAncestorOf(editor))
                qFatal("no cell editor");
            QTest::keyClicks(editor, column == 0 ? key : value);
            QTest::keyClick(editor, column == 0 ? Qt::Key_Tab : Qt::Key_Return);
            QCoreApplication::processEvents();
        }
    }

    // The first finding row whose problem text contains text, or nullptr.
    static QTreeWidgetItem *itemContaining(QTreeWidget *findings, const QString &text)
    {
        for (QTreeWidgetItemIterator it(findings); *it; ++it) {
            for (int column = 0; column < findings->columnCount(); ++column) {
                if ((*it)->text(column).contains(text))
                    return *it;
            }
        }
        return nullptr;
    }

    // A window showing fixture(), opened from a file as a user would have it.
    void openFixture(MainWindow &window)
    {
        const QString path = m_dir.filePath(QStringLiteral("fixture.json"));
        QString error;
        if (!WorkspaceFile::save(fixture(), path, &error))
            qFatal("cannot write %s", qPrintable(error));
        if (!window.openFile(path))
            qFatal("cannot open the fixture");
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qFatal("the window is not active");
    }

    static QUndoStack *undoStack(MainWindow &window) { return window.findChild<QUndoStack *>(); }

    static QPushButton *groupNewButton(MainWindow &window)
    {
        return child<QPushButton>(window.findChild<ObjectPage *>(), QStringLiteral("groupNew"));
    }

    // Builds a workspace with the GUI only (tree clicks, the forms, the window's actions and
    // dialogs), saves it through Save As to fileName and returns what the window held. It has:
    // a buyer "b1" with tags and a ping-post webhook, a publisher "pub1" with postback settings
    // and tags, a campaign "solar" with conversion criteria routing to b1, and its number
    // +18005550123 unlocked with a webhook of its own (an override). Test-fire checks can start
    // from it.
    static GuiBuiltWorkspace buildWorkspaceInGui(MainWindow &window, const QString &fileName)
    {
        // A buyer, from the Buyers page's button.
        select(window, QStringLiteral("buyers"));
        QTest::mouseClick(groupNewButton(window), Qt::LeftButton);
        closeTreeEditor(window);
        require(currentPath(window) == QStringLiteral("buyers[0]"), "New buyer selects the new buyer");
        auto *buyer = window.findChild<BuyerForm *>();
        typeInto(child<QLineEdit>(buyer, QStringLiteral("idEdit")), QStringLiteral("b1"));
        typeInto(child<QLineEdit>(buyer, QStringLiteral("nameEdit")), QStringLiteral("SunRay Installers"));
        addTableRow(child<QWidget>(buyer, QStringLiteral("buyerTags")), QStringLiteral("tier"), QStringLiteral("gold"));
        addTableRow(child<QWidget>(buyer, QStringLiteral("buyerTags")), QStringLiteral("region"),
                    QStringLiteral("west"));
        QTest::mouseClick(child<QPushButton>(buyer, QStringLiteral("addPingPost")), Qt::LeftButton);

        // A publisher.
        select(window, QStringLiteral("publishers"));
        QTest::mouseClick(groupNewButton(window), Qt::LeftButton);
        closeTreeEditor(window);
        auto *publisher = window.findChild<PublisherForm *>();
        typeInto(child<QLineEdit>(publisher, QStringLiteral("source_idEdit")), QStringLiteral("pub1"));
        typeInto(child<QLineEdit>(publisher, QStringLiteral("nameEdit")), QStringLiteral("Search ads"));
        typeInto(child<QLineEdit>(publisher, QStringLiteral("postback_keyEdit")), QStringLiteral("k-123"));
        typeInto(child<QLineEdit>(publisher, QStringLiteral("postback_fieldsEdit")), QStringLiteral("sale, revenue"));
        addTableRow(child<QWidget>(publisher, QStringLiteral("publisherTags")), QStringLiteral("channel"),
                    QStringLiteral("search"));

        // A campaign with conversion criteria and routing.
        select(window, QStringLiteral("campaigns"));
        QTest::mouseClick(groupNewButton(window), Qt::LeftButton);
        closeTreeEditor(window);
        auto *campaign = window.findChild<CampaignForm *>();
        typeInto(child<QLineEdit>(campaign, QStringLiteral("idEdit")), QStringLiteral("solar"));
        typeInto(child<QLineEdit>(campaign, QStringLiteral("nameEdit")), QStringLiteral("Solar leads"));
        auto *minDuration = child<QSpinBox>(campaign, QStringLiteral("minDurationSpin"));
        minDuration->setFocus();
        minDuration->selectAll();
        QTest::keyClicks(minDuration, QStringLiteral("90"));
        QTest::keyClick(minDuration, Qt::Key_Tab);
        typeInto(child<QLineEdit>(campaign, QStringLiteral("conversion_required_tagsEdit")),
                 QStringLiteral("sale:yes, qualified"));
        QTest::mouseClick(child<QPushButton>(campaign, QStringLiteral("routingAdd")), Qt::LeftButton);

        // Its number, through Insert > New Number and its dialog, then unlocked with a webhook
        // of its own.
        ModalHandler<QInputDialog> numberDialog([](QInputDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("+18005550123"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        action(window, "actionNewNumber")->trigger();
        require(numberDialog.handled(), "New Number asks for the number");
        closeTreeEditor(window);
        auto *number = window.findChild<NumberForm *>();
        typeInto(child<QLineEdit>(number, QStringLiteral("nameEdit")), QStringLiteral("Main line"));
        auto *unlocked = child<QCheckBox>(number, QStringLiteral("numberUnlocked"));
        unlocked->setFocus();
        QTest::keyClick(unlocked, Qt::Key_Space);
        QTest::mouseClick(child<QPushButton>(window.findChild<ObjectPage *>(), QStringLiteral("emptyAddWebhook")),
                          Qt::LeftButton);
        closeTreeEditor(window);

        ModalHandler<QFileDialog> chooser([&](QFileDialog *dialog) {
            dialog->setDirectory(QFileInfo(fileName).absolutePath());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(fileName).fileName());
            static_cast<QDialog *>(dialog)->accept();
        });
        action(window, "actionSaveAs")->trigger();
        require(chooser.handled(), "Save As asks for the file");
        return {window.model()->workspace(), window.fileName()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfiguratorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestObjectPage"));
    }

    void init()
    {
        QSettings().clear();
        QDir(AutosaveManager::defaultDirectory()).removeRecursively();
    }

    void aWorkspaceBuiltInTheGuiSurvivesSaveAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("built-in-gui.json"));
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const GuiBuiltWorkspace built = buildWorkspaceInGui(window, path);
        QCOMPARE(built.fileName, path);
        QVERIFY(!window.isWindowModified());

        // Everything the forms promised is in the workspace.
        const Workspace &ws = built.workspace;
        QCOMPARE(ws.buyers.size(), 1);
        QCOMPARE(ws.buyers.at(0).id, QStringLiteral("b1"));
        QCOMPARE(ws.buyers.at(0).name, QStringLiteral("SunRay Installers"));
        // Typed tier, then region: kept in the order the file writes them.
        QCOMPARE(ws.buyers.at(0).tags.pairs(),
                 (QStringList{QStringLiteral("region:west"), QStringLiteral("tier:gold")}));
        QCOMPARE(ws.buyers.at(0).webhooks.size(), 1);
        QVERIFY(ws.buyers.at(0).webhooks.at(0).pingPost.enabled);
        QCOMPARE(ws.publishers.size(), 1);
        QCOMPARE(ws.publishers.at(0).sourceId, QStringLiteral("pub1"));
        QCOMPARE(ws.publishers.at(0).name, QStringLiteral("Search ads"));
        QCOMPARE(ws.publishers.at(0).postbackKey, QStringLiteral("k-123"));
        QCOMPARE(ws.publishers.at(0).postbackFields, (QStringList{QStringLiteral("sale"), QStringLiteral("revenue")}));
        QCOMPARE(ws.publishers.at(0).tags.pairs(), QStringList{QStringLiteral("channel:search")});
        QCOMPARE(ws.campaigns.size(), 1);
        const Campaign &campaign = ws.campaigns.at(0);
        QCOMPARE(campaign.id, QStringLiteral("solar"));
        QCOMPARE(campaign.name, QStringLiteral("Solar leads"));
        QCOMPARE(campaign.conversion.minDurationSeconds, 90);
        QCOMPARE(campaign.conversion.requiredTags,
                 (QStringList{QStringLiteral("sale:yes"), QStringLiteral("qualified")}));
        QCOMPARE(campaign.buyerIds, QStringList{QStringLiteral("b1")});
        QCOMPARE(campaign.numbers.size(), 1);
        QCOMPARE(campaign.numbers.at(0).number, QStringLiteral("+18005550123"));
        QCOMPARE(campaign.numbers.at(0).name, QStringLiteral("Main line"));
        QVERIFY(campaign.numbers.at(0).webhooksUnlocked);
        QCOMPARE(campaign.numbers.at(0).webhooks.size(), 1);

        // Reopened through File > Open in a new window: the same workspace.
        MainWindow reopened;
        ModalHandler<QFileDialog> chooser([&](QFileDialog *dialog) {
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptOpen);
            dialog->setDirectory(QFileInfo(path).absolutePath());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(path).fileName());
            static_cast<QDialog *>(dialog)->accept();
        });
        action(reopened, "actionOpen")->trigger();
        QVERIFY(chooser.handled());
        QCOMPARE(reopened.fileName(), path);
        // Compared as files first, so that a difference shows where it is.
        QCOMPARE(QString::fromUtf8(WorkspaceFile::serialize(reopened.model()->workspace())),
                 QString::fromUtf8(WorkspaceFile::serialize(built.workspace)));
        QCOMPARE(reopened.model()->workspace(), built.workspace);

        // And the forms show it again.
        select(reopened, QStringLiteral("campaigns[0]"));
        auto *campaignForm = reopened.findChild<CampaignForm *>();
        QCOMPARE(child<QLineEdit>(campaignForm, QStringLiteral("conversion_required_tagsEdit"))->text(),
                 QStringLiteral("sale:yes, qualified"));
        QCOMPARE(child<QSpinBox>(campaignForm, QStringLiteral("minDurationSpin"))->value(), 90);
        QCOMPARE(child<QListWidget>(campaignForm, QStringLiteral("routingList"))->item(0)->text(),
                 QStringLiteral("SunRay Installers (b1)"));
    }

    // The second half of the walk: the workspace built in the GUI, reopened, aimed at the
    // local receiver and test-fired from the Test fire page, which starts from the sample call.
    void aWorkspaceBuiltInTheGuiTestFiresWithTheSampleCallsTags()
    {
        const QString path = m_dir.filePath(QStringLiteral("fired-from-gui.json"));
        {
            MainWindow builder;
            builder.show();
            builder.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&builder));
            buildWorkspaceInGui(builder, path);
        }
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QString error;
        QVERIFY2(window.services()->openPixelStore(m_dir.filePath(QStringLiteral("pixels.sqlite")), &error),
                 qPrintable(error));
        QVERIFY2(window.services()->startReceiver(0, &error), qPrintable(error));
        const SandboxReceiver *receiver = window.services()->receiver();

        // The sample call, typed into its table.
        auto *sampleCall = window.findChild<QWidget *>(QStringLiteral("sampleCallTable"))->parentWidget();
        for (const auto &[key, value] : {std::pair{QStringLiteral("caller_number"), QStringLiteral("+13105550142")},
                                         std::pair{QStringLiteral("source_id"), QStringLiteral("pub1")}}) {
            QTest::mouseClick(child<QWidget>(sampleCall, QStringLiteral("sampleCallAdd")), Qt::LeftButton);
            typeIntoCurrentCells(child<QTableWidget>(sampleCall, QStringLiteral("sampleCallTable")), key, value);
        }
        QCOMPARE(window.model()->workspace().sampleCall.values(QStringLiteral("source_id")),
                 QStringList{QStringLiteral("pub1")});

        // The number's own webhook, aimed at the receiver with tokens for the call's tags.
        select(window, QStringLiteral("campaigns[0].numbers[0].webhooks[0]"));
        auto *url =
            child<TokenLineEdit>(window.findChild<QWidget *>(QStringLiteral("webhookEditor")), QStringLiteral("url"));
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1/solar?caller=[caller_number]&src=[source_id]"
                                             "&channel=[channel]")
                                  .arg(receiver->port()));
        QTest::keyClick(url, Qt::Key_Escape); // closes a completion popup, if one is open
        QVERIFY2(url->text().endsWith(QStringLiteral("&channel=[channel]")), qPrintable(url->text()));

        // Test fire, on the unlocked number: the form starts from the sample call.
        auto *pages = child<QTabWidget>(&window, QStringLiteral("pages"));
        int testFireTab = -1;
        for (int i = 0; i < pages->count(); ++i) {
            if (pages->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Test fire"))
                testFireTab = i;
        }
        QVERIFY(testFireTab >= 0);
        QTest::mouseClick(pages->tabBar(), Qt::LeftButton, Qt::NoModifier,
                          pages->tabBar()->tabRect(testFireTab).center());
        auto *pane = window.findChild<TestFirePane *>();
        QVERIFY(pane);
        auto *numbers = child<QComboBox>(pane, QStringLiteral("numberCombo"));
        numbers->setCurrentIndex(numbers->findData(QStringLiteral("+18005550123")));
        QVERIFY(numbers->currentIndex() > 0);
        QCOMPARE(child<QComboBox>(pane, QStringLiteral("publisherCombo"))->currentData().toString(),
                 QStringLiteral("pub1"));
        QCOMPARE(child<QLineEdit>(pane, QStringLiteral("callerEdit"))->text(), QStringLiteral("+13105550142"));

        QSignalSpy finished(pane, &TestFirePane::runFinished);
        QTest::mouseClick(child<QPushButton>(pane, QStringLiteral("fireButton")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));

        // The sample call's tags, and the publisher's, arrived at the receiver.
        QList<ReceivedRequest> hits;
        for (const ReceivedRequest &request : receiver->requests()) {
            if (request.path == QLatin1String("/solar"))
                hits.append(request);
        }
        QCOMPARE(hits.size(), 1);
        const QUrlQuery query(hits.constFirst().query);
        QCOMPARE(query.queryItemValue(QStringLiteral("caller"), QUrl::FullyDecoded), QStringLiteral("+13105550142"));
        QCOMPARE(query.queryItemValue(QStringLiteral("src")), QStringLiteral("pub1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("channel")), QStringLiteral("search"));
    }

    // A file may hold two publishers with one source_id (lint reports it): activating the finding
    // opens the second publisher's form with the cursor in its source_id.
    void aPublisherFindingOpensItsField()
    {
        Workspace ws = fixture();
        Publisher twin = ws.publishers.constFirst();
        twin.name = QStringLiteral("Twin");
        ws.publishers.append(twin);
        const QString path = m_dir.filePath(QStringLiteral("twin-publishers.json"));
        QString error;
        QVERIFY2(WorkspaceFile::save(ws, path, &error), qPrintable(error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *findings = child<QTreeWidget>(&window, QStringLiteral("lintFindings"));
        QTreeWidgetItem *duplicate = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((duplicate = itemContaining(findings, QStringLiteral("duplicate source_id"))), 10000);
        findings->setFocus();
        findings->setCurrentItem(duplicate);
        QTest::keyClick(findings, Qt::Key_Return);
        QCOMPARE(currentPath(window), QStringLiteral("publishers[1]"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("source_idEdit"));
    }

    // Tab walks every form as it reads, top to bottom: from the minimum talk time it goes to the
    // required tags, not to widgets made earlier further down.
    void tabFollowsTheFormsLayout_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("company") << QStringLiteral("company");
        QTest::newRow("campaign") << QStringLiteral("campaigns[0]");
        QTest::newRow("number") << QStringLiteral("campaigns[0].numbers[0]");
        QTest::newRow("buyer") << QStringLiteral("buyers[0]");
        QTest::newRow("publisher") << QStringLiteral("publishers[0]");
    }

    void tabFollowsTheFormsLayout()
    {
        QFETCH(QString, path);
        MainWindow window;
        openFixture(window);
        select(window, path);
        auto *page = window.findChild<ObjectPage *>();
        auto *first = page->findChild<QLineEdit *>(QStringLiteral("idEdit"));
        if (!first || !first->isVisible())
            first = child<QLineEdit>(page, QStringLiteral("nameEdit"));
        first->setFocus();
        QVERIFY(first->hasFocus());
        QWidget *form = first->parentWidget();
        while (form && !qobject_cast<ObjectForm *>(form))
            form = form->parentWidget();
        QVERIFY(form);
        int lastY = first->mapTo(form, QPoint(0, 0)).y();
        for (int steps = 0; steps < 12; ++steps) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (!focused || !form->isAncestorOf(focused))
                break; // left the form
            const int y = focused->mapTo(form, QPoint(0, 0)).y();
            QVERIFY2(y >= lastY, qPrintable(QStringLiteral("Tab went up to %1").arg(focused->objectName())));
            lastY = y;
        }
        if (path == QLatin1String("campaigns[0]")) {
            child<QSpinBox>(page, QStringLiteral("minDurationSpin"))->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("conversion_required_tagsEdit"));
        }
    }

    void typingInAFieldIsOneUndoStepAndUndoShowsTheOldValue()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("campaigns[0]"));
        auto *name = child<QLineEdit>(window.findChild<CampaignForm *>(), QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Solar leads"));
        const int before = undoStack(window)->count();
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" (west)"));
        QCOMPARE(window.model()->workspace().campaigns.at(0).name, QStringLiteral("Solar leads (west)"));
        QCOMPARE(undoStack(window)->count(), before + 1);
        QCOMPARE(undoStack(window)->undoText(), QStringLiteral("Edit Name of \u201cSolar leads\u201d"));
        // The tree shows the new name as it is typed.
        QCOMPARE(window.model()->indexForPath(QStringLiteral("campaigns[0]")).data().toString(),
                 QStringLiteral("Solar leads (west)"));

        action(window, "actionUndo")->trigger();
        QCOMPARE(name->text(), QStringLiteral("Solar leads"));
        QCOMPARE(window.model()->workspace().campaigns.at(0).name, QStringLiteral("Solar leads"));
        action(window, "actionRedo")->trigger();
        QCOMPARE(name->text(), QStringLiteral("Solar leads (west)"));

        // Leaving the field ends the step: the next edit is undone on its own.
        QTest::keyClick(name, Qt::Key_Tab);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Backspace);
        QCOMPARE(undoStack(window)->count(), before + 2);
    }

    void aDuplicateIdIsRefusedAtTheFieldUntilFixed()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("buyers[0]"));
        auto *form = window.findChild<BuyerForm *>();
        auto *id = child<QLineEdit>(form, QStringLiteral("idEdit"));
        auto *error = child<QLabel>(form, QStringLiteral("idError"));
        const int before = undoStack(window)->count();
        typeInto(id, QStringLiteral("b2"));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("Buyer \"Shingle Co\" already has the id \"b2\"."));
        // Not applied: the ids stay unique. The model keeps the last id typed that was accepted
        // ("b"), and the field what was typed.
        QCOMPARE(window.model()->workspace().buyers.at(0).id, QStringLiteral("b"));
        QCOMPARE(window.model()->workspace().buyers.at(1).id, QStringLiteral("b2"));
        QCOMPARE(id->text(), QStringLiteral("b2"));
        // Another change elsewhere does not throw the typed text away.
        typeInto(child<QLineEdit>(form, QStringLiteral("nameEdit")), QStringLiteral("SunRay Solar"));
        QCOMPARE(id->text(), QStringLiteral("b2"));
        QVERIFY(!error->isHidden());

        // Fixed: applied, and the routing that names the buyer follows.
        id->setFocus();
        id->end(false);
        QTest::keyClicks(id, QStringLiteral("-west"));
        QVERIFY(error->isHidden());
        QCOMPARE(window.model()->workspace().buyers.at(0).id, QStringLiteral("b2-west"));
        QCOMPARE(window.model()->workspace().campaigns.at(0).buyerIds,
                 (QStringList{QStringLiteral("b2-west"), QStringLiteral("b2")}));
        // Undo puts the old id back everywhere.
        while (undoStack(window)->index() > before)
            action(window, "actionUndo")->trigger();
        QCOMPARE(window.model()->workspace(), fixture());
        QCOMPARE(id->text(), QStringLiteral("b1"));
    }

    void aNumberMustBeE164AndUnique()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("campaigns[0].numbers[0]"));
        auto *form = window.findChild<NumberForm *>();
        auto *number = child<QLineEdit>(form, QStringLiteral("numberEdit"));
        auto *error = child<QLabel>(form, QStringLiteral("numberError"));
        typeInto(number, QStringLiteral("800-555-0100"));
        QCOMPARE(error->text(), QStringLiteral("\"800-555-0100\" is not an E.164 phone number (expected + and the "
                                               "country code, e.g. +18005550100)."));
        QCOMPARE(window.model()->workspace().campaigns.at(0).numbers.at(0).number, QStringLiteral("+18005550100"));
        typeInto(number, QStringLiteral("+18005550199"));
        QVERIFY(error->isHidden());
        QCOMPARE(window.model()->workspace().campaigns.at(0).numbers.at(0).number, QStringLiteral("+18005550199"));
    }

    void unlockingANumberClonesTheWebhooksAndUndoLocksIt()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("campaigns[0].numbers[0]"));
        auto *unlocked = child<QCheckBox>(window.findChild<NumberForm *>(), QStringLiteral("numberUnlocked"));
        QVERIFY(!unlocked->isChecked());
        unlocked->setFocus();
        QTest::keyClick(unlocked, Qt::Key_Space);
        const TrackingNumber &number = window.model()->workspace().campaigns.at(0).numbers.at(0);
        QVERIFY(number.webhooksUnlocked);
        QCOMPARE(number.webhooks.size(), 1);
        QCOMPARE(number.webhooks.at(0).name, QStringLiteral("Send lead"));
        action(window, "actionUndo")->trigger();
        QVERIFY(!unlocked->isChecked());
        QVERIFY(!window.model()->workspace().campaigns.at(0).numbers.at(0).webhooksUnlocked);
    }

    void routingIsBuiltFromTheBuyers()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("campaigns[0]"));
        auto *form = window.findChild<CampaignForm *>();
        auto *list = child<QListWidget>(form, QStringLiteral("routingList"));
        auto *choice = child<QComboBox>(form, QStringLiteral("routingBuyerChoice"));
        // Only buyers not routed yet can be added.
        QCOMPARE(choice->count(), 1);
        QCOMPARE(choice->currentText(), QStringLiteral("Panels R Us (b3)"));
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("routingAdd")), Qt::LeftButton);
        QCOMPARE(window.model()->workspace().campaigns.at(0).buyerIds,
                 (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")}));
        QCOMPARE(choice->count(), 0);
        QVERIFY(!child<QPushButton>(form, QStringLiteral("routingAdd"))->isEnabled());

        list->setCurrentRow(2);
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("routingUp")), Qt::LeftButton);
        QCOMPARE(window.model()->workspace().campaigns.at(0).buyerIds,
                 (QStringList{QStringLiteral("b1"), QStringLiteral("b3"), QStringLiteral("b2")}));
        QCOMPARE(list->currentRow(), 1);
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("routingRemove")), Qt::LeftButton);
        QCOMPARE(window.model()->workspace().campaigns.at(0).buyerIds,
                 (QStringList{QStringLiteral("b3"), QStringLiteral("b2")}));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Panels R Us (b3)"));
        for (int i = 0; i < 3; ++i)
            action(window, "actionUndo")->trigger();
        QCOMPARE(window.model()->workspace(), fixture());
        QCOMPARE(list->count(), 2);

        // Deleting a routed buyer takes it out of the routing; undo puts it back.
        select(window, QStringLiteral("buyers[0]"));
        action(window, "actionDelete")->trigger();
        QCOMPARE(window.model()->workspace().campaigns.at(0).buyerIds, QStringList{QStringLiteral("b2")});
        action(window, "actionUndo")->trigger();
        QCOMPARE(window.model()->workspace(), fixture());
    }

    void conversionCriteriaAreEdited()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("campaigns[0]"));
        auto *form = window.findChild<CampaignForm *>();
        auto *spin = child<QSpinBox>(form, QStringLiteral("minDurationSpin"));
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(window.model()->workspace().campaigns.at(0).conversion.minDurationSeconds, 2);
        typeInto(child<QLineEdit>(form, QStringLiteral("conversion_required_tagsEdit")),
                 QStringLiteral("sale:yes,  ,qualified"));
        QCOMPARE(window.model()->workspace().campaigns.at(0).conversion.requiredTags,
                 (QStringList{QStringLiteral("sale:yes"), QStringLiteral("qualified")}));
        action(window, "actionUndo")->trigger();
        QVERIFY(window.model()->workspace().campaigns.at(0).conversion.requiredTags.isEmpty());
        QVERIFY(child<QLineEdit>(form, QStringLiteral("conversion_required_tagsEdit"))->text().isEmpty());
        // Both steps of the spin box were one edit.
        action(window, "actionUndo")->trigger();
        QCOMPARE(spin->value(), 0);
        QCOMPARE(window.model()->workspace(), fixture());
    }

    void publisherAndCompanyFieldsAreEdited()
    {
        MainWindow window;
        openFixture(window);
        select(window, QStringLiteral("publishers[0]"));
        auto *publisher = window.findChild<PublisherForm *>();
        typeInto(child<QLineEdit>(publisher, QStringLiteral("source_idEdit")), QStringLiteral("pub-7"));
        typeInto(child<QLineEdit>(publisher, QStringLiteral("postback_keyEdit")), QStringLiteral("secret-ish"));
        QCOMPARE(window.model()->workspace().publishers.at(0).sourceId, QStringLiteral("pub-7"));
        QCOMPARE(window.model()->workspace().publishers.at(0).postbackKey, QStringLiteral("secret-ish"));
        typeInto(child<QLineEdit>(publisher, QStringLiteral("source_idEdit")), QStringLiteral("pub 7"));
        QCOMPARE(child<QLabel>(publisher, QStringLiteral("source_idError"))->text(),
                 QStringLiteral("A source_id cannot contain spaces, commas or brackets: \"pub 7\"."));

        select(window, QStringLiteral("company"));
        auto *company = window.findChild<CompanyForm *>();
        typeInto(child<QLineEdit>(company, QStringLiteral("nameEdit")), QStringLiteral("Acme Media"));
        addTableRow(child<QWidget>(company, QStringLiteral("trackingDomains")), QStringLiteral("cake"),
                    QStringLiteral("track.acme.test"));
        QCOMPARE(window.model()->workspace().company.name, QStringLiteral("Acme Media"));
        QCOMPARE(window.model()->workspace().company.trackingDomains.value(QStringLiteral("cake")),
                 QStringLiteral("track.acme.test"));
    }

    void emptyPagesOfferToAdd()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = window.findChild<ObjectPage *>();
        for (const auto &[path, button] : {std::pair{"campaigns", "New &campaign"}, std::pair{"buyers", "New &buyer"},
                                           std::pair{"publishers", "New &publisher"}}) {
            select(window, QString::fromLatin1(path));
            QVERIFY(groupNewButton(window)->isVisible());
            QCOMPARE(groupNewButton(window)->text(), QString::fromLatin1(button));
            QVERIFY(child<QLabel>(page, QStringLiteral("groupText"))->text().startsWith(QStringLiteral("No ")));
        }
        select(window, QStringLiteral("campaigns"));
        QTest::mouseClick(groupNewButton(window), Qt::LeftButton);
        closeTreeEditor(window);
        QCOMPARE(currentPath(window), QStringLiteral("campaigns[0]"));
        // A campaign without webhooks offers to add one, or one from a template.
        QVERIFY(child<QWidget>(page, QStringLiteral("emptyWebhooksBar"))->isVisible());
        QVERIFY(child<QPushButton>(page, QStringLiteral("emptyFromTemplate"))->isEnabled());
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("emptyAddWebhook")), Qt::LeftButton);
        closeTreeEditor(window);
        QCOMPARE(window.model()->workspace().campaigns.at(0).webhooks.size(), 1);
        select(window, QStringLiteral("campaigns[0]"));
        QVERIFY(!child<QWidget>(page, QStringLiteral("emptyWebhooksBar"))->isVisible());
        // The company without default webhooks offers the same.
        select(window, QStringLiteral("company"));
        QVERIFY(child<QWidget>(page, QStringLiteral("emptyWebhooksBar"))->isVisible());
    }
};

QTEST_MAIN(TestObjectPage)
#include "TestObjectPage.moc"
