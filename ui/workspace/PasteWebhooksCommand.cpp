// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/PasteWebhooksCommand.h"

PasteWebhooksCommand::PasteWebhooksCommand(WorkspaceModel *model, const WorkspaceModel::Address &owner, int position,
                                           const QList<Webhook> &webhooks, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_owner(owner)
    , m_position(position)
    , m_webhooks(webhooks)
{}

void PasteWebhooksCommand::redo()
{
    m_model->insertWebhooks(m_owner, m_position, m_webhooks);
}

void PasteWebhooksCommand::undo()
{
    m_model->removeWebhooks(m_owner, m_position, int(m_webhooks.size()));
}

WorkspaceModel::Address PasteWebhooksCommand::firstWebhook() const
{
    WorkspaceModel::Address address = m_owner;
    address.kind = WorkspaceModel::Kind::Webhook;
    address.webhook = m_position;
    return address;
}
