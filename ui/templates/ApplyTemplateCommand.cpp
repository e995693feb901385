// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/ApplyTemplateCommand.h"

using Kind = WorkspaceModel::Kind;

ApplyTemplateCommand::ApplyTemplateCommand(WorkspaceModel *model, const WorkspaceModel::Address &owner,
                                           const QList<Webhook> &webhooks, const WorkspaceModel::Address &profile,
                                           const TagMap &profileTags, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_owner(owner)
    , m_row(int(WorkspaceModel::webhooksOf(model->workspace(), owner).size()))
    , m_webhooks(webhooks)
    , m_profile(profile)
{
    if (!hasProfile())
        return;
    m_tagsBefore = m_model->profileTags(m_profile);
    m_tagsAfter = m_tagsBefore;
    for (const QString &key : profileTags.keys()) {
        for (const QString &value : profileTags.values(key))
            m_tagsAfter.add(key, value);
    }
}

void ApplyTemplateCommand::redo()
{
    m_model->insertWebhooks(m_owner, m_row, m_webhooks);
    if (hasProfile())
        m_model->setProfileTags(m_profile, m_tagsAfter);
}

void ApplyTemplateCommand::undo()
{
    if (hasProfile())
        m_model->setProfileTags(m_profile, m_tagsBefore);
    m_model->removeWebhooks(m_owner, m_row, int(m_webhooks.size()));
}

WorkspaceModel::Address ApplyTemplateCommand::firstWebhook() const
{
    WorkspaceModel::Address address = m_owner;
    address.kind = Kind::Webhook;
    address.webhook = m_row;
    return address;
}

bool ApplyTemplateCommand::hasProfile() const
{
    return m_profile.kind == Kind::Buyer || m_profile.kind == Kind::Publisher;
}
