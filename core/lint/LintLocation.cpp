// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/LintLocation.h"

namespace {

QString indexed(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace

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
    QString object;
    QString webhooks = QStringLiteral("webhooks");
    switch (scope) {
    case Scope::Workspace:
        return QString();
    case Scope::Company:
        object = QStringLiteral("company");
        webhooks = QStringLiteral("default_webhooks");
        break;
    case Scope::Campaign:
        object = indexed(QStringLiteral("campaigns"), campaignIndex);
        break;
    case Scope::Number:
        object = indexed(QStringLiteral("campaigns"), campaignIndex) + QLatin1Char('.')
                 + indexed(QStringLiteral("numbers"), numberIndex);
        break;
    case Scope::Buyer:
        object = indexed(QStringLiteral("buyers"), buyerIndex);
        break;
    case Scope::Publisher:
        return indexed(QStringLiteral("publishers"), publisherIndex);
    }
    if (webhookIndex < 0)
        return object;
    return object + QLatin1Char('.') + indexed(webhooks, webhookIndex);
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
