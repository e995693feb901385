// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// Inserts copies of webhooks into an owner's list at a position (paste, or a copying drop).
// The webhooks should already have fresh ids: redo after undo inserts the very same ones.
class PasteWebhooksCommand final : public QUndoCommand
{
public:
    PasteWebhooksCommand(WorkspaceModel *model, const WorkspaceModel::Address &owner, int position,
                         const QList<Webhook> &webhooks, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Where the first pasted webhook stands.
    WorkspaceModel::Address firstWebhook() const;

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_owner;
    int m_position;
    QList<Webhook> m_webhooks;
};
