// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Buyer.h"
#include "model/Campaign.h"
#include "model/Company.h"
#include "model/Publisher.h"
#include "model/TagMap.h"

#include <QJsonArray>
#include <QList>

// Everything one workspace file holds (SPEC 1). A value type: copy it freely, Qt's implicit
// sharing keeps copies cheap until they are changed.
struct Workspace
{
    static constexpr int kFormatVersion = 1;

    Company company;
    QList<Campaign> campaigns;
    QList<Buyer> buyers;
    QList<Publisher> publishers;
    QJsonArray userTemplates; // template documents as the template library reads them
    TagMap sampleCall;        // tags of the call used for previews and live validation
    QJsonObject unknownFields;

    const Buyer *findBuyer(const QString &id) const;
    const Campaign *findCampaign(const QString &id) const;
    const Publisher *findPublisher(const QString &sourceId) const;

    // A new campaign starts with a copy of the company's default webhooks (fresh ids).
    Campaign newCampaign(const QString &id, const QString &name) const;
    // The webhooks that apply to calls to a number: the number's own once unlocked.
    static QList<Webhook> effectiveWebhooks(const Campaign &campaign, const TrackingNumber &number);
    // Unlocking clones the campaign's webhooks into the number; locking drops the override.
    static void unlockNumber(const Campaign &campaign, TrackingNumber *number);
    static void lockNumber(TrackingNumber *number);

    bool operator==(const Workspace &o) const
    {
        return company == o.company && campaigns == o.campaigns && buyers == o.buyers && publishers == o.publishers
               && userTemplates == o.userTemplates && sampleCall == o.sampleCall && unknownFields == o.unknownFields;
    }
};

// A fresh, unique webhook id ("wh-" + 12 hex digits).
QString newWebhookId();
