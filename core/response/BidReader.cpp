// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/BidReader.h"

#include "response/JsonPath.h"
#include "response/ResponseTagParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

// Money reads best with cents ("12.50"); finer bids keep every digit they have ("0.035").
QString money(double amount)
{
    const QString cents = QString::number(amount, 'f', 2);
    return cents.toDouble() == amount ? cents : QString::number(amount, 'g', QLocale::FloatingPointShortest);
}

// How a value that is not what was wanted reads in a reason.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Object:
        return BidReader::tr("an object");
    case QJsonValue::Array:
        return BidReader::tr("an array");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return ResponseTagParser::scalarText(value);
    }
}

// Adds the leaves under value while *room lasts; returns false once a leaf had no room.
bool addLeaves(TagMap *tags, const QString &path, const QJsonValue &value, int *room)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!addLeaves(tags, path + QLatin1Char('.') + it.key(), it.value(), room))
                return false;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!addLeaves(tags, path + QLatin1Char('.') + QString::number(i), array.at(i), room))
                return false;
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        if (*room == 0)
            return false;
        --*room;
        tags->set(path, {ResponseTagParser::scalarText(value)});
    }
    return true;
}

// Vendors say yes in many ways: true, 1, "true", "yes", "accepted"...
bool readFlag(const QJsonValue &value, bool *flag)
{
    if (value.isBool()) {
        *flag = value.toBool();
        return true;
    }
    if (value.isDouble()) {
        *flag = value.toDouble() != 0;
        return true;
    }
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"),
                                    QStringLiteral("accepted"), QStringLiteral("ok")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0"),
                                   QStringLiteral("rejected")};
    const QString text = value.toString().trimmed();
    if (value.isString() && yes.contains(text, Qt::CaseInsensitive)) {
        *flag = true;
        return true;
    }
    if (value.isString() && no.contains(text, Qt::CaseInsensitive)) {
        *flag = false;
        return true;
    }
    return false;
}

// A number, or a string holding one ("12.50", "$12.50").
bool readAmount(const QJsonValue &value, double *amount)
{
    if (value.isDouble()) {
        *amount = value.toDouble();
        return true;
    }
    if (!value.isString())
        return false;
    QString text = value.toString().trimmed();
    if (text.startsWith(QLatin1Char('$')))
        text = text.mid(1).trimmed();
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return false;
    *amount = number;
    return true;
}

} // namespace

Bid BidReader::read(const PingPost &config, int status, const QByteArray &body)
{
    Bid bid;
    auto rejected = [&bid](const QString &reason) {
        bid.reason = reason;
        bid.pingTags.set(QStringLiteral("ping.accepted"), {QStringLiteral("false")});
        return bid;
    };

    // A broken config rejects every bid, whatever the ping answered: say so first.
    QString error;
    if (config.amountPath.trimmed().isEmpty())
        return rejected(tr("rejected: no amount path configured"));
    const JsonPath amountPath = JsonPath::parse(config.amountPath, &error);
    if (!amountPath.isValid())
        return rejected(tr("rejected: amount path \"%1\": %2").arg(config.amountPath, error));
    const bool hasAcceptedPath = !config.acceptedPath.trimmed().isEmpty();
    const JsonPath acceptedPath = hasAcceptedPath ? JsonPath::parse(config.acceptedPath, &error) : JsonPath();
    if (hasAcceptedPath && !acceptedPath.isValid())
        return rejected(tr("rejected: accepted path \"%1\": %2").arg(config.acceptedPath, error));
    const bool hasBidIdPath = !config.bidIdPath.trimmed().isEmpty();
    const JsonPath bidIdPath = hasBidIdPath ? JsonPath::parse(config.bidIdPath, &error) : JsonPath();
    if (hasBidIdPath && !bidIdPath.isValid())
        return rejected(tr("rejected: bid id path \"%1\": %2").arg(config.bidIdPath, error));

    if (status <= 0)
        return rejected(tr("rejected: the ping got no response"));
    if (status < 200 || status > 299)
        return rejected(tr("rejected: the ping got status %1").arg(status));
    if (body.trimmed().isEmpty())
        return rejected(tr("rejected: the ping's response is empty"));
    const QJsonValue root = JsonPath::parseDocument(body, &error);
    if (root.isUndefined())
        return rejected(tr("rejected: response is not JSON (%1)").arg(error));
    int room = BidReader::MaxPingTags;
    const QString leavesNote =
        addLeaves(&bid.pingTags, QStringLiteral("ping"), root, &room)
            ? QString()
            : tr(" (only the first %1 fields of the response became ping.* tags)").arg(BidReader::MaxPingTags);

    // Read all that is there, so that a rejected bid still shows its amount and id.
    QString rejection;
    const QString amountName = config.amountPath.trimmed();
    const QJsonValue amountValue = amountPath.evaluate(root);
    if (amountValue.isUndefined()) {
        rejection = tr("rejected: no amount at %1").arg(amountName);
    } else if (!readAmount(amountValue, &bid.amount)) {
        rejection = tr("rejected: amount at %1 is %2, not a number").arg(amountName, describe(amountValue));
    } else {
        bid.pingTags.set(QStringLiteral("ping.bid_amount"),
                         {QString::number(bid.amount, 'g', QLocale::FloatingPointShortest)});
    }

    if (hasAcceptedPath) {
        const QString acceptedName = config.acceptedPath.trimmed();
        const QJsonValue flagValue = acceptedPath.evaluate(root);
        bool flag = false;
        QString flagRejection;
        if (flagValue.isUndefined())
            flagRejection = tr("rejected: no accepted flag at %1").arg(acceptedName);
        else if (!readFlag(flagValue, &flag))
            flagRejection = tr("rejected: %1 is %2, not true or false").arg(acceptedName, describe(flagValue));
        else if (!flag)
            flagRejection = tr("rejected: %1 is false").arg(acceptedName);
        // The buyer's own no outranks anything wrong with the amount.
        if (!flagRejection.isEmpty())
            rejection = flagRejection;
    }

    QString idNote;
    if (hasBidIdPath) {
        const QJsonValue idValue = bidIdPath.evaluate(root);
        bid.bidId = ResponseTagParser::scalarText(idValue);
        if (bid.bidId.isEmpty())
            idNote = tr(" (no bid id at %1)").arg(config.bidIdPath.trimmed());
        else
            bid.pingTags.set(QStringLiteral("ping.bid_id"), {bid.bidId});
    }

    if (rejection.isEmpty() && bid.amount < config.minimumBid)
        rejection = tr("rejected: bid %1 below minimum %2").arg(money(bid.amount), money(config.minimumBid));
    if (!rejection.isEmpty())
        return rejected(rejection + idNote + leavesNote);

    bid.accepted = true;
    bid.reason =
        tr("accepted: bid %1 >= minimum %2").arg(money(bid.amount), money(config.minimumBid)) + idNote + leavesNote;
    bid.pingTags.set(QStringLiteral("ping.accepted"), {QStringLiteral("true")});
    return bid;
}
