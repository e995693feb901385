// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"
#include "objects/BuyerForm.h"
#include "objects/CampaignForm.h"
#include "objects/CompanyForm.h"
#include "objects/NumberForm.h"
#include "objects/ObjectPage.h"
#include "objects/PublisherForm.h"
#include "shell/AutosaveManager.h"
#include "shell/MainWindow.h"
#include "support/ModalHandler.h"
#include "support/TestSettings.h"
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
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

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
        if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            editor && tree->isAncestorOf(editor))
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
        QCOMPARE(ws.buyers.at(0).tags.pairs(), (QStringList{QStringLiteral("region:west"), QStringLiteral("tier:gold")}));
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
        QCOMPARE(campaign.conversion.requiredTags, (QStringList{QStringLiteral("sale:yes"), QStringLiteral("qualified")}));
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
};

QTEST_MAIN(TestObjectPage)
#include "TestObjectPage.moc"
