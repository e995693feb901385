#include "MainWindow.h"

#include "DetailPane.h"
#include "PixelStore.h"
#include "RecentFiles.h"
#include "SandboxReceiver.h"
#include "Services.h"
#include "WorkspaceFile.h"
#include "WorkspaceModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

const QLatin1String kGeometryKey("MainWindow/geometry");
const QLatin1String kStateKey("MainWindow/state");
const QLatin1String kSplitterKey("MainWindow/splitter");
const QLatin1String kDirectoryKey("MainWindow/lastDirectory");
// The dialog lists this many errors; the rest are under "Show Details".
constexpr int kErrorsShown = 12;

// Replaces one tracking number, e.g. to lock or unlock its webhooks.
class SetNumberCommand final : public QUndoCommand
{
public:
    SetNumberCommand(WorkspaceModel *model, int campaign, int number, const TrackingNumber &after,
                     const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_campaign(campaign)
        , m_number(number)
        , m_before(model->workspace().campaigns.at(campaign).numbers.at(number))
        , m_after(after)
    {
    }

    void redo() override { m_model->setNumber(m_campaign, m_number, m_after); }
    void undo() override { m_model->setNumber(m_campaign, m_number, m_before); }

private:
    WorkspaceModel *m_model;
    int m_campaign;
    int m_number;
    TrackingNumber m_before;
    TrackingNumber m_after;
};

QIcon themeIcon(const char *name)
{
    const QString themeName = QString::fromLatin1(name);
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/") % themeName % QStringLiteral(".svg")));
}

QString countText(qsizetype count, const char *one, const char *many)
{
    return QCoreApplication::translate("MainWindow", count == 1 ? one : many).arg(count);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new WorkspaceModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_services(new Services(this))
    , m_pages(new QTabWidget(this))
    , m_recentFiles(new RecentFiles(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_detail(new DetailPane(m_splitter))
    , m_counts(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_tree->setObjectName(QStringLiteral("workspaceTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 760});

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_splitter, QIcon(QStringLiteral(":/icons/webhook.svg")), tr("Configure"));
    setCentralWidget(m_pages);

    m_counts->setObjectName(QStringLiteral("workspaceCounts"));
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    createToolBar();
    createMenus();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrentObject();
        updateSelectionActions();
    });
    connect(m_model, &WorkspaceModel::workspaceChanged, this, [this] {
        showCurrentObject();
        updateSelectionActions();
        updateCounts();
    });
    connect(m_detail, &DetailPane::objectLinkActivated, this, &MainWindow::selectPath);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    setDocument(Workspace(), QString(), tr("Untitled"));
    rebuildRecentMenu();
    readSettings();
}

void MainWindow::startServices(bool withReceiver)
{
    QStringList problems;
    QString error;
    if (!m_services->openPixelStore(PixelStore::defaultPath(), &error))
        problems.append(tr("Fired pixels are not kept: %1").arg(error));
    if (withReceiver && !m_services->startReceiver(SandboxReceiver::kDefaultPort, &error))
        problems.append(tr("The local receiver could not start on port %1: %2")
                            .arg(SandboxReceiver::kDefaultPort)
                            .arg(error));
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("  ")));
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_pages->addTab(page, icon, title);
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
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
    writeSettings();
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

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(themeIcon("edit-undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);

    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(themeIcon("edit-redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_numberLockAction = new QAction(QIcon(QStringLiteral(":/icons/number-unlocked.svg")),
                                     tr("Un&lock Number's Webhooks"), this);
    m_numberLockAction->setObjectName(QStringLiteral("actionNumberLock"));
    connect(m_numberLockAction, &QAction::triggered, this, &MainWindow::toggleNumberLock);

    m_expandAllAction = new QAction(tr("&Expand All"), this);
    m_expandAllAction->setObjectName(QStringLiteral("actionExpandAll"));
    connect(m_expandAllAction, &QAction::triggered, m_tree, &QTreeView::expandAll);

    m_collapseAllAction = new QAction(tr("&Collapse All"), this);
    m_collapseAllAction->setObjectName(QStringLiteral("actionCollapseAll"));
    connect(m_collapseAllAction, &QAction::triggered, m_tree, &QTreeView::collapseAll);

    m_aboutAction = new QAction(tr("&About Webhook Configurator"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(m_openSampleAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_numberLockAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_expandAllAction);
    view->addAction(m_collapseAllAction);
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());
    QAction *statusBarAction = view->addAction(tr("&Status Bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
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

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString directory = m_fileName.isEmpty() ? QSettings().value(kDirectoryKey, QDir::homePath()).toString()
                                                   : QFileInfo(m_fileName).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Workspace"), directory,
                                                          tr("Workspaces (*.json);;All files (*)"));
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
        QMessageBox::critical(this, tr("Save Workspace"),
                              tr("The workspace could not be saved to %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    m_fileName = QFileInfo(fileName).absoluteFilePath();
    m_untitledName.clear();
    m_undoStack->setClean();
    m_recentFiles->add(m_fileName);
    QSettings().setValue(kDirectoryKey, QFileInfo(m_fileName).absolutePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_fileName)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const QString name = m_fileName.isEmpty() ? m_untitledName : QFileInfo(m_fileName).fileName();
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("Save the changes to %1 before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::setDocument(const Workspace &workspace, const QString &fileName, const QString &untitledName)
{
    m_undoStack->clear();
    m_model->setWorkspace(workspace);
    m_fileName = fileName;
    m_untitledName = untitledName;
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

void MainWindow::updateSelectionActions()
{
    const WorkspaceModel::Address address = m_model->address(m_tree->currentIndex());
    const bool isNumber = m_tree->currentIndex().isValid() && address.kind == WorkspaceModel::Kind::Number;
    m_numberLockAction->setEnabled(isNumber);
    const bool unlocked =
        isNumber && m_model->workspace().campaigns.at(address.campaign).numbers.at(address.number).webhooksUnlocked;
    if (unlocked) {
        m_numberLockAction->setText(tr("&Lock Number's Webhooks"));
        m_numberLockAction->setIcon(QIcon(QStringLiteral(":/icons/number-locked.svg")));
        m_numberLockAction->setStatusTip(tr("Drop this number's own webhooks; it uses the campaign's again"));
    } else {
        m_numberLockAction->setText(tr("Un&lock Number's Webhooks"));
        m_numberLockAction->setIcon(QIcon(QStringLiteral(":/icons/number-unlocked.svg")));
        m_numberLockAction->setStatusTip(
            tr("Give this number its own copy of the campaign's webhooks, overriding them for its calls"));
    }
}

void MainWindow::showCurrentObject()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_detail->clearObject();
        return;
    }
    m_detail->showObject(m_model->workspace(), m_model->address(current));
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

void MainWindow::toggleNumberLock()
{
    const WorkspaceModel::Address address = m_model->address(m_tree->currentIndex());
    if (address.kind != WorkspaceModel::Kind::Number)
        return;
    const Campaign &campaign = m_model->workspace().campaigns.at(address.campaign);
    TrackingNumber number = campaign.numbers.at(address.number);
    QString text;
    if (number.webhooksUnlocked) {
        Workspace::lockNumber(&number);
        text = tr("Lock webhooks of %1").arg(number.number);
    } else {
        Workspace::unlockNumber(campaign, &number);
        text = tr("Unlock webhooks of %1").arg(number.number);
    }
    m_undoStack->push(new SetNumberCommand(m_model, address.campaign, address.number, number, text));
    // Show the copies an unlock just made.
    m_tree->expand(m_model->indexOf(address));
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
