// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"

#include <QUndoCommand>

class WorkspaceModel;

// Replaces the workspace's sample call (the tags previews render with).
class SetSampleCallCommand final : public QUndoCommand
{
public:
    SetSampleCallCommand(WorkspaceModel *model, const TagMap &tags, const QString &text,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkspaceModel *m_model;
    TagMap m_before;
    TagMap m_after;
};
