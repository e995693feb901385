// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// Adds one object (a new or duplicated campaign, number, buyer, publisher or webhook) at an
// address; undo removes it again, leaving the workspace exactly as it was.
class AddObjectCommand final : public QUndoCommand
{
public:
    AddObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address,
                     const WorkspaceModel::Object &object, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    WorkspaceModel::Address address() const { return m_address; }

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_address;
    WorkspaceModel::Object m_object;
};
