// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "templates/WebhookTemplate.h"
#include "workspace/WorkspaceModel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

// "Save as Template...": a webhook, or all the webhooks of a campaign, number, buyer or the
// company defaults, becomes a user template of the workspace (docs/TEMPLATES.md). The dialog asks
// for the id, name, platform, description and where the gallery should offer it; the template
// has no parameters. OK checks it as the template loader would and refuses it with the
// loader's message (a duplicate id, a "{{" in a webhook that reads as an undeclared parameter).
class SaveTemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveTemplateDialog)

public:
    // workspace: for the templates it already has (ids must be unique). address: what to save.
    SaveTemplateDialog(const Workspace &workspace, const WorkspaceModel::Address &address, QWidget *parent = nullptr);

    // The webhooks an address holds, with a name for them and where such webhooks belong
    // ("campaign", "buyer", "company"); empty when the address holds none.
    static QList<Webhook> webhooksAt(const Workspace &workspace, const WorkspaceModel::Address &address,
                                     QString *name = nullptr, QStringList *appliesTo = nullptr);

    // The whole action for an object of the tree: asks, adds the template to the workspace's
    // user templates as one undoable command and, if asked, exports it to a file. False when
    // there is nothing to save or the user cancelled.
    static bool saveAsTemplate(WorkspaceModel *model, QUndoStack *undoStack, const WorkspaceModel::Address &address,
                               QWidget *parent);

    // The template as the form describes it (valid once accepted).
    WebhookTemplate webhookTemplate() const;
    bool exportRequested() const;

    // Checks the template; stays open with the problems listed when it would not load.
    void accept() override;

private:
    void nameEdited(const QString &name);

    Workspace m_workspace;
    QList<Webhook> m_webhooks;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QComboBox *m_platform;
    QPlainTextEdit *m_description;
    QList<QCheckBox *> m_targets; // in WebhookTemplate::targets() order
    QCheckBox *m_export;
    QLabel *m_errors;
    QStringList m_knownIds; // of the templates loaded, shipped and the workspace's
    bool m_idEdited = false;
};
