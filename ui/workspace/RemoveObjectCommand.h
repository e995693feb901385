// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QMap>
#include <QUndoCommand>

// Deletes one object with everything under it (a campaign's webhooks and numbers, a buyer's
// webhooks, ...); undo puts the same object back at the same place. A deleted buyer also leaves
// the routing of the campaigns that listed it, since a workspace file may not route to a buyer
// it does not have.
class RemoveObjectCommand final : public QUndoCommand
{
public:
    RemoveObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // How many campaigns a deleted buyer is taken out of the routing of.
    int routingChanges() const { return int(m_routing.size()); }

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_address;
    WorkspaceModel::Object m_object;
    QMap<int, QStringList> m_routing; // campaign -> its buyer ids before the delete
};
