// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// Moves one webhook within its list or to another owner's (drag and drop); it keeps its id.
class MoveWebhookCommand final : public QUndoCommand
{
public:
    // to: the webhook's address after the move.
    MoveWebhookCommand(WorkspaceModel *model, const WorkspaceModel::Address &from, const WorkspaceModel::Address &to,
                       const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_from;
    WorkspaceModel::Address m_to;
};
