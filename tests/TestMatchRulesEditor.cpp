// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/MatchRulesEditor.h"
#include "tokens/TagCatalog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

Workspace workspace()
{
    Workspace workspace;
    workspace.sampleCall.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});
    workspace.sampleCall.set(QStringLiteral("sale"), {QStringLiteral("yes")});
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub7");
    publisher.name = QStringLiteral("TV");
    workspace.publishers = {publisher};
    return workspace;
}

QStringList completions(QLineEdit *edit)
{
    QStringList words;
    const QAbstractItemModel *model = edit->completer()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        words.append(model->index(row, 0).data().toString());
    return words;
}

} // namespace

class TestMatchRulesEditor : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TagCatalog catalog;
        MatchRulesEditor editor;

        Fixture()
        {
            catalog.setWorkspace(workspace());
            editor.setCatalog(&catalog);
            editor.resize(500, 300);
            editor.show();
            editor.activateWindow();
        }
    };

    // Opens a cell's editor with F2 (or uses the one the add button opened) and types into it.
    static QLineEdit *cellEditor(QTableWidget *table, int row, int column)
    {
        if (!qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
            table->setCurrentCell(row, column);
            QTest::keyClick(table, Qt::Key_F2);
        }
        return qobject_cast<QLineEdit *>(QApplication::focusWidget());
    }

    static void commit(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents(); // the view commits on the next turn of the loop
    }

private slots:
    void verdictForTheSampleCall_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<QString>("verdict");

        QTest::newRow("none") << QStringList{} << true << "No matches: fires for every call.";
        QTest::newRow("value held") << QStringList{"source_id:pub1"} << true
                                    << "Would fire for the sample call: source_id is pub1";
        QTest::newRow("any value") << QStringList{"sale"} << true
                                   << "Would fire for the sample call: tag sale is present";
        QTest::newRow("both keys") << QStringList{"sale:YES", "source_id:pub1"} << true
                                   << "Would fire for the sample call: sale is yes and source_id is pub1";
        QTest::newRow("tag missing") << QStringList{"geo:us-ca"} << false
                                     << "Would not fire for the sample call: tag geo is missing, wanted us-ca";
        QTest::newRow("bare tag missing")
            << QStringList{"converted"} << false << "Would not fire for the sample call: tag converted is missing";
        QTest::newRow("other values")
            << QStringList{"source_id:pub2", "source_id:pub3"} << false
            << "Would not fire for the sample call: source_id is pub1, wanted one of: pub2, pub3";
        QTest::newRow("no key") << QStringList{":yes"} << false << "Never fires: matches[0]: \":yes\" has no key";
    }

    void verdictForTheSampleCall()
    {
        QFETCH(QStringList, entries);
        QFETCH(bool, fires);
        QFETCH(QString, verdict);
        Fixture f;
        f.editor.setEntries(entries);
        QCOMPARE(f.editor.entries(), entries);
        QCOMPARE(f.editor.verdict().fires, fires);
        QCOMPARE(f.editor.verdictText(), verdict);
    }

    void theVerdictFollowsTheSampleCall()
    {
        Fixture f;
        f.editor.setEntries({QStringLiteral("sale:yes")});
        QVERIFY(f.editor.verdict().fires);
        Workspace changed = workspace();
        changed.sampleCall.set(QStringLiteral("sale"), {QStringLiteral("no")});
        f.catalog.setWorkspace(changed);
        QCOMPARE(f.editor.verdictText(), QStringLiteral("Would not fire for the sample call: sale is no, wanted yes"));
    }

    void untouchedEntriesKeepTheirSpelling()
    {
        Fixture f;
        const QStringList written = {QStringLiteral(" Source_ID : pub1 "), QStringLiteral("sale")};
        f.editor.setEntries(written);
        QCOMPARE(f.editor.table()->item(0, 0)->text(), QStringLiteral("Source_ID"));
        QCOMPARE(f.editor.table()->item(0, 1)->text(), QStringLiteral("pub1"));
        QCOMPARE(f.editor.entries(), written);
    }

    void addingAnEntryEditsItsCells()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QSignalSpy edited(&f.editor, &MatchRulesEditor::edited);
        QTest::mouseClick(f.editor.addButton(), Qt::LeftButton);
        QCOMPARE(f.editor.table()->rowCount(), 1);
        QVERIFY(f.editor.entries().isEmpty()); // nothing typed yet: no entry, no edit
        QCOMPARE(edited.count(), 0);

        QLineEdit *key = cellEditor(f.editor.table(), 0, 0);
        QVERIFY(key);
        // Tag names complete from every known tag; values from what is known of the tag.
        QVERIFY(completions(key).contains(QStringLiteral("caller_number")));
        QVERIFY(completions(key).contains(QStringLiteral("sale")));
        commit(key, QStringLiteral("source_id"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(f.editor.entries(), QStringList{QStringLiteral("source_id")});

        QLineEdit *value = cellEditor(f.editor.table(), 0, 1);
        QVERIFY(value);
        QCOMPARE(completions(value), (QStringList{QStringLiteral("pub1"), QStringLiteral("pub7")}));
        commit(value, QStringLiteral("pub7"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(f.editor.entries(), QStringList{QStringLiteral("source_id:pub7")});
        QCOMPARE(f.editor.verdictText(),
                 QStringLiteral("Would not fire for the sample call: source_id is pub1, wanted pub7"));
    }

    void anEmptyNewRowIsNoEntry()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        f.editor.setEntries({QStringLiteral("sale")});
        QSignalSpy edited(&f.editor, &MatchRulesEditor::edited);
        QTest::mouseClick(f.editor.addButton(), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(f.editor.entries(), QStringList{QStringLiteral("sale")});
        QCOMPARE(edited.count(), 0);
    }

    void removingSelectedEntries()
    {
        Fixture f;
        f.editor.setEntries({QStringLiteral("sale"), QStringLiteral("source_id:pub1"), QStringLiteral("geo")});
        QVERIFY(!f.editor.removeButton()->isEnabled());
        QSignalSpy edited(&f.editor, &MatchRulesEditor::edited);
        f.editor.table()->selectRow(2);
        QVERIFY(f.editor.removeButton()->isEnabled());
        QTest::mouseClick(f.editor.removeButton(), Qt::LeftButton);
        QCOMPARE(f.editor.entries(), (QStringList{QStringLiteral("sale"), QStringLiteral("source_id:pub1")}));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(f.editor.verdictText(),
                 QStringLiteral("Would fire for the sample call: tag sale is present and source_id is pub1"));
    }

    void focusEntrySelectsItsRow()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        f.editor.setEntries({QStringLiteral("sale"), QStringLiteral("source_id:pub1")});
        f.editor.focusEntry(1);
        QCOMPARE(QApplication::focusWidget(), f.editor.table());
        QCOMPARE(f.editor.table()->currentRow(), 1);
    }
};

QTEST_MAIN(TestMatchRulesEditor)
#include "TestMatchRulesEditor.moc"
