// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QObject>

class QAction;
class QTreeView;
class QUndoStack;
class QWidget;

// The workspace tree's editing actions (issue 5 item 1): add a campaign, number, buyer,
// publisher or webhook; rename in place; duplicate; delete (asking first only when children go
// with it); cut, copy and paste webhooks between the company defaults, campaigns, unlocked
// numbers and buyers; lock and unlock a number's webhooks. Each acts on the tree's current
// object and pushes one undo command; each is enabled only where it applies.
class WorkspaceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceActions)

public:
    // The tree shows model; stack receives every edit. All three outlive this object.
    WorkspaceActions(WorkspaceModel *model, QUndoStack *stack, QTreeView *tree, QObject *parent = nullptr);

    QAction *newCampaignAction() const { return m_newCampaign; }
    QAction *newNumberAction() const { return m_newNumber; }
    QAction *newBuyerAction() const { return m_newBuyer; }
    QAction *newPublisherAction() const { return m_newPublisher; }
    QAction *newWebhookAction() const { return m_newWebhook; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *numberLockAction() const { return m_numberLock; }

    // Adds a tracking number to the current object's campaign (New Number asks for it first).
    // False, with the reason in error, if it is not an E.164 number or the workspace has it.
    bool addNumber(const QString &number, QString *error);
    // A number no campaign has yet, for the New Number dialog to suggest.
    QString unusedNumber() const;
    // Selects the next object (in tree order, after the current one, wrapping) whose name
    // contains text, ignoring case; false if none does.
    bool findNext(const QString &text);

signals:
    // A short outcome for the status bar: "Pasted 2 webhooks", or why nothing was pasted.
    void statusMessage(const QString &message);

private:
    QAction *createAction(const QString &text, const char *objectName, const QString &statusTip);
    WorkspaceModel::Address current() const;
    // Where New Webhook and Paste put webhooks: an owner and a position in its list.
    bool webhookTarget(WorkspaceModel::Address *owner, int *position) const;
    // The webhooks Copy takes: the current one, or all of the current owner's.
    QList<Webhook> webhooksToCopy() const;
    void updateActions();

    void newCampaign();
    void newNumber();
    void newBuyer();
    void newPublisher();
    void newWebhook();
    void rename();
    void duplicate();
    void remove();
    void cut();
    void copy();
    void paste();
    void toggleNumberLock();
    // Pushes an AddObjectCommand, then selects the new object and, if asked, edits its name.
    void add(const WorkspaceModel::Address &address, const WorkspaceModel::Object &object, const QString &text,
             bool editName);
    void select(const WorkspaceModel::Address &address);
    QWidget *dialogParent() const;

    WorkspaceModel *m_model;
    QUndoStack *m_stack;
    QTreeView *m_tree;
    QAction *m_newCampaign;
    QAction *m_newNumber;
    QAction *m_newBuyer;
    QAction *m_newPublisher;
    QAction *m_newWebhook;
    QAction *m_newWebhookInTree; // Insert, while the tree has the focus
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_numberLock;
};
