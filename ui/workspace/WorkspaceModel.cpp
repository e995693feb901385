// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/WorkspaceModel.h"

#include "model/WorkspaceEditor.h"

#include "common/Plural.h"
#include "workspace/MoveWebhookCommand.h"
#include "workspace/PasteWebhooksCommand.h"
#include "workspace/RenameObjectCommand.h"
#include "workspace/WebhookClipboard.h"

#include <QFont>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMimeData>
#include <QPalette>
#include <QUndoStack>

#include <vector>

struct WorkspaceModel::Node
{
    Address address;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *append(const Address &childAddress)
    {
        auto child = std::make_unique<Node>();
        child->address = childAddress;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    // One child per webhook of the owner this node's address names.
    void appendWebhooks(int count)
    {
        for (int i = 0; i < count; ++i) {
            Address webhook = address;
            webhook.kind = Kind::Webhook;
            webhook.webhook = i;
            append(webhook);
        }
    }

    // count webhook children at position first (an owner's webhooks are its first children).
    void insertWebhooks(int first, int count)
    {
        for (int i = 0; i < count; ++i) {
            auto child = std::make_unique<Node>();
            child->address = address;
            child->address.kind = Kind::Webhook;
            child->parent = this;
            children.insert(children.begin() + first + i, std::move(child));
        }
        renumber();
    }

    void removeChildren(int first, int count)
    {
        children.erase(children.begin() + first, children.begin() + first + count);
        renumber();
    }

    Node *insertChild(int position, const Address &childAddress)
    {
        auto child = std::make_unique<Node>();
        child->address = childAddress;
        child->parent = this;
        Node *inserted = child.get();
        children.insert(children.begin() + position, std::move(child));
        return inserted;
    }

    // Rows and addresses of everything below, after an insertion, removal or move shifted
    // positions: a child's address is its parent's, with its own kind and its position among
    // the siblings of that kind (an owner's webhooks, a campaign's numbers, a group's objects).
    void relabel()
    {
        int webhooks = 0;
        int numbers = 0;
        int objects = 0;
        for (std::size_t i = 0; i < children.size(); ++i) {
            Node *child = children[i].get();
            child->row = int(i);
            // The root's children, the company and the groups, have fixed addresses.
            if (parent) {
                Address relabelled = address;
                relabelled.kind = child->address.kind;
                switch (relabelled.kind) {
                case Kind::Webhook:
                    relabelled.webhook = webhooks++;
                    break;
                case Kind::Number:
                    relabelled.number = numbers++;
                    break;
                case Kind::Campaign:
                    relabelled.campaign = objects++;
                    break;
                case Kind::Buyer:
                    relabelled.buyer = objects++;
                    break;
                case Kind::Publisher:
                    relabelled.publisher = objects++;
                    break;
                case Kind::Company:
                case Kind::Campaigns:
                case Kind::Buyers:
                case Kind::Publishers:
                    break;
                }
                child->address = relabelled;
            }
            child->relabel();
        }
    }

    // Rows and webhook positions after an insertion or removal.
    void renumber()
    {
        for (std::size_t i = 0; i < children.size(); ++i) {
            children[i]->row = int(i);
            if (children[i]->address.kind == Kind::Webhook)
                children[i]->address.webhook = int(i);
        }
    }
};

namespace {

// What a node is called when the object has no name of its own.
QString orFallback(const QString &text, const QString &fallback)
{
    return text.trimmed().isEmpty() ? fallback : text;
}

QString webhookSummary(const Webhook &webhook)
{
    QString text = Triggers::label(webhook.trigger);
    if (webhook.trigger == Trigger::Timer)
        text += QCoreApplication::translate("WorkspaceModel", " after %1 s").arg(webhook.timerSeconds);
    text += QLatin1Char('\n') % webhook.request.method % QLatin1Char(' ') % webhook.request.url;
    if (!webhook.enabled)
        text += QLatin1Char('\n') % QCoreApplication::translate("WorkspaceModel", "Disabled: never fires");
    return text;
}

QString countText(qsizetype count, const char *one, const char *many)
{
    return Plural::counted("WorkspaceModel", count, one, many);
}

} // namespace

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    rebuild();
}

WorkspaceModel::~WorkspaceModel() = default;

void WorkspaceModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_workspace = workspace;
    rebuild();
    endResetModel();
    emit workspaceChanged();
}

