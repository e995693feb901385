#include "RemoveObjectCommand.h"

RemoveObjectCommand::RemoveObjectCommand(WorkspaceModel *model, const WorkspaceModel::Address &address,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_address(address)
    , m_object(model->object(address))
{
}

void RemoveObjectCommand::redo()
{
    m_model->removeObject(m_address);
}

void RemoveObjectCommand::undo()
{
    m_model->insertObject(m_address, m_object);
}
