// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/RemoveObjectCommand.h"

RemoveObjectCommand::RemoveObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_address(address)
    , m_object(model->object(address))
{
    if (address.kind == WorkspaceAddress::Kind::Buyer)
        m_routing = WorkspaceEditor::routesTo(model->workspace(), m_object.buyer.id);
}

void RemoveObjectCommand::redo()
{
    // WorkspaceEditor takes a buyer out of every routing with it.
    m_model->removeObject(m_address);
}

void RemoveObjectCommand::undo()
{
    m_model->insertObject(m_address, m_object);
    for (auto it = m_routing.cbegin(); it != m_routing.cend(); ++it)
        m_model->setBuyerIds(it.key(), it.value());
}