void WorkspaceModel::setWebhook(const Address &address, const Webhook &webhook)
{
    Q_ASSERT(webhookAt(m_workspace, address));
    if (!webhookAt(m_workspace, address))
        return;
    Object fields;
    fields.webhook = webhook;
    WorkspaceEditor::setFields(&m_workspace, address, fields);
    // A locked number's webhooks have no rows.
    const QModelIndex index = indexOf(address);
    if (index.isValid())
        emit dataChanged(index, index);
    emit workspaceChanged();
}

void WorkspaceModel::setNumber(int campaign, int number, const TrackingNumber &value)
{
    Address numberAddress;
    numberAddress.kind = Kind::Number;
    numberAddress.campaign = campaign;
    numberAddress.number = number;
    const QModelIndex numberIndex = indexOf(numberAddress);
    Q_ASSERT(numberIndex.isValid());
    if (!numberIndex.isValid())
        return;
    Node *node = nodeFor(numberIndex);

    if (!node->children.empty()) {
        beginRemoveRows(numberIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        TrackingNumber withoutWebhooks = m_workspace.campaigns.at(campaign).numbers.at(number);
        withoutWebhooks.webhooks.clear();
        WorkspaceEditor::setNumberValue(&m_workspace, numberAddress, withoutWebhooks);
        endRemoveRows();
    }
    // Only an unlocked number's webhooks are shown: a locked one uses its campaign's.
    const int shown = value.webhooksUnlocked ? int(value.webhooks.size()) : 0;
    if (shown > 0)
        beginInsertRows(numberIndex, 0, shown - 1);
    WorkspaceEditor::setNumberValue(&m_workspace, numberAddress, value);
    node->appendWebhooks(shown);
    if (shown > 0)
        endInsertRows();

    emit dataChanged(numberIndex, numberIndex);
    emit workspaceChanged();
}

QList<Webhook> WorkspaceModel::webhooksOf(const Workspace &workspace, const Address &owner)
{
    return WorkspaceEditor::webhooksOf(workspace, owner);
}

void WorkspaceModel::insertWebhooks(const Address &owner, int row, const QList<Webhook> &webhooks)
{
    const QModelIndex ownerIndex = indexOf(owner);
    QList<Webhook> *list = WorkspaceEditor::mutableWebhooksOf(&m_workspace, owner);
    Q_ASSERT(ownerIndex.isValid() && list && row >= 0 && row <= list->size());
    if (!ownerIndex.isValid() || !list || row < 0 || row > list->size() || webhooks.isEmpty())
        return;
    // A locked number's webhooks are not shown (nor used): only its unlocked copy has rows.
    const bool shown = owner.kind != Kind::Number
                       || m_workspace.campaigns.at(owner.campaign).numbers.at(owner.number).webhooksUnlocked;
    const int count = int(webhooks.size());
    if (shown)
        beginInsertRows(ownerIndex, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        list->insert(row + i, webhooks.at(i));
    if (shown) {
        nodeFor(ownerIndex)->insertWebhooks(row, count);
        endInsertRows();
    }
    emit dataChanged(ownerIndex, ownerIndex); // its tooltip counts webhooks
    emit workspaceChanged();
}

void WorkspaceModel::removeWebhooks(const Address &owner, int row, int count)
{
    const QModelIndex ownerIndex = indexOf(owner);
    QList<Webhook> *list = WorkspaceEditor::mutableWebhooksOf(&m_workspace, owner);
    Q_ASSERT(ownerIndex.isValid() && list && row >= 0 && count >= 0 && row + count <= list->size());
    if (!ownerIndex.isValid() || !list || row < 0 || count <= 0 || row + count > list->size())
        return;
    const bool shown = owner.kind != Kind::Number
                       || m_workspace.campaigns.at(owner.campaign).numbers.at(owner.number).webhooksUnlocked;
    if (shown)
        beginRemoveRows(ownerIndex, row, row + count - 1);
    list->remove(row, count);
    if (shown) {
        nodeFor(ownerIndex)->removeChildren(row, count);
        endRemoveRows();
    }
    emit dataChanged(ownerIndex, ownerIndex);
    emit workspaceChanged();
}

TagMap WorkspaceModel::profileTags(const Address &profile) const
{
    if (profile.kind == Kind::Buyer && profile.buyer >= 0 && profile.buyer < m_workspace.buyers.size())
        return m_workspace.buyers.at(profile.buyer).tags;
    if (profile.kind == Kind::Publisher && profile.publisher >= 0 && profile.publisher < m_workspace.publishers.size())
        return m_workspace.publishers.at(profile.publisher).tags;
    return TagMap();
}

void WorkspaceModel::setProfileTags(const Address &profile, const TagMap &tags)
{
    const QModelIndex index = indexOf(profile);
    Q_ASSERT(index.isValid() && (profile.kind == Kind::Buyer || profile.kind == Kind::Publisher));
    if (!index.isValid())
        return;
    if (profile.kind == Kind::Buyer)
        m_workspace.buyers[profile.buyer].tags = tags;
    else if (profile.kind == Kind::Publisher)
        m_workspace.publishers[profile.publisher].tags = tags;
    else
        return;
    emit dataChanged(index, index);
    emit workspaceChanged();
}

void WorkspaceModel::setCompany(const Company &company)
{
    Address companyAddress;
    companyAddress.kind = Kind::Company;
    const QModelIndex companyIndex = indexOf(companyAddress);
    Node *node = nodeFor(companyIndex);
    if (!node->children.empty()) {
        beginRemoveRows(companyIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        m_workspace.company.defaultWebhooks.clear();
        endRemoveRows();
    }
    const int count = int(company.defaultWebhooks.size());
    if (count > 0)
        beginInsertRows(companyIndex, 0, count - 1);
    m_workspace.company = company;
    node->appendWebhooks(count);
    if (count > 0)
        endInsertRows();
    emit dataChanged(companyIndex, companyIndex);
    emit workspaceChanged();
}

void WorkspaceModel::setUserTemplates(const QJsonArray &templates)
{
    m_workspace.userTemplates = templates;
    emit workspaceChanged();
}

void WorkspaceModel::rebuild()
{
    m_root = std::make_unique<Node>();

    Address company;
    company.kind = Kind::Company;
    m_root->append(company)->appendWebhooks(int(m_workspace.company.defaultWebhooks.size()));

    Address group;
    group.kind = Kind::Campaigns;
    Node *campaigns = m_root->append(group);
    for (int c = 0; c < m_workspace.campaigns.size(); ++c) {
        const Campaign &campaign = m_workspace.campaigns.at(c);
        Address address;
        address.kind = Kind::Campaign;
        address.campaign = c;
        Node *campaignNode = campaigns->append(address);
        campaignNode->appendWebhooks(int(campaign.webhooks.size()));
        for (int n = 0; n < campaign.numbers.size(); ++n) {
            const TrackingNumber &number = campaign.numbers.at(n);
            address.kind = Kind::Number;
            address.number = n;
            campaignNode->append(address)->appendWebhooks(number.webhooksUnlocked ? int(number.webhooks.size()) : 0);
        }
    }

    group.kind = Kind::Buyers;
    Node *buyers = m_root->append(group);
    for (int b = 0; b < m_workspace.buyers.size(); ++b) {
        Address address;
        address.kind = Kind::Buyer;
        address.buyer = b;
        buyers->append(address)->appendWebhooks(int(m_workspace.buyers.at(b).webhooks.size()));
    }

    group.kind = Kind::Publishers;
    Node *publishers = m_root->append(group);
    for (int p = 0; p < m_workspace.publishers.size(); ++p) {
        Address address;
        address.kind = Kind::Publisher;
        address.publisher = p;
        publishers->append(address);
    }
}

WorkspaceModel::Address WorkspaceModel::address(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node == m_root.get() ? Address() : node->address;
}

QModelIndex WorkspaceModel::indexOf(const Address &address) const
{
    const QModelIndex found = indexForPath(address.path());
    return found.isValid() && nodeFor(found)->address == address ? found : QModelIndex();
}

QModelIndex WorkspaceModel::indexForPath(const QString &path) const
{
    const Node *node = m_root.get();
    for (;;) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            const QString childPath = child->address.path();
            if (!path.startsWith(childPath))
                continue;
            // A whole step must match: "campaigns[1]" is not the start of "campaigns[10]".
            const QChar after = path.size() > childPath.size() ? path.at(childPath.size()) : QChar();
            if (after.isNull() || after == QLatin1Char('.') || after == QLatin1Char('[')) {
                next = child.get();
                break;
            }
        }
        if (!next)
            break;
        node = next;
    }
    return indexForNode(node);
}

QModelIndex WorkspaceModel::firstWebhook() const
{
    // Depth first, in the order the tree shows.
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->address.kind == Kind::Webhook && node != m_root.get())
            return indexForNode(node);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return QModelIndex();
}

