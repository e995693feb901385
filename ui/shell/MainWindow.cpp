// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/MainWindow.h"

#include "common/Plural.h"
#include "editor/PreviewPane.h"
#include "editor/WebhookEditor.h"
#include "files/WorkspaceFile.h"
#include "har/HarViewer.h"
#include "help/HelpGuide.h"
#include "objects/ObjectPage.h"
#include "pixels/FiredPixelsBrowser.h"
#include "receiver/PostbackLogPane.h"
#include "record/PixelStore.h"
#include "shell/AutosaveManager.h"
#include "shell/FindBar.h"
#include "shell/RecentFiles.h"
#include "shell/Services.h"
#include "templates/CompanyDefaultsPanel.h"
#include "templates/SaveTemplateDialog.h"
#include "templates/TemplateGallery.h"
#include "testfire/TestFirePane.h"
#include "welcome/WelcomePage.h"
#include "workspace/LintPanel.h"
#include "workspace/WorkspaceActions.h"
#include "workspace/WorkspaceModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QLatin1String kGeometryKey("MainWindow/geometry");
const QLatin1String kStateKey("MainWindow/state");
const QLatin1String kSplitterKey("MainWindow/splitter");
const QLatin1String kDirectoryKey("MainWindow/lastDirectory");
// The dialog lists this many errors; the rest are under "Show Details".
constexpr int kErrorsShown = 12;

// A dialog's own size may be more than a small screen has (the template gallery asks for
// 1180x720): never more than the screen, less room for the window manager's frame.
void fitToScreen(QWidget *dialog)
{
    if (const QScreen *shown = dialog->screen())
        dialog->resize(dialog->size().boundedTo(shown->availableGeometry().size() - QSize(16, 48)));
}

QIcon themeIcon(const char *name)
{
    const QString themeName = QString::fromLatin1(name);
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/") % themeName % QStringLiteral(".svg")));
}

