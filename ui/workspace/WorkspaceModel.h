// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Workspace.h"
#include "model/WorkspaceAddress.h"
#include "model/WorkspaceEditor.h"

#include <QAbstractItemModel>
#include <QIcon>

class QUndoStack;

#include <functional>
#include <memory>

// The workspace as a tree: the company (with its default webhooks), then groups of campaigns
// (their webhooks and numbers, an unlocked number with its own webhooks), buyers (their webhooks)
// and publishers. One node per object.
//
// The model owns the Workspace value. Every change goes through a member here that applies
// WorkspaceEditor's rule for it and emits precise row and data signals, so undo commands drive
// edits without resetting the view. The model itself holds only the tree, its data and drag and
// drop.
class WorkspaceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceModel)

public:
    // The tree shares core's addressing and editing rules; these names keep its users short.
    using Address = WorkspaceAddress;
    using Kind = WorkspaceAddress::Kind;
    using Object = WorkspaceEditor::Object;

    enum Role
    {
        KindRole = Qt::UserRole + 1, // Kind, as int
        PathRole,                    // QString: the object's path in the file, e.g. "campaigns[1].webhooks[0]"
    };

    explicit WorkspaceModel(QObject *parent = nullptr);
    ~WorkspaceModel() override;

    const Workspace &workspace() const { return m_workspace; }
    // Replaces everything (New, Open): resets the model.
    void setWorkspace(const Workspace &workspace);
    // Replaces one number (lock/unlock, later its editors); its webhook rows are removed and
    // inserted as needed.
    void setNumber(int campaign, int number, const TrackingNumber &value);
    // Replaces the webhook at address in place (the webhook editor's edits): its row stays, its
    // data changes.
    void setWebhook(const Address &address, const Webhook &webhook);

    // Webhook lists (templates applied and undone). owner is an address of kind Company,
    // Campaign, Number (unlocked) or Buyer; rows are inserted and removed precisely.
    static QList<Webhook> webhooksOf(const Workspace &workspace, const Address &owner);
    void insertWebhooks(const Address &owner, int row, const QList<Webhook> &webhooks);
    void removeWebhooks(const Address &owner, int row, int count);
    // The tags of a buyer or publisher profile (address of kind Buyer or Publisher).
    TagMap profileTags(const Address &profile) const;
    void setProfileTags(const Address &profile, const TagMap &tags);
    // Replaces the company (its default webhook rows are removed and inserted as needed).
    void setCompany(const Company &company);
    // The workspace's own templates: no rows in the tree.
    void setUserTemplates(const QJsonArray &templates);

    // Structural edits for the tree's undo commands (add, duplicate, delete, move, rename).
    // The rules are WorkspaceEditor's; these members apply them and emit the row signals.
    // Campaigns, numbers, buyers, publishers and webhooks can be inserted and removed.
    static bool isRemovable(Kind kind);
    Object object(const Address &address) const;
    // Puts object where address says (the position it will have): later siblings move down.
    // A webhook address's owner must accept webhooks (see acceptsWebhooks).
    void insertObject(const Address &address, const Object &object);
    void removeObject(const Address &address);
    // Moves one webhook; to is the address it has afterwards (another owner or position).
    void moveWebhook(const Address &from, const Address &to);
    // The name a rename edits: the company's, a campaign's, a number's label, a buyer's, a
    // publisher's or a webhook's; empty for the groups.
    QString name(const Address &address) const;
    void setName(const Address &address, const QString &name);
    // The call that previews and live validation render with (saved in the workspace).
    void setSampleCall(const TagMap &tags);
    // A campaign's routing: the buyers it tries, in order.
    void setBuyerIds(int campaign, const QStringList &buyerIds);
    // The object's own fields (the forms' edits; see WorkspaceEditor::setFields): its row's
    // data changes, and every campaign's when a buyer's id (and so routing) changed.
    void setFields(const Address &address, const Object &fields);

    // The owner (Company, Campaign, Number or Buyer) of a webhook address.
    static Address ownerOf(const Address &webhook);
    // Whether owner can hold webhooks now: the company, a campaign, an unlocked number, a buyer.
    bool acceptsWebhooks(const Address &owner) const;

    // With a stack, names are edited in place and webhooks dragged and dropped, each change an
    // undo command pushed there; without one the tree is read-only.
    void setUndoStack(QUndoStack *stack);
    // Where webhooks dropped at row under parent go (an owner and a position in its list);
    // false where none can go (a locked number, the groups, publishers).
    bool dropTarget(int row, const QModelIndex &parent, Address *owner, int *position) const;

    Address address(const QModelIndex &index) const;
    QModelIndex indexOf(const Address &address) const;
    // The deepest object on a path such as a file error's "campaigns[0].webhooks[2].trigger";
    // invalid if not even its first step names an object.
    QModelIndex indexForPath(const QString &path) const;
    // The first webhook in tree order, or an invalid index when there is none.
    QModelIndex firstWebhook() const;

    // The webhook an address names, or nullptr if there is none there.
    static const Webhook *webhookAt(const Workspace &workspace, const Address &address);
    static QIcon icon(Kind kind, bool unlocked = false);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // After every change, whichever member made it.
    void workspaceChanged();

private:
    struct Node;

    void rebuild();
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexForNode(const Node *node) const;
    QString displayText(const Address &address) const;
    QString toolTip(const Address &address) const;
    Node *nodeAt(const Address &address) const;
    // The webhook a drag from this model carries, if exactly one; invalid address otherwise.
    Address dragSource(const QMimeData *data) const;
    // The children an object's node has for what the workspace holds there.
    void buildChildren(Node *node) const;
    // Inserts the node for address at row under parent (and its children) around change(), which
    // puts the object into the workspace; removeNode takes one out around change().
    void insertNode(Node *parent, int row, const Address &address, const std::function<void()> &change);
    void removeNode(Node *parent, int row, const std::function<void()> &change);

    Workspace m_workspace;
    std::unique_ptr<Node> m_root;
    QUndoStack *m_undoStack = nullptr;
};
