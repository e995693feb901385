// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/SetNumberCommand.h"

SetNumberCommand::SetNumberCommand(WorkspaceModel *model, int campaign, int number, const TrackingNumber &after,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_campaign(campaign)
    , m_number(number)
    , m_before(model->workspace().campaigns.at(campaign).numbers.at(number))
    , m_after(after)
{}

void SetNumberCommand::redo()
{
    m_model->setNumber(m_campaign, m_number, m_after);
}

void SetNumberCommand::undo()
{
    m_model->setNumber(m_campaign, m_number, m_before);
}