QString countText(qsizetype count, const char *one, const char *many)
{
    return Plural::counted("MainWindow", count, one, many);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new WorkspaceModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_services(new Services(this))
    , m_central(new QStackedWidget(this))
    , m_pages(new QTabWidget(this))
    , m_recentFiles(new RecentFiles(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(this))
    , m_findBar(new FindBar(this))
    , m_findField(m_findBar->field())
    , m_counts(new QLabel(this))
    , m_autosave(new AutosaveManager(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    setUpTree();
    setUpFindField();
    buildConfigurePage();
    buildPages();
    m_counts->setObjectName(QStringLiteral("workspaceCounts"));
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    createDocks();
    createToolBar();
    createMenus();
    connectSignals();

    setDocument(Workspace(), QString(), tr("Untitled"));
    rebuildRecentMenu();
    readSettings();
}

// The undo stack, a child, clears itself when it is deleted, which is after this class's part
// of the window is gone: its signals must not reach this class's slots then.
MainWindow::~MainWindow()
{
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void MainWindow::setUpTree()
{
    m_tree->setObjectName(QStringLiteral("workspaceTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(true);
    // Webhooks are dragged between owners; Ctrl while dropping copies instead of moving.
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_model->setUndoStack(m_undoStack);
    m_actions = new WorkspaceActions(m_model, m_undoStack, m_tree, this);
    connect(m_actions, &WorkspaceActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
}

void MainWindow::setUpFindField()
{
    m_findField->setObjectName(QStringLiteral("workspaceFind"));
    m_findField->setPlaceholderText(tr("Find in workspace"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setToolTip(tr("Selects the next object whose name contains the text (Enter: next match)"));
    connect(m_findField, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing keeps a current object that still matches, as incremental search does.
        if (!m_tree->currentIndex().data().toString().contains(text.trimmed(), Qt::CaseInsensitive))
            m_actions->findNext(text);
        updateFindCount();
    });
    connect(m_findField, &QLineEdit::returnPressed, this, [this] {
        if (!m_actions->findNext(m_findField->text()))
            statusBar()->showMessage(tr("No object's name contains \"%1\"").arg(m_findField->text()), 3000);
        updateFindCount();
    });
    connect(m_findField, &QLineEdit::textChanged, this, &MainWindow::updateFindCount);
    auto *backToTree = new QAction(m_findField);
    backToTree->setShortcut(QKeySequence(Qt::Key_Escape));
    backToTree->setShortcutContext(Qt::WidgetShortcut);
    connect(backToTree, &QAction::triggered, m_tree, qOverload<>(&QWidget::setFocus));
    m_findField->addAction(backToTree);
}

void MainWindow::buildConfigurePage()
{
    auto *treePane = new QWidget(m_splitter);
    treePane->setObjectName(QStringLiteral("treePane"));
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    treeLayout->addWidget(m_findBar);
    treeLayout->addWidget(m_tree, 1);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(treePane);
    // The right side: the webhook editor for webhooks, the object forms and summary for the rest.
    m_objectPane = new QStackedWidget(m_splitter);
    m_objectPane->setObjectName(QStringLiteral("objectPane"));
    m_webhookEditor = new WebhookEditor(m_objectPane);
    m_webhookEditor->setModel(m_model, m_undoStack);
    connect(m_services, &Services::pixelStoreChanged, m_webhookEditor, &WebhookEditor::reloadPixels);
    m_detail = new ObjectPage(m_model, m_undoStack, m_actions, m_objectPane);
    m_objectPane->addWidget(m_detail);
    m_objectPane->addWidget(m_webhookEditor);
    m_splitter->addWidget(m_objectPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 760});
}

void MainWindow::buildPages()
{
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_splitter, QIcon(QStringLiteral(":/icons/webhook.svg")), tr("Configure"));
    addLazyPage([this] { return new TestFirePane(m_model, m_services); },
                QIcon(QStringLiteral(":/icons/test-fire.svg")), tr("Test fire"));
    addPage(new PostbackLogPane(m_services, m_model), QIcon(QStringLiteral(":/icons/postback-log.svg")),
            tr("Postback log"));
    addLazyPage([this] { return new FiredPixelsBrowser(m_services); },
                QIcon(QStringLiteral(":/icons/fired-pixels.svg")), tr("Fired pixels"));
    m_harViewer = new HarViewer;
    addPage(m_harViewer, QIcon(QStringLiteral(":/icons/har-file.svg")), tr("HAR viewer"));
    connect(m_harViewer, &HarViewer::loadStarted, this, [this] { showPage(m_harViewer); });

    m_welcome = new WelcomePage(m_recentFiles, m_services);
    connect(m_welcome, &WelcomePage::openSampleRequested, this, [this] {
        if (maybeSave())
            openSample();
    });
    connect(m_welcome, &WelcomePage::newCampaignRequested, this, &MainWindow::newCampaignFromWelcome);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openRecent);
    connect(m_welcome, &WelcomePage::guideRequested, this, &MainWindow::showGuide);
    connect(m_welcome, &WelcomePage::dismissRequested, this, &MainWindow::leaveWelcome);
    connect(m_welcome, &WelcomePage::postbackLogRequested, this, [this] {
        for (int i = 0; i < m_pages->count(); ++i) {
            if (qobject_cast<PostbackLogPane *>(pageAt(i)))
                showPage(pageAt(i));
        }
    });
    m_welcomeScroll = qobject_cast<QScrollArea *>(scrolled(m_welcome));
    m_welcomeScroll->setObjectName(QStringLiteral("welcomeScroll"));
    m_central->setObjectName(QStringLiteral("central"));
    m_central->addWidget(m_pages);
    m_central->addWidget(m_welcomeScroll);
    setCentralWidget(m_central);
}

QWidget *MainWindow::scrolled(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

QWidget *MainWindow::pageAt(int index) const
{
    QWidget *tab = m_pages->widget(index);
    if (!tab || m_lazyPages.contains(tab))
        return nullptr;
    if (auto *scroll = qobject_cast<QScrollArea *>(tab))
        return scroll->widget();
    return tab;
}

QWidget *MainWindow::currentPage() const
{
    return pageAt(m_pages->currentIndex());
}

int MainWindow::indexOfPage(const QWidget *page) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i) == page || pageAt(i) == page)
            return i;
    }
    return -1;
}

void MainWindow::connectSignals()
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrentObject();
        m_previewPane->setAddress(m_model->address(m_tree->currentIndex()));
        updateFindCount();
    });
    connect(m_model, &WorkspaceModel::workspaceChanged, this, [this] {
        showCurrentObject();
        // Rows moved or went away: the same index may now name another object.
        m_previewPane->setAddress(m_model->address(m_tree->currentIndex()));
        updateCounts();
        updateFindCount();
    });
    // An edit from a menu while the welcome page shows: show what it changed.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::leaveWelcome);
    connect(m_detail, &ObjectPage::objectLinkActivated, this, &MainWindow::selectPath);
    m_detail->setTemplateAction(m_templateGalleryAction);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    m_autosave->watch(m_model, m_undoStack);
    connect(m_autosave, &AutosaveManager::saveFailed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000); });
}

