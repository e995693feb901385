// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"
#include "model/Webhook.h"
#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// Applying a template, as one step on the undo stack: its webhooks are appended to the owner's
// list (a campaign, an unlocked number, a buyer or the company defaults) and its profile tags
// added to a buyer's or publisher's tags. Undo removes exactly those webhooks and puts the
// profile's tags back as they were.
class ApplyTemplateCommand final : public QUndoCommand
{
public:
    // owner: an address of kind Company, Campaign, Number (unlocked) or Buyer. profile: a Buyer or
    // Publisher address, or any other kind for none. Each value of profileTags is added unless the
    // profile already holds it.
    ApplyTemplateCommand(WorkspaceModel *model, const WorkspaceModel::Address &owner, const QList<Webhook> &webhooks,
                         const WorkspaceModel::Address &profile, const TagMap &profileTags, const QString &text,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The first of the webhooks it adds.
    WorkspaceModel::Address firstWebhook() const;

private:
    bool hasProfile() const;

    WorkspaceModel *m_model;
    WorkspaceModel::Address m_owner;
    int m_row; // where the webhooks go: the end of the owner's list when the command was made
    QList<Webhook> m_webhooks;
    WorkspaceModel::Address m_profile;
    TagMap m_tagsBefore;
    TagMap m_tagsAfter;
};
