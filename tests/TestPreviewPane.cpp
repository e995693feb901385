// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/PreviewPane.h"
#include "editor/SampleCallEditor.h"
#include "files/CurlCommand.h"
#include "files/WorkspaceFile.h"
#include "shell/MainWindow.h"
#include "support/TestSettings.h"
#include "workspace/WorkspaceModel.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

namespace {

const QString kLeadPath = QStringLiteral("campaigns[0].webhooks[0]");

Workspace previewWorkspace()
{
    Workspace ws;
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar leads");
    Webhook lead;
    lead.id = QStringLiteral("wh-1");
    lead.name = QStringLiteral("Send lead");
    lead.trigger = Trigger::Answered;
    lead.timeoutMs = 3000;
    lead.request.method = QStringLiteral("POST");
    lead.request.url = QStringLiteral("http://127.0.0.1:8377/leads?zip=[caller_zip]");
    lead.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                            {QStringLiteral("X-Caller"), QStringLiteral("[caller_name]")}};
    lead.request.bodyKind = BodyKind::Json;
    lead.request.body = QStringLiteral("{\"name\": \"[caller_name]\", \"payout\": [payout|default:0]}");
    campaign.webhooks = {lead};
    ws.campaigns = {campaign};
    ws.sampleCall.set(QStringLiteral("caller_name"), {QStringLiteral("Jo")});
    ws.sampleCall.set(QStringLiteral("caller_zip"), {QStringLiteral("10101")});
    ws.sampleCall.set(QStringLiteral("payout"), {QStringLiteral("20")});
    return ws;
}

// The model, its undo stack and a shown pane on the lead webhook.
class Preview
{
public:
    explicit Preview(const Workspace &workspace = previewWorkspace())
    {
        model.setWorkspace(workspace);
        pane.setModel(&model, &stack);
        pane.resize(500, 700);
        pane.show();
        pane.setAddress(model.address(model.indexForPath(kLeadPath)));
        // Rendering happens in a worker thread.
        if (!QTest::qWaitFor([this] { return !pane.isRendering(); }))
            qFatal("the preview did not render");
    }

    QTableWidget *table() const { return pane.sampleCallEditor()->table(); }

    // Types text into a cell as a user does: open its editor (unless one is open), type, Enter.
    static bool type(QTableWidget *table, int row, int column, const QString &text)
    {
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        if (!editor || !editor->isVisible()) {
            table->setCurrentCell(row, column);
            table->editItem(table->item(row, column));
            editor = table->viewport()->findChild<QLineEdit *>();
        }
        if (!editor)
            return false;
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        return true;
    }

    int row(const QString &key) const
    {
        for (int r = 0; r < table()->rowCount(); ++r) {
            if (table()->item(r, 0)->text() == key)
                return r;
        }
        return -1;
    }

