// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"
#include "model/Webhook.h"

#include <QList>

// A call endpoint / target. Its id becomes the call's handler_id; its webhooks fire only for
// calls routed to it (a ping-post RTB integration is a buyer webhook with pingPost enabled).
struct Buyer
{
    QString id;
    QString name;
    TagMap tags;
    QList<Webhook> webhooks;
    QJsonObject unknownFields;

    bool operator==(const Buyer &o) const
    {
        return id == o.id && name == o.name && tags == o.tags && webhooks == o.webhooks
               && unknownFields == o.unknownFields;
    }
};
