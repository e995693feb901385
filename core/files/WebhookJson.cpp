// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WebhookJson.h"

#include "files/JsonReader.h"

#include <QCoreApplication>

namespace {
QString keyOf(const QString &parent, const QString &child)
{
    return parent + QLatin1Char('.') + child;
}

// Headers come as {"Name": "value"} (handy to write by hand) or as [{"name", "value"}] (keeps
// order and repeated names). Returns the unknown fields of the array form's entries by index,
// or an empty array if there are none.
QJsonArray readHeaders(JsonReader &reader, QList<HeaderTemplate> *headers, QList<LoadError> *errors)
{
    const QString key = QStringLiteral("headers");
    const QJsonValue value = reader.value(key);
    if (value.isUndefined())
        return {};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString entryKey = keyOf(key, it.key());
            if (!it.value().isString()) {
                reader.typeError(entryKey, QCoreApplication::translate("WebhookJson", "a string"), it.value());
                continue;
            }
            headers->append(HeaderTemplate{it.key(), it.value().toString()});
        }
        return {};
    }
    if (!value.isArray()) {
        reader.typeError(
            key, QCoreApplication::translate("WebhookJson", "an object or an array of {\"name\", \"value\"} objects"),
            value);
        return {};
    }
    const QJsonArray array = value.toArray();
    QJsonArray unknown;
    bool anyUnknown = false;
    for (int i = 0; i < array.size(); ++i) {
        const QString entryKey = JsonReader::indexPath(key, i);
        if (!array.at(i).isObject()) {
            reader.typeError(entryKey,
                             QCoreApplication::translate("WebhookJson", "an object with \"name\" and \"value\""),
                             array.at(i));
            unknown.append(QJsonObject());
            continue;
        }
        JsonReader entry(array.at(i).toObject(), reader.path(entryKey), errors);
        HeaderTemplate header;
        header.name = entry.string(QStringLiteral("name"));
        header.value = entry.string(QStringLiteral("value"));
        headers->append(header);
        unknown.append(entry.unknownFields());
        anyUnknown = anyUnknown || !entry.unknownFields().isEmpty();
    }
    return anyUnknown ? unknown : QJsonArray();
}

// The fields of a request: flat in a webhook, or in a ping-post's "ping" object. Returns the
// unknown fields that belong to nested parts (headers), to be kept with the owner's.
QJsonObject readRequest(JsonReader &reader, RequestTemplate *request, QList<LoadError> *errors)
{
    request->method = reader.string(QStringLiteral("method"), request->method);
    request->url = reader.string(QStringLiteral("url"));
    QJsonObject nestedUnknown;
    const QJsonArray headerUnknown = readHeaders(reader, &request->headers, errors);
    if (!headerUnknown.isEmpty())
        nestedUnknown.insert(QStringLiteral("headers"), headerUnknown);
    const QString kindKey = QStringLiteral("body_kind");
    if (reader.has(kindKey)) {
        const QString kind = reader.string(kindKey, BodyKinds::name(BodyKind::None));
        if (!BodyKinds::fromName(kind, &request->bodyKind))
            reader.error(kindKey,
                         QCoreApplication::translate("WebhookJson", "unknown body kind \"%1\" (expected one of: %2)")
                             .arg(kind, BodyKinds::allNames()));
    }
    request->body = reader.string(QStringLiteral("body"));
    return nestedUnknown;
}

QJsonObject writeRequest(QJsonObject object, const RequestTemplate &request)
{
    QJsonArray headers;
    for (const HeaderTemplate &header : request.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), header.name}, {QStringLiteral("value"), header.value}});
    object.insert(QStringLiteral("method"), request.method);
    object.insert(QStringLiteral("url"), request.url);
    object.insert(QStringLiteral("headers"), headers);
    object.insert(QStringLiteral("body_kind"), BodyKinds::name(request.bodyKind));
    object.insert(QStringLiteral("body"), request.body);
    return object;
}

// Returns the unknown fields of the ping_post object (and of its ping), to be kept under the
// webhook's "ping_post" key.
QJsonObject readPingPost(JsonReader &webhook, PingPost *pingPost, QList<LoadError> *errors)
{
    const QString key = QStringLiteral("ping_post");
    JsonReader reader(webhook.object(key), webhook.path(key), errors);
    pingPost->enabled = reader.boolean(QStringLiteral("enabled"), false);
    const QString pingKey = QStringLiteral("ping");
    JsonReader ping(reader.object(pingKey), reader.path(pingKey), errors);
    const QJsonObject pingNested = readRequest(ping, &pingPost->ping, errors);
    pingPost->amountPath = reader.string(QStringLiteral("amount_path"));
    pingPost->acceptedPath = reader.string(QStringLiteral("accepted_path"));
    pingPost->bidIdPath = reader.string(QStringLiteral("bid_id_path"));
    pingPost->minimumBid = reader.number(QStringLiteral("minimum_bid"), 0.0);
    QJsonObject unknown = reader.unknownFields();
    const QJsonObject pingUnknown = JsonReader::withUnknownFields(ping.unknownFields(), pingNested);
    if (!pingUnknown.isEmpty())
        unknown.insert(pingKey, pingUnknown);
    return unknown;
}

