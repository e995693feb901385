// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "objects/ObjectForm.h"

class KeyValueTable;
class QListWidget;
class QPushButton;

// A buyer: its id (the call's handler_id; renaming it renames it in every routing), name and
// profile tags, and its ping-post webhooks (RTB: a ping asks for a bid, the post goes out only
// for an accepted one). Add ping-post webhook appends a buyer webhook with ping-post enabled;
// opening one (double-click) shows it in the webhook editor, where its ping is configured.
class BuyerForm final : public ObjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyerForm)

public:
    BuyerForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent = nullptr);

signals:
    // A webhook to show (its path), after it was added or double-clicked.
    void webhookActivated(const QString &path);

protected:
    void load(const Object &object, const Object *previous) override;
    QString displayName(const Object &object) const override;

private:
    void addPingPostWebhook();

    KeyValueTable *m_tags;
    QListWidget *m_pingPosts;
    QPushButton *m_addPingPost;
};
