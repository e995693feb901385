// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/EditWebhookCommand.h"
#include "editor/HeadersEditor.h"
#include "editor/JsonBodyEditor.h"
#include "editor/MatchRulesEditor.h"
#include "editor/PingPostEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "editor/WebhookEditor.h"
#include "files/WorkspaceFile.h"
#include "tokens/TokenLineEdit.h"
#include "tokens/TokenWizard.h"
#include "workspace/WorkspaceModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

const QString kStartUrl = QStringLiteral("http://127.0.0.1:8377/events/start");

Workspace testWorkspace()
{
    Workspace workspace;
    workspace.company.name = QStringLiteral("Acme Calls");
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar leads");
    Webhook start;
    start.id = QStringLiteral("wh-start");
    start.name = QStringLiteral("Call started");
    start.trigger = Trigger::Start;
    start.request.method = QStringLiteral("POST");
    start.request.url = kStartUrl;
    start.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    start.request.bodyKind = BodyKind::Json;
    start.request.body = QStringLiteral("{\"caller\": \"[caller_number]\"}");
    Webhook conversion;
    conversion.id = QStringLiteral("wh-conversion");
    conversion.name = QStringLiteral("Conversion");
    conversion.trigger = Trigger::Conversion;
    conversion.request.url = QStringLiteral("http://127.0.0.1:8377/conversion?id=[call_uuid]");
    conversion.matches = {QStringLiteral("source_id:pub1")};
    campaign.webhooks = {start, conversion};
    workspace.campaigns = {campaign};
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search ads");
    workspace.publishers = {publisher};
    workspace.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550134")});
    workspace.sampleCall.set(QStringLiteral("caller_zip"), {QStringLiteral("10101")});
    workspace.sampleCall.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});
    return workspace;
}

WorkspaceModel::Address webhookAddress(int webhook)
{
    WorkspaceModel::Address address;
    address.kind = WorkspaceModel::Kind::Webhook;
    address.campaign = 0;
    address.webhook = webhook;
    return address;
}

// Picks an entry of a combo box with the keyboard, as a user would.
void chooseWithKeys(QComboBox *combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

// Types into the table cell's editor, as opened by the add button or F2, and commits it.
void typeIntoCell(QTableWidget *table, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(edit && table->isAncestorOf(edit), "no cell editor has the focus");
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits a cell's data on the next turn of the loop
}

} // namespace

class TestWebhookEditor : public QObject
{
    Q_OBJECT

private:
    // The editor on the first webhook of testWorkspace(), shown and active.
    struct Fixture
    {
        WorkspaceModel model;
        QUndoStack stack;
        WebhookEditor editor;

        explicit Fixture(int webhook = 0)
        {
            model.setWorkspace(testWorkspace());
            editor.setModel(&model, &stack);
            editor.setAddress(webhookAddress(webhook));
            editor.resize(900, 1000);
            editor.show();
            editor.activateWindow();
        }

        Webhook modelWebhook(int webhook = 0) const
        {
            return *WorkspaceModel::webhookAt(model.workspace(), webhookAddress(webhook));
        }
    };

    QTemporaryDir m_dir;

private slots:
    // Issue 13 item 6: another webhook is read from its top, not where the last was scrolled to.
    void anotherWebhookShowsFromItsTop()
    {
        Fixture f;
        f.editor.resize(700, 300); // short, so the form scrolls
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        auto *scroll = f.editor.findChild<QScrollArea *>(QStringLiteral("webhookEditorScroll"));
        QVERIFY(scroll);
        QScrollBar *bar = scroll->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QVERIFY(bar->value() > 0);

        // The same webhook again (the tree re-selecting it) keeps the place.
        const int scrolled = bar->value();
        f.editor.setAddress(webhookAddress(0));
        QCOMPARE(bar->value(), scrolled);

        f.editor.setAddress(webhookAddress(1));
        QCOMPARE(f.editor.nameEdit()->text(), QStringLiteral("Conversion"));
        QCOMPARE(bar->value(), 0);
    }

