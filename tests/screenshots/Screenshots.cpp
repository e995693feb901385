// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Takes the screenshots of docs/screenshots (every page, at 1024x700, the smallest screen the
// window is made for): drives the real main window over the bundled sample workspace and
// captures the X screen with ImageMagick's `import`. Not a test (ctest does not run it) and not
// part of the product: tools/screenshots builds it on demand and runs it under Xvfb with a window
// manager and a throwaway HOME, so the user's settings and fired pixels are never touched.
//
//   Screenshots OUTPUT_DIR [SHOT...]   shots: see kShots
#include "editor/JsonBodyEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "editor/WebhookEditor.h"
#include "exchange/ExchangeDetailView.h"
#include "har/HarViewer.h"
#include "help/HelpGuide.h"
#include "net/SandboxReceiver.h"
#include "pixels/FiredPixelsBrowser.h"
#include "pixels/PixelListModel.h"
#include "receiver/PostbackLogPane.h"
#include "receiver/ReceivedRequestModel.h"
#include "shell/MainWindow.h"
#include "shell/Services.h"
#include "templates/CompanyDefaultsPanel.h"
#include "templates/TemplateGallery.h"
#include "testfire/TestFirePane.h"
#include "tokens/TokenWizard.h"
#include "workspace/LintPanel.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <cstdio>

