#pragma once

#include "WorkspaceModel.h"

#include <QUndoCommand>

// Deletes one object with everything under it (a campaign's webhooks and numbers, a buyer's
// webhooks, ...); undo puts the same object back at the same place.
class RemoveObjectCommand final : public QUndoCommand
{
public:
    RemoveObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_address;
    WorkspaceModel::Object m_object;
};
