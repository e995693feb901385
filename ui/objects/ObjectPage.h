// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Workspace.h"
#include "model/WorkspaceAddress.h"

#include <QWidget>

class BuyerForm;
class CampaignForm;
class CompanyForm;
class DetailPane;
class NumberForm;
class ObjectForm;
class PublisherForm;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;
class WorkspaceActions;
class WorkspaceModel;

// The page for every object but a webhook: the object's form on top (every field editable, each
// edit an undo command) and the read-only "how it behaves" summary (DetailPane) below. A group
// (Campaigns, Buyers, Publishers) gets a button to add one; an owner without webhooks offers
// Add webhook and From template.
class ObjectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectPage)

public:
    // actions are the tree's (New Campaign, New Webhook, ...); all outlive the page.
    ObjectPage(WorkspaceModel *model, QUndoStack *stack, WorkspaceActions *actions, QWidget *parent = nullptr);

    // What "From template..." runs (the main window's template gallery).
    void setTemplateAction(QAction *action);
    void showObject(const Workspace &workspace, const WorkspaceAddress &address);
    void clearObject();
    // Puts the cursor into the shown form's field (a lint finding's); false if it has none.
    bool focusField(const QString &field);

signals:
    // A link in the summary or a webhook the forms point at was followed: the object's path.
    void objectLinkActivated(const QString &path);

private:
    QWidget *buildGroupPage();
    QWidget *buildEmptyBar();
    ObjectForm *formFor(WorkspaceAddress::Kind kind) const;

    WorkspaceModel *m_model;
    WorkspaceActions *m_actions;
    QAction *m_templateAction = nullptr;
    QStackedWidget *m_forms;
    QWidget *m_blank;
    QWidget *m_groupPage = nullptr;
    QLabel *m_groupText = nullptr;
    QPushButton *m_groupNew = nullptr;
    QWidget *m_emptyBar = nullptr;
    QPushButton *m_fromTemplate = nullptr;
    CompanyForm *m_company;
    CampaignForm *m_campaign;
    NumberForm *m_number;
    BuyerForm *m_buyer;
    PublisherForm *m_publisher;
    DetailPane *m_detail;
    WorkspaceAddress m_address;
};
