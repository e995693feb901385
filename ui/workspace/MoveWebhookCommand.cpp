// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/MoveWebhookCommand.h"

MoveWebhookCommand::MoveWebhookCommand(WorkspaceModel *model, const WorkspaceModel::Address &from,
                                       const WorkspaceModel::Address &to, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_from(from)
    , m_to(to)
{}

void MoveWebhookCommand::redo()
{
    m_model->moveWebhook(m_from, m_to);
}

void MoveWebhookCommand::undo()
{
    m_model->moveWebhook(m_to, m_from);
}