void MainWindow::startServices(bool withReceiver)
{
    QStringList problems;
    QString error;
    if (!m_services->openPixelStore(PixelStore::defaultPath(), &error))
        problems.append(tr("Fired pixels are not kept: %1").arg(error));
    m_webhookEditor->setPixelStore(m_services->pixelStore()); // the token wizard offers their tags
    // On the port the user last chose in the receiver's panel, as the panel shows it.
    const quint16 port = Services::savedReceiverPort();
    if (withReceiver && !m_services->startReceiver(port, &error))
        problems.append(tr("The local receiver could not start on port %1: %2").arg(port).arg(error));
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("  ")));
    // Nothing open yet (a first start, or no file asked for): the welcome page says where to begin.
    if (m_fileName.isEmpty() && m_undoStack->count() == 0 && m_model->workspace() == Workspace())
        showWelcome();
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_pages->addTab(scrolled(page), icon, title);
}

void MainWindow::addLazyPage(const std::function<QWidget *()> &create, const QIcon &icon, const QString &title)
{
    auto *placeholder = new QWidget(m_pages);
    m_lazyPages.insert(placeholder, create);
    m_pages->addTab(placeholder, icon, title);
    if (m_lazyPages.size() > 1)
        return;
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *shown = m_pages->widget(index);
        const auto it = m_lazyPages.constFind(shown);
        if (it == m_lazyPages.cend())
            return;
        const std::function<QWidget *()> createPage = it.value();
        m_lazyPages.erase(it);
        // Swapped in before the tab paints, so the placeholder is never seen.
        const QSignalBlocker blocker(m_pages);
        const QIcon pageIcon = m_pages->tabIcon(index);
        const QString pageTitle = m_pages->tabText(index);
        m_pages->insertTab(index, scrolled(createPage()), pageIcon, pageTitle);
        m_pages->removeTab(index + 1);
        m_pages->setCurrentIndex(index);
        shown->deleteLater();
    });
}

void MainWindow::showPage(QWidget *page)
{
    const int index = indexOfPage(page);
    if (index >= 0)
        m_pages->setCurrentIndex(index);
    leaveWelcome();
}

void MainWindow::showWelcome()
{
    if (isWelcomeShown())
        return;
    m_central->setCurrentWidget(m_welcomeScroll);
    m_welcomeScroll->verticalScrollBar()->setValue(0);
    updateDocksForPage();
    m_welcome->setFocus(Qt::OtherFocusReason);
}

void MainWindow::leaveWelcome()
{
    if (!isWelcomeShown())
        return;
    m_central->setCurrentWidget(m_pages);
    updateDocksForPage();
    if (m_pages->currentWidget() == m_splitter)
        m_tree->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isWelcomeShown() const
{
    return m_central->currentWidget() == m_welcomeScroll;
}

HelpGuide *MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new HelpGuide(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::newCampaignFromWelcome()
{
    showPage(m_splitter);
    // After the last campaign, whatever was selected.
    m_tree->setCurrentIndex(QModelIndex());
    m_actions->newCampaignAction()->trigger();
}

void MainWindow::updateFindCount()
{
    m_findBar->recount(m_model, m_tree->currentIndex());
}

bool MainWindow::openFile(const QString &fileName)
{
    const WorkspaceLoadResult result = WorkspaceFile::load(fileName);
    if (!result.ok()) {
        QStringList errors;
        for (const LoadError &error : result.errors)
            errors.append(error.toString());
        showLoadErrors(fileName, errors);
        return false;
    }
    setDocument(result.workspace, QFileInfo(fileName).absoluteFilePath(), QString());
    m_recentFiles->add(fileName);
    QSettings().setValue(kDirectoryKey, QFileInfo(fileName).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_fileName)), 5000);
    return true;
}

