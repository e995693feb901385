// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/EditObjectCommand.h"

EditObjectCommand::EditObjectCommand(WorkspaceModel *model, const WorkspaceAddress &address,
                                     const WorkspaceEditor::Object &before, const WorkspaceEditor::Object &after,
                                     const QString &field, const QString &text, int mergeSession, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_address(address)
    , m_before(before)
    , m_after(after)
    , m_field(field)
    , m_mergeSession(mergeSession)
{}

void EditObjectCommand::redo()
{
    m_model->setFields(m_address, m_after);
}

void EditObjectCommand::undo()
{
    m_model->setFields(m_address, m_before);
}

bool EditObjectCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditObjectCommand *>(other);
    if (m_mergeSession < 0 || next->m_mergeSession != m_mergeSession || next->m_field != m_field
        || next->m_address != m_address || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    // Typed and then erased again: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}
