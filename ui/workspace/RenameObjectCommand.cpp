// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/RenameObjectCommand.h"

#include <QCoreApplication>

RenameObjectCommand::RenameObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address,
                                         const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_address(address)
    , m_before(model->name(address))
    , m_after(name)
{
    setText(m_before.isEmpty()
                ? QCoreApplication::translate("RenameObjectCommand", "Name \"%1\"").arg(name)
                : QCoreApplication::translate("RenameObjectCommand", "Rename \"%1\" to \"%2\"").arg(m_before, name));
}

void RenameObjectCommand::redo()
{
    m_model->setName(m_address, m_after);
}

void RenameObjectCommand::undo()
{
    m_model->setName(m_address, m_before);
}
