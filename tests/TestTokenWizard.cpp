// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/JsonBodyEditor.h"
#include "lint/KnownTags.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenWizard.h"

#include <QAbstractItemModel>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

Workspace workspace()
{
    Workspace workspace;
    workspace.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+1 (212) 555-0134")});
    workspace.sampleCall.set(QStringLiteral("plan_type"), {QStringLiteral("gold")});
    Buyer buyer;
    buyer.id = QStringLiteral("b1");
    buyer.name = QStringLiteral("SunRay");
    buyer.tags.set(QStringLiteral("vertical"), {QStringLiteral("solar")});
    workspace.buyers = {buyer};
    Campaign campaign;
    campaign.id = QStringLiteral("c1");
    Webhook webhook;
    webhook.name = QStringLiteral("Lead");
    webhook.request.url = QStringLiteral("https://crm.example.test/lead?name=[first_name]");
    campaign.webhooks = {webhook};
    workspace.campaigns = {campaign};
    return workspace;
}

QTreeWidgetItem *filterItem(TokenWizard &wizard, const QString &name)
{
    return wizard.findChild<QTreeWidget *>(QStringLiteral("filterList"))->findItems(name, Qt::MatchExactly).value(0);
}

QPushButton *insertButton(TokenWizard &wizard)
{
    return wizard.findChild<QPushButton *>(QStringLiteral("insertButton"));
}

QString text(TokenWizard &wizard, const char *label)
{
    return wizard.findChild<QLabel *>(QString::fromLatin1(label))->text();
}

} // namespace

