// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Workspace.h"

#include <QUuid>

QString newWebhookId()
{
    return QStringLiteral("wh-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

template<typename T, typename Pred> static const T *findIn(const QList<T> &list, Pred pred)
{
    for (const T &item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}

const Buyer *Workspace::findBuyer(const QString &id) const
{
    return findIn(buyers, [&](const Buyer &b) { return b.id == id; });
}

const Campaign *Workspace::findCampaign(const QString &id) const
{
    return findIn(campaigns, [&](const Campaign &c) { return c.id == id; });
}

const Publisher *Workspace::findPublisher(const QString &sourceId) const
{
    return findIn(publishers, [&](const Publisher &p) { return p.sourceId == sourceId; });
}

static QList<Webhook> withFreshIds(QList<Webhook> webhooks)
{
    for (Webhook &webhook : webhooks)
        webhook.id = newWebhookId();
    return webhooks;
}

Campaign Workspace::newCampaign(const QString &id, const QString &name) const
{
    Campaign campaign;
    campaign.id = id;
    campaign.name = name;
    campaign.webhooks = withFreshIds(company.defaultWebhooks);
    return campaign;
}

QList<Webhook> Workspace::effectiveWebhooks(const Campaign &campaign, const TrackingNumber &number)
{
    return number.webhooksUnlocked ? number.webhooks : campaign.webhooks;
}

void Workspace::unlockNumber(const Campaign &campaign, TrackingNumber *number)
{
    if (number->webhooksUnlocked)
        return;
    number->webhooksUnlocked = true;
    number->webhooks = withFreshIds(campaign.webhooks);
}

void Workspace::lockNumber(TrackingNumber *number)
{
    number->webhooksUnlocked = false;
    number->webhooks.clear();
}