const Webhook *WorkspaceModel::webhookAt(const Workspace &workspace, const Address &address)
{
    return WorkspaceEditor::webhookAt(workspace, address);
}

QIcon WorkspaceModel::icon(Kind kind, bool unlocked)
{
    QString name;
    switch (kind) {
    case Kind::Company:
        name = QStringLiteral("company");
        break;
    case Kind::Campaigns:
    case Kind::Campaign:
        name = QStringLiteral("campaign");
        break;
    case Kind::Number:
        name = unlocked ? QStringLiteral("number-unlocked") : QStringLiteral("number-locked");
        break;
    case Kind::Buyers:
    case Kind::Buyer:
        name = QStringLiteral("buyer");
        break;
    case Kind::Publishers:
    case Kind::Publisher:
        name = QStringLiteral("publisher");
        break;
    case Kind::Webhook:
        name = QStringLiteral("webhook");
        break;
    }
    // Making an icon parses its SVG, and the tree asks for one per row it paints: each is made
    // once, and let go with the application (icons must not outlive it).
    static QHash<QString, QIcon> cache;
    static const bool clearedAtExit = (qAddPostRoutine([] { cache.clear(); }), true);
    Q_UNUSED(clearedAtExit)
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/") % name % QStringLiteral(".svg")));
    return it.value();
}