QJsonObject writePingPost(const PingPost &pingPost)
{
    return QJsonObject{
        {QStringLiteral("enabled"), pingPost.enabled},        {QStringLiteral("ping"), writeRequest({}, pingPost.ping)},
        {QStringLiteral("amount_path"), pingPost.amountPath}, {QStringLiteral("accepted_path"), pingPost.acceptedPath},
        {QStringLiteral("bid_id_path"), pingPost.bidIdPath},  {QStringLiteral("minimum_bid"), pingPost.minimumBid},
    };
}
} // namespace

namespace WebhookJson {

QStringList methods()
{
    return {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
            QStringLiteral("DELETE")};
}

Webhook read(const QJsonObject &object, const QString &path, QList<LoadError> *errors)
{
    JsonReader reader(object, path, errors);
    Webhook webhook;
    webhook.id = reader.string(QStringLiteral("id"));
    webhook.name = reader.string(QStringLiteral("name"));

    const QString triggerKey = QStringLiteral("trigger");
    if (reader.has(triggerKey)) {
        const QString name = reader.string(triggerKey, Triggers::name(webhook.trigger));
        if (!Triggers::fromName(name, &webhook.trigger))
            reader.error(triggerKey,
                         QCoreApplication::translate("WebhookJson", "unknown trigger \"%1\" (expected one of: %2)")
                             .arg(name, Triggers::allNames()));
    }

    // Any whole number the model can hold loads; its range is the linter's (out-of-range,
    // timer-without-threshold), so that a value the editor accepted always reopens.
    webhook.timerSeconds = reader.wholeNumber(QStringLiteral("timer_seconds"), 0);

    QJsonObject nestedUnknown = readRequest(reader, &webhook.request, errors);
    webhook.matches = reader.stringList(QStringLiteral("matches"));
    webhook.timeoutMs = reader.wholeNumber(QStringLiteral("timeout_ms"), Webhook::kDefaultTimeoutMs);
    webhook.enabled = reader.boolean(QStringLiteral("enabled"), true);
    webhook.notes = reader.string(QStringLiteral("notes"));

    const QString buyerKey = QStringLiteral("buyer");
    const QJsonValue buyer = reader.value(buyerKey);
    if (buyer.isString())
        webhook.buyerId = buyer.toString();
    else if (!buyer.isNull() && !buyer.isUndefined())
        reader.typeError(buyerKey, QCoreApplication::translate("WebhookJson", "a buyer id or null"), buyer);

    const QJsonObject pingPostUnknown = readPingPost(reader, &webhook.pingPost, errors);
    if (!pingPostUnknown.isEmpty())
        nestedUnknown.insert(QStringLiteral("ping_post"), pingPostUnknown);

    webhook.unknownFields = JsonReader::withUnknownFields(reader.unknownFields(), nestedUnknown);
    return webhook;
}

QJsonObject write(const Webhook &webhook)
{
    QJsonObject object;
    if (!webhook.id.isEmpty())
        object.insert(QStringLiteral("id"), webhook.id);
    object.insert(QStringLiteral("name"), webhook.name);
    object.insert(QStringLiteral("trigger"), Triggers::name(webhook.trigger));
    object.insert(QStringLiteral("timer_seconds"), webhook.timerSeconds);
    object = writeRequest(object, webhook.request);
    object.insert(QStringLiteral("matches"), QJsonArray::fromStringList(webhook.matches));
    object.insert(QStringLiteral("timeout_ms"), webhook.timeoutMs);
    object.insert(QStringLiteral("enabled"), webhook.enabled);
    object.insert(QStringLiteral("notes"), webhook.notes);
    object.insert(QStringLiteral("buyer"),
                  webhook.buyerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(webhook.buyerId));
    // Most webhooks are not ping-post: leaving out the default keeps files short.
    if (!(webhook.pingPost == PingPost()))
        object.insert(QStringLiteral("ping_post"), writePingPost(webhook.pingPost));
    return JsonReader::withUnknownFields(object, webhook.unknownFields);
}

QList<Webhook> readList(const QJsonArray &array, const QString &arrayPath, QList<LoadError> *errors)
{
    QList<Webhook> webhooks;
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = JsonReader::indexPath(arrayPath, i);
        if (array.at(i).isObject())
            webhooks.append(read(array.at(i).toObject(), itemPath, errors));
        else
            errors->append(JsonReader::typeErrorAt(
                itemPath, QCoreApplication::translate("WebhookJson", "a webhook object"), array.at(i)));
    }
    return webhooks;
}

QJsonArray writeList(const QList<Webhook> &webhooks)
{
    QJsonArray array;
    for (const Webhook &webhook : webhooks)
        array.append(write(webhook));
    return array;
}

} // namespace WebhookJson
