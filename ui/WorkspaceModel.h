#pragma once

#include "Workspace.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>

// The workspace as a tree: the company (with its default webhooks), then groups of campaigns
// (their webhooks and numbers, an unlocked number with its own webhooks), buyers (their webhooks)
// and publishers. One node per object.
//
// The model owns the Workspace value. Every change goes through a member here that emits precise
// row and data signals, so undo commands can later drive edits without resetting the view.
class WorkspaceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceModel)

public:
    enum class Kind { Company, Campaigns, Campaign, Number, Buyers, Buyer, Publishers, Publisher, Webhook };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as int
        PathRole,                    // QString: the object's path in the file, e.g. "campaigns[1].webhooks[0]"
    };

    // Where an object lives: its kind and the positions leading to it. A webhook belongs to the
    // company when campaign and buyer are both -1, to a number when number is set as well.
    struct Address
    {
        Kind kind = Kind::Company;
        int campaign = -1;
        int number = -1;
        int buyer = -1;
        int publisher = -1;
        int webhook = -1;

        // The same notation the workspace file's error messages use.
        QString path() const;

        bool operator==(const Address &o) const
        {
            return kind == o.kind && campaign == o.campaign && number == o.number && buyer == o.buyer
                   && publisher == o.publisher && webhook == o.webhook;
        }
        bool operator!=(const Address &o) const { return !(*this == o); }
    };

    explicit WorkspaceModel(QObject *parent = nullptr);
    ~WorkspaceModel() override;

    const Workspace &workspace() const { return m_workspace; }
    // Replaces everything (New, Open): resets the model.
    void setWorkspace(const Workspace &workspace);
    // Replaces one number (lock/unlock, later its editors); its webhook rows are removed and
    // inserted as needed.
    void setNumber(int campaign, int number, const TrackingNumber &value);

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

    Workspace m_workspace;
    std::unique_ptr<Node> m_root;
};