QModelIndex WorkspaceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Node *node = nodeFor(parent);
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex WorkspaceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexForNode(nodeFor(child)->parent);
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int WorkspaceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Address &address = nodeFor(index)->address;
    const Webhook *webhook = webhookAt(m_workspace, address);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(address);
    case Qt::EditRole:
        return name(address);
    case Qt::ToolTipRole:
        return toolTip(address);
    case Qt::DecorationRole:
        if (address.kind == Kind::Number)
            return icon(address.kind,
                        m_workspace.campaigns.at(address.campaign).numbers.at(address.number).webhooksUnlocked);
        return icon(address.kind);
    case Qt::ForegroundRole:
        // A disabled webhook never fires: show it greyed out, as a disabled item would be.
        if (webhook && !webhook->enabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::FontRole:
        if (webhook && !webhook->enabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case KindRole:
        return int(address.kind);
    case PathRole:
        return address.path();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> WorkspaceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PathRole, "path");
    return names;
}

WorkspaceModel::Node *WorkspaceModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex WorkspaceModel::indexForNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QString WorkspaceModel::displayText(const Address &address) const
{
    switch (address.kind) {
    case Kind::Company:
        return orFallback(m_workspace.company.name, tr("Company"));
    case Kind::Campaigns:
        return tr("Campaigns");
    case Kind::Buyers:
        return tr("Buyers");
    case Kind::Publishers:
        return tr("Publishers");
    case Kind::Campaign: {
        const Campaign &campaign = m_workspace.campaigns.at(address.campaign);
        return orFallback(campaign.name, campaign.id);
    }
    case Kind::Number: {
        const TrackingNumber &number = m_workspace.campaigns.at(address.campaign).numbers.at(address.number);
        return number.name.trimmed().isEmpty() ? number.number : number.number % QStringLiteral("  ·  ") % number.name;
    }
    case Kind::Buyer: {
        const Buyer &buyer = m_workspace.buyers.at(address.buyer);
        return orFallback(buyer.name, buyer.id);
    }
    case Kind::Publisher: {
        const Publisher &publisher = m_workspace.publishers.at(address.publisher);
        return orFallback(publisher.name, publisher.sourceId);
    }
    case Kind::Webhook: {
        const Webhook *webhook = webhookAt(m_workspace, address);
        return orFallback(webhook->name, Triggers::label(webhook->trigger));
    }
    }
    return QString();
}

