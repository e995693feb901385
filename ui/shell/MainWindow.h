// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class AutosaveManager;
class FindBar;
class HelpGuide;
class ObjectPage;
class HarViewer;
class LintPanel;
class PreviewPane;
class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QScrollArea;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QTreeView;
class QUndoStack;
class RecentFiles;
class QTabWidget;
class Services;
class WebhookEditor;
class WelcomePage;
class WorkspaceActions;
class WorkspaceModel;
struct LintFinding;
struct Workspace;

// The workbench: the workspace tree on the left, the selected object's details on the right.
// Every change to the workspace is a command on one QUndoStack; the stack's clean state is
// what "modified" means, so Save, New and Open only have to mark or reset it.
//
// Layout (issue 13 item 6): the window never resizes itself. Each page but Configure sits in a
// scroll area, so a page that wants more room than the window has scrolls instead of pushing
// the window wider or taller; the same for the Preview dock, whose messages grow with the
// problems of the shown webhook. A first size is chosen to fit the screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads fileName; if it cannot be used, lists its errors in a dialog and keeps the current
    // workspace. Does not ask to save the current one: the caller decides.
    bool openFile(const QString &fileName);
    // The bundled sample, as an untitled workspace.
    void openSample();
    // The file the workspace was loaded from or last saved to; empty while untitled.
    QString fileName() const { return m_fileName; }
    WorkspaceModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Services *services() const { return m_services; }
    WorkspaceActions *workspaceActions() const { return m_actions; }
    LintPanel *lintPanel() const { return m_lintPanel; }
    PreviewPane *previewPane() const { return m_previewPane; }
    AutosaveManager *autosave() const { return m_autosave; }

    // At start-up: if a session that crashed left unsaved changes, asks whether to restore the
    // newest. True if the user restored them (the workspace is then open and modified).
    bool offerRecovery();

    // The app's start-up, once the window is shown: opens the fired-pixels store and, if asked,
    // starts the local sandbox receiver on its default port (problems are reported in the
    // status bar, the app works on without them); while no workspace is open yet, shows the
    // welcome page, which the workspace given on the command line then replaces.
    void startServices(bool withReceiver);

    // The first-start page (also Help > Welcome Page); any workspace opened, created or edited,
    // and any page shown, leaves it.
    void showWelcome();
    void leaveWelcome();
    bool isWelcomeShown() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    // Help > Guide: the bundled guide, in a window of its own beside this one.
    HelpGuide *showGuide();
    FindBar *findBar() const { return m_findBar; }

    // The workbench's pages (Configure first; test-fire, logs, ...) are tabs of the central area.
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    // A page made by create the first time its tab is shown: most sessions never open most
    // pages, and start-up should not pay for them. Only for pages that need not watch anything
    // before they are shown.
    void addLazyPage(const std::function<QWidget *()> &create, const QIcon &icon, const QString &title);
    void showPage(QWidget *page);
    // The page of tab index as added (not the scroll area it sits in); nullptr for a lazy
    // page not made yet.
    QWidget *pageAt(int index) const;
    QWidget *currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The constructor's parts: the workspace tree and its actions, the find field above it, the
    // Configure page (tree beside the object pane), the pages, the wiring.
    void setUpTree();
    void setUpFindField();
    void buildConfigurePage();
    void buildPages();
    void connectSignals();

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void readSettings();
    void writeSettings() const;
    // The Preview and Problems docks belong to the Configure page: hidden on the other pages,
    // shown again as the user left them on the way back.
    void updateDocksForPage();
    void restoreDocks();
    // The first size, for a first start: the preferred size, or what the screen has room for.
    void resizeToFitScreen();
    // page in a frameless scroll area that lets it have its minimum size (the tab holds this).
    QWidget *scrolled(QWidget *page);
    int indexOfPage(const QWidget *page) const;
    // From the welcome page: a campaign in the workspace, its name ready to type.
    void newCampaignFromWelcome();
    void updateFindCount();

    void newWorkspace();
    void closeWorkspace();
    void open();
    void openRecent(const QString &fileName);
    bool save();
    bool saveAs();
    bool saveToFile(const QString &fileName);
    // Asks what to do with unsaved changes; false if the user cancelled.
    bool maybeSave();
    void setDocument(const Workspace &workspace, const QString &fileName, const QString &untitledName);
    void showLoadErrors(const QString &fileName, const QStringList &errors);

    void updateTitle();
    void updateCounts();
    void showCurrentObject();
    void selectPath(const QString &path);
    void rebuildRecentMenu();
    void showTreeMenu(const QPoint &position);
    void findInTree();
    void showFinding(const LintFinding &finding);
    void updateLintStatus();
    void about();
    // Issue 6: the template gallery, saving the selection as a template, the company's
    // tracking-domain postbacks.
    void openTemplateGallery();
    void saveAsTemplate();
    void editTrackingDomains();

    WorkspaceModel *m_model;
    QUndoStack *m_undoStack;
    Services *m_services;
    QStackedWidget *m_central; // the welcome page or the pages
    QTabWidget *m_pages;
    QHash<QWidget *, std::function<QWidget *()>> m_lazyPages; // placeholder -> how to make the page
    RecentFiles *m_recentFiles;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    FindBar *m_findBar;
    QLineEdit *m_findField;
    WelcomePage *m_welcome = nullptr;
    QScrollArea *m_welcomeScroll = nullptr;
    QPointer<HelpGuide> m_guide;
    ObjectPage *m_detail = nullptr; // forms and summary of every object but a webhook
    QStackedWidget *m_objectPane = nullptr;
    WebhookEditor *m_webhookEditor = nullptr;
    QLabel *m_counts;
    WorkspaceActions *m_actions = nullptr;
    AutosaveManager *m_autosave;
    LintPanel *m_lintPanel = nullptr;
    PreviewPane *m_previewPane = nullptr;
    HarViewer *m_harViewer = nullptr;
    QDockWidget *m_lintDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QToolButton *m_lintStatus = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    bool m_docksSuppressed = false; // hidden because another page than Configure is shown
    bool m_previewWanted = true;
    bool m_lintWanted = true;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_expandAllAction = nullptr;
    QAction *m_collapseAllAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_templateGalleryAction = nullptr;
    QAction *m_saveTemplateAction = nullptr;
    QAction *m_trackingDomainsAction = nullptr;

    QString m_fileName;
    QString m_untitledName;
};
