// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/AddObjectCommand.h"

AddObjectCommand::AddObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address,
                                   const WorkspaceModel::Object &object, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_address(address)
    , m_object(object)
{}

void AddObjectCommand::redo()
{
    m_model->insertObject(m_address, m_object);
}

void AddObjectCommand::undo()
{
    m_model->removeObject(m_address);
}