void MainWindow::openSample()
{
    setDocument(WorkspaceFile::sample(), QString(), tr("Sample workspace"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // The saved state keeps the docks as the user left them, whichever page is shown.
    restoreDocks();
    writeSettings();
    // A normal close: the unsaved changes were saved or discarded on purpose.
    m_autosave->discard();
    event->accept();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themeIcon("document-new"), tr("&New"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start an empty workspace"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(themeIcon("document-open"), tr("&Open..."), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_openSampleAction = new QAction(tr("Open &Sample Workspace"), this);
    m_openSampleAction->setObjectName(QStringLiteral("actionOpenSample"));
    m_openSampleAction->setStatusTip(tr("Open the bundled sample: every trigger, aimed at the local receiver"));
    connect(m_openSampleAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            openSample();
    });

    m_saveAction = new QAction(themeIcon("document-save"), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the workspace"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As..."), this);
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save the workspace to another file"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the workspace, leaving an empty one"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_findAction = new QAction(tr("&Find..."), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find an object in the workspace tree by name"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findInTree);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(themeIcon("edit-undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);

    // The menu says what would be undone ("Undo Rename"); the toolbar button keeps one size.
    m_undoAction->setIconText(tr("Undo"));

    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(themeIcon("edit-redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIconText(tr("Redo"));

    m_expandAllAction = new QAction(tr("&Expand All"), this);
    m_expandAllAction->setObjectName(QStringLiteral("actionExpandAll"));
    connect(m_expandAllAction, &QAction::triggered, m_tree, &QTreeView::expandAll);

    m_collapseAllAction = new QAction(tr("&Collapse All"), this);
    m_collapseAllAction->setObjectName(QStringLiteral("actionCollapseAll"));
    connect(m_collapseAllAction, &QAction::triggered, m_tree, &QTreeView::collapseAll);

    m_templateGalleryAction = new QAction(QIcon(QStringLiteral(":/icons/template.svg")), tr("From &Template..."), this);
    m_templateGalleryAction->setObjectName(QStringLiteral("actionTemplateGallery"));
    m_templateGalleryAction->setIconText(tr("Template"));
    m_templateGalleryAction->setStatusTip(
        tr("Add a ready-made integration for a platform (Ringba, CAKE, Zapier, GA4, ...) from the template gallery"));
    connect(m_templateGalleryAction, &QAction::triggered, this, &MainWindow::openTemplateGallery);

    m_saveTemplateAction = new QAction(tr("Save as Te&mplate..."), this);
    m_saveTemplateAction->setObjectName(QStringLiteral("actionSaveTemplate"));
    m_saveTemplateAction->setStatusTip(
        tr("Keep the selected webhook, or all webhooks of the selected object, as a template of this workspace"));
    connect(m_saveTemplateAction, &QAction::triggered, this, &MainWindow::saveAsTemplate);

    m_trackingDomainsAction =
        new QAction(QIcon(QStringLiteral(":/icons/tracking-domain.svg")), tr("Company &Tracking Domains..."), this);
    m_trackingDomainsAction->setObjectName(QStringLiteral("actionTrackingDomains"));
    m_trackingDomainsAction->setStatusTip(tr(
        "Generate the CAKE, HasOffers / TUNE and Voluum postbacks of the company defaults from your tracking domains"));
    connect(m_trackingDomainsAction, &QAction::triggered, this, &MainWindow::editTrackingDomains);

    m_aboutAction = new QAction(tr("&About Webhook Configurator"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_guideAction = new QAction(tr("&Guide"), this);
    m_guideAction->setObjectName(QStringLiteral("actionGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_guideAction->setStatusTip(tr("A short guide: build a webhook, tokens, templates, simulate, test fire, HAR"));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);

    m_welcomeAction = new QAction(tr("&Welcome Page"), this);
    m_welcomeAction->setObjectName(QStringLiteral("actionWelcome"));
    m_welcomeAction->setStatusTip(tr("Open the sample, add a campaign, open a file or start the local receiver"));
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(m_openSampleAction);
    file->addAction(m_harViewer->openAction());
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_actions->cutAction());
    edit->addAction(m_actions->copyAction());
    edit->addAction(m_actions->pasteAction());
    edit->addAction(m_actions->deleteAction());
    edit->addSeparator();
    edit->addAction(m_actions->renameAction());
    edit->addAction(m_actions->duplicateAction());
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_actions->numberLockAction());
    edit->addSeparator();
    edit->addAction(m_saveTemplateAction);
    edit->addAction(m_trackingDomainsAction);

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->addAction(m_actions->newWebhookAction());
    insert->addSeparator();
    insert->addAction(m_actions->newCampaignAction());
    insert->addAction(m_actions->newNumberAction());
    insert->addAction(m_actions->newBuyerAction());
    insert->addAction(m_actions->newPublisherAction());
    insert->addSeparator();
    insert->addAction(m_templateGalleryAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_expandAllAction);
    view->addAction(m_collapseAllAction);
    view->addSeparator();
    view->addAction(m_previewDock->toggleViewAction());
    view->addAction(m_lintDock->toggleViewAction());
    view->addAction(m_toolBar->toggleViewAction());
    QAction *statusBarAction = view->addAction(tr("&Status Bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_welcomeAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->newWebhookAction());
    m_toolBar->addAction(m_templateGalleryAction);
}

void MainWindow::createDocks()
{
    m_lintPanel = new LintPanel(this);
    m_lintPanel->setModel(m_model);
    connect(m_lintPanel, &LintPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_lintPanel, &LintPanel::findingsChanged, this, &MainWindow::updateLintStatus);
    m_lintDock = new QDockWidget(tr("Problems"), this);
    m_lintDock->setObjectName(QStringLiteral("problemsDock"));
    m_lintDock->setWidget(m_lintPanel);
    m_lintDock->toggleViewAction()->setText(tr("P&roblems"));

    m_previewPane = new PreviewPane(this);
    m_previewPane->setModel(m_model, m_undoStack);
    connect(m_previewPane, &PreviewPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    // Its messages grow with the shown webhook's problems: they scroll, the window stays.
    auto *previewScroll = qobject_cast<QScrollArea *>(scrolled(m_previewPane));
    previewScroll->setObjectName(QStringLiteral("previewScroll"));
    m_previewDock->setWidget(previewScroll);
    m_previewDock->toggleViewAction()->setText(tr("&Preview"));
    // Below the pages the sample call and the request sit side by side; at a side, stacked.
    connect(m_previewDock, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        m_previewPane->setOrientation(
            area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea ? Qt::Vertical : Qt::Horizontal);
    });
    connect(m_previewDock, &QDockWidget::topLevelChanged, this, [this](bool floating) {
        if (floating)
            m_previewPane->setOrientation(Qt::Vertical);
    });

    // Both under the pages, so the editor keeps the window's whole width.
    addDockWidget(Qt::BottomDockWidgetArea, m_lintDock);
    splitDockWidget(m_lintDock, m_previewDock, Qt::Horizontal);
    resizeDocks({m_lintDock, m_previewDock}, {560, 620}, Qt::Horizontal);
    resizeDocks({m_lintDock}, {230}, Qt::Vertical);

    m_lintStatus = new QToolButton(this);
    m_lintStatus->setObjectName(QStringLiteral("lintStatus"));
    m_lintStatus->setAutoRaise(true);
    m_lintStatus->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_lintStatus->setToolTip(tr("Show the problems list"));
    m_lintStatus->hide(); // until the first lint has finished
    connect(m_lintStatus, &QToolButton::clicked, this, [this] {
        showPage(m_splitter);
        m_lintDock->show();
        m_lintDock->raise();
    });
    statusBar()->addPermanentWidget(m_lintStatus);

    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateDocksForPage);
}

void MainWindow::updateDocksForPage()
{
    // The preview and the problems are about the workspace being edited; on the test-fire, log
    // and HAR pages they only take room from the page.
    const bool configure = !isWelcomeShown() && m_pages->currentWidget() == m_splitter;
    if (configure != m_docksSuppressed)
        return;
    if (configure) {
        restoreDocks();
    } else {
        m_previewWanted = !m_previewDock->isHidden();
        m_lintWanted = !m_lintDock->isHidden();
        m_docksSuppressed = true;
        m_previewDock->hide();
        m_lintDock->hide();
    }
    // Toggling a dock that cannot be shown here would only flip what is restored later.
    m_previewDock->toggleViewAction()->setEnabled(configure);
    m_lintDock->toggleViewAction()->setEnabled(configure);
}

void MainWindow::restoreDocks()
{
    if (!m_docksSuppressed)
        return;
    m_docksSuppressed = false;
    m_previewDock->setVisible(m_previewWanted);
    m_lintDock->setVisible(m_lintWanted);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resizeToFitScreen();
    // The docks' first height leaves the editor most of a small screen.
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_lintDock}, {qBound(150, height() * 3 / 10, 230)}, Qt::Vertical);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::resizeToFitScreen()
{
    QSize size(1180, 760);
    if (const QScreen *shown = screen()) {
        // Room for the window manager's title bar and borders around the client area.
        const QSize room = shown->availableGeometry().size() - QSize(16, 48);
        size = size.boundedTo(room).expandedTo(minimumSizeHint());
    }
    resize(size);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::newWorkspace()
{
    if (maybeSave())
        setDocument(Workspace(), QString(), tr("Untitled"));
}

void MainWindow::closeWorkspace()
{
    // One workspace per window: closing it leaves an empty one, as New does.
    newWorkspace();
}

bool MainWindow::offerRecovery()
{
    const QList<AutosaveManager::Recovery> orphans = m_autosave->orphans();
    if (orphans.isEmpty())
        return false;
    const AutosaveManager::Recovery &newest = orphans.constFirst();
    Workspace workspace;
    AutosaveManager::Recovery recovery;
    QString error;
    if (!AutosaveManager::read(newest.path, &workspace, &recovery, &error)) {
        QMessageBox::warning(this, tr("Recover Unsaved Changes"),
                             tr("A session that ended unexpectedly left unsaved changes, but they cannot be "
                                "restored: %1.\n\nThe file is kept at %2.")
                                 .arg(error, QDir::toNativeSeparators(newest.path)));
        return false;
    }

    const QString name =
        recovery.documentFile.isEmpty() ? recovery.untitledName : QDir::toNativeSeparators(recovery.documentFile);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Webhook Configurator did not close normally. Restore the unsaved changes to %1?").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("They were saved automatically at %1.")
                               .arg(QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard) {
        AutosaveManager::removeOrphan(newest.path);
        return false;
    }
    if (box.clickedButton() != restore)
        return false;

    setDocument(workspace, recovery.documentFile, recovery.untitledName);
    // The restored changes are not in any file yet.
    m_undoStack->resetClean();
    AutosaveManager::removeOrphan(newest.path);
    QString saveError;
    if (!m_autosave->saveNow(&saveError))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(saveError), 10000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString directory = m_fileName.isEmpty() ? QSettings().value(kDirectoryKey, QDir::homePath()).toString()
                                                   : QFileInfo(m_fileName).absolutePath();
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), directory, tr("Workspaces (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

void MainWindow::openRecent(const QString &fileName)
{
    if (!maybeSave())
        return;
    if (!QFileInfo::exists(fileName)) {
        QMessageBox::warning(this, tr("Open Recent"),
                             tr("%1 no longer exists; it has been removed from the recent files.")
                                 .arg(QDir::toNativeSeparators(fileName)));
        m_recentFiles->remove(fileName);
        return;
    }
    openFile(fileName);
}

bool MainWindow::save()
{
    return m_fileName.isEmpty() ? saveAs() : saveToFile(m_fileName);
}

bool MainWindow::saveAs()
{
    QFileDialog dialog(this, tr("Save Workspace As"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Workspaces (*.json)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (m_fileName.isEmpty()) {
        dialog.setDirectory(QSettings().value(kDirectoryKey, QDir::homePath()).toString());
        dialog.selectFile(m_untitledName.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                          % QStringLiteral(".json"));
    } else {
        dialog.selectFile(m_fileName);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return saveToFile(dialog.selectedFiles().constFirst());
}

bool MainWindow::saveToFile(const QString &fileName)
{
    QString error;
    if (!WorkspaceFile::save(m_model->workspace(), fileName, &error)) {
        QMessageBox::critical(
            this, tr("Save Workspace"),
            tr("The workspace could not be saved to %1.\n\n%2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    m_fileName = QFileInfo(fileName).absoluteFilePath();
    m_untitledName.clear();
    m_undoStack->setClean();
    m_autosave->setDocument(m_fileName, QString());
    m_recentFiles->add(m_fileName);
    QSettings().setValue(kDirectoryKey, QFileInfo(m_fileName).absolutePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_fileName)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    // An edit still being typed (a name in the tree, a field of the editor) is committed when
    // its field loses the focus: first that, then the question.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (m_undoStack->isClean())
        return true;
    const QString name = m_fileName.isEmpty() ? m_untitledName : QFileInfo(m_fileName).fileName();
    const QMessageBox::StandardButton answer =
        QMessageBox::warning(this, tr("Unsaved Changes"), tr("Save the changes to %1 before closing it?").arg(name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::setDocument(const Workspace &workspace, const QString &fileName, const QString &untitledName)
{
    leaveWelcome();
    m_undoStack->clear();
    m_model->setWorkspace(workspace);
    m_fileName = fileName;
    m_untitledName = untitledName;
    m_autosave->setDocument(fileName, untitledName);
    setWindowModified(false);
    updateTitle();

    // Open on something to read: the whole tree, with the first webhook's details showing.
    m_tree->expandAll();
    QModelIndex initial = m_model->firstWebhook();
    if (!initial.isValid())
        initial = m_model->index(0, 0);
    m_tree->setCurrentIndex(initial);
    m_tree->scrollTo(initial);
}

void MainWindow::showLoadErrors(const QString &fileName, const QStringList &errors)
{
    QMessageBox box(QMessageBox::Warning, tr("Open Workspace"),
                    tr("%1 could not be opened.").arg(QDir::toNativeSeparators(fileName)), QMessageBox::Ok, this);
    QStringList shown;
    for (const QString &error : errors.mid(0, kErrorsShown))
        shown.append(QStringLiteral("• ") % error);
    if (errors.size() > kErrorsShown)
        shown.append(tr("... and %1 more").arg(errors.size() - kErrorsShown));
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    // Error messages are long; the default width wraps each over many lines.
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 36em; }"));
    if (errors.size() > kErrorsShown)
        box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::updateTitle()
{
    const QString name = m_fileName.isEmpty() ? m_untitledName : QFileInfo(m_fileName).fileName();
    setWindowTitle(tr("%1[*] — Webhook Configurator").arg(name));
}

void MainWindow::updateCounts()
{
    const Workspace &workspace = m_model->workspace();
    qsizetype numbers = 0;
    qsizetype webhooks = workspace.company.defaultWebhooks.size();
    for (const Campaign &campaign : workspace.campaigns) {
        numbers += campaign.numbers.size();
        webhooks += campaign.webhooks.size();
        for (const TrackingNumber &number : campaign.numbers)
            webhooks += number.webhooksUnlocked ? number.webhooks.size() : 0;
    }
    for (const Buyer &buyer : workspace.buyers)
        webhooks += buyer.webhooks.size();

    const QStringList parts = {
        countText(workspace.campaigns.size(), QT_TRANSLATE_NOOP("MainWindow", "%1 campaign"),
                  QT_TRANSLATE_NOOP("MainWindow", "%1 campaigns")),
        countText(workspace.buyers.size(), QT_TRANSLATE_NOOP("MainWindow", "%1 buyer"),
                  QT_TRANSLATE_NOOP("MainWindow", "%1 buyers")),
        countText(workspace.publishers.size(), QT_TRANSLATE_NOOP("MainWindow", "%1 publisher"),
                  QT_TRANSLATE_NOOP("MainWindow", "%1 publishers")),
        countText(numbers, QT_TRANSLATE_NOOP("MainWindow", "%1 number"), QT_TRANSLATE_NOOP("MainWindow", "%1 numbers")),
        countText(webhooks, QT_TRANSLATE_NOOP("MainWindow", "%1 webhook"),
                  QT_TRANSLATE_NOOP("MainWindow", "%1 webhooks")),
    };
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::showCurrentObject()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_objectPane->setCurrentWidget(m_detail);
        m_detail->clearObject();
        return;
    }
    const WorkspaceModel::Address address = m_model->address(current);
    if (address.kind == WorkspaceModel::Kind::Webhook) {
        m_webhookEditor->setAddress(address);
        m_objectPane->setCurrentWidget(m_webhookEditor);
        return;
    }
    m_objectPane->setCurrentWidget(m_detail);
    m_detail->showObject(m_model->workspace(), address);
}

void MainWindow::selectPath(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &fileName = files.at(i);
        // Numbered accelerators for the first nine, as desktop apps do.
        const QString prefix = i < 9 ? QStringLiteral("&%1  ").arg(i + 1) : QString();
        QAction *action = m_recentMenu->addAction(prefix % QFileInfo(fileName).fileName());
        action->setData(fileName);
        action->setStatusTip(QDir::toNativeSeparators(fileName));
        action->setToolTip(QDir::toNativeSeparators(fileName));
        connect(action, &QAction::triggered, this, [this, fileName] { openRecent(fileName); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Files"), m_recentFiles, &RecentFiles::clear);
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    QMenu menu(this);
    QMenu *add = menu.addMenu(tr("&New"));
    add->addAction(m_actions->newWebhookAction());
    add->addSeparator();
    add->addAction(m_actions->newCampaignAction());
    add->addAction(m_actions->newNumberAction());
    add->addAction(m_actions->newBuyerAction());
    add->addAction(m_actions->newPublisherAction());
    menu.addSeparator();
    menu.addAction(m_actions->cutAction());
    menu.addAction(m_actions->copyAction());
    menu.addAction(m_actions->pasteAction());
    menu.addSeparator();
    menu.addAction(m_actions->renameAction());
    menu.addAction(m_actions->duplicateAction());
    menu.addAction(m_actions->deleteAction());
    menu.addSeparator();
    menu.addAction(m_actions->numberLockAction());
    menu.addSeparator();
    menu.addAction(m_templateGalleryAction);
    menu.addAction(m_saveTemplateAction);
    if (m_model->address(m_tree->indexAt(position)).kind == WorkspaceModel::Kind::Company)
        menu.addAction(m_trackingDomainsAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::findInTree()
{
    showPage(m_splitter);
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

void MainWindow::showFinding(const LintFinding &finding)
{
    const QString path = finding.location.objectPath();
    if (path.isEmpty())
        return;
    showPage(m_splitter);
    selectPath(path);
    // The webhook editor, now showing the webhook, puts the cursor on the field (at the line and
    // column); the other objects' forms on the field's line edit.
    if (finding.location.webhookIndex >= 0 && m_objectPane->currentWidget() == m_webhookEditor) {
        if (finding.location.field.isEmpty())
            m_webhookEditor->setFocus(Qt::OtherFocusReason);
        else
            m_webhookEditor->focusField(finding.location.field, finding.location.line, finding.location.column);
    } else if (finding.location.webhookIndex < 0) {
        m_detail->focusField(finding.location.field);
    }
}

void MainWindow::updateLintStatus()
{
    const int errors = m_lintPanel->count(LintSeverity::Error);
    const int warnings = m_lintPanel->count(LintSeverity::Warning);
    const int total = int(m_lintPanel->findings().size());
    m_lintDock->setWindowTitle(total == 0 ? tr("Problems") : tr("Problems (%1)").arg(total));
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (errors > 0)
        icon = QStyle::SP_MessageBoxCritical;
    else if (warnings > 0)
        icon = QStyle::SP_MessageBoxWarning;
    else if (total > 0)
        icon = QStyle::SP_MessageBoxInformation;
    m_lintStatus->setIcon(style()->standardIcon(icon));
    m_lintStatus->setText(m_lintPanel->summary());
    m_lintStatus->show();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Webhook Configurator"),
        tr("<h3>Webhook Configurator %1</h3>"
           "<p>A desktop workbench for call-tracking webhooks: plan, simulate and fire a call's webhooks, "
           "and see exactly what each one sends.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(WC_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::openTemplateGallery()
{
    TemplateGallery gallery(m_model, m_undoStack, this);
    fitToScreen(&gallery);
    if (m_tree->currentIndex().isValid())
        gallery.setPreferredTarget(m_model->address(m_tree->currentIndex()));
    if (gallery.exec() == QDialog::Accepted)
        selectPath(gallery.appliedWebhook().path());
}

void MainWindow::saveAsTemplate()
{
    if (SaveTemplateDialog::saveAsTemplate(m_model, m_undoStack, m_model->address(m_tree->currentIndex()), this))
        statusBar()->showMessage(tr("Saved as a template of this workspace: find it in Insert > From Template"), 5000);
}

void MainWindow::editTrackingDomains()
{
    CompanyDefaultsPanel panel(m_model, m_undoStack, this);
    fitToScreen(&panel);
    panel.exec();
}
