// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ConversionCriteria.h"
#include "model/TrackingNumber.h"
#include "model/Webhook.h"

#include <QList>

struct Campaign
{
    QString id;
    QString name;
    QList<Webhook> webhooks;
    ConversionCriteria conversion;
    QStringList buyerIds; // routing order
    QList<TrackingNumber> numbers;
    QJsonObject unknownFields;

    bool operator==(const Campaign &o) const
    {
        return id == o.id && name == o.name && webhooks == o.webhooks && conversion == o.conversion
               && buyerIds == o.buyerIds && numbers == o.numbers && unknownFields == o.unknownFields;
    }
};
