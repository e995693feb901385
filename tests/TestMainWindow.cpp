// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/PreviewPane.h"
#include "editor/WebhookEditor.h"
#include "exchange/ExchangeDetailView.h"
#include "files/WorkspaceFile.h"
#include "help/HelpGuide.h"
#include "net/SandboxReceiver.h"
#include "pixels/FiredPixelsBrowser.h"
#include "receiver/PostbackLogPane.h"
#include "record/PixelStore.h"
#include "shell/AutosaveManager.h"
#include "shell/FindBar.h"
#include "shell/MainWindow.h"
#include "shell/Services.h"
#include "support/ModalHandler.h"
#include "support/TestSettings.h"
#include "support/WebhookFixture.h"
#include "testfire/TestFirePane.h"
#include "welcome/WelcomePage.h"
#include "workspace/DetailPane.h"
#include "workspace/LintPanel.h"
#include "workspace/WorkspaceModel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

namespace {

Workspace testWorkspace(const QString &companyName = QStringLiteral("Acme Calls"))
{
    Workspace ws;
    ws.company.name = companyName;
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar leads");
    campaign.webhooks = {webhook(QStringLiteral("wh-1"), QStringLiteral("Send lead"), Trigger::Answered,
                                 QStringLiteral("http://127.0.0.1:8377/leads?phone=[caller_number]")),
                         webhook(QStringLiteral("wh-2"), QStringLiteral("Conversion pixel"), Trigger::Conversion,
                                 QStringLiteral("http://127.0.0.1:8377/pixel"))};
    campaign.webhooks[0].matches = {QStringLiteral("source_id:pub1"), QStringLiteral("Source_ID:pub2"),
                                    QStringLiteral("state")};
    campaign.webhooks[1].timeoutMs = 2500;
    campaign.buyerIds = {QStringLiteral("b1")};
    campaign.conversion.minDurationSeconds = 60;
    campaign.conversion.requiredTags = {QStringLiteral("sale:yes")};
    TrackingNumber number;
    number.number = QStringLiteral("+18005550100");
    campaign.numbers = {number};
    ws.campaigns = {campaign};
    Buyer buyer;
    buyer.id = QStringLiteral("b1");
    buyer.name = QStringLiteral("SunRay Installers");
    ws.buyers = {buyer};
    Publisher publisher;
    publisher.sourceId = QStringLiteral("pub1");
    publisher.name = QStringLiteral("Search ads");
    publisher.postbackKey = QStringLiteral("k y");
    publisher.postbackFields = {QStringLiteral("sale")};
    ws.publishers = {publisher};
    ws.company.trackingDomains.insert(QStringLiteral("cake"), QStringLiteral("track.acme.test"));
    return ws;
}

// The client area a 1024x700 screen leaves under a window manager's title bar and borders (the
// room MainWindow gives itself on such a screen).
const QSize kSmallScreenClient(1024 - 16, 700 - 48);

bool fits(const QSize &size, const QSize &room)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Lets posted layout requests and paints run.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// A webhook with problems in every field: unknown tags, a bad host, broken JSON, bad matches.
Workspace workspaceWithManyWarnings()
{
    Workspace ws = WorkspaceFile::sample();
    Webhook &webhook = ws.campaigns[0].webhooks[0];
    webhook.request.url = QStringLiteral("http://[[bad host/x?a=[nope1]&b=[nope2|foo]&c=[nope3]&d=[nope4]&e=[nope5]"
                                         "&f=[nope6]&g=[nope7|bar]&h=[nope8]&i=[nope9]&j=[nope10]");
    webhook.request.bodyKind = BodyKind::Json;
    webhook.request.body =
        QStringLiteral("{\"a\": [nope11], \"b\": [nope12|baz], \"c\": [nope13]\n \"d\": ,\n \"e\": [nope14]}");
    webhook.request.headers = {{QStringLiteral("X-[nope15]"), QStringLiteral("[nope16|qux]")},
                               {QStringLiteral("X-Two"), QStringLiteral("[nope17]")}};
    webhook.matches = {QStringLiteral(":yes"), QStringLiteral("sale:"), QStringLiteral("nope18:yes")};
    return ws;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeWorkspace(const QString &name, const Workspace &workspace = testWorkspace())
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!WorkspaceFile::save(workspace, path, &error))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
        // A file that does not load would block the test on its error dialog.
        const WorkspaceLoadResult check = WorkspaceFile::load(path);
        if (!check.ok())
            qFatal("%s does not load: %s", qPrintable(path), qPrintable(check.errors.constFirst().toString()));
        return path;
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        QAction *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    static QString currentPath(MainWindow &window)
    {
        return window.findChild<QTreeView *>(QStringLiteral("workspaceTree"))
            ->currentIndex()
            .data(WorkspaceModel::PathRole)
            .toString();
    }

