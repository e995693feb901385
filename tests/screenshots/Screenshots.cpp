// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Takes the README's screenshots: drives the real main window over the bundled sample workspace
// and captures the X screen with ImageMagick's `import`. Not a test (ctest does not run it) and
// not part of the product: tools/screenshots builds it on demand and runs it under Xvfb with a
// window manager and a throwaway HOME, so the user's settings and fired pixels are never touched.
//
//   Screenshots OUTPUT_DIR [SHOT...]   shots: webhook-editor token-wizard fired-pixels har-viewer
#include "editor/JsonBodyEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "editor/WebhookEditor.h"
#include "exchange/ExchangeDetailView.h"
#include "har/HarViewer.h"
#include "net/SandboxReceiver.h"
#include "pixels/FiredPixelsBrowser.h"
#include "pixels/PixelListModel.h"
#include "shell/MainWindow.h"
#include "shell/Services.h"
#include "testfire/TestFirePane.h"
#include "tokens/TokenWizard.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>

namespace {

QString g_outputDir;
int g_failures = 0;

void fail(const QString &message)
{
    std::fprintf(stderr, "screenshots: %s\n", qPrintable(message));
    ++g_failures;
}

// Lets queued work (lint, preview, layouts, paints) settle.
void settle(int ms)
{
    QTest::qWait(ms);
}

// The window with its frame, as the window manager drew it.
void capture(const QWidget *window, const QString &name)
{
    settle(400);
    const QRect frame = window->frameGeometry();
    const QString path = QDir(g_outputDir).filePath(name + QStringLiteral(".png"));
    const QString crop =
        QStringLiteral("%1x%2+%3+%4").arg(frame.width()).arg(frame.height()).arg(frame.x()).arg(frame.y());
    const int status =
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                     QStringLiteral("-crop"), crop, QStringLiteral("+repage"), path});
    if (status != 0)
        fail(QStringLiteral("import failed for %1").arg(path));
    else
        std::printf("%s\n", qPrintable(path));
}

QWidget *page(MainWindow &window, const QString &title)
{
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    for (int i = 0; i < pages->count(); ++i) {
        if (pages->tabText(i).remove(QLatin1Char('&')) == title) {
            pages->setCurrentIndex(i); // a lazy page is made here
            return pages->widget(i);
        }
    }
    fail(QStringLiteral("no page %1").arg(title));
    return nullptr;
}

