// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// Replaces one tracking number, e.g. to lock or unlock its webhooks.
class SetNumberCommand final : public QUndoCommand
{
public:
    SetNumberCommand(WorkspaceModel *model, int campaign, int number, const TrackingNumber &after, const QString &text,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkspaceModel *m_model;
    int m_campaign;
    int m_number;
    TrackingNumber m_before;
    TrackingNumber m_after;
};