    void showsTheWebhook()
    {
        Fixture f;
        QCOMPARE(f.editor.nameEdit()->text(), QStringLiteral("Call started"));
        QCOMPARE(f.editor.triggerCombo()->currentText(), Triggers::label(Trigger::Start));
        QCOMPARE(f.editor.triggerDescription()->text(), Triggers::description(Trigger::Start));
        QVERIFY(!f.editor.timerSpin()->isVisibleTo(&f.editor));
        QCOMPARE(f.editor.requestEditor()->methodCombo()->currentText(), QStringLiteral("POST"));
        QCOMPARE(f.editor.requestEditor()->urlEdit()->text(), kStartUrl);
        QCOMPARE(f.editor.requestEditor()->headersEditor()->headers(),
                 testWorkspace().campaigns[0].webhooks[0].request.headers);
        QCOMPARE(f.editor.requestEditor()->bodyEditor()->bodyText(),
                 QStringLiteral("{\"caller\": \"[caller_number]\"}"));
        QVERIFY(f.editor.requestEditor()->bodyEditor()->isVisibleTo(&f.editor));
        QCOMPARE(f.editor.timeoutSpin()->value(), 5);
        QCOMPARE(f.editor.timeoutUnitCombo()->currentText(), QStringLiteral("s"));
        QVERIFY(f.editor.enabledCheck()->isChecked());
        QCOMPARE(f.editor.matchesEditor()->verdictText(), QStringLiteral("No matches: fires for every call."));
        QVERIFY(!f.editor.pingPostEditor()->enabledCheck()->isChecked());
        QCOMPARE(f.editor.webhook(), f.modelWebhook());
    }

    void typingAUrlIsOneUndoStep()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        TokenLineEdit *url = f.editor.requestEditor()->urlEdit();
        url->setFocus();
        url->selectAll();
        const QString typed = QStringLiteral("https://hooks.example.test/start?id=[call_uuid]");
        QTest::keyClicks(url, typed);

