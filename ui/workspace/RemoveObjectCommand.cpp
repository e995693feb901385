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
    if (address.kind != WorkspaceModel::Kind::Buyer)
        return;
    const QList<Campaign> &campaigns = model->workspace().campaigns;
    for (int c = 0; c < campaigns.size(); ++c) {
        if (campaigns.at(c).buyerIds.contains(m_object.buyer.id))
            m_routing.insert(c, campaigns.at(c).buyerIds);
    }
}

void RemoveObjectCommand::redo()
{
    for (auto it = m_routing.cbegin(); it != m_routing.cend(); ++it) {
        QStringList routing = it.value();
        routing.removeAll(m_object.buyer.id);
        m_model->setBuyerIds(it.key(), routing);
    }
    m_model->removeObject(m_address);
}

void RemoveObjectCommand::undo()
{
    m_model->insertObject(m_address, m_object);
    for (auto it = m_routing.cbegin(); it != m_routing.cend(); ++it)
        m_model->setBuyerIds(it.key(), it.value());
}
