#include "WorkspaceModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

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
};

namespace {

QString indexed(const QString &key, int index)
{
    return key % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

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

QString countText(int count, const char *one, const char *many)
{
    return QCoreApplication::translate("WorkspaceModel", count == 1 ? one : many).arg(count);
}

} // namespace

QString WorkspaceModel::Address::path() const
{
    QString owner;
    switch (kind) {
    case Kind::Company:
        return QStringLiteral("company");
    case Kind::Campaigns:
        return QStringLiteral("campaigns");
    case Kind::Buyers:
        return QStringLiteral("buyers");
    case Kind::Publishers:
        return QStringLiteral("publishers");
    case Kind::Campaign:
        return indexed(QStringLiteral("campaigns"), campaign);
    case Kind::Number:
        return indexed(QStringLiteral("campaigns"), campaign) % QLatin1Char('.')
               % indexed(QStringLiteral("numbers"), number);
    case Kind::Buyer:
        return indexed(QStringLiteral("buyers"), buyer);
    case Kind::Publisher:
        return indexed(QStringLiteral("publishers"), publisher);
    case Kind::Webhook:
        if (campaign >= 0 && number >= 0)
            owner = indexed(QStringLiteral("campaigns"), campaign) % QLatin1Char('.')
                    % indexed(QStringLiteral("numbers"), number) % QStringLiteral(".webhooks");
        else if (campaign >= 0)
            owner = indexed(QStringLiteral("campaigns"), campaign) % QStringLiteral(".webhooks");
        else if (buyer >= 0)
            owner = indexed(QStringLiteral("buyers"), buyer) % QStringLiteral(".webhooks");
        else
            owner = QStringLiteral("company.default_webhooks");
        return indexed(owner, webhook);
    }
    return QString();
}

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
        m_workspace.campaigns[campaign].numbers[number].webhooks.clear();
        endRemoveRows();
    }
    // Only an unlocked number's webhooks are shown: a locked one uses its campaign's.
    const int shown = value.webhooksUnlocked ? int(value.webhooks.size()) : 0;
    if (shown > 0)
        beginInsertRows(numberIndex, 0, shown - 1);
    m_workspace.campaigns[campaign].numbers[number] = value;
    node->appendWebhooks(shown);
    if (shown > 0)
        endInsertRows();

    emit dataChanged(numberIndex, numberIndex);
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
            campaignNode->append(address)->appendWebhooks(number.webhooksUnlocked ? int(number.webhooks.size())
                                                                                : 0);
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
    if (address.kind != Kind::Webhook || address.webhook < 0)
        return nullptr;
    const QList<Webhook> *list = nullptr;
    if (address.campaign >= 0) {
        if (address.campaign >= workspace.campaigns.size())
            return nullptr;
        const Campaign &campaign = workspace.campaigns.at(address.campaign);
        if (address.number >= 0) {
            if (address.number >= campaign.numbers.size())
                return nullptr;
            list = &campaign.numbers.at(address.number).webhooks;
        } else {
            list = &campaign.webhooks;
        }
    } else if (address.buyer >= 0) {
        if (address.buyer >= workspace.buyers.size())
            return nullptr;
        list = &workspace.buyers.at(address.buyer).webhooks;
    } else {
        list = &workspace.company.defaultWebhooks;
    }
    return address.webhook < list->size() ? &list->at(address.webhook) : nullptr;
}

QIcon WorkspaceModel::icon(Kind kind, bool unlocked)
{
    switch (kind) {
    case Kind::Company:
        return QIcon(QStringLiteral(":/icons/company.svg"));
    case Kind::Campaigns:
    case Kind::Campaign:
        return QIcon(QStringLiteral(":/icons/campaign.svg"));
    case Kind::Number:
        return QIcon(unlocked ? QStringLiteral(":/icons/number-unlocked.svg")
                              : QStringLiteral(":/icons/number-locked.svg"));
    case Kind::Buyers:
    case Kind::Buyer:
        return QIcon(QStringLiteral(":/icons/buyer.svg"));
    case Kind::Publishers:
    case Kind::Publisher:
        return QIcon(QStringLiteral(":/icons/publisher.svg"));
    case Kind::Webhook:
        return QIcon(QStringLiteral(":/icons/webhook.svg"));
    }
    return QIcon();
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
        return number.name.trimmed().isEmpty() ? number.number
                                               : number.number % QStringLiteral("  ·  ") % number.name;
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
