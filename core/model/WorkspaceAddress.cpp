// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/WorkspaceAddress.h"

#include <QRegularExpression>
#include <QStringBuilder>

namespace {

QString indexed(const QString &key, int index)
{
    return key % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

} // namespace

WorkspaceAddress WorkspaceAddress::company()
{
    return WorkspaceAddress();
}

WorkspaceAddress WorkspaceAddress::group(Kind groupKind)
{
    WorkspaceAddress address;
    address.kind = groupKind;
    return address;
}

WorkspaceAddress WorkspaceAddress::ofCampaign(int campaign)
{
    WorkspaceAddress address;
    address.kind = Kind::Campaign;
    address.campaign = campaign;
    return address;
}

WorkspaceAddress WorkspaceAddress::ofNumber(int campaign, int number)
{
    WorkspaceAddress address;
    address.kind = Kind::Number;
    address.campaign = campaign;
    address.number = number;
    return address;
}

WorkspaceAddress WorkspaceAddress::ofBuyer(int buyer)
{
    WorkspaceAddress address;
    address.kind = Kind::Buyer;
    address.buyer = buyer;
    return address;
}

WorkspaceAddress WorkspaceAddress::ofPublisher(int publisher)
{
    WorkspaceAddress address;
    address.kind = Kind::Publisher;
    address.publisher = publisher;
    return address;
}

WorkspaceAddress WorkspaceAddress::ofWebhook(const WorkspaceAddress &owner, int index)
{
    WorkspaceAddress address = owner;
    address.kind = Kind::Webhook;
    address.webhook = index;
    return address;
}

QString WorkspaceAddress::path() const
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

bool WorkspaceAddress::fromPath(const QString &path, WorkspaceAddress *address)
{
    // Steps are "name" or "name[index]", separated by dots.
    static const QRegularExpression step(QStringLiteral("^([A-Za-z_]+)(?:\\[([0-9]+)\\])?$"));
    const QStringList steps = path.split(QLatin1Char('.'));
    struct Step
    {
        QString name;
        int index = -1;
    };
    QList<Step> parsed;
    for (const QString &text : steps) {
        const QRegularExpressionMatch match = step.match(text);
        if (!match.hasMatch())
            break;
        bool ok = true;
        const int index = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt(&ok);
        if (!ok)
            break;
        parsed.append({match.captured(1), index});
    }
    if (parsed.isEmpty())
        return false;

    WorkspaceAddress found;
    const Step &first = parsed.constFirst();
    int next = 1; // the step that may name a webhook (or a number) below the first object
    if (first.name == QLatin1String("company")) {
        found = company();
        if (parsed.size() > 1 && parsed.at(1).name == QLatin1String("default_webhooks") && parsed.at(1).index >= 0)
            found = ofWebhook(found, parsed.at(1).index);
        *address = found;
        return true;
    }
    if (first.name == QLatin1String("campaigns")) {
        found = first.index < 0 ? group(Kind::Campaigns) : ofCampaign(first.index);
        if (first.index >= 0 && parsed.size() > 1 && parsed.at(1).name == QLatin1String("numbers")
            && parsed.at(1).index >= 0) {
            found = ofNumber(first.index, parsed.at(1).index);
            next = 2;
        }
    } else if (first.name == QLatin1String("buyers")) {
        found = first.index < 0 ? group(Kind::Buyers) : ofBuyer(first.index);
    } else if (first.name == QLatin1String("publishers")) {
        *address = first.index < 0 ? group(Kind::Publishers) : ofPublisher(first.index);
        return true;
    } else {
        return false;
    }
    if (found.kind != Kind::Campaigns && found.kind != Kind::Buyers && parsed.size() > next
        && parsed.at(next).name == QLatin1String("webhooks") && parsed.at(next).index >= 0)
        found = ofWebhook(found, parsed.at(next).index);
    *address = found;
    return true;
}

WorkspaceAddress WorkspaceAddress::owner() const
{
    if (kind != Kind::Webhook)
        return *this;
    WorkspaceAddress result = *this;
    result.webhook = -1;
    if (number >= 0)
        result.kind = Kind::Number;
    else if (campaign >= 0)
        result.kind = Kind::Campaign;
    else if (buyer >= 0)
        result.kind = Kind::Buyer;
    else
        result.kind = Kind::Company;
    return result;
}

bool WorkspaceAddress::isRemovable(Kind kind)
{
    switch (kind) {
    case Kind::Campaign:
    case Kind::Number:
    case Kind::Buyer:
    case Kind::Publisher:
    case Kind::Webhook:
        return true;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    return false;
}