    WorkspaceModel model;
    QUndoStack stack;
    PreviewPane pane;
};

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path());
    }

    void showsTheRequestTheWebhookWouldSend()
    {
        Preview preview;
        QVERIFY(preview.pane.hasRequest());
        QCOMPARE(preview.pane.requestText(), QStringLiteral("POST http://127.0.0.1:8377/leads?zip=10101\n"
                                                            "Content-Type: application/json\n"
                                                            "X-Caller: Jo\n"
                                                            "\n"
                                                            "{\"name\": \"Jo\", \"payout\": 20}"));
        QCOMPARE(preview.pane.request().timeoutMs, 3000);
        QVERIFY(preview.pane.problemsLabel()->isHidden());
        QVERIFY(preview.pane.copyCurlButton()->isEnabled());
        // The sample call's tags, a row per value.
        QCOMPARE(preview.table()->rowCount(), 3);
        QCOMPARE(preview.table()->item(0, 0)->text(), QStringLiteral("caller_name"));
        QCOMPARE(preview.table()->item(0, 1)->text(), QStringLiteral("Jo"));
    }

    void showsNothingForOtherObjects()
    {
        Preview preview;
        preview.pane.setAddress(preview.model.address(preview.model.indexForPath(QStringLiteral("campaigns[0]"))));
        QVERIFY(!preview.pane.hasRequest());
        QVERIFY(preview.pane.requestText().isEmpty());
        QVERIFY(!preview.pane.copyCurlButton()->isEnabled());
        QVERIFY(!preview.pane.copyAsCurl());
    }

    void rendersOnlyWhileShown()
    {
        WorkspaceModel model;
        model.setWorkspace(previewWorkspace());
        QUndoStack stack;
        PreviewPane pane;
        pane.setModel(&model, &stack);
        pane.setAddress(model.address(model.indexForPath(kLeadPath)));
        QVERIFY(!pane.hasRequest());
        QVERIFY(!pane.isRendering());
        pane.show();
        // Off the GUI thread: showing returns before the request is there.
        QVERIFY(pane.isRendering());
        QVERIFY(!pane.hasRequest());
        QTRY_VERIFY(pane.hasRequest());
        QVERIFY(!pane.isRendering());
    }

    void editingTheSampleCallChangesTheRequest()
    {
        Preview preview;
        const Workspace before = preview.model.workspace();
        QTableWidget *table = preview.table();

        QVERIFY(Preview::type(table, preview.row(QStringLiteral("caller_zip")), 1, QStringLiteral("90210")));

        QTRY_COMPARE(preview.model.workspace().sampleCall.values(QStringLiteral("caller_zip")),
                     QStringList{QStringLiteral("90210")});
        QCOMPARE(preview.stack.count(), 1);
        QCOMPARE(preview.stack.undoText(), QStringLiteral("Edit sample call"));
        QTRY_VERIFY(
            preview.pane.requestText().startsWith(QStringLiteral("POST http://127.0.0.1:8377/leads?zip=90210\n")));

        // A new tag: the body's payout comes from it instead of the default.
        // Removing a row removes the tag: the body falls back to its default, with a warning.
        table->selectRow(preview.row(QStringLiteral("payout")));
        preview.pane.findChild<QToolButton *>(QStringLiteral("sampleCallRemove"))->click();
        QVERIFY(!preview.model.workspace().sampleCall.contains(QStringLiteral("payout")));
        QTRY_VERIFY(preview.pane.requestText().endsWith(QStringLiteral("\"payout\": 0}")));
        QCOMPARE(preview.pane.report().warnings,
                 QStringList{QStringLiteral("body: tag [payout] is missing; rendered as 0")});

        // Add opens the new row's key for typing; the key (a bare tag at first), then its value,
        // are one step each.
        preview.pane.findChild<QToolButton *>(QStringLiteral("sampleCallAdd"))->click();
        const int added = table->rowCount() - 1;
        QVERIFY(Preview::type(table, added, 0, QStringLiteral("payout")));
        QTRY_VERIFY(preview.model.workspace().sampleCall.contains(QStringLiteral("payout")));
        QVERIFY(Preview::type(table, added, 1, QStringLiteral("12.5")));
        QTRY_VERIFY(preview.pane.requestText().endsWith(QStringLiteral("{\"name\": \"Jo\", \"payout\": 12.5}")));
        QCOMPARE(preview.stack.count(), 4);
        QVERIFY(preview.pane.report().warnings.isEmpty());

        // The sample call is part of the workspace file.
        const WorkspaceLoadResult reloaded = WorkspaceFile::parse(WorkspaceFile::serialize(preview.model.workspace()));
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.workspace.sampleCall.values(QStringLiteral("payout")), QStringList{QStringLiteral("12.5")});

        // Undo goes back step by step, table and request with it.
        while (preview.stack.canUndo())
            preview.stack.undo();
        QVERIFY(preview.model.workspace() == before);
        QCOMPARE(table->item(preview.row(QStringLiteral("caller_zip")), 1)->text(), QStringLiteral("10101"));
        QTRY_VERIFY(
            preview.pane.requestText().startsWith(QStringLiteral("POST http://127.0.0.1:8377/leads?zip=10101\n")));
    }

    void aTagWithSeveralValuesHasARowPerValue()
    {
        Workspace ws = previewWorkspace();
        ws.sampleCall.set(QStringLiteral("caller_zip"), {QStringLiteral("10101"), QStringLiteral("10102")});
        ws.sampleCall.set(QStringLiteral("vip"), {});
        Preview preview(ws);
        QCOMPARE(preview.table()->rowCount(), 5);
        QCOMPARE(preview.pane.sampleCallEditor()->tags(), ws.sampleCall);
        QVERIFY(preview.pane.requestText().startsWith(
            QStringLiteral("POST http://127.0.0.1:8377/leads?zip=10101%2C10102\n")));
    }

    void showsWhatWentWrong_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problems");
        QTest::addColumn<bool>("canCopy");
        QTest::newRow("missing tag") << "caller_zip" << QString()
                                     << "Warning: url: tag [caller_zip] is missing; rendered as empty text" << true;
        QTest::newRow("line break in a header")
            << "caller_name"
            << "Jo\nX-Injected: 1"
            << "Error: header X-Caller: tag [caller_name] value contains a line break" << false;
    }

    void showsWhatWentWrong()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, problems);
        QFETCH(bool, canCopy);
        Workspace ws = previewWorkspace();
        if (value.isEmpty())
            ws.sampleCall.remove(key);
        else
            ws.sampleCall.set(key, {value});
        Preview preview(ws);
        QVERIFY(preview.pane.problemsLabel()->isVisible());
        QTextDocument document;
        document.setHtml(preview.pane.problemsLabel()->text());
        QCOMPARE(document.toPlainText(), problems);
        QCOMPARE(preview.pane.copyCurlButton()->isEnabled(), canCopy);
        QSignalSpy messages(&preview.pane, &PreviewPane::statusMessage);
        QCOMPARE(preview.pane.copyAsCurl(), canCopy);
        QCOMPARE(messages.at(0).at(0).toString(),
                 canCopy ? QStringLiteral("Copied the curl command to the clipboard.")
                         : QStringLiteral("Nothing copied: the request has errors and would not be sent."));
    }

    void copyAsCurlGivesTheExactRequestToAShell()
    {
        // Quotes, $(...) and backslashes in the values must reach curl as they are.
        Workspace ws = previewWorkspace();
        ws.sampleCall.set(QStringLiteral("caller_name"), {QStringLiteral("O'Brien $(id) `id` \\n \"x\"")});
        Preview preview(ws);
        QGuiApplication::clipboard()->clear();
        QSignalSpy messages(&preview.pane, &PreviewPane::statusMessage);
        QTest::mouseClick(preview.pane.copyCurlButton(), Qt::LeftButton);
        const QString command = QGuiApplication::clipboard()->text();
        const CurlCommand expected(preview.pane.request());
        QCOMPARE(command, expected.toString());
        QCOMPARE(messages.count(), 1);

        // The shell hands curl exactly the arguments CurlCommand means: a stand-in curl prints
        // each one NUL-terminated.
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n") + command});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        QByteArray arguments;
        for (const QByteArray &argument : expected.arguments())
            arguments += argument + '\0';
        QCOMPARE(shell.readAllStandardOutput(), arguments);
        QVERIFY(arguments.contains("{\"name\": \"O'Brien $(id) `id` \\\\n \\\"x\\\"\", \"payout\": 20}"));
        QVERIFY(arguments.contains("X-Caller: O'Brien $(id) `id` \\n \"x\""));
    }

    void longBodiesAreShownCut()
    {
        Workspace ws = previewWorkspace();
        Webhook &lead = ws.campaigns[0].webhooks[0];
        lead.request.bodyKind = BodyKind::Raw;
        lead.request.body = QString(200 * 1024, QLatin1Char('a'));
        Preview preview(ws);
        QCOMPARE(preview.pane.request().body.size(), 200 * 1024);
        const QString text = preview.pane.requestText();
        QVERIFY(text.contains(QString(PreviewPane::kShownBodyBytes, QLatin1Char('a'))));
        QVERIFY(!text.contains(QString(PreviewPane::kShownBodyBytes + 1, QLatin1Char('a'))));
        QVERIFY(text.endsWith(QStringLiteral("\n… %1 more not shown; Copy as cURL copies all of it.")
                                  .arg(QLocale().formattedDataSize(136 * 1024))));
        QVERIFY(preview.pane.copyAsCurl());
        QVERIFY(QGuiApplication::clipboard()->text().size() > 200 * 1024);
    }

    void followsTheTreeInTheMainWindow()
    {
        MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PreviewPane *pane = window.previewPane();
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("campaigns[0].webhooks[0]")));
        const Webhook *webhook =
            WorkspaceModel::webhookAt(window.model()->workspace(), window.model()->address(tree->currentIndex()));
        QTRY_VERIFY(pane->hasRequest() && !pane->isRendering());
        QCOMPARE(pane->request().method, webhook->request.method);
        QVERIFY(pane->requestText().startsWith(webhook->request.method + QLatin1Char(' ')));
        tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("campaigns[0]")));
        QVERIFY(!pane->hasRequest());
    }

    void theDockLayoutPersists()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *preview = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
            auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
            QCOMPARE(window.dockWidgetArea(preview), Qt::BottomDockWidgetArea);
            QCOMPARE(window.dockWidgetArea(problems), Qt::BottomDockWidgetArea);
            // At a side the sample call and the request are stacked.
            window.addDockWidget(Qt::RightDockWidgetArea, preview);
            QCOMPARE(window.previewPane()->findChild<QSplitter *>(QStringLiteral("previewSplitter"))->orientation(),
                     Qt::Vertical);
            problems->hide();
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *preview = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
        QCOMPARE(window.dockWidgetArea(preview), Qt::RightDockWidgetArea);
        QVERIFY(preview->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
        QCOMPARE(window.previewPane()->findChild<QSplitter *>(QStringLiteral("previewSplitter"))->orientation(),
                 Qt::Vertical);
        // The View menu brings a closed dock back.
        QAction *toggle = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->toggleViewAction();
        toggle->trigger();
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
    }
};

QTEST_MAIN(TestPreviewPane)
#include "TestPreviewPane.moc"
