// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"

#include <QList>
#include <QMap>

// The workspace's company: its default webhooks are copied into every new campaign.
struct Company
{
    QString name;
    QList<Webhook> defaultWebhooks;
    QMap<QString, QString> trackingDomains; // platform ("cake", "hasoffers", "voluum") -> domain
    QJsonObject unknownFields;

    bool operator==(const Company &o) const
    {
        return name == o.name && defaultWebhooks == o.defaultWebhooks && trackingDomains == o.trackingDomains
               && unknownFields == o.unknownFields;
    }
};
