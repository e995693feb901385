// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QUndoCommand>

// One edit of an object's own fields in a form (a campaign's id or conversion criteria, a
// buyer's tags, ...): redo sets the after value, undo the before value, both through
// WorkspaceModel::setFields (so what lies under the object is never touched). Consecutive edits
// of the same field of the same object in one typing session merge into one command.
class EditObjectCommand final : public QUndoCommand
{
public:
    static constexpr int kId = 0x4f424a01; // "OBJ", 1

    // field names the edited field as the workspace file does ("id", "conversion.min_duration");
    // mergeSession < 0 never merges.
    EditObjectCommand(WorkspaceModel *model, const WorkspaceAddress &address, const WorkspaceEditor::Object &before,
                      const WorkspaceEditor::Object &after, const QString &field, const QString &text,
                      int mergeSession = -1, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    QString field() const { return m_field; }

private:
    WorkspaceModel *m_model;
    WorkspaceAddress m_address;
    WorkspaceEditor::Object m_before;
    WorkspaceEditor::Object m_after;
    QString m_field;
    int m_mergeSession;
};