    static void select(MainWindow &window, const QString &path)
    {
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        tree->setCurrentIndex(window.model()->indexForPath(path));
    }

    static QString detailText(MainWindow &window) { return window.findChild<DetailPane *>()->toPlainText(); }

    // The target of the link showing text in the detail pane, as the pane wrote it.
    static QString linkTarget(MainWindow &window, const QString &text)
    {
        const QTextDocument *document = window.findChild<DetailPane *>()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.text() == text && fragment.charFormat().isAnchor())
                    return fragment.charFormat().anchorHref();
            }
        }
        return QString();
    }

    static QStringList recentMenuEntries(MainWindow &window)
    {
        QStringList entries;
        for (QAction *entry : window.findChild<QMenu *>(QStringLiteral("menuRecent"))->actions()) {
            if (!entry->data().toString().isEmpty())
                entries.append(entry->data().toString());
        }
        return entries;
    }

    // Locks or unlocks the first number: a real edit, through the Edit menu's action.
    static void editSomething(MainWindow &window)
    {
        select(window, QStringLiteral("campaigns[0].numbers[0]"));
        QAction *lock = action(window, "actionNumberLock");
        QVERIFY(lock->isEnabled());
        lock->trigger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Keep the user's real settings (recent files, geometry) out of the tests.
        TestSettings::isolate(m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfiguratorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    }

    void init()
    {
        QSettings().clear();
        QDir(AutosaveManager::defaultDirectory()).removeRecursively();
    }

    void startsUntitledAndUnmodified()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Webhook Configurator"));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.fileName().isEmpty());
        QCOMPARE(currentPath(window), QStringLiteral("company"));
        QVERIFY(!action(window, "actionNumberLock")->isEnabled());
        QVERIFY(!action(window, "actionUndo")->isEnabled());
    }

    void openFileShowsNameAndFirstWebhook()
    {
        const QString path = writeWorkspace(QStringLiteral("solar.json"));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.fileName(), path);
        QCOMPARE(window.windowTitle(), QStringLiteral("solar.json[*] — Webhook Configurator"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.model()->workspace(), testWorkspace());
        QCOMPARE(currentPath(window), QStringLiteral("campaigns[0].webhooks[0]"));

        // A webhook opens in the editor, which shows the selected webhook.
        const WebhookEditor *editor = window.findChild<WebhookEditor *>();
        QVERIFY(editor && editor->isVisibleTo(&window));
        QCOMPARE(editor->webhook().request.url, QStringLiteral("http://127.0.0.1:8377/leads?phone=[caller_number]"));
        QCOMPARE(editor->webhook().trigger, Trigger::Answered);
        QCOMPARE(editor->webhook().name, QStringLiteral("Send lead"));

        const QString counts = window.findChild<QLabel *>(QStringLiteral("workspaceCounts"))->text();
        QCOMPARE(counts, QStringLiteral("1 campaign  ·  1 buyer  ·  1 publisher  ·  1 number  ·  2 webhooks"));
    }

    void detailPaneDescribesTheSelectedObject_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("lines");

        QTest::newRow("campaign") << "campaigns[0]"
                                  << QStringList{"Minimum talk time\n60 s", "sale:yes", "SunRay Installers",
                                                 "The campaign's, locked"};
        QTest::newRow("locked number") << "campaigns[0].numbers[0]"
                                       << QStringList{"Locked", "Calls to this number use the campaign's webhooks.",
                                                      "Inherited from Solar leads:", "Send lead", "Conversion pixel"};
        QTest::newRow("buyer") << "buyers[0]"
                               << QStringList{"Id\nb1", "Becomes the call's handler_id tag.",
                                              "Solar leads, position 1 of 1", "No webhooks."};
        QTest::newRow("publisher") << "publishers[0]"
                                   << QStringList{"source_id\npub1",
                                                  "/data_writing?key=k%20y&caller_number=CALLER_NUMBER&sale=SALE"};
        QTest::newRow("company") << "company" << QStringList{"Acme Calls", "No webhooks.", "cake\ntrack.acme.test"};
        QTest::newRow("campaign list") << "campaigns" << QStringList{"Solar leads\nsolar\n1\n2\n1"};
    }

    void detailPaneDescribesTheSelectedObject()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, lines);
        MainWindow window;
        QVERIFY(window.openFile(writeWorkspace(QStringLiteral("detail.json"))));
        select(window, path);
        const QString text = detailText(window);
        for (const QString &line : lines)
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + text));
    }

    void aRoutedBuyerThatDoesNotExistIsFlagged()
    {
        // Files with such a reference do not load, but an edit (deleting a buyer) can make one.
        MainWindow window;
        Workspace workspace = testWorkspace();
        workspace.campaigns[0].buyerIds.append(QStringLiteral("ghost"));
        window.model()->setWorkspace(workspace);
        select(window, QStringLiteral("campaigns[0]"));
        QVERIFY(detailText(window).contains(QStringLiteral("ghost (no buyer has this id)")));
    }

    void detailPaneFollowsSelectionAndLinks()
    {
        MainWindow window;
        QVERIFY(window.openFile(writeWorkspace(QStringLiteral("links.json"))));
        select(window, QStringLiteral("campaigns[0].webhooks[1]"));
        QCOMPARE(window.findChild<WebhookEditor *>()->webhook().request.url.left(28),
                 QStringLiteral("http://127.0.0.1:8377/pixel"));

        select(window, QStringLiteral("campaigns[0]"));
        QVERIFY(detailText(window).contains(QStringLiteral("SunRay Installers")));
        // The campaign page links its buyers; following one selects the buyer in the tree.
        const QString target = linkTarget(window, QStringLiteral("SunRay Installers"));
        QVERIFY(!target.isEmpty());
        emit window.findChild<DetailPane *>()->anchorClicked(QUrl(target));
        QCOMPARE(currentPath(window), QStringLiteral("buyers[0]"));
        QVERIFY(detailText(window).contains(QStringLiteral("handler_id")));
    }

    void editsSetTheModifiedMarkerAndUndoClearsIt()
    {
        MainWindow window;
        QVERIFY(window.openFile(writeWorkspace(QStringLiteral("edit.json"))));
        editSomething(window);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.model()->workspace().campaigns[0].numbers[0].webhooksUnlocked);
        const QModelIndex number = window.model()->indexForPath(QStringLiteral("campaigns[0].numbers[0]"));
        QCOMPARE(window.model()->rowCount(number), 2);
        QVERIFY(window.findChild<QTreeView *>(QStringLiteral("workspaceTree"))->isExpanded(number));
        QCOMPARE(action(window, "actionNumberLock")->text(), QStringLiteral("&Lock Number's Webhooks"));
        QVERIFY(detailText(window).contains(QStringLiteral("Unlocked")));

        action(window, "actionUndo")->trigger();
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.model()->workspace(), testWorkspace());
        QVERIFY(detailText(window).contains(QStringLiteral("Locked")));

        action(window, "actionRedo")->trigger();
        QVERIFY(window.isWindowModified());
    }

    void saveWritesTheFileAndClearsTheMarker()
    {
        const QString path = writeWorkspace(QStringLiteral("save.json"));
        MainWindow window;
        QVERIFY(window.openFile(path));
        editSomething(window);
        QVERIFY(window.isWindowModified());

        action(window, "actionSave")->trigger();
        QVERIFY(!window.isWindowModified());
        const WorkspaceLoadResult saved = WorkspaceFile::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved.workspace, window.model()->workspace());
        QVERIFY(saved.workspace.campaigns[0].numbers[0].webhooksUnlocked);

        // Undoing past the save point is a change again.
        action(window, "actionUndo")->trigger();
        QVERIFY(window.isWindowModified());
    }

    void saveAsWritesTheNewFileAndRenames()
    {
        const QString original = writeWorkspace(QStringLiteral("original.json"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.json"));
        MainWindow window;
        QVERIFY(window.openFile(original));
        editSomething(window);

        ModalHandler<QFileDialog> chooser([&](QFileDialog *dialog) {
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
            dialog->selectFile(copy);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        });
        action(window, "actionSaveAs")->trigger();
        QVERIFY(chooser.handled());

        QCOMPARE(window.fileName(), copy);
        QCOMPARE(window.windowTitle(), QStringLiteral("copy.json[*] — Webhook Configurator"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(WorkspaceFile::load(copy).workspace, window.model()->workspace());
        // The original file is untouched.
        QCOMPARE(WorkspaceFile::load(original).workspace, testWorkspace());
        QCOMPARE(recentMenuEntries(window).value(0), copy);
    }

    void savingAnUntitledWorkspaceAsksForAName()
    {
        const QString target = m_dir.filePath(QStringLiteral("from-sample.json"));
        MainWindow window;
        window.openSample();
        QCOMPARE(window.windowTitle(), QStringLiteral("Sample workspace[*] — Webhook Configurator"));
        QCOMPARE(window.model()->workspace(), WorkspaceFile::sample());

        ModalHandler<QFileDialog> chooser([&](QFileDialog *dialog) {
            QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), QStringLiteral("sample-workspace.json"));
            // Type the name as a user would: selectFile() alone can be undone by the dialog's
            // directory model when it finishes loading later.
            dialog->setDirectory(QFileInfo(target).absolutePath());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(target).fileName());
            static_cast<QDialog *>(dialog)->accept();
        });
        action(window, "actionSave")->trigger();
        QVERIFY(chooser.handled());
        QCOMPARE(window.fileName(), target);
        QCOMPARE(WorkspaceFile::load(target).workspace, WorkspaceFile::sample());
    }

    void cancellingSaveAsChangesNothing()
    {
        MainWindow window;
        window.openSample();
        ModalHandler<QFileDialog> chooser([](QFileDialog *dialog) { dialog->reject(); });
        action(window, "actionSaveAs")->trigger();
        QVERIFY(chooser.handled());
        QVERIFY(window.fileName().isEmpty());
        QCOMPARE(window.windowTitle(), QStringLiteral("Sample workspace[*] — Webhook Configurator"));
    }

    void recentFilesAreListedNewestFirstAndPersisted()
    {
        const QString first = writeWorkspace(QStringLiteral("first.json"));
        const QString second = writeWorkspace(QStringLiteral("second.json"));
        {
            MainWindow window;
            QVERIFY(recentMenuEntries(window).isEmpty());
            QVERIFY(!action(window, "actionClearRecent")->isEnabled());
            QVERIFY(window.openFile(first));
            QVERIFY(window.openFile(second));
            QCOMPARE(recentMenuEntries(window), (QStringList{second, first}));
            QVERIFY(window.openFile(first));
            QCOMPARE(recentMenuEntries(window), (QStringList{first, second}));
        }
        // A new window (the next session) sees the same list; the menu entries open the files.
        MainWindow window;
        QCOMPARE(recentMenuEntries(window), (QStringList{first, second}));
        QMenu *menu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QCOMPARE(menu->actions().at(1)->text(), QStringLiteral("&2  second.json"));
        menu->actions().at(1)->trigger();
        QCOMPARE(window.fileName(), second);

        action(window, "actionClearRecent")->trigger();
        QVERIFY(recentMenuEntries(window).isEmpty());
        QVERIFY(QSettings().value(QStringLiteral("recentFiles")).isNull());
    }

    void aMissingRecentFileIsDropped()
    {
        const QString gone = writeWorkspace(QStringLiteral("gone.json"));
        MainWindow window;
        QVERIFY(window.openFile(gone));
        QVERIFY(window.openFile(writeWorkspace(QStringLiteral("stays.json"))));
        QVERIFY(QFile::remove(gone));

        QString message;
        ModalHandler<QMessageBox> box([&](QMessageBox *dialog) {
            message = dialog->text();
            dialog->accept();
        });
        window.findChild<QMenu *>(QStringLiteral("menuRecent"))->actions().at(1)->trigger();
        QVERIFY(box.handled());
        QVERIFY2(message.contains(QStringLiteral("gone.json no longer exists")), qPrintable(message));
        QCOMPARE(recentMenuEntries(window), QStringList{m_dir.filePath(QStringLiteral("stays.json"))});
        QCOMPARE(window.fileName(), m_dir.filePath(QStringLiteral("stays.json")));
    }

    void aBadFileListsItsErrorsAndKeepsTheWorkspace()
    {
        const QString good = writeWorkspace(QStringLiteral("good.json"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "campaigns": [{"id": "c1", "webhooks": [{"name": "x", "trigger": "strat"}]}]})");
        file.close();
        const WorkspaceLoadResult expected = WorkspaceFile::load(bad);
        QVERIFY(!expected.ok());

        MainWindow window;
        QVERIFY(window.openFile(good));
        QString text;
        QString informative;
        ModalHandler<QMessageBox> box([&](QMessageBox *dialog) {
            text = dialog->text();
            informative = dialog->informativeText();
            dialog->accept();
        });
        QVERIFY(!window.openFile(bad));
        QVERIFY(box.handled());
        QCOMPARE(text, QStringLiteral("%1 could not be opened.").arg(bad));
        QVERIFY2(informative.contains(expected.errors.constFirst().toString()), qPrintable(informative));
        QVERIFY(informative.contains(QStringLiteral("campaigns[0].webhooks[0].trigger")));
        QCOMPARE(window.fileName(), good);
        QCOMPARE(window.model()->workspace(), testWorkspace());
        QCOMPARE(recentMenuEntries(window), QStringList{good});
    }

    void newAfterEditsAsksFirst_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
    }

    void newAfterEditsAsksFirst()
    {
        QFETCH(int, answer);
        QFETCH(bool, replaced);
        const QString path = writeWorkspace(QStringLiteral("new.json"));
        MainWindow window;
        QVERIFY(window.openFile(path));
        editSomething(window);

        QString question;
        ModalHandler<QMessageBox> box([&](QMessageBox *dialog) {
            question = dialog->text();
            dialog->button(QMessageBox::StandardButton(answer))->click();
        });
        action(window, "actionNew")->trigger();
        QVERIFY(box.handled());
        QCOMPARE(question, QStringLiteral("Save the changes to new.json before closing it?"));
        if (replaced) {
            QCOMPARE(window.model()->workspace(), Workspace());
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.fileName().isEmpty());
            QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Webhook Configurator"));
            QVERIFY(!action(window, "actionUndo")->isEnabled());
        } else {
            QVERIFY(window.isWindowModified());
            QCOMPARE(window.fileName(), path);
            QVERIFY(window.model()->workspace().campaigns[0].numbers[0].webhooksUnlocked);
        }
        // Discarding never writes the file.
        QCOMPARE(WorkspaceFile::load(path).workspace, testWorkspace());
    }

    void closingWithChangesCanSaveThem()
    {
        const QString path = writeWorkspace(QStringLiteral("close.json"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        editSomething(window);

        ModalHandler<QMessageBox> cancel([](QMessageBox *dialog) { dialog->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!window.close());
        QVERIFY(cancel.handled());
        QVERIFY(window.isVisible());

        ModalHandler<QMessageBox> save([](QMessageBox *dialog) { dialog->button(QMessageBox::Save)->click(); });
        QVERIFY(window.close());
        QVERIFY(save.handled());
        QVERIFY(WorkspaceFile::load(path).workspace.campaigns[0].numbers[0].webhooksUnlocked);
    }

    void geometryAndSplitterArePersisted()
    {
        QList<int> sizes;
        QSize shownSize;
        {
            MainWindow window;
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({250, 650});
            sizes = splitter->sizes();
            shownSize = window.size();
            QVERIFY(window.close());
        }
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), shownSize);
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void docksShowOnlyOnTheConfigurePage()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *preview = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
            auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
            auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
            QVERIFY(preview && problems && pages);
            QVERIFY(preview->isVisible() && problems->isVisible());
            // The user closes the problems list; the preview stays.
            problems->toggleViewAction()->trigger();
            QVERIFY(!problems->isVisible());

            for (int page = 1; page < pages->count(); ++page) {
                pages->setCurrentIndex(page);
                QVERIFY2(!preview->isVisible(), qPrintable(pages->tabText(page)));
                QVERIFY2(!problems->isVisible(), qPrintable(pages->tabText(page)));
                QVERIFY(!preview->toggleViewAction()->isEnabled());
                QVERIFY(!problems->toggleViewAction()->isEnabled());
            }

            pages->setCurrentIndex(0);
            QVERIFY(preview->isVisible());
            QVERIFY(!problems->isVisible()); // as the user left it
            QVERIFY(preview->toggleViewAction()->isEnabled() && preview->toggleViewAction()->isChecked());
            QVERIFY(problems->toggleViewAction()->isEnabled() && !problems->toggleViewAction()->isChecked());

            // Closed on another page, the window still saves the docks as the user had them.
            pages->setCurrentIndex(1);
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("previewDock"))->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
    }

    void receiverStartsOnTheSavedPortAndStops()
    {
        QStandardPaths::setTestModeEnabled(true); // the fired-pixels store startServices opens
        quint16 port = 0;
        {
            QTcpServer probe; // a port nothing listens on
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QVERIFY(port != SandboxReceiver::kDefaultPort);
        Services::saveReceiverPort(port);

        MainWindow window;
        window.startServices(true);
        SandboxReceiver *receiver = window.services()->receiver();
        QVERIFY(receiver->isListening());
        QCOMPARE(receiver->port(), port);

        QSignalSpy changed(window.services(), &Services::receiverStateChanged);
        window.services()->stopReceiver();
        QVERIFY(!receiver->isListening());
        QCOMPARE(changed.count(), 1);
        window.services()->stopReceiver(); // already stopped: nothing happens
        QCOMPARE(changed.count(), 1);
    }

    // Issue 13 item 5: a start with no workspace shows the welcome page, whose buttons work.
    void welcomePageOnAStartWithoutAWorkspace()
    {
        QStandardPaths::setTestModeEnabled(true); // the fired-pixels store startServices opens
        quint16 port = 0;
        {
            QTcpServer probe; // a port nothing listens on
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Services::saveReceiverPort(port);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isWelcomeShown());
        window.startServices(false);
        QVERIFY(window.isWelcomeShown());
        WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->isVisible());
        // The workspace's docks belong to the workbench, not to the welcome page.
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("previewDock"))->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
        QVERIFY(!window.findChild<QTabWidget *>(QStringLiteral("pages"))->isVisible());
        // Keyboard first: the first button has the focus.
        auto *openSample = welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcomeOpenSample"));
        QVERIFY(openSample);
        QCOMPARE(welcome->focusProxy(), openSample);

        // Start the local receiver: it listens, and the button now leads to the postback log.
        auto *receiverButton = welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcomeReceiver"));
        QVERIFY(receiverButton);
        QVERIFY(!window.services()->receiver()->isListening());
        QTest::mouseClick(receiverButton, Qt::LeftButton);
        QVERIFY(window.services()->receiver()->isListening());
        QCOMPARE(window.services()->receiver()->port(), port);
        QVERIFY(welcome->receiverError().isEmpty());
        QCOMPARE(receiverButton->text().remove(QLatin1Char('&')), QStringLiteral("Show the postback log"));
        receiverButton->click();
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(qobject_cast<PostbackLogPane *>(window.currentPage()));

        // Help > Welcome Page brings it back; Escape leaves it.
        action(window, "actionWelcome")->trigger();
        QVERIFY(window.isWelcomeShown());
        QTest::keyClick(welcome, Qt::Key_Escape);
        QVERIFY(!window.isWelcomeShown());

        // Open the sample workspace.
        action(window, "actionWelcome")->trigger();
        QTest::keyClick(openSample, Qt::Key_Space);
        QVERIFY(!window.isWelcomeShown());
        QCOMPARE(window.model()->workspace(), WorkspaceFile::sample());
        QCOMPARE(window.windowTitle(), QStringLiteral("Sample workspace[*] — Webhook Configurator"));
        window.showPage(window.findChild<QSplitter *>(QStringLiteral("mainSplitter")));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("previewDock"))->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());

        // New campaign: one more campaign, selected, on the Configure page.
        action(window, "actionWelcome")->trigger();
        const qsizetype campaigns = window.model()->workspace().campaigns.size();
        welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcomeNewCampaign"))->click();
        QVERIFY(!window.isWelcomeShown());
        QCOMPARE(window.model()->workspace().campaigns.size(), campaigns + 1);
        QCOMPARE(window.model()->workspace().campaigns.constLast().name, QStringLiteral("New campaign"));
        QCOMPARE(currentPath(window), QStringLiteral("campaigns[%1]").arg(campaigns));
        QVERIFY(window.isWindowModified());
        window.undoStack()->setClean(); // closing the window must not ask
    }

    void welcomePageNewCampaignAndRecentFiles()
    {
        const QString path = writeWorkspace(QStringLiteral("recent.json"));
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
        }
        MainWindow window;
        window.show();
        window.startServices(false);
        QVERIFY(window.isWelcomeShown());
        // On a first start New campaign makes the first campaign of the empty workspace.
        window.welcomePage()->findChild<QCommandLinkButton *>(QStringLiteral("welcomeNewCampaign"))->click();
        QCOMPARE(window.model()->workspace().campaigns.size(), 1);
        QCOMPARE(currentPath(window), QStringLiteral("campaigns[0]"));
        window.undoStack()->setClean();

        // The recent files are listed; one click opens one.
        action(window, "actionWelcome")->trigger();
        const QList<QCommandLinkButton *> recent =
            window.welcomePage()->findChildren<QCommandLinkButton *>(QStringLiteral("welcomeRecentFile"));
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.constFirst()->text(), QStringLiteral("recent.json"));
        recent.constFirst()->click();
        QVERIFY(!window.isWelcomeShown());
        QCOMPARE(window.fileName(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.model()->workspace(), testWorkspace());
    }

    void aWorkspaceGivenAtStartReplacesTheWelcomePage()
    {
        // As main() does with --sample: show, start the services, then open the sample.
        QStandardPaths::setTestModeEnabled(true);
        MainWindow window;
        window.show();
        window.startServices(false);
        QVERIFY(window.isWelcomeShown());
        window.openSample();
        QVERIFY(!window.isWelcomeShown());
        // A workspace already open when the services start: no welcome page at all.
        MainWindow second;
        QVERIFY(second.openFile(writeWorkspace(QStringLiteral("start.json"))));
        second.show();
        second.startServices(false);
        QVERIFY(!second.isWelcomeShown());
    }

    void theGuideShowsTheBundledPage()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/help/guide.html")));
        MainWindow window;
        window.show();
        QCOMPARE(action(window, "actionGuide")->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action(window, "actionGuide")->trigger();
        auto *guide = window.findChild<HelpGuide *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(!guide->isModal());
        QCOMPARE(guide->browser()->source(), QUrl(QStringLiteral("qrc:/help/guide.html")));
        const QString text = guide->browser()->toPlainText();
        for (const char *topic : {"Build a webhook", "Use tokens", "Start from a template", "Simulate a call",
                                  "Test fire at the local receiver", "Read the fired pixels", "Export a HAR file"})
            QVERIFY2(text.contains(QString::fromLatin1(topic)), topic);
        // Asked again, the same window comes forward.
        QCOMPARE(window.showGuide(), guide);
        // From the welcome page too.
        guide->close();
        QTRY_VERIFY(!window.findChild<HelpGuide *>()); // closing deletes it
        window.showWelcome();
        window.welcomePage()->findChild<QPushButton *>(QStringLiteral("welcomeGuide"))->click();
        QVERIFY(window.findChild<HelpGuide *>() && window.findChild<HelpGuide *>()->isVisible());
    }

    // Issue 13 item 6: at 1024x700 every page fits, and the window never resizes itself: not on
    // the Fired pixels page with a call in it, not when a webhook has many problems.
    void everyPageFitsASmallScreenAndTheWindowKeepsItsSize()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(PixelStore::defaultPath());
        MainWindow window;
        window.resize(kSmallScreenClient);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startServices(false);
        QVERIFY(window.isWelcomeShown());
        settle();
        QVERIFY2(fits(window.minimumSizeHint(), kSmallScreenClient), qPrintable(sizeText(window.minimumSizeHint())));
        auto *welcomeScroll = window.findChild<QScrollArea *>(QStringLiteral("welcomeScroll"));
        QVERIFY2(fits(window.welcomePage()->minimumSizeHint(), welcomeScroll->viewport()->size()),
                 qPrintable(sizeText(window.welcomePage()->minimumSizeHint())));
        window.openSample();
        const QSize size = window.size();
        QCOMPARE(size, kSmallScreenClient);

        // A recorded call, so the Fired pixels page has a call, its pixels and a pixel's detail.
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        pages->setCurrentIndex(1);
        auto *testFire = qobject_cast<TestFirePane *>(window.pageAt(1));
        QVERIFY(testFire);
        QSignalSpy finished(testFire, &TestFirePane::runFinished);
        testFire->simulate();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        const QString callId = testFire->callId();
        QVERIFY(!callId.isEmpty());

        for (int index = 0; index < pages->count(); ++index) {
            pages->setCurrentIndex(index);
            QWidget *page = window.pageAt(index);
            QVERIFY(page);
            if (auto *browser = qobject_cast<FiredPixelsBrowser *>(page)) {
                browser->refresh();
                browser->selectCall(callId);
                browser->selectPixel(0);
                QVERIFY(!browser->detailView()->isEmpty());
            }
            settle();
            const QString name = pages->tabText(index);
            QVERIFY2(fits(window.minimumSizeHint(), kSmallScreenClient),
                     qPrintable(name + QStringLiteral(": ") + sizeText(window.minimumSizeHint())));
            QVERIFY2(window.size() == size, qPrintable(name + QStringLiteral(": ") + sizeText(window.size())));
            // The page itself fits: at 1024x700 nothing needs scrolling.
            const QSize room = pages->currentWidget()->size();
            QVERIFY2(fits(page->minimumSizeHint(), room),
                     qPrintable(name + QStringLiteral(": ") + sizeText(page->minimumSizeHint()) + QStringLiteral(" in ")
                                + sizeText(room)));
        }

        // The Configure page with both docks, on a webhook with problems everywhere.
        pages->setCurrentIndex(0);
        window.model()->setWorkspace(workspaceWithManyWarnings());
        QSignalSpy linted(window.lintPanel(), &LintPanel::findingsChanged);
        select(window, QStringLiteral("campaigns[0].webhooks[0]"));
        QVERIFY(linted.wait());
        QVERIFY(window.lintPanel()->findings().size() >= 10);
        QTRY_VERIFY(window.previewPane()->isVisible());
        settle();
        QVERIFY2(fits(window.minimumSizeHint(), kSmallScreenClient), qPrintable(sizeText(window.minimumSizeHint())));
        QCOMPARE(window.size(), size);
    }

    void undoKeepsItsToolbarSize()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(writeWorkspace(QStringLiteral("undo.json"))));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QAction *undo = action(window, "actionUndo");
        QWidget *button = toolBar->widgetForAction(undo);
        QVERIFY(button);
        const int width = button->sizeHint().width();
        editSomething(window);
        QVERIFY(undo->isEnabled());
        // The menu says what is undone; the button says Undo.
        QVERIFY(undo->text().size() > QStringLiteral("&Undo").size());
        QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
        QCOMPARE(button->sizeHint().width(), width);
        window.undoStack()->setClean();
    }

    void findShowsWhichMatchOfHowMany()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(writeWorkspace(QStringLiteral("find.json"))));
        FindBar *bar = window.findBar();
        QLineEdit *field = window.findChild<QLineEdit *>(QStringLiteral("workspaceFind"));
        QCOMPARE(bar->field(), field);
        QLabel *count = bar->countLabel();
        QVERIFY(count->text().isEmpty());

        // "lead": the campaign Solar leads, then its webhook Send lead, in tree order. From the
        // publisher (no "l" in its name), typing finds the campaign first.
        select(window, QStringLiteral("publishers[0]"));
        action(window, "actionFind")->trigger();
        QTest::keyClicks(field, QStringLiteral("lead"));
        QCOMPARE(currentPath(window), QStringLiteral("campaigns[0]"));
        QCOMPARE(count->text(), QStringLiteral("1 of 2"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(currentPath(window), QStringLiteral("campaigns[0].webhooks[0]"));
        QCOMPARE(count->text(), QStringLiteral("2 of 2"));
        QTest::keyClick(field, Qt::Key_Return); // wraps
        QCOMPARE(count->text(), QStringLiteral("1 of 2"));
        // Another object selected: how many there are.
        select(window, QStringLiteral("buyers[0]"));
        QCOMPARE(count->text(), QStringLiteral("2 matches"));
        // Text no name contains.
        QTest::keyClicks(field, QStringLiteral("zzz"));
        QCOMPARE(count->text(), QStringLiteral("No match"));
        field->clear();
        QVERIFY(count->text().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