QString WorkspaceModel::toolTip(const Address &address) const
{
    switch (address.kind) {
    case Kind::Company:
        return tr("Company: its default webhooks are copied into every new campaign");
    case Kind::Campaigns:
        return countText(int(m_workspace.campaigns.size()), QT_TRANSLATE_NOOP("WorkspaceModel", "%1 campaign"),
                         QT_TRANSLATE_NOOP("WorkspaceModel", "%1 campaigns"));
    case Kind::Buyers:
        return countText(int(m_workspace.buyers.size()), QT_TRANSLATE_NOOP("WorkspaceModel", "%1 buyer"),
                         QT_TRANSLATE_NOOP("WorkspaceModel", "%1 buyers"));
    case Kind::Publishers:
        return countText(int(m_workspace.publishers.size()), QT_TRANSLATE_NOOP("WorkspaceModel", "%1 publisher"),
                         QT_TRANSLATE_NOOP("WorkspaceModel", "%1 publishers"));
    case Kind::Campaign: {
        const Campaign &campaign = m_workspace.campaigns.at(address.campaign);
        return tr("Campaign %1").arg(campaign.id) % QLatin1Char('\n')
               % countText(int(campaign.webhooks.size()), QT_TRANSLATE_NOOP("WorkspaceModel", "%1 webhook"),
                           QT_TRANSLATE_NOOP("WorkspaceModel", "%1 webhooks"))
               % QStringLiteral(", ")
               % countText(int(campaign.numbers.size()), QT_TRANSLATE_NOOP("WorkspaceModel", "%1 number"),
                           QT_TRANSLATE_NOOP("WorkspaceModel", "%1 numbers"));
    }
    case Kind::Number: {
        const TrackingNumber &number = m_workspace.campaigns.at(address.campaign).numbers.at(address.number);
        return number.webhooksUnlocked ? tr("Unlocked: its own webhooks override the campaign's")
                                       : tr("Locked: uses the campaign's webhooks");
    }
    case Kind::Buyer:
        return tr("Buyer %1: its webhooks fire only for calls routed to it")
            .arg(m_workspace.buyers.at(address.buyer).id);
    case Kind::Publisher:
        return tr("Publisher, source_id %1").arg(m_workspace.publishers.at(address.publisher).sourceId);
    case Kind::Webhook:
        return webhookSummary(*webhookAt(m_workspace, address));
    }
    return QString();
}

// --- Structural edits (tree editing, issue 5 item 1) ---

namespace {

// Marks a drag as coming from one model in one process, so that a drop there moves the webhook
// instead of copying it.
const QLatin1String kDragSourceMimeType("application/vnd.webhook-configurator.drag-source+json");

QString quotedName(const Webhook &webhook)
{
    return webhook.name.trimmed().isEmpty() ? Triggers::label(webhook.trigger) : webhook.name;
}

} // namespace

bool WorkspaceModel::isRemovable(Kind kind)
{
    return WorkspaceAddress::isRemovable(kind);
}

WorkspaceModel::Address WorkspaceModel::ownerOf(const Address &webhook)
{
    return webhook.owner();
}

bool WorkspaceModel::acceptsWebhooks(const Address &owner) const
{
    return nodeAt(owner) && WorkspaceEditor::acceptsWebhooks(m_workspace, owner);
}

WorkspaceModel::Node *WorkspaceModel::nodeAt(const Address &address) const
{
    const auto child = [](const Node *node, qsizetype row) -> Node * {
        return node && row >= 0 && row < qsizetype(node->children.size()) ? node->children[std::size_t(row)].get()
                                                                          : nullptr;
    };
    const Node *root = m_root.get();
    Node *found = nullptr;
    switch (address.kind) {
    case Kind::Company:
        found = child(root, 0);
        break;
    case Kind::Campaigns:
        found = child(root, 1);
        break;
    case Kind::Buyers:
        found = child(root, 2);
        break;
    case Kind::Publishers:
        found = child(root, 3);
        break;
    case Kind::Campaign:
        found = child(child(root, 1), address.campaign);
        break;
    case Kind::Number:
        // A campaign's node lists its webhooks first, then its numbers.
        if (address.campaign >= 0 && address.campaign < m_workspace.campaigns.size() && address.number >= 0)
            found = child(child(child(root, 1), address.campaign),
                          m_workspace.campaigns.at(address.campaign).webhooks.size() + address.number);
        break;
    case Kind::Buyer:
        found = child(child(root, 2), address.buyer);
        break;
    case Kind::Publisher:
        found = child(child(root, 3), address.publisher);
        break;
    case Kind::Webhook:
        found = child(nodeAt(ownerOf(address)), address.webhook);
        break;
    }
    return found && found->address == address ? found : nullptr;
}

