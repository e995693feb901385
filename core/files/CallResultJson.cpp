// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/CallResultJson.h"

#include "call/Outcome.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject headersToJson(const HttpHeaders &headers)
{
    QJsonObject object;
    for (const auto &header : headers) {
        const QString name = QString::fromLatin1(header.first);
        const QString value = QString::fromUtf8(header.second);
        const QString previous = object.value(name).toString();
        object.insert(name, previous.isEmpty() ? value : previous + QStringLiteral(", ") + value);
    }
    return object;
}

// A JSON response body is shown as JSON; anything else as text.
QJsonValue bodyToJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !body.trimmed().isEmpty())
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return QString::fromUtf8(body);
}

} // namespace

namespace CallResultJson {

QJsonObject stepToJson(const StepResult &step)
{
    QJsonObject object;
    object.insert(QStringLiteral("webhook"), step.webhookName);
    object.insert(QStringLiteral("trigger"), Triggers::name(step.trigger));
    object.insert(QStringLiteral("fired"), step.fired);
    object.insert(QStringLiteral("outcome"), Outcomes::id(Outcomes::of(step)));
    object.insert(QStringLiteral("reason"), step.reason);
    if (!step.buyerId.isEmpty())
        object.insert(QStringLiteral("buyer"), step.buyerId);
    if (step.second >= 0)
        object.insert(QStringLiteral("second"), step.second);
    if (!step.request.method.isEmpty()) {
        object.insert(QStringLiteral("request"),
                      QJsonObject{{QStringLiteral("method"), step.request.method},
                                  {QStringLiteral("url"), step.request.url},
                                  {QStringLiteral("headers"), headersToJson(step.request.headers)},
                                  {QStringLiteral("body"), QString::fromUtf8(step.request.body)}});
    }
    if (const Exchange *last = step.finalExchange()) {
        QJsonObject response{{QStringLiteral("status"), last->status},
                             {QStringLiteral("body"), bodyToJson(last->responseBody)}};
        if (!last->hasResponse())
            response.insert(QStringLiteral("error"), last->error);
        object.insert(QStringLiteral("response"), response);
    }
    object.insert(QStringLiteral("tags_applied"), QJsonArray::fromStringList(step.tagsApplied));
    if (!step.notes.isEmpty())
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(step.notes));
    if (!step.errors.isEmpty())
        object.insert(QStringLiteral("errors"), QJsonArray::fromStringList(step.errors));
    return object;
}

QJsonObject toJson(const CallResult &result)
{
    QJsonArray steps;
    for (const StepResult &step : result.steps)
        steps.append(stepToJson(step));
    return QJsonObject{{QStringLiteral("steps"), steps},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
                       {QStringLiteral("final_tags"), result.finalTags.toJson()},
                       {QStringLiteral("converted"), result.converted},
                       {QStringLiteral("cancelled"), result.cancelled}};
}

} // namespace CallResultJson
