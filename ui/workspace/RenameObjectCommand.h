// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// Renames one object (see WorkspaceModel::name for which name each kind has).
class RenameObjectCommand final : public QUndoCommand
{
public:
    RenameObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address, const QString &name,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_address;
    QString m_before;
    QString m_after;
};