void WorkspaceModel::buildChildren(Node *node) const
{
    const Address &address = node->address;
    switch (address.kind) {
    case Kind::Campaign: {
        const Campaign &campaign = m_workspace.campaigns.at(address.campaign);
        node->appendWebhooks(int(campaign.webhooks.size()));
        for (int n = 0; n < campaign.numbers.size(); ++n) {
            Address number = address;
            number.kind = Kind::Number;
            number.number = n;
            buildChildren(node->append(number));
        }
        break;
    }
    case Kind::Number: {
        const TrackingNumber &number = m_workspace.campaigns.at(address.campaign).numbers.at(address.number);
        node->appendWebhooks(number.webhooksUnlocked ? int(number.webhooks.size()) : 0);
        break;
    }
    case Kind::Buyer:
        node->appendWebhooks(int(m_workspace.buyers.at(address.buyer).webhooks.size()));
        break;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
    case Kind::Webhook:
        break;
    }
}

void WorkspaceModel::insertNode(Node *parent, int row, const Address &address, const std::function<void()> &change)
{
    const QModelIndex parentIndex = indexForNode(parent);
    beginInsertRows(parentIndex, row, row);
    change();
    buildChildren(parent->insertChild(row, address));
    parent->relabel();
    endInsertRows();
    emit dataChanged(parentIndex, parentIndex); // a group's tooltip counts its objects
}

void WorkspaceModel::removeNode(Node *parent, int row, const std::function<void()> &change)
{
    const QModelIndex parentIndex = indexForNode(parent);
    beginRemoveRows(parentIndex, row, row);
    change();
    parent->children.erase(parent->children.begin() + row);
    parent->relabel();
    endRemoveRows();
    emit dataChanged(parentIndex, parentIndex);
}

WorkspaceModel::Object WorkspaceModel::object(const Address &address) const
{
    return WorkspaceEditor::object(m_workspace, address);
}

void WorkspaceModel::insertObject(const Address &address, const Object &object)
{
    Q_ASSERT(address.kind == object.kind && isRemovable(address.kind));
    Address group;
    switch (address.kind) {
    case Kind::Webhook:
        insertWebhooks(ownerOf(address), address.webhook, {object.webhook});
        return;
    case Kind::Campaign:
        group.kind = Kind::Campaigns;
        insertNode(nodeAt(group), address.campaign, address,
                   [&] { WorkspaceEditor::insertObject(&m_workspace, address, object); });
        break;
    case Kind::Number: {
        Address campaign = address;
        campaign.kind = Kind::Campaign;
        campaign.number = -1;
        const int row = int(m_workspace.campaigns.at(address.campaign).webhooks.size()) + address.number;
        insertNode(nodeAt(campaign), row, address,
                   [&] { WorkspaceEditor::insertObject(&m_workspace, address, object); });
        break;
    }
    case Kind::Buyer:
        group.kind = Kind::Buyers;
        insertNode(nodeAt(group), address.buyer, address,
                   [&] { WorkspaceEditor::insertObject(&m_workspace, address, object); });
        break;
    case Kind::Publisher:
        group.kind = Kind::Publishers;
        insertNode(nodeAt(group), address.publisher, address,
                   [&] { WorkspaceEditor::insertObject(&m_workspace, address, object); });
        break;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        return;
    }
    emit workspaceChanged();
}

void WorkspaceModel::removeObject(const Address &address)
{
    Q_ASSERT(isRemovable(address.kind) && nodeAt(address));
    Node *node = nodeAt(address);
    if (!node)
        return;
    switch (address.kind) {
    case Kind::Webhook:
        removeWebhooks(ownerOf(address), address.webhook, 1);
        return;
    case Kind::Campaign:
        removeNode(node->parent, node->row, [&] { WorkspaceEditor::removeObject(&m_workspace, address); });
        break;
    case Kind::Number:
        removeNode(node->parent, node->row, [&] { WorkspaceEditor::removeObject(&m_workspace, address); });
        break;
    case Kind::Buyer: {
        // Deleting a buyer takes it out of the routing of the campaigns that list it.
        const QMap<int, QStringList> routes =
            WorkspaceEditor::routesTo(m_workspace, m_workspace.buyers.at(address.buyer).id);
        removeNode(node->parent, node->row, [&] { WorkspaceEditor::removeObject(&m_workspace, address); });
        for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
            const QModelIndex campaign = indexOf(WorkspaceAddress::ofCampaign(it.key()));
            emit dataChanged(campaign, campaign);
        }
        break;
    }
    case Kind::Publisher:
        removeNode(node->parent, node->row, [&] { WorkspaceEditor::removeObject(&m_workspace, address); });
        break;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        return;
    }
    emit workspaceChanged();
}

