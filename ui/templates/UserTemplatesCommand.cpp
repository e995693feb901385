// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/UserTemplatesCommand.h"

UserTemplatesCommand::UserTemplatesCommand(WorkspaceModel *model, const QJsonArray &after, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(model->workspace().userTemplates)
    , m_after(after)
{}

void UserTemplatesCommand::redo()
{
    m_model->setUserTemplates(m_after);
}

void UserTemplatesCommand::undo()
{
    m_model->setUserTemplates(m_before);
}