namespace {

QString g_outputDir;
int g_failures = 0;
QString g_callId; // the call fired for the test-fire, postback-log and fired-pixels shots

// In the order they are taken: the welcome page first (before a workspace is open), the
// problems last (they edit the sample).
const QStringList kShots = {
    QStringLiteral("welcome"),          QStringLiteral("webhook-editor"),
    QStringLiteral("token-wizard"),     QStringLiteral("template-gallery"),
    QStringLiteral("company-defaults"), QStringLiteral("campaign"),
    QStringLiteral("number"),           QStringLiteral("buyer"),
    QStringLiteral("publisher"),        QStringLiteral("test-fire"),
    QStringLiteral("postback-log"),     QStringLiteral("fired-pixels"),
    QStringLiteral("har-viewer"),       QStringLiteral("help-guide"),
    QStringLiteral("problems"),
};

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

// The window with its frame, as the window manager drew it, and whatever window is on top of it.
void capture(const QWidget *window, const QString &name)
{
    settle(400);
    const QRect frame = window->frameGeometry();
    const QString path = QDir(g_outputDir).filePath(name + QStringLiteral(".png"));
    const QString crop =
        QStringLiteral("%1x%2+%3+%4").arg(frame.width()).arg(frame.height()).arg(frame.x()).arg(frame.y());
    const int status = QProcess::execute(QStringLiteral("import"),
                                         {QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("-crop"),
                                          crop, QStringLiteral("+repage"), QStringLiteral("-strip"), path});
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
            window.leaveWelcome();
            return window.pageAt(i);
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

// Fires the sample call at the local receiver once; the test fire, postback log and fired
// pixels shots show that call.
bool fireOnce(MainWindow &window)
{
    if (!g_callId.isEmpty())
        return true;
    auto *pane = qobject_cast<TestFirePane *>(page(window, QStringLiteral("Test fire")));
    if (!pane) {
        fail(QStringLiteral("no test-fire pane"));
        return false;
    }
    if (!window.services()->receiver()->isListening()) {
        fail(QStringLiteral("the local receiver is not listening"));
        return false;
    }
    bool finished = false;
    QObject::connect(pane, &TestFirePane::runFinished, pane, [&finished] { finished = true; });
    pane->fire();
    if (!QTest::qWaitFor([&finished] { return finished; }, 30000)) {
        fail(QStringLiteral("the test fire did not finish"));
        return false;
    }
    g_callId = pane->callId();
    return true;
}

void testFire(MainWindow &window)
{
    if (!fireOnce(window))
        return;
    page(window, QStringLiteral("Test fire"));
    capture(&window, QStringLiteral("test-fire"));
}

void postbackLog(MainWindow &window)
{
    if (!fireOnce(window))
        return;
    auto *log = qobject_cast<PostbackLogPane *>(page(window, QStringLiteral("Postback log")));
    if (!log)
        return fail(QStringLiteral("no postback log"));
    // The lead the buyer received: a JSON POST.
    const QAbstractItemModel *requests = log->requestModel();
    int row = -1;
    for (int r = 0; r < requests->rowCount() && row < 0; ++r) {
        for (int c = 0; c < requests->columnCount(); ++c) {
            if (requests->index(r, c).data().toString().endsWith(QLatin1String("/leads")))
                row = r;
        }
    }
    if (row < 0)
        return fail(QStringLiteral("the receiver got no lead"));
    log->selectRow(row);
    capture(&window, QStringLiteral("postback-log"));
}

void firedPixels(MainWindow &window)
{
    if (!fireOnce(window))
        return;
    const QString callId = g_callId;

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

void welcome(MainWindow &window)
{
    window.showWelcome();
    capture(&window, QStringLiteral("welcome"));
}

void objectPage(MainWindow &window, const QString &path, const QString &name)
{
    selectWebhook(window, path);
    capture(&window, name);
}

void templateGallery(MainWindow &window)
{
    page(window, QStringLiteral("Configure"));
    selectWebhook(window, QStringLiteral("campaigns[0]"));
    // What Insert > From Template opens, shown instead of run so the driver goes on.
    TemplateGallery gallery(window.model(), window.undoStack(), &window);
    gallery.setPreferredTarget(window.model()->address(window.model()->indexForPath(QStringLiteral("campaigns[0]"))));
    const QSize room = window.frameGeometry().size() - QSize(40, 60);
    gallery.resize(gallery.size().boundedTo(room));
    gallery.show();
    if (!gallery.selectTemplate(QStringLiteral("ga4-measurement-protocol")))
        fail(QStringLiteral("no GA4 template"));
    settle(600);
    capture(&window, QStringLiteral("template-gallery"));
    gallery.reject();
}

void companyDefaults(MainWindow &window)
{
    page(window, QStringLiteral("Configure"));
    selectWebhook(window, QStringLiteral("company"));
    CompanyDefaultsPanel panel(window.model(), window.undoStack(), &window);
    panel.show();
    settle(300);
    capture(&window, QStringLiteral("company-defaults"));
    panel.reject();
}

void helpGuide(MainWindow &window)
{
    page(window, QStringLiteral("Configure"));
    HelpGuide *guide = window.showGuide();
    settle(300);
    capture(&window, QStringLiteral("help-guide"));
    guide->close();
}

// A webhook with mistakes, so the Problems list has errors, warnings and hints to show.
void problems(MainWindow &window)
{
    const QString path = QStringLiteral("campaigns[0].webhooks[1]");
    const WorkspaceModel::Address address = window.model()->address(window.model()->indexForPath(path));
    const Webhook *shown = WorkspaceModel::webhookAt(window.model()->workspace(), address);
    if (!shown)
        return fail(QStringLiteral("no %1 in the sample workspace").arg(path));
    Webhook broken = *shown;
    broken.request.url += QStringLiteral("&agent=[agent_nmae]");
    broken.request.method = QStringLiteral("POST");
    broken.request.bodyKind = BodyKind::Json;
    broken.request.body = QStringLiteral("{\n  \"caller\": \"[caller_number|e164]\",\n  \"zip\": [caller_zip]\n  "
                                         "\"score\": [lead_score]\n}");
    window.model()->setWebhook(address, broken);
    selectWebhook(window, path);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    dock->show();
    dock->raise();
    QSignalSpy linted(window.lintPanel(), &LintPanel::findingsChanged);
    linted.wait(5000);
    settle(800);
    capture(&window, QStringLiteral("problems"));
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
        std::fprintf(stderr, "usage: Screenshots OUTPUT_DIR [%s...]\n", qPrintable(kShots.join(QLatin1Char('|'))));
        return 2;
    }
    g_outputDir = args.takeFirst();
    QDir().mkpath(g_outputDir);
    if (args.isEmpty())
        args = kShots;
    // Taken in kShots' order, whatever order they were asked in.
    QStringList ordered;
    for (const QString &shot : kShots) {
        if (args.contains(shot))
            ordered.append(shot);
    }
    for (const QString &shot : std::as_const(args)) {
        if (!kShots.contains(shot))
            fail(QStringLiteral("unknown shot %1").arg(shot));
    }
    const QStringList sizeArg = qEnvironmentVariable("SHOT_SIZE", QStringLiteral("1024x700")).split(QLatin1Char('x'));

    scriptReceiver();
    MainWindow window;
    window.show();
    // As a first start: no workspace, the receiver not started yet.
    window.startServices(false);
    // The frame included: the window manager's decorations are part of the picture.
    window.move(0, 0);
    settle(300);
    const QSize frameExtra = window.frameGeometry().size() - window.geometry().size();
    window.resize(QSize(sizeArg.value(0).toInt(), sizeArg.value(1).toInt()) - frameExtra);
    window.move(0, 0);
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window was never shown"));
    settle(800);
    if (ordered.contains(QLatin1String("welcome")))
        welcome(window);
    QString error;
    if (!window.services()->startReceiver(Services::savedReceiverPort(), &error))
        fail(QStringLiteral("the local receiver did not start: %1").arg(error));
    window.openSample();
    settle(800);

    for (const QString &shot : std::as_const(ordered)) {
        if (shot == QLatin1String("welcome"))
            continue;
        if (shot == QLatin1String("webhook-editor"))
            webhookEditor(window);
        else if (shot == QLatin1String("token-wizard"))
            tokenWizard(window);
        else if (shot == QLatin1String("template-gallery"))
            templateGallery(window);
        else if (shot == QLatin1String("company-defaults"))
            companyDefaults(window);
        else if (shot == QLatin1String("campaign"))
            objectPage(window, QStringLiteral("campaigns[0]"), shot);
        else if (shot == QLatin1String("number"))
            objectPage(window, QStringLiteral("campaigns[0].numbers[1]"), shot);
        else if (shot == QLatin1String("buyer"))
            objectPage(window, QStringLiteral("buyers[0]"), shot);
        else if (shot == QLatin1String("publisher"))
            objectPage(window, QStringLiteral("publishers[0]"), shot);
        else if (shot == QLatin1String("test-fire"))
            testFire(window);
        else if (shot == QLatin1String("postback-log"))
            postbackLog(window);
        else if (shot == QLatin1String("fired-pixels"))
            firedPixels(window);
        else if (shot == QLatin1String("har-viewer"))
            harViewer(window);
        else if (shot == QLatin1String("help-guide"))
            helpGuide(window);
        else if (shot == QLatin1String("problems"))
            problems(window);
    }
    // The edits of the problems shot are not to be saved.
    window.undoStack()->setClean();
    return g_failures == 0 ? 0 : 1;
}