void WorkspaceModel::moveWebhook(const Address &from, const Address &to)
{
    const Address fromOwner = ownerOf(from);
    const Address toOwner = ownerOf(to);
    Node *source = nodeAt(fromOwner);
    Node *destination = nodeAt(toOwner);
    const bool sameOwner = source == destination;
    const qsizetype destinationCount = webhooksOf(m_workspace, toOwner).size() - (sameOwner ? 1 : 0);
    Q_ASSERT(nodeAt(from) && acceptsWebhooks(toOwner) && to.webhook >= 0 && to.webhook <= destinationCount);
    if (!nodeAt(from) || !acceptsWebhooks(toOwner) || to.webhook < 0 || to.webhook > destinationCount
        || (sameOwner && from.webhook == to.webhook))
        return;

    // beginMoveRows counts the destination row before the source row is taken out.
    const int destinationRow = sameOwner && to.webhook > from.webhook ? to.webhook + 1 : to.webhook;
    const QModelIndex sourceIndex = indexForNode(source);
    const QModelIndex destinationIndex = indexForNode(destination);
    if (!beginMoveRows(sourceIndex, from.webhook, from.webhook, destinationIndex, destinationRow))
        return;
    WorkspaceEditor::moveWebhook(&m_workspace, from, to);
    std::unique_ptr<Node> node = std::move(source->children[std::size_t(from.webhook)]);
    source->children.erase(source->children.begin() + from.webhook);
    node->parent = destination;
    destination->children.insert(destination->children.begin() + to.webhook, std::move(node));
    source->relabel();
    if (!sameOwner)
        destination->relabel();
    endMoveRows();

    // Their tooltips count webhooks; either may have changed rows (a number under its campaign).
    const QModelIndex movedFrom = indexForNode(source);
    emit dataChanged(movedFrom, movedFrom);
    if (!sameOwner) {
        const QModelIndex movedTo = indexForNode(destination);
        emit dataChanged(movedTo, movedTo);
    }
    emit workspaceChanged();
}

QString WorkspaceModel::name(const Address &address) const
{
    return nodeAt(address) ? WorkspaceEditor::name(m_workspace, address) : QString();
}

void WorkspaceModel::setName(const Address &address, const QString &name)
{
    Node *node = nodeAt(address);
    Q_ASSERT(node);
    if (!node || !WorkspaceEditor::setName(&m_workspace, address, name))
        return;
    const QModelIndex index = indexForNode(node);
    emit dataChanged(index, index);
    emit workspaceChanged();
}

void WorkspaceModel::setFields(const Address &address, const Object &fields)
{
    Node *node = nodeAt(address);
    Q_ASSERT(node);
    const QString oldBuyerId =
        address.kind == Kind::Buyer && node ? m_workspace.buyers.at(address.buyer).id : QString();
    if (!node || !WorkspaceEditor::setFields(&m_workspace, address, fields))
        return;
    const QModelIndex index = indexForNode(node);
    emit dataChanged(index, index);
    // A new buyer id is renamed in every routing: their campaigns' tooltips and pages change.
    if (address.kind == Kind::Buyer && oldBuyerId != fields.buyer.id) {
        for (int c = 0; c < m_workspace.campaigns.size(); ++c) {
            const QModelIndex campaign = indexOf(WorkspaceAddress::ofCampaign(c));
            emit dataChanged(campaign, campaign);
        }
    }
    emit workspaceChanged();
}

void WorkspaceModel::setSampleCall(const TagMap &tags)
{
    m_workspace.sampleCall = tags;
    emit workspaceChanged();
}

void WorkspaceModel::setBuyerIds(int campaign, const QStringList &buyerIds)
{
    Address address;
    address.kind = Kind::Campaign;
    address.campaign = campaign;
    Node *node = nodeAt(address);
    Q_ASSERT(node);
    if (!node)
        return;
    Object fields = object(address);
    fields.campaign.buyerIds = buyerIds;
    WorkspaceEditor::setFields(&m_workspace, address, fields);
    const QModelIndex index = indexForNode(node);
    emit dataChanged(index, index);
    emit workspaceChanged();
}

void WorkspaceModel::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

