// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"
#include "workspace/WorkspaceModel.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Replaces the webhook at an address (issue 5 item 9): one field edit of the webhook editor.
// Consecutive edits of the same field in one editing session merge, so typing a URL is one undo
// step; an edit that brings the field back to where the merged run started removes itself.
class EditWebhookCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditWebhookCommand)

public:
    static constexpr int kId = 0x57454201; // "WEB", 1

    // field names the edited field as the workspace file does ("url", "headers[1].value",
    // "ping_post.amount_path"); mergeSession < 0 never merges, else edits of the same field and
    // session merge (the editor starts a new session when the focus moves).
    EditWebhookCommand(WorkspaceModel *model, const WorkspaceModel::Address &address, const Webhook &before,
                       const Webhook &after, const QString &field, int mergeSession = -1,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    WorkspaceModel::Address address() const { return m_address; }
    QString field() const { return m_field; }
    Webhook before() const { return m_before; }
    Webhook after() const { return m_after; }

    // "Edit URL of “Call started”", "Enable “Call started”", ...
    static QString describe(const QString &field, const Webhook &before, const Webhook &after);

private:
    WorkspaceModel *m_model;
    WorkspaceModel::Address m_address;
    Webhook m_before;
    Webhook m_after;
    QString m_field;
    int m_mergeSession;
};