        QCOMPARE(f.modelWebhook().request.url, typed);
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.stack.text(0), QStringLiteral("Edit URL of \u201cCall started\u201d"));
        // Nothing else of the webhook changed.
        Webhook expected = testWorkspace().campaigns[0].webhooks[0];
        expected.request.url = typed;
        QCOMPARE(f.modelWebhook(), expected);

        f.stack.undo();
        QCOMPARE(f.modelWebhook(), testWorkspace().campaigns[0].webhooks[0]);
        QCOMPARE(url->text(), kStartUrl);
        f.stack.redo();
        QCOMPARE(f.modelWebhook(), expected);
        QCOMPARE(url->text(), typed);
    }

    void undoInAFieldUndoesTheWebhookEdit()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QLineEdit *name = f.editor.nameEdit();
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" (v2)"));
        QCOMPARE(f.modelWebhook().name, QStringLiteral("Call started (v2)"));
        QCOMPARE(f.stack.text(0), QStringLiteral("Rename \u201cCall started\u201d"));
        // The field's own Ctrl+Z would undo only its text: here it is the stack's undo.
        QTest::keySequence(name, QKeySequence::Undo);
        QCOMPARE(f.stack.index(), 0);
        QCOMPARE(f.modelWebhook().name, QStringLiteral("Call started"));
        QCOMPARE(name->text(), QStringLiteral("Call started"));
        QTest::keySequence(name, QKeySequence::Redo);
        QCOMPARE(f.modelWebhook().name, QStringLiteral("Call started (v2)"));
    }

    void editsOfAnotherFieldAreAnotherStep()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        TokenLineEdit *url = f.editor.requestEditor()->urlEdit();
        url->setFocus();
        url->end(false);
        QTest::keyClicks(url, QStringLiteral("?a=1"));
        QLineEdit *name = f.editor.nameEdit();
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("!"));
        url->setFocus(); // back in the URL: a new step, not a merge into the first
        QTest::keyClicks(url, QStringLiteral("&b=2"));
        QCOMPARE(f.stack.count(), 3);
        QCOMPARE(f.modelWebhook().request.url, kStartUrl + QStringLiteral("?a=1&b=2"));
        f.stack.undo();
        QCOMPARE(f.modelWebhook().request.url, kStartUrl + QStringLiteral("?a=1"));
    }

    void typingAndErasingLeavesNoStep()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QLineEdit *name = f.editor.nameEdit();
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("xy"));
        QCOMPARE(f.stack.count(), 1);
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClick(name, Qt::Key_Backspace);
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(f.modelWebhook(), testWorkspace().campaigns[0].webhooks[0]);
    }

    // A file may hold a Timer webhook without a threshold (lint reports it): the form shows
    // that, and showing it changes nothing.
    void aTimerWithoutThresholdShowsNotSet()
    {
        Fixture f;
        Webhook webhook = f.modelWebhook();
        webhook.trigger = Trigger::Timer;
        webhook.timerSeconds = 0;
        f.model.setWebhook(webhookAddress(0), webhook);
        f.editor.setAddress(webhookAddress(0));
        QCOMPARE(f.editor.timerSpin()->value(), 0);
        QCOMPARE(f.editor.timerSpin()->text(), QStringLiteral("not set"));
        QCOMPARE(f.modelWebhook().timerSeconds, 0);
        QVERIFY(!f.stack.canUndo());
    }

    void choosingTimerShowsTheThreshold()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QComboBox *trigger = f.editor.triggerCombo();
        chooseWithKeys(trigger, trigger->findData(int(Trigger::Timer)));
        QCOMPARE(f.modelWebhook().trigger, Trigger::Timer);
        QVERIFY(f.editor.timerSpin()->isVisibleTo(&f.editor));
        QCOMPARE(f.editor.triggerDescription()->text(), Triggers::description(Trigger::Timer));
        // A Timer webhook needs a threshold to be saved at all: it gets one with the trigger.
        QCOMPARE(f.modelWebhook().timerSeconds, 60);
        QCOMPARE(f.editor.timerSpin()->value(), 60);

        f.editor.timerSpin()->setFocus();
        f.editor.timerSpin()->selectAll();
        QTest::keyClicks(f.editor.timerSpin(), QStringLiteral("90"));
        QCOMPARE(f.modelWebhook().timerSeconds, 90);

        chooseWithKeys(trigger, trigger->findData(int(Trigger::Answered)));
        QVERIFY(!f.editor.timerSpin()->isVisibleTo(&f.editor));
        QCOMPARE(f.editor.triggerDescription()->text(), Triggers::description(Trigger::Answered));

        // Undo walks back through each step, and the form follows.
        while (f.stack.canUndo())
            f.stack.undo();
        QCOMPARE(f.modelWebhook(), testWorkspace().campaigns[0].webhooks[0]);
        QCOMPARE(trigger->currentText(), Triggers::label(Trigger::Start));
        QVERIFY(!f.editor.timerSpin()->isVisibleTo(&f.editor));
    }

    void insertsATokenFromTheWizardAtTheCursor()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        TokenLineEdit *url = f.editor.requestEditor()->urlEdit();
        url->setFocus();
        url->setText(kStartUrl + QStringLiteral("?zip=&x=1"));
        url->setCursorPosition(int(kStartUrl.size()) + 5); // after "zip="
        QTest::keyClick(url, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);

        auto *wizard = f.editor.findChild<TokenWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto *search = wizard->findChild<QLineEdit *>(QStringLiteral("tagSearch"));
        QTest::keyClicks(search, QStringLiteral("zip"));
        // Descriptions are searched too: geo's mentions the ZIP code.
        QCOMPARE(wizard->visibleTags(), (QStringList{QStringLiteral("caller_zip"), QStringLiteral("geo")}));
        QCOMPARE(wizard->selectedTag(), QStringLiteral("caller_zip"));
        auto *filters = wizard->findChild<QTreeWidget *>(QStringLiteral("filterList"));
        filters->findItems(QStringLiteral("digits"), Qt::MatchExactly).constFirst()->setCheckState(0, Qt::Checked);
        QCOMPARE(wizard->token(), QStringLiteral("[caller_zip|digits]"));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("insertButton")), Qt::LeftButton);

        const QString expected = kStartUrl + QStringLiteral("?zip=[caller_zip|digits]&x=1");
        QCOMPARE(url->text(), expected);
        QCOMPARE(url->cursorPosition(), int(kStartUrl.size()) + 24);
        QCOMPARE(f.modelWebhook().request.url, expected);
        QCOMPARE(f.stack.text(f.stack.count() - 1), QStringLiteral("Edit URL of \u201cCall started\u201d"));
    }

    void editingAMatchChangesTheVerdict()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        MatchRulesEditor *matches = f.editor.matchesEditor();
        QTest::mouseClick(matches->addButton(), Qt::LeftButton);
        typeIntoCell(matches->table(), QStringLiteral("source_id"));
        QCOMPARE(f.modelWebhook().matches, QStringList{QStringLiteral("source_id")});
        QCOMPARE(matches->verdictText(), QStringLiteral("Would fire for the sample call: tag source_id is present"));

        matches->table()->setCurrentCell(0, 1);
        QTest::keyClick(matches->table(), Qt::Key_F2);
        typeIntoCell(matches->table(), QStringLiteral("pub2"));
        QCOMPARE(f.modelWebhook().matches, QStringList{QStringLiteral("source_id:pub2")});
        QCOMPARE(matches->verdictText(),
                 QStringLiteral("Would not fire for the sample call: source_id is pub1, wanted pub2"));
        QVERIFY(!matches->verdict().fires);

        QTest::mouseClick(matches->addButton(), Qt::LeftButton);
        typeIntoCell(matches->table(), QStringLiteral("Source_ID"));
        matches->table()->setCurrentCell(1, 1);
        QTest::keyClick(matches->table(), Qt::Key_F2);
        typeIntoCell(matches->table(), QStringLiteral("PUB1"));
        QCOMPARE(f.modelWebhook().matches,
                 (QStringList{QStringLiteral("source_id:pub2"), QStringLiteral("Source_ID:PUB1")}));
        QCOMPARE(matches->verdictText(), QStringLiteral("Would fire for the sample call: source_id is pub1"));

        // Each change was one step; undone, the table and the verdict follow.
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(f.modelWebhook().matches, QStringList{QStringLiteral("source_id:pub2")});
        QCOMPARE(matches->entries(), QStringList{QStringLiteral("source_id:pub2")});
        QVERIFY(!matches->verdict().fires);
    }

    void headersAndBodyEditsAreUndoable()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        HeadersEditor *headers = f.editor.requestEditor()->headersEditor();
        QTest::mouseClick(headers->addButton(), Qt::LeftButton);
        QCOMPARE(headers->count(), 2);
        QCOMPARE(QApplication::focusWidget(), headers->nameEdit(1));
        QTest::keyClicks(headers->nameEdit(1), QStringLiteral("X-Call"));
        headers->valueEdit(1)->setFocus();
        QTest::keyClicks(headers->valueEdit(1), QStringLiteral("[call_uuid]"));
        QCOMPARE(f.modelWebhook().request.headers.value(1),
                 (HeaderTemplate{QStringLiteral("X-Call"), QStringLiteral("[call_uuid]")}));
        QCOMPARE(f.stack.count(), 3); // add, name, value

        JsonBodyEditor *body = f.editor.requestEditor()->bodyEditor();
        body->setFocus();
        body->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 1UL);
        QTest::keyClicks(body->viewport(), QStringLiteral("\"zip\": \"[caller_zip]\", "));
        QCOMPARE(f.modelWebhook().request.body,
                 QStringLiteral("{\"zip\": \"[caller_zip]\", \"caller\": \"[caller_number]\"}"));
        QCOMPARE(f.stack.count(), 4);
        QCOMPARE(f.stack.text(3), QStringLiteral("Edit body of \u201cCall started\u201d"));

        QTest::mouseClick(headers->removeButton(0), Qt::LeftButton);
        QCOMPARE(f.modelWebhook().request.headers,
                 (QList<HeaderTemplate>{{QStringLiteral("X-Call"), QStringLiteral("[call_uuid]")}}));

        while (f.stack.canUndo())
            f.stack.undo();
        QCOMPARE(f.modelWebhook(), testWorkspace().campaigns[0].webhooks[0]);
        QCOMPARE(headers->headers(), testWorkspace().campaigns[0].webhooks[0].request.headers);
        QCOMPARE(body->bodyText(), testWorkspace().campaigns[0].webhooks[0].request.body);
    }

    void savedEditsReloadIdentical()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        // A few edits through the widgets...
        QLineEdit *name = f.editor.nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Lead to CRM"));
        chooseWithKeys(f.editor.requestEditor()->methodCombo(), 2); // PUT
        QTest::mouseClick(f.editor.enabledCheck(), Qt::LeftButton);
        f.editor.timeoutUnitCombo()->setFocus();
        chooseWithKeys(f.editor.timeoutUnitCombo(), 1); // ms: 5 s is 5000 ms
        f.editor.timeoutSpin()->setFocus();
        f.editor.timeoutSpin()->selectAll();
        QTest::keyClicks(f.editor.timeoutSpin(), QStringLiteral("2500"));
        f.editor.notesEdit()->setFocus();
        QTest::keyClicks(f.editor.notesEdit(), QStringLiteral("Owned by ops."));
        chooseWithKeys(f.editor.requestEditor()->bodyKindCombo(), 2); // form: Content-Type stays as set

        // ... give exactly the workspace these edits describe, byte for byte once saved.
        Workspace expected = testWorkspace();
        Webhook &webhook = expected.campaigns[0].webhooks[0];
        webhook.name = QStringLiteral("Lead to CRM");
        webhook.request.method = QStringLiteral("PUT");
        webhook.enabled = false;
        webhook.timeoutMs = 2500;
        webhook.notes = QStringLiteral("Owned by ops.");
        webhook.request.bodyKind = BodyKind::Form;
        QCOMPARE(f.model.workspace(), expected);

        const QString path = m_dir.filePath(QStringLiteral("edited.json"));
        QString error;
        QVERIFY2(WorkspaceFile::save(f.model.workspace(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), WorkspaceFile::serialize(expected));
        const WorkspaceLoadResult reloaded = WorkspaceFile::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.workspace, expected);

        // Undone to the start, it saves as the original did.
        while (f.stack.canUndo())
            f.stack.undo();
        QCOMPARE(WorkspaceFile::serialize(f.model.workspace()), WorkspaceFile::serialize(testWorkspace()));
    }

    void choosingAJsonBodyAddsItsContentType()
    {
        Fixture f(1); // a GET without a body or headers
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QVERIFY(!f.editor.requestEditor()->bodyEditor()->isVisibleTo(&f.editor));
        chooseWithKeys(f.editor.requestEditor()->bodyKindCombo(), 1); // JSON
        QVERIFY(f.editor.requestEditor()->bodyEditor()->isVisibleTo(&f.editor));
        QCOMPARE(f.modelWebhook(1).request.bodyKind, BodyKind::Json);
        QCOMPARE(f.modelWebhook(1).request.headers,
                 (QList<HeaderTemplate>{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}));
        QCOMPARE(f.stack.count(), 1);
        f.stack.undo();
        QVERIFY(f.editor.requestEditor()->headersEditor()->headers().isEmpty());
        QVERIFY(!f.editor.requestEditor()->bodyEditor()->isVisibleTo(&f.editor));
    }

    void followsTheModelKeepingTheCursor()
    {
        Fixture f;
        TokenLineEdit *url = f.editor.requestEditor()->urlEdit();
        url->setCursorPosition(10);
        Webhook changed = f.modelWebhook();
        changed.request.url = kStartUrl + QStringLiteral("/v2");
        f.stack.push(
            new EditWebhookCommand(&f.model, webhookAddress(0), f.modelWebhook(), changed, QStringLiteral("url")));
        QCOMPARE(url->text(), changed.request.url);
        QCOMPARE(url->cursorPosition(), 10);

        // Rows inserted above it: the editor follows its webhook to its new place.
        Webhook first;
        first.id = QStringLiteral("wh-new");
        first.name = QStringLiteral("New");
        Workspace workspace = f.model.workspace();
        workspace.campaigns[0].webhooks.prepend(first);
        f.model.setWorkspace(workspace);
        QCOMPARE(f.editor.address(), webhookAddress(1));
        QCOMPARE(f.editor.nameEdit()->text(), QStringLiteral("Call started"));
    }

    void focusFieldFocusesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("widget");

        QTest::newRow("name") << "name" << 0 << 0 << "name";
        QTest::newRow("trigger") << "trigger" << 0 << 0 << "trigger";
        QTest::newRow("timer of a Start webhook") << "timer" << 0 << 0 << "trigger";
        QTest::newRow("method") << "method" << 0 << 0 << "method";
        QTest::newRow("url") << "url" << 0 << 0 << "url";
        QTest::newRow("header name") << "headers[0].name" << 0 << 0 << "headerName0";
        QTest::newRow("header value") << "headers[0].value" << 0 << 0 << "headerValue0";
        QTest::newRow("headers") << "headers" << 0 << 0 << "headerName0";
        QTest::newRow("body kind") << "body_kind" << 0 << 0 << "bodyKind";
        QTest::newRow("body") << "body" << 1 << 13 << "body";
        QTest::newRow("matches") << "matches" << 0 << 0 << "matchTable";
        QTest::newRow("timeout") << "timeout_ms" << 0 << 0 << "timeout";
        QTest::newRow("enabled") << "enabled" << 0 << 0 << "enabled";
        QTest::newRow("notes") << "notes" << 0 << 0 << "notes";
        QTest::newRow("ping-post") << "ping_post.enabled" << 0 << 0 << "pingPostEnabled";
    }

    void focusFieldFocusesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, widget);

        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QVERIFY(f.editor.focusField(field, line, column));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), widget);
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            QCOMPARE(edit->selectedText(), edit->text());
        if (field == QLatin1String("body")) // line 1, column 13: the '[' of the token
            QCOMPARE(f.editor.requestEditor()->bodyEditor()->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS), 12L);
    }

    void focusFieldRefusesWhatIsNotThere_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown") << "colour";
        QTest::newRow("header past the end") << "headers[5].value";
        QTest::newRow("ping field without ping-post") << "ping_post.amount_path";
    }

    void focusFieldRefusesWhatIsNotThere()
    {
        QFETCH(QString, field);
        Fixture f;
        QVERIFY(!f.editor.focusField(field));
    }

    void pingPostFieldsAreEditedAndFocused()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        PingPostEditor *ping = f.editor.pingPostEditor();
        QTest::mouseClick(ping->enabledCheck(), Qt::LeftButton);
        QVERIFY(f.modelWebhook().pingPost.enabled);
        QVERIFY(f.editor.focusField(QStringLiteral("ping_post.url")));
        QCOMPARE(QApplication::focusWidget(), ping->pingEditor()->urlEdit());
        QTest::keyClicks(ping->pingEditor()->urlEdit(), QStringLiteral("https://rtb.example.test/ping"));
        QVERIFY(f.editor.focusField(QStringLiteral("ping_post.amount_path")));
        QTest::keyClicks(ping->amountPathEdit(), QStringLiteral("bid.amount"));
        QCOMPARE(f.modelWebhook().pingPost.ping.url, QStringLiteral("https://rtb.example.test/ping"));
        QCOMPARE(f.modelWebhook().pingPost.amountPath, QStringLiteral("bid.amount"));
        QCOMPARE(f.stack.text(f.stack.count() - 1), QStringLiteral("Edit bid amount path of \u201cCall started\u201d"));
        QCOMPARE(f.stack.text(f.stack.count() - 2), QStringLiteral("Edit ping URL of \u201cCall started\u201d"));
        QVERIFY(f.editor.focusField(QStringLiteral("ping_post.ping.url")));
    }
};

QTEST_MAIN(TestWebhookEditor)
#include "TestWebhookEditor.moc"