bool WorkspaceModel::dropTarget(int row, const QModelIndex &parent, Address *owner, int *position) const
{
    if (!parent.isValid())
        return false;
    const Address target = address(parent);
    if (target.kind == Kind::Webhook) {
        // Dropped onto a webhook: after it, in its owner's list.
        *owner = ownerOf(target);
        *position = target.webhook + 1;
        return true;
    }
    if (!acceptsWebhooks(target))
        return false;
    // A campaign's rows are its webhooks, then its numbers: a drop among the numbers goes last.
    const int count = int(webhooksOf(m_workspace, target).size());
    *owner = target;
    *position = row < 0 ? count : qMin(row, count);
    return true;
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_undoStack)
        return flags;
    const Address address = nodeFor(index)->address;
    switch (address.kind) {
    case Kind::Webhook:
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        break;
    case Kind::Company:
    case Kind::Campaign:
    case Kind::Buyer:
        flags |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
        break;
    case Kind::Number:
        flags |= Qt::ItemIsEditable;
        if (acceptsWebhooks(address))
            flags |= Qt::ItemIsDropEnabled;
        break;
    case Kind::Publisher:
        flags |= Qt::ItemIsEditable;
        break;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return flags;
}

bool WorkspaceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_undoStack || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Address address = nodeFor(index)->address;
    const QString newName = value.toString().trimmed();
    if (newName == name(address))
        return false;
    m_undoStack->push(new RenameObjectCommand(this, address, newName));
    return true;
}

Qt::DropActions WorkspaceModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions WorkspaceModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList WorkspaceModel::mimeTypes() const
{
    return {WebhookClipboard::mimeType()};
}

QMimeData *WorkspaceModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Webhook> webhooks;
    QJsonArray paths;
    for (const QModelIndex &index : indexes) {
        const Address address = this->address(index);
        if (const Webhook *webhook = webhookAt(m_workspace, address)) {
            webhooks.append(*webhook);
            paths.append(address.path());
        }
    }
    if (webhooks.isEmpty())
        return nullptr;
    std::unique_ptr<QMimeData> data = WebhookClipboard::mimeData(webhooks);
    const QJsonObject source{
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("model"), QString::number(quintptr(this), 16)},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("id"), webhooks.size() == 1 ? webhooks.constFirst().id : QString()},
    };
    data->setData(kDragSourceMimeType, QJsonDocument(source).toJson(QJsonDocument::Compact));
    return data.release(); // the view owns it
}

WorkspaceModel::Address WorkspaceModel::dragSource(const QMimeData *data) const
{
    const QJsonObject source = QJsonDocument::fromJson(data->data(kDragSourceMimeType)).object();
    const QJsonArray paths = source.value(QLatin1String("paths")).toArray();
    if (source.value(QLatin1String("pid")).toInteger() != QCoreApplication::applicationPid()
        || source.value(QLatin1String("model")).toString() != QString::number(quintptr(this), 16) || paths.size() != 1)
        return Address();
    // The webhook must still be where the drag found it.
    const Address address = this->address(indexForPath(paths.at(0).toString()));
    const Webhook *webhook = webhookAt(m_workspace, address);
    return webhook && webhook->id == source.value(QLatin1String("id")).toString() ? address : Address();
}

bool WorkspaceModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent) const
{
    Q_UNUSED(column)
    Address owner;
    int position = 0;
    return m_undoStack && data && data->hasFormat(WebhookClipboard::mimeType())
           && (action == Qt::MoveAction || action == Qt::CopyAction) && dropTarget(row, parent, &owner, &position);
}

bool WorkspaceModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Address owner;
    int position = 0;
    dropTarget(row, parent, &owner, &position);

    // A move within this model keeps the webhook (and its id). The view then asks us to remove
    // the dragged rows, which removeRows() refuses: the move has already happened.
    const Address from = action == Qt::MoveAction ? dragSource(data) : Address();
    if (from.kind == Kind::Webhook) {
        Address to = owner;
        to.kind = Kind::Webhook;
        to.webhook = ownerOf(from) == owner && position > from.webhook ? position - 1 : position;
        if (to == from)
            return false;
        m_undoStack->push(new MoveWebhookCommand(
            this, from, to, tr("Move webhook \"%1\"").arg(quotedName(*webhookAt(m_workspace, from)))));
        return true;
    }

    // Anything else is a copy: from another window or instance, or with the copy modifier.
    QList<Webhook> webhooks;
    QString error;
    if (!WebhookClipboard::read(data, &webhooks, &error))
        return false;
    const QString text = webhooks.size() == 1 ? tr("Copy webhook \"%1\"").arg(quotedName(webhooks.constFirst()))
                                              : tr("Copy %1 webhooks").arg(webhooks.size());
    m_undoStack->push(new PasteWebhooksCommand(this, owner, position, webhooks, text));
    return true;
}