class TestTokenWizard : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryTagGroupedBySource()
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspace());
        TokenWizard wizard(&catalog);
        const QAbstractItemModel *model = wizard.findChild<QTreeView *>(QStringLiteral("tagTree"))->model();

        QStringList groups;
        for (int row = 0; row < model->rowCount(); ++row)
            groups.append(model->index(row, 0).data().toString());
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0), QStringLiteral("Built-in  (12)"));
        QVERIFY2(groups.at(1).startsWith(QStringLiteral("This workspace  (")), qPrintable(groups.at(1)));
        QVERIFY2(groups.at(2).startsWith(QStringLiteral("Templates  (")), qPrintable(groups.at(2)));

        // The built-ins first, in order, each with its sample value and description.
        const QModelIndex builtIn = model->index(0, 0);
        const QList<KnownTag> builtIns = KnownTags::builtIns();
        for (int row = 0; row < builtIns.size(); ++row) {
            QCOMPARE(model->index(row, 0, builtIn).data().toString(), builtIns.at(row).name);
            QCOMPARE(model->index(row, 2, builtIn).data().toString(), builtIns.at(row).description);
        }
        QCOMPARE(model->index(0, 1, builtIn).data().toString(), QStringLiteral("+1 (212) 555-0134"));

        const QStringList visible = wizard.visibleTags();
        for (const char *seen : {"plan_type", "vertical", "first_name"})
            QVERIFY2(visible.contains(QString::fromLatin1(seen)), seen);
        QCOMPARE(wizard.selectedTag(), QStringLiteral("caller_number")); // ready to insert
    }

    void searchMatchesNameValueOrDescription_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("tags");

        QTest::newRow("name") << "plan" << QStringList{"plan_type"};
        QTest::newRow("sample value") << "gold" << QStringList{"plan_type"};
        QTest::newRow("description") << "secret" << QStringList{"call_key"};
        QTest::newRow("any case") << "CALLER_N" << QStringList{"caller_number"};
        QTest::newRow("nothing") << "no such tag" << QStringList{};
    }

    void searchMatchesNameValueOrDescription()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, tags);
        TagCatalog catalog;
        catalog.setWorkspace(workspace());
        TokenWizard wizard(&catalog);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("tagSearch")), search);
        QCOMPARE(wizard.visibleTags(), tags);
        QCOMPARE(wizard.selectedTag(), tags.value(0));
        QCOMPARE(insertButton(wizard)->isEnabled(), !tags.isEmpty());
        QCOMPARE(wizard.token().isEmpty(), tags.isEmpty());
    }

    void arrowKeysInTheSearchMoveThroughTheTags()
    {
        TokenWizard wizard(nullptr);
        auto *search = wizard.findChild<QLineEdit *>(QStringLiteral("tagSearch"));
        QTest::keyClicks(search, QStringLiteral("caller_"));
        QCOMPARE(wizard.visibleTags(), (QStringList{QStringLiteral("caller_number"), QStringLiteral("caller_id"),
                                                    QStringLiteral("caller_zip")}));
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(wizard.selectedTag(), QStringLiteral("caller_id"));
        QCOMPARE(search->text(), QStringLiteral("caller_")); // still typing there
    }

    void everyFilterIsInView()
    {
        TokenWizard wizard(nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *filters = wizard.findChild<QTreeWidget *>(QStringLiteral("filterList"));
        QVERIFY(filters->topLevelItemCount() > 8);
        QVERIFY(!filters->verticalScrollBar()->isVisible());
        const QTreeWidgetItem *last = filters->topLevelItem(filters->topLevelItemCount() - 1);
        QVERIFY(filters->viewport()->rect().contains(filters->visualItemRect(last)));
    }

    void buildsTheTokenWithFiltersAndDefault()
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspace());
        TokenWizard wizard(&catalog);
        QVERIFY(wizard.selectTag(QStringLiteral("caller_number")));
        QCOMPARE(wizard.token(), QStringLiteral("[caller_number]"));
        QCOMPARE(text(wizard, "samplePreview"), QStringLiteral("+1 (212) 555-0134"));

        filterItem(wizard, QStringLiteral("sha256"))->setCheckState(0, Qt::Checked);
        filterItem(wizard, QStringLiteral("digits"))->setCheckState(0, Qt::Checked);
        // Filters go in the list's order, whatever order they were checked in.
        QCOMPARE(wizard.token(), QStringLiteral("[caller_number|digits|sha256]"));
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("12125550134"), QCryptographicHash::Sha256).toHex());
        QCOMPARE(text(wizard, "samplePreview"), hash);
        QVERIFY(text(wizard, "tokenPreview").contains(QStringLiteral("sha256")));

        // first and last exclude each other, as do lower and upper.
        filterItem(wizard, QStringLiteral("first"))->setCheckState(0, Qt::Checked);
        filterItem(wizard, QStringLiteral("last"))->setCheckState(0, Qt::Checked);
        QCOMPARE(filterItem(wizard, QStringLiteral("first"))->checkState(0), Qt::Unchecked);
        QCOMPARE(wizard.token(), QStringLiteral("[caller_number|last|digits|sha256]"));

        auto *defaultText = wizard.findChild<QLineEdit *>(QStringLiteral("defaultText"));
        QTest::keyClicks(defaultText, QStringLiteral("none"));
        QCOMPARE(wizard.token(), QStringLiteral("[caller_number|last|digits|sha256|default:none]"));
        QVERIFY(insertButton(wizard)->isEnabled());
    }

    void aDefaultThatWouldBreakTheTokenIsRefused()
    {
        TokenWizard wizard(nullptr);
        auto *defaultText = wizard.findChild<QLineEdit *>(QStringLiteral("defaultText"));
        QTest::keyClicks(defaultText, QStringLiteral("a|b"));
        QVERIFY(!insertButton(wizard)->isEnabled());
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("defaultError"));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("The default text cannot hold |, [, ] or a line break."));
        defaultText->clear();
        QVERIFY(insertButton(wizard)->isEnabled());
        QVERIFY(error->isHidden());
    }

    void missingSampleTagsAreSaidSo()
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspace());
        TokenWizard wizard(&catalog);
        QVERIFY(wizard.selectTag(QStringLiteral("payout")));
        QCOMPARE(text(wizard, "samplePreview"), QStringLiteral("Empty: the sample call has no tag payout."));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("defaultText")), QStringLiteral("0"));
        QCOMPARE(text(wizard, "samplePreview"), QStringLiteral("0 (the sample call has no tag payout)"));
    }

    void insertsIntoTheBodyAtTheCursor()
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspace());
        JsonBodyEditor body;
        body.setCatalog(&catalog);
        body.setBodyText(QStringLiteral("{\"plan\": , \"b\": 1}"));
        body.show();
        body.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&body));
        body.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 9UL); // after "plan":
        QTest::keyClick(body.viewport(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);

        auto *wizard = body.findChild<TokenWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto *search = wizard->findChild<QLineEdit *>(QStringLiteral("tagSearch"));
        QTest::keyClicks(search, QStringLiteral("plan"));
        QCOMPARE(wizard->selectedTag(), QStringLiteral("plan_type"));
        QTest::keyClick(search, Qt::Key_Return); // Enter in the search inserts the selected tag

        QCOMPARE(body.bodyText(), QStringLiteral("{\"plan\": [plan_type], \"b\": 1}"));
        QCOMPARE(int(body.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS)), 20);
        QTRY_VERIFY(!body.findChild<TokenWizard *>()); // closed and gone
    }

    void cancellingInsertsNothing()
    {
        JsonBodyEditor body;
        body.setBodyText(QStringLiteral("{}"));
        body.show();
        body.openTokenWizard();
        auto *wizard = body.findChild<TokenWizard *>();
        QVERIFY(wizard);
        wizard->reject();
        QCOMPARE(body.bodyText(), QStringLiteral("{}"));
    }
};

QTEST_MAIN(TestTokenWizard)
#include "TestTokenWizard.moc"
