// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/WorkspaceEditor.h"

#include <QRegularExpression>
#include <QStringBuilder>

#include <algorithm>

namespace {

template<typename T> bool validIndex(const QList<T> &list, int index)
{
    return index >= 0 && index < list.size();
}

QList<Webhook> withFreshIds(QList<Webhook> webhooks)
{
    for (Webhook &webhook : webhooks)
        webhook.id = newWebhookId();
    return webhooks;
}

// The workspace file writes a profile's tags with their keys sorted (a JSON object's order), so
// an edit keeps them in that order: what the form shows is what a reopened file shows.
TagMap inFileOrder(const TagMap &tags)
{
    QStringList keys = tags.keys();
    std::sort(keys.begin(), keys.end());
    TagMap sorted;
    for (const QString &key : keys)
        sorted.set(key, tags.values(key));
    return sorted;
}

QString campaignLabel(const Campaign &campaign)
{
    return campaign.name.trimmed().isEmpty() ? campaign.id : campaign.name;
}

} // namespace

bool WorkspaceEditor::Object::operator==(const Object &o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::Company:
        return company == o.company;
    case Kind::Campaign:
        return campaign == o.campaign;
    case Kind::Number:
        return number == o.number;
    case Kind::Buyer:
        return buyer == o.buyer;
    case Kind::Publisher:
        return publisher == o.publisher;
    case Kind::Webhook:
        return webhook == o.webhook;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return true;
}

bool WorkspaceEditor::contains(const Workspace &workspace, const Address &address)
{
    switch (address.kind) {
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        return true;
    case Kind::Campaign:
        return validIndex(workspace.campaigns, address.campaign);
    case Kind::Number:
        return validIndex(workspace.campaigns, address.campaign)
               && validIndex(workspace.campaigns.at(address.campaign).numbers, address.number);
    case Kind::Buyer:
        return validIndex(workspace.buyers, address.buyer);
    case Kind::Publisher:
        return validIndex(workspace.publishers, address.publisher);
    case Kind::Webhook:
        return webhookAt(workspace, address) != nullptr;
    }
    return false;
}

