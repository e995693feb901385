// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"

#include <QList>

// A phone number of a campaign. Its webhooks are the campaign's until the user unlocks them:
// unlocking clones the campaign's webhooks here, and from then on this copy overrides them.
struct TrackingNumber
{
    QString number; // E.164, e.g. "+18005550100"
    QString name;
    bool webhooksUnlocked = false;
    QList<Webhook> webhooks; // meaningful only while unlocked
    QJsonObject unknownFields;

    bool operator==(const TrackingNumber &o) const
    {
        return number == o.number && name == o.name && webhooksUnlocked == o.webhooksUnlocked && webhooks == o.webhooks
               && unknownFields == o.unknownFields;
    }
};
