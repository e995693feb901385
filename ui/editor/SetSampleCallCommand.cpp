// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/SetSampleCallCommand.h"

#include "workspace/WorkspaceModel.h"

SetSampleCallCommand::SetSampleCallCommand(WorkspaceModel *model, const TagMap &tags, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(model->workspace().sampleCall)
    , m_after(tags)
{}

void SetSampleCallCommand::redo()
{
    m_model->setSampleCall(m_after);
}

void SetSampleCallCommand::undo()
{
    m_model->setSampleCall(m_before);
}