WorkspaceEditor::Object WorkspaceEditor::object(const Workspace &workspace, const Address &address)
{
    Object object;
    object.kind = address.kind;
    if (!contains(workspace, address))
        return object;
    switch (address.kind) {
    case Kind::Company:
        object.company = workspace.company;
        break;
    case Kind::Campaign:
        object.campaign = workspace.campaigns.at(address.campaign);
        break;
    case Kind::Number:
        object.number = workspace.campaigns.at(address.campaign).numbers.at(address.number);
        break;
    case Kind::Buyer:
        object.buyer = workspace.buyers.at(address.buyer);
        break;
    case Kind::Publisher:
        object.publisher = workspace.publishers.at(address.publisher);
        break;
    case Kind::Webhook:
        object.webhook = *webhookAt(workspace, address);
        break;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return object;
}

bool WorkspaceEditor::insertObject(Workspace *workspace, const Address &address, const Object &object)
{
    if (address.kind != object.kind)
        return false;
    switch (address.kind) {
    case Kind::Webhook: {
        const Address owner = address.owner();
        QList<Webhook> *list = acceptsWebhooks(*workspace, owner) ? mutableWebhooksOf(workspace, owner) : nullptr;
        if (!list || address.webhook < 0 || address.webhook > list->size())
            return false;
        list->insert(address.webhook, object.webhook);
        return true;
    }
    case Kind::Campaign:
        if (address.campaign < 0 || address.campaign > workspace->campaigns.size())
            return false;
        workspace->campaigns.insert(address.campaign, object.campaign);
        return true;
    case Kind::Number: {
        if (!validIndex(workspace->campaigns, address.campaign))
            return false;
        QList<TrackingNumber> &numbers = workspace->campaigns[address.campaign].numbers;
        if (address.number < 0 || address.number > numbers.size())
            return false;
        numbers.insert(address.number, object.number);
        return true;
    }
    case Kind::Buyer:
        if (address.buyer < 0 || address.buyer > workspace->buyers.size())
            return false;
        workspace->buyers.insert(address.buyer, object.buyer);
        return true;
    case Kind::Publisher:
        if (address.publisher < 0 || address.publisher > workspace->publishers.size())
            return false;
        workspace->publishers.insert(address.publisher, object.publisher);
        return true;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return false;
}

bool WorkspaceEditor::removeObject(Workspace *workspace, const Address &address)
{
    if (!WorkspaceAddress::isRemovable(address.kind) || !contains(*workspace, address))
        return false;
    switch (address.kind) {
    case Kind::Webhook:
        mutableWebhooksOf(workspace, address.owner())->removeAt(address.webhook);
        break;
    case Kind::Campaign:
        workspace->campaigns.removeAt(address.campaign);
        break;
    case Kind::Number:
        workspace->campaigns[address.campaign].numbers.removeAt(address.number);
        break;
    case Kind::Buyer: {
        // A workspace file may not route to a buyer it does not have.
        const QString id = workspace->buyers.at(address.buyer).id;
        for (Campaign &campaign : workspace->campaigns)
            campaign.buyerIds.removeAll(id);
        workspace->buyers.removeAt(address.buyer);
        break;
    }
    case Kind::Publisher:
        workspace->publishers.removeAt(address.publisher);
        break;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        return false;
    }
    return true;
}

bool WorkspaceEditor::moveWebhook(Workspace *workspace, const Address &from, const Address &to)
{
    if (!webhookAt(*workspace, from) || to.kind != Kind::Webhook)
        return false;
    const Address fromOwner = from.owner();
    const Address toOwner = to.owner();
    if (!acceptsWebhooks(*workspace, toOwner))
        return false;
    const bool sameOwner = fromOwner == toOwner;
    const qsizetype destinationCount = webhooksOf(*workspace, toOwner).size() - (sameOwner ? 1 : 0);
    if (to.webhook < 0 || to.webhook > destinationCount)
        return false;
    const Webhook webhook = mutableWebhooksOf(workspace, fromOwner)->takeAt(from.webhook);
    mutableWebhooksOf(workspace, toOwner)->insert(to.webhook, webhook);
    return true;
}

QMap<int, QStringList> WorkspaceEditor::routesTo(const Workspace &workspace, const QString &buyerId)
{
    QMap<int, QStringList> routes;
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        if (workspace.campaigns.at(c).buyerIds.contains(buyerId))
            routes.insert(c, workspace.campaigns.at(c).buyerIds);
    }
    return routes;
}

QList<Webhook> WorkspaceEditor::webhooksOf(const Workspace &workspace, const Address &owner)
{
    switch (owner.kind) {
    case Kind::Company:
        return workspace.company.defaultWebhooks;
    case Kind::Campaign:
        return validIndex(workspace.campaigns, owner.campaign) ? workspace.campaigns.at(owner.campaign).webhooks
                                                               : QList<Webhook>();
    case Kind::Number:
        return contains(workspace, owner) ? workspace.campaigns.at(owner.campaign).numbers.at(owner.number).webhooks
                                          : QList<Webhook>();
    case Kind::Buyer:
        return validIndex(workspace.buyers, owner.buyer) ? workspace.buyers.at(owner.buyer).webhooks : QList<Webhook>();
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
    case Kind::Webhook:
        break;
    }
    return {};
}

QList<Webhook> *WorkspaceEditor::mutableWebhooksOf(Workspace *workspace, const Address &owner)
{
    if (!contains(*workspace, owner))
        return nullptr;
    switch (owner.kind) {
    case Kind::Company:
        return &workspace->company.defaultWebhooks;
    case Kind::Campaign:
        return &workspace->campaigns[owner.campaign].webhooks;
    case Kind::Number:
        return &workspace->campaigns[owner.campaign].numbers[owner.number].webhooks;
    case Kind::Buyer:
        return &workspace->buyers[owner.buyer].webhooks;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
    case Kind::Webhook:
        break;
    }
    return nullptr;
}

const Webhook *WorkspaceEditor::webhookAt(const Workspace &workspace, const Address &address)
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

bool WorkspaceEditor::acceptsWebhooks(const Workspace &workspace, const Address &owner)
{
    if (!contains(workspace, owner))
        return false;
    switch (owner.kind) {
    case Kind::Company:
    case Kind::Campaign:
    case Kind::Buyer:
        return true;
    case Kind::Number:
        return workspace.campaigns.at(owner.campaign).numbers.at(owner.number).webhooksUnlocked;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
    case Kind::Webhook:
        break;
    }
    return false;
}

QString WorkspaceEditor::name(const Workspace &workspace, const Address &address)
{
    const Object found = object(workspace, address);
    switch (address.kind) {
    case Kind::Company:
        return found.company.name;
    case Kind::Campaign:
        return found.campaign.name;
    case Kind::Number:
        return found.number.name;
    case Kind::Buyer:
        return found.buyer.name;
    case Kind::Publisher:
        return found.publisher.name;
    case Kind::Webhook:
        return found.webhook.name;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return QString();
}

bool WorkspaceEditor::setName(Workspace *workspace, const Address &address, const QString &name)
{
    if (!contains(*workspace, address))
        return false;
    switch (address.kind) {
    case Kind::Company:
        workspace->company.name = name;
        return true;
    case Kind::Campaign:
        workspace->campaigns[address.campaign].name = name;
        return true;
    case Kind::Number:
        workspace->campaigns[address.campaign].numbers[address.number].name = name;
        return true;
    case Kind::Buyer:
        workspace->buyers[address.buyer].name = name;
        return true;
    case Kind::Publisher:
        workspace->publishers[address.publisher].name = name;
        return true;
    case Kind::Webhook:
        (*mutableWebhooksOf(workspace, address.owner()))[address.webhook].name = name;
        return true;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return false;
}

bool WorkspaceEditor::setFields(Workspace *workspace, const Address &address, const Object &fields)
{
    if (!contains(*workspace, address) || fields.kind != address.kind)
        return false;
    switch (address.kind) {
    case Kind::Company:
        workspace->company.name = fields.company.name;
        workspace->company.trackingDomains = fields.company.trackingDomains;
        return true;
    case Kind::Campaign: {
        Campaign &campaign = workspace->campaigns[address.campaign];
        campaign.id = fields.campaign.id;
        campaign.name = fields.campaign.name;
        campaign.conversion = fields.campaign.conversion;
        campaign.buyerIds = fields.campaign.buyerIds;
        return true;
    }
    case Kind::Number: {
        TrackingNumber &number = workspace->campaigns[address.campaign].numbers[address.number];
        number.number = fields.number.number;
        number.name = fields.number.name;
        return true;
    }
    case Kind::Buyer: {
        Buyer &buyer = workspace->buyers[address.buyer];
        const QString oldId = buyer.id;
        const QString newId = fields.buyer.id;
        buyer.id = newId;
        buyer.name = fields.buyer.name;
        buyer.tags = inFileOrder(fields.buyer.tags);
        buyer.unknownFields = fields.buyer.unknownFields;
        // Routing names buyers by id: a renamed id is renamed there too (and back on undo).
        if (oldId != newId) {
            for (Campaign &campaign : workspace->campaigns)
                for (QString &id : campaign.buyerIds) {
                    if (id == oldId)
                        id = newId;
                }
        }
        return true;
    }
    case Kind::Publisher:
        workspace->publishers[address.publisher] = fields.publisher;
        workspace->publishers[address.publisher].tags = inFileOrder(fields.publisher.tags);
        return true;
    case Kind::Webhook:
        (*mutableWebhooksOf(workspace, address.owner()))[address.webhook] = fields.webhook;
        return true;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return false;
}

QString WorkspaceEditor::validateFields(const Workspace &workspace, const Address &address, const Object &fields)
{
    switch (address.kind) {
    case Kind::Campaign:
        return validateId(workspace, address, fields.campaign.id);
    case Kind::Buyer:
        return validateId(workspace, address, fields.buyer.id);
    case Kind::Publisher:
        return validateId(workspace, address, fields.publisher.sourceId);
    case Kind::Number:
        return validateNumber(workspace, address, fields.number.number);
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Webhook:
        break;
    }
    return QString();
}

QString WorkspaceEditor::validateId(const Workspace &workspace, const Address &address, const QString &id)
{
    const QString trimmed = id.trimmed();
    static const QRegularExpression forbidden(QStringLiteral("[\\s\\[\\],]"));
    switch (address.kind) {
    case Kind::Campaign:
        if (trimmed.isEmpty())
            return tr("A campaign needs an id.");
        if (id.contains(forbidden))
            return tr("A campaign id cannot contain spaces, commas or brackets: \"%1\".").arg(id);
        for (int c = 0; c < workspace.campaigns.size(); ++c) {
            if (c != address.campaign && workspace.campaigns.at(c).id == id)
                return tr("Campaign \"%1\" already has the id \"%2\".")
                    .arg(campaignLabel(workspace.campaigns.at(c)), id);
        }
        return QString();
    case Kind::Buyer:
        if (trimmed.isEmpty())
            return tr("A buyer needs an id: it becomes the call's handler_id.");
        if (id.contains(forbidden))
            return tr("A buyer id cannot contain spaces, commas or brackets: \"%1\".").arg(id);
        for (int b = 0; b < workspace.buyers.size(); ++b) {
            const Buyer &other = workspace.buyers.at(b);
            if (b != address.buyer && other.id == id)
                return tr("Buyer \"%1\" already has the id \"%2\".")
                    .arg(other.name.trimmed().isEmpty() ? other.id : other.name, id);
        }
        return QString();
    case Kind::Publisher:
        if (trimmed.isEmpty())
            return tr("A publisher needs a source_id: calls name their publisher by it.");
        if (id.contains(forbidden))
            return tr("A source_id cannot contain spaces, commas or brackets: \"%1\".").arg(id);
        for (int p = 0; p < workspace.publishers.size(); ++p) {
            const Publisher &other = workspace.publishers.at(p);
            if (p != address.publisher && other.sourceId == id)
                return tr("Publisher \"%1\" already has the source_id \"%2\".")
                    .arg(other.name.trimmed().isEmpty() ? other.sourceId : other.name, id);
        }
        return QString();
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Number:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Webhook:
        break;
    }
    return QString();
}

bool WorkspaceEditor::isE164(const QString &number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(number).hasMatch();
}

QString WorkspaceEditor::validateNumber(const Workspace &workspace, const Address &address, const QString &number)
{
    if (!isE164(number))
        return tr("\"%1\" is not an E.164 phone number (expected + and the country code, e.g. +18005550100).")
            .arg(number);
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        const QList<TrackingNumber> &numbers = workspace.campaigns.at(c).numbers;
        for (int n = 0; n < numbers.size(); ++n) {
            if (numbers.at(n).number != number || (c == address.campaign && n == address.number))
                continue;
            return tr("%1 is already a number of campaign \"%2\".")
                .arg(number, campaignLabel(workspace.campaigns.at(c)));
        }
    }
    return QString();
}

TrackingNumber WorkspaceEditor::withWebhooksUnlocked(const Workspace &workspace, const Address &number, bool unlocked)
{
    if (!contains(workspace, number) || number.kind != Kind::Number)
        return TrackingNumber();
    const Campaign &campaign = workspace.campaigns.at(number.campaign);
    TrackingNumber value = campaign.numbers.at(number.number);
    if (unlocked)
        Workspace::unlockNumber(campaign, &value);
    else
        Workspace::lockNumber(&value);
    return value;
}

bool WorkspaceEditor::setNumberValue(Workspace *workspace, const Address &number, const TrackingNumber &value)
{
    if (number.kind != Kind::Number || !contains(*workspace, number))
        return false;
    workspace->campaigns[number.campaign].numbers[number.number] = value;
    return true;
}

QSet<QString> WorkspaceEditor::ids(const Workspace &workspace, Kind kind)
{
    QSet<QString> result;
    switch (kind) {
    case Kind::Campaign:
    case Kind::Campaigns:
        for (const Campaign &campaign : workspace.campaigns)
            result.insert(campaign.id);
        break;
    case Kind::Buyer:
    case Kind::Buyers:
        for (const Buyer &buyer : workspace.buyers)
            result.insert(buyer.id);
        break;
    case Kind::Publisher:
    case Kind::Publishers:
        for (const Publisher &publisher : workspace.publishers)
            result.insert(publisher.sourceId);
        break;
    case Kind::Company:
    case Kind::Number:
    case Kind::Webhook:
        break;
    }
    return result;
}

QString WorkspaceEditor::uniqueId(const QString &base, const QSet<QString> &used)
{
    if (!used.contains(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = base % QLatin1Char('-') % QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QString WorkspaceEditor::nextId(const QString &prefix, qsizetype count, const QSet<QString> &used)
{
    for (qsizetype n = count + 1;; ++n) {
        QString candidate = prefix % QLatin1Char('-') % QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QString WorkspaceEditor::copyName(const QString &name, const QString &fallback)
{
    return tr("%1 (copy)").arg(name.trimmed().isEmpty() ? fallback : name);
}

WorkspaceEditor::Object WorkspaceEditor::newCampaign(const Workspace &workspace)
{
    Object object;
    object.kind = Kind::Campaign;
    object.campaign = workspace.newCampaign(
        nextId(QStringLiteral("campaign"), workspace.campaigns.size(), ids(workspace, Kind::Campaign)),
        tr("New campaign"));
    return object;
}

WorkspaceEditor::Object WorkspaceEditor::newBuyer(const Workspace &workspace)
{
    Object object;
    object.kind = Kind::Buyer;
    object.buyer.id = nextId(QStringLiteral("buyer"), workspace.buyers.size(), ids(workspace, Kind::Buyer));
    object.buyer.name = tr("New buyer");
    return object;
}

WorkspaceEditor::Object WorkspaceEditor::newPublisher(const Workspace &workspace)
{
    Object object;
    object.kind = Kind::Publisher;
    object.publisher.sourceId =
        nextId(QStringLiteral("publisher"), workspace.publishers.size(), ids(workspace, Kind::Publisher));
    object.publisher.name = tr("New publisher");
    return object;
}

WorkspaceEditor::Object WorkspaceEditor::newWebhook()
{
    Object object;
    object.kind = Kind::Webhook;
    object.webhook.id = newWebhookId();
    object.webhook.name = tr("New webhook");
    return object;
}

WorkspaceEditor::Object WorkspaceEditor::newPingPostWebhook()
{
    Object object = newWebhook();
    object.webhook.name = tr("Ping-post");
    // The ping goes out before routing, as RTB bids do; the post is this webhook's request.
    object.webhook.trigger = Trigger::PassThrough;
    object.webhook.request.method = QStringLiteral("POST");
    object.webhook.request.bodyKind = BodyKind::Json;
    object.webhook.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    object.webhook.request.body =
        QStringLiteral("{\"caller_number\": \"[caller_number]\", \"bid_id\": \"[ping.bid_id]\"}");
    object.webhook.pingPost.enabled = true;
    object.webhook.pingPost.ping.method = QStringLiteral("POST");
    object.webhook.pingPost.ping.bodyKind = BodyKind::Json;
    object.webhook.pingPost.ping.headers = object.webhook.request.headers;
    object.webhook.pingPost.ping.body = QStringLiteral("{\"caller_number\": \"[caller_number]\"}");
    object.webhook.pingPost.amountPath = QStringLiteral("bid.amount");
    object.webhook.pingPost.bidIdPath = QStringLiteral("bid.id");
    return object;
}

bool WorkspaceEditor::canDuplicate(Kind kind)
{
    return WorkspaceAddress::isRemovable(kind) && kind != Kind::Number;
}

WorkspaceEditor::Object WorkspaceEditor::duplicate(const Workspace &workspace, const Address &address)
{
    Object copy = object(workspace, address);
    switch (address.kind) {
    case Kind::Webhook:
        copy.webhook.id = newWebhookId();
        copy.webhook.name = copyName(copy.webhook.name, Triggers::label(copy.webhook.trigger));
        break;
    case Kind::Campaign:
        copy.campaign.id = uniqueId(copy.campaign.id % QStringLiteral("-copy"), ids(workspace, Kind::Campaign));
        copy.campaign.name = copyName(copy.campaign.name, workspace.campaigns.at(address.campaign).id);
        copy.campaign.webhooks = withFreshIds(copy.campaign.webhooks);
        copy.campaign.numbers.clear();
        break;
    case Kind::Buyer:
        copy.buyer.id = uniqueId(copy.buyer.id % QStringLiteral("-copy"), ids(workspace, Kind::Buyer));
        copy.buyer.name = copyName(copy.buyer.name, workspace.buyers.at(address.buyer).id);
        copy.buyer.webhooks = withFreshIds(copy.buyer.webhooks);
        break;
    case Kind::Publisher:
        copy.publisher.sourceId =
            uniqueId(copy.publisher.sourceId % QStringLiteral("-copy"), ids(workspace, Kind::Publisher));
        copy.publisher.name = copyName(copy.publisher.name, workspace.publishers.at(address.publisher).sourceId);
        break;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Number:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return copy;
}

int WorkspaceEditor::campaignWithNumber(const Workspace &workspace, const QString &number)
{
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        for (const TrackingNumber &existing : workspace.campaigns.at(c).numbers) {
            if (existing.number == number)
                return c;
        }
    }
    return -1;
}

QString WorkspaceEditor::unusedNumber(const Workspace &workspace)
{
    for (int n = 100; n < 10000; ++n) {
        QString candidate = QStringLiteral("+1800555%1").arg(n, 4, 10, QLatin1Char('0'));
        if (campaignWithNumber(workspace, candidate) < 0)
            return candidate;
    }
    return QStringLiteral("+1");
}

int WorkspaceEditor::findCampaign(const Workspace &workspace, const QString &idOrName, QString *error)
{
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        if (workspace.campaigns.at(c).id == idOrName)
            return c;
    }
    QList<int> named;
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        if (workspace.campaigns.at(c).name.trimmed().compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            named.append(c);
    }
    if (named.size() == 1)
        return named.constFirst();
    if (error) {
        if (named.isEmpty()) {
            QStringList known;
            for (const Campaign &campaign : workspace.campaigns)
                known.append(campaign.id);
            *error = known.isEmpty() ? tr("No campaign \"%1\": the workspace has no campaigns.").arg(idOrName)
                                     : tr("No campaign has the id or name \"%1\" (ids: %2).")
                                           .arg(idOrName, known.join(QStringLiteral(", ")));
        } else {
            QStringList ids;
            for (int c : named)
                ids.append(workspace.campaigns.at(c).id);
            *error = tr("Several campaigns are named \"%1\"; give the id instead (%2).")
                         .arg(idOrName, ids.join(QStringLiteral(", ")));
        }
    }
    return -1;
}
