// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QJsonArray>
#include <QUndoCommand>

// Replaces the workspace's user templates (Workspace::userTemplates): a template saved, imported
// or removed is one step on the undo stack.
class UserTemplatesCommand final : public QUndoCommand
{
public:
    UserTemplatesCommand(WorkspaceModel *model, const QJsonArray &after, const QString &text,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkspaceModel *m_model;
    QJsonArray m_before;
    QJsonArray m_after;
};
