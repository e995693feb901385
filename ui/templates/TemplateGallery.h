// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "templates/WebhookTemplate.h"
#include "workspace/WorkspaceModel.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QUndoStack;
class TemplateFilterModel;
class TemplateListModel;
class TemplateParameterForm;
class TemplatePreview;
class TemplateTargetPicker;

// Insert > From Template...: the platform templates (shipped and the workspace's own), searchable
// and filtered by platform and trigger. For the selected template: what it is, a form for its
// parameters with live validation, a preview of the request(s) it makes rendered for the
// workspace's sample call, and where to apply it (a campaign, an unlocked number, a buyer or the
// company defaults, as the template allows, plus the buyer or publisher profile that gets its
// tags). Apply is one command on the undo stack. The user templates can be imported from files,
// exported and removed here (docs/TEMPLATES.md). The dialog composes the browser with
// TemplateParameterForm, TemplatePreview and TemplateTargetPicker and decides what Apply does.
class TemplateGallery final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateGallery)

public:
    TemplateGallery(WorkspaceModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Preselects where Apply puts the webhooks (typically the object selected in the tree: a
    // webhook counts as its owner); used whenever the selected template can go there.
    void setPreferredTarget(const WorkspaceModel::Address &address);
    // Selects a template, clearing the filters if they hide it; false if there is no such id.
    bool selectTemplate(const QString &id);
    QString currentTemplateId() const;
    // Where the last Apply put its first webhook, for the caller to select it.
    WorkspaceModel::Address appliedWebhook() const { return m_applied; }

    // Applies the selected template with the form's values, as one undoable command, and closes
    // the dialog; false (and nothing changes) while Apply is disabled.
    bool apply();

    // Adds the template files that load to the workspace's user templates, as one undoable
    // command; every problem of a refused file goes to errors ("bad.json: name: required field
    // is missing"). Returns how many were imported.
    int importFiles(const QStringList &paths, QStringList *errors);
    // Writes a template (shipped or the user's) as a template file.
    bool exportTemplate(const QString &id, const QString &path, QString *error) const;
    // Removes a user template from the workspace, undoably; false if id is not a user template.
    bool removeUserTemplate(const QString &id);

private:
    void buildUi();
    QWidget *buildBrowser();
    QWidget *buildDetails();
    QLayout *buildHeader(QWidget *details);
    QLayout *buildButtons();

    void reloadTemplates();
    void rebuildFilterCombos();
    void applyFilter();
    void currentRowChanged();
    void showTemplate();
    void updateState();
    void updateButtons();

    void importClicked();
    void exportClicked();
    void removeClicked();
    void workspaceChanged();

    WorkspaceModel *m_model;
    QUndoStack *m_undoStack;
    TemplateListModel *m_listModel;
    TemplateFilterModel *m_filter;

    QLineEdit *m_search = nullptr;
    QComboBox *m_platformCombo = nullptr;
    QComboBox *m_triggerCombo = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_libraryProblems = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_documentation = nullptr;
    TemplateParameterForm *m_form = nullptr;
    TemplatePreview *m_preview = nullptr;
    TemplateTargetPicker *m_targetPicker = nullptr;
    QLabel *m_status = nullptr;

    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_applyButton = nullptr;

    WebhookTemplate m_current;
    bool m_hasCurrent = false;
    WorkspaceModel::Address m_applied;
    QJsonArray m_loadedUserTemplates;
    bool m_canApply = false;
    bool m_reloading = false;
};
