// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/LintLocation.h"

#include "model/WorkspaceAddress.h"

LintLocation LintLocation::companyWebhook(int webhookIndex)
{
    LintLocation location;
    location.scope = Scope::Company;
    location.webhookIndex = webhookIndex;
    return location;
}

LintLocation LintLocation::campaign(int campaignIndex, int webhookIndex)
{
    LintLocation location;
    location.scope = Scope::Campaign;
    location.campaignIndex = campaignIndex;
    location.webhookIndex = webhookIndex;
    return location;
}

LintLocation LintLocation::numberWebhook(int campaignIndex, int numberIndex, int webhookIndex)
{
    LintLocation location;
    location.scope = Scope::Number;
    location.campaignIndex = campaignIndex;
    location.numberIndex = numberIndex;
    location.webhookIndex = webhookIndex;
    return location;
}

LintLocation LintLocation::buyer(int buyerIndex, int webhookIndex)
{
    LintLocation location;
    location.scope = Scope::Buyer;
    location.buyerIndex = buyerIndex;
    location.webhookIndex = webhookIndex;
    return location;
}

LintLocation LintLocation::publisher(int publisherIndex)
{
    LintLocation location;
    location.scope = Scope::Publisher;
    location.publisherIndex = publisherIndex;
    return location;
}

LintLocation LintLocation::at(const QString &fieldName) const
{
    LintLocation location = *this;
    location.field = fieldName;
    location.line = 0;
    location.column = 0;
    location.offset = -1;
    return location;
}

QString LintLocation::objectPath() const
{
    WorkspaceAddress owner;
    switch (scope) {
    case Scope::Workspace:
        return QString();
    case Scope::Company:
        owner = WorkspaceAddress::company();
        break;
    case Scope::Campaign:
        owner = WorkspaceAddress::ofCampaign(campaignIndex);
        break;
    case Scope::Number:
        owner = WorkspaceAddress::ofNumber(campaignIndex, numberIndex);
        break;
    case Scope::Buyer:
        owner = WorkspaceAddress::ofBuyer(buyerIndex);
        break;
    case Scope::Publisher:
        owner = WorkspaceAddress::ofPublisher(publisherIndex);
        break;
    }
    return (webhookIndex < 0 ? owner : WorkspaceAddress::ofWebhook(owner, webhookIndex)).path();
}

QString LintLocation::path() const
{
    QString object = objectPath();
    if (field.isEmpty())
        return object;
    if (object.isEmpty())
        return field;
    return object + QLatin1Char('.') + field;
}