void selectWebhook(MainWindow &window, const QString &path)
{
    page(window, QStringLiteral("Configure"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
    const QModelIndex index = window.model()->indexForPath(path);
    if (!index.isValid())
        return fail(QStringLiteral("no %1 in the sample workspace").arg(path));
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
}

void webhookEditor(MainWindow &window)
{
    selectWebhook(window, QStringLiteral("campaigns[0].webhooks[6]")); // Conversion (Google Ads)
    settle(300);
    // Down to the request and its JSON body.
    auto *editor = window.findChild<WebhookEditor *>();
    if (auto *scroll = editor->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(editor->requestEditor()->bodyEditor(), 0, 0);
    settle(1200); // lint and preview
    capture(&window, QStringLiteral("webhook-editor"));
}

void tokenWizard(MainWindow &window)
{
    selectWebhook(window, QStringLiteral("campaigns[0].webhooks[6]"));
    JsonBodyEditor *body = window.findChild<WebhookEditor *>()->requestEditor()->bodyEditor();
    body->setFocus();
    body->tokenWizardAction()->trigger();
    settle(300);
    auto *wizard = window.findChild<TokenWizard *>();
    if (!wizard)
        return fail(QStringLiteral("the token wizard did not open"));
    wizard->selectTag(QStringLiteral("caller_number"));
    // A hashed phone number, as ad platforms want it.
    if (auto *filters = wizard->findChild<QTreeWidget *>()) {
        for (const char *name : {"digits", "sha256"}) {
            const QList<QTreeWidgetItem *> items = filters->findItems(QString::fromLatin1(name), Qt::MatchExactly);
            if (items.isEmpty())
                fail(QStringLiteral("no filter %1").arg(QString::fromLatin1(name)));
            else
                items.first()->setCheckState(0, Qt::Checked);
        }
    }
    settle(300);
    capture(&window, QStringLiteral("token-wizard"));
    wizard->reject();
    settle(200);
}

void firedPixels(MainWindow &window)
{
    auto *pane = qobject_cast<TestFirePane *>(page(window, QStringLiteral("Test fire")));
    if (!pane)
        return fail(QStringLiteral("no test-fire pane"));
    if (!window.services()->receiver()->isListening())
        return fail(QStringLiteral("the local receiver is not listening"));
    bool finished = false;
    QObject::connect(pane, &TestFirePane::runFinished, pane, [&finished] { finished = true; });
    pane->fire();
    if (!QTest::qWaitFor([&finished] { return finished; }, 30000))
        return fail(QStringLiteral("the test fire did not finish"));
    const QString callId = pane->callId();

    auto *browser = qobject_cast<FiredPixelsBrowser *>(page(window, QStringLiteral("Fired pixels")));
    if (!browser)
        return fail(QStringLiteral("no fired-pixels browser"));
    browser->refresh();
    browser->selectCall(callId);
    settle(300);
    // The data-appending ping: its JSON answer tagged the call.
    browser->selectPixel(0);
    browser->detailView()->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(1); // Response
    capture(&window, QStringLiteral("fired-pixels"));
}

void harViewer(MainWindow &window)
{
    auto *viewer = window.findChild<HarViewer *>();
    bool loaded = false;
    QObject::connect(viewer, &HarViewer::loadFinished, viewer, [&loaded] { loaded = true; });
    viewer->openFile(QStringLiteral(WC_TEST_DATA_DIR "/har/chromium.har"));
    if (!QTest::qWaitFor([&loaded] { return loaded; }, 30000))
        return fail(QStringLiteral("the HAR file did not load"));
    page(window, QStringLiteral("HAR viewer"));
    QTableView *table = viewer->table();
    const int row = qMin(2, table->model()->rowCount() - 1); // a POST with a JSON body
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectionModel()->select(table->currentIndex(),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    capture(&window, QStringLiteral("har-viewer"));
}

// Scripted replies of the local receiver, so the sample call's answers tag it.
void scriptReceiver()
{
    const QJsonArray scripts{
        QJsonObject{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"), QStringLiteral("/append")},
            {QStringLiteral("status"), 200},
            {QStringLiteral("delay_ms"), 0},
            {QStringLiteral("content_type"), QStringLiteral("application/json")},
            {QStringLiteral("body"),
             QStringLiteral("{\n  \"first_name\": \"Jason\",\n  \"geo\": \"us-90210\",\n  \"lead_score\": 82\n}")}},
        QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                    {QStringLiteral("path"), QStringLiteral("/rtb/lead-exchange/ping")},
                    {QStringLiteral("status"), 200},
                    {QStringLiteral("delay_ms"), 0},
                    {QStringLiteral("content_type"), QStringLiteral("application/json")},
                    {QStringLiteral("body"),
                     QStringLiteral("{\"bid\": {\"accepted\": true, \"amount\": 12.50, \"id\": \"bid-1250\"}}")}},
    };
    QSettings().setValue(QStringLiteral("ReceiverPanel/replies"),
                         QString::fromUtf8(QJsonDocument(scripts).toJson(QJsonDocument::Compact)));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfigurator"));
    QCoreApplication::setApplicationName(QStringLiteral("webhook-configurator"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr,
                     "usage: Screenshots OUTPUT_DIR [webhook-editor|token-wizard|fired-pixels|har-viewer...]\n");
        return 2;
    }
    g_outputDir = args.takeFirst();
    QDir().mkpath(g_outputDir);
    if (args.isEmpty())
        args = QStringList{QStringLiteral("webhook-editor"), QStringLiteral("token-wizard"),
                           QStringLiteral("fired-pixels"), QStringLiteral("har-viewer")};
    const QStringList sizeArg = qEnvironmentVariable("SHOT_SIZE", QStringLiteral("1440x900")).split(QLatin1Char('x'));

    scriptReceiver();
    MainWindow window;
    window.show();
    window.startServices(true);
    window.openSample();
    // The frame included: the window manager's decorations are part of the picture.
    window.move(0, 0);
    settle(300);
    const QSize frameExtra = window.frameGeometry().size() - window.geometry().size();
    window.resize(QSize(sizeArg.value(0).toInt(), sizeArg.value(1).toInt()) - frameExtra);
    window.move(0, 0);
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window was never shown"));
    settle(800);

    for (const QString &shot : std::as_const(args)) {
        if (shot == QLatin1String("webhook-editor"))
            webhookEditor(window);
        else if (shot == QLatin1String("token-wizard"))
            tokenWizard(window);
        else if (shot == QLatin1String("fired-pixels"))
            firedPixels(window);
        else if (shot == QLatin1String("har-viewer"))
            harViewer(window);
        else
            fail(QStringLiteral("unknown shot %1").arg(shot));
    }
    return g_failures == 0 ? 0 : 1;
}
