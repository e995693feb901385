// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/ScenarioFile.h"

#include "files/JsonReader.h"
#include "files/WebhookJson.h"
#include "tokens/TextPosition.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

constexpr qint64 kMaxScenarioBytes = qint64(16) * 1024 * 1024;

void rejectUnknownFields(const JsonReader &reader, const QString &expected, QList<LoadError> *errors)
{
    const QJsonObject unknown = reader.unknownFields();
    for (auto it = unknown.begin(); it != unknown.end(); ++it)
        errors->append({reader.path(it.key()), ScenarioFile::tr("unknown field (expected one of: %1)").arg(expected)});
}

// {"key": "v"} or {"key": ["v1", "v2"]}; scalars become text, anything else is an error.
TagMap readTags(const QJsonObject &object, const QString &path, QList<LoadError> *errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        const QJsonValue value = it.value();
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                if (array.at(i).isObject() || array.at(i).isArray() || array.at(i).isNull())
                    errors->append({JsonReader::indexPath(where, i),
                                    ScenarioFile::tr("a tag value must be a string, number or boolean")});
            }
        } else if (value.isObject() || value.isNull()) {
            errors->append(
                {where, ScenarioFile::tr("a tag value must be a string, number, boolean or an array of them")});
        }
    }
    return TagMap::fromJson(object);
}

QByteArray bodyBytes(const QJsonValue &body)
{
    if (body.isString())
        return body.toString().toUtf8();
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (body.isUndefined() || body.isNull())
        return QByteArray();
    // A bare number or boolean is a valid JSON text too.
    return QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

class ScenarioReader
{
public:
    explicit ScenarioReader(QList<LoadError> *errors)
        : m_errors(errors)
    {}

    CallScenario read(const QJsonObject &root)
    {
        CallScenario scenario;
        JsonReader reader(root, QString(), m_errors);
        scenario.tags = readTags(reader.object(QStringLiteral("tags")), QStringLiteral("tags"), m_errors);
        scenario.routing = readRouting(reader.array(QStringLiteral("routing")));
        scenario.durationSeconds = reader.integer(QStringLiteral("duration"), 0, 0, 24 * 3600);
        scenario.conversion = readConversion(reader.object(QStringLiteral("conversion")));
        scenario.postbacks = readPostbacks(reader.array(QStringLiteral("postbacks")));
        scenario.webhooks = readWebhooks(reader.array(QStringLiteral("webhooks")));
        scenario.responses = readResponses(reader.object(QStringLiteral("responses")), scenario.webhooks);
        rejectUnknownFields(
            reader, QStringLiteral("tags, routing, duration, conversion, postbacks, webhooks, responses"), m_errors);
        return scenario;
    }

private:
    QJsonObject objectAt(const QJsonArray &array, int index, const QString &path)
    {
        if (!array.at(index).isObject()) {
            m_errors->append({JsonReader::indexPath(path, index), ScenarioFile::tr("expected an object")});
            return QJsonObject();
        }
        return array.at(index).toObject();
    }

    QList<CallScenario::RoutingAttempt> readRouting(const QJsonArray &array)
    {
        QList<CallScenario::RoutingAttempt> routing;
        const QString path = QStringLiteral("routing");
        for (int i = 0; i < array.size(); ++i) {
            JsonReader reader(objectAt(array, i, path), JsonReader::indexPath(path, i), m_errors);
            CallScenario::RoutingAttempt attempt;
            attempt.buyerId = reader.string(QStringLiteral("buyer"), QString(), true);
            attempt.answered = reader.boolean(QStringLiteral("answered"), false);
            rejectUnknownFields(reader, QStringLiteral("buyer, answered"), m_errors);
            routing.append(attempt);
        }
        return routing;
    }

    ConversionCriteria readConversion(const QJsonObject &object)
    {
        JsonReader reader(object, QStringLiteral("conversion"), m_errors);
        ConversionCriteria criteria;
        criteria.minDurationSeconds = reader.integer(QStringLiteral("min_duration"), 0, 0, 24 * 3600);
        criteria.requiredTags = reader.stringList(QStringLiteral("required_tags"));
        rejectUnknownFields(reader, QStringLiteral("min_duration, required_tags"), m_errors);
        return criteria;
    }

    QList<CallScenario::Postback> readPostbacks(const QJsonArray &array)
    {
        QList<CallScenario::Postback> postbacks;
        const QString path = QStringLiteral("postbacks");
        for (int i = 0; i < array.size(); ++i) {
            const QString where = JsonReader::indexPath(path, i);
            JsonReader reader(objectAt(array, i, path), where, m_errors);
            CallScenario::Postback postback;
            postback.atSecond = reader.integer(QStringLiteral("at"), 0, 0, 24 * 3600);
            postback.tags =
                readTags(reader.object(QStringLiteral("tags")), reader.path(QStringLiteral("tags")), m_errors);
            rejectUnknownFields(reader, QStringLiteral("at, tags"), m_errors);
            postbacks.append(postback);
        }
        return postbacks;
    }

    QList<Webhook> readWebhooks(const QJsonArray &array)
    {
        QList<Webhook> webhooks;
        QHash<QString, int> names;
        const QString path = QStringLiteral("webhooks");
        for (int i = 0; i < array.size(); ++i) {
            const QString where = JsonReader::indexPath(path, i);
            const Webhook webhook = WebhookJson::read(objectAt(array, i, path), where, m_errors);
            if (webhook.name.trimmed().isEmpty()) {
                m_errors->append({where + QStringLiteral(".name"),
                                  ScenarioFile::tr("every webhook needs a name: responses and reports refer to it")});
            } else if (names.contains(webhook.name)) {
                m_errors->append({where + QStringLiteral(".name"),
                                  ScenarioFile::tr("duplicate webhook name \"%1\" (also webhooks[%2])")
                                      .arg(webhook.name)
                                      .arg(names.value(webhook.name))});
            } else {
                names.insert(webhook.name, i);
            }
            webhooks.append(webhook);
        }
        return webhooks;
    }

    QHash<QString, CallScenario::CannedResponse> readResponses(const QJsonObject &object,
                                                               const QList<Webhook> &webhooks)
    {
        QSet<QString> known;
        for (const Webhook &webhook : webhooks) {
            known.insert(webhook.name);
            if (webhook.pingPost.enabled)
                known.insert(webhook.name + QStringLiteral(" (ping)"));
        }
        QHash<QString, CallScenario::CannedResponse> responses;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString where = QStringLiteral("responses.") + it.key();
            if (!known.contains(it.key())) {
                m_errors->append({where, ScenarioFile::tr("no webhook is named \"%1\"").arg(it.key())});
                continue;
            }
            if (!it.value().isObject()) {
                m_errors->append(
                    {where, ScenarioFile::tr("expected an object like {\"status\": 200, \"body\": {...}}")});
                continue;
            }
            JsonReader reader(it.value().toObject(), where, m_errors);
            CallScenario::CannedResponse response;
            response.status = reader.integer(QStringLiteral("status"), 200, 100, 599);
            const QJsonObject headers = reader.object(QStringLiteral("headers"));
            for (auto h = headers.begin(); h != headers.end(); ++h) {
                if (!h.value().isString()) {
                    m_errors->append(
                        {where + QStringLiteral(".headers.") + h.key(), ScenarioFile::tr("expected a string")});
                    continue;
                }
                response.headers.append({h.key().toUtf8(), h.value().toString().toUtf8()});
            }
            response.body = bodyBytes(reader.value(QStringLiteral("body")));
            rejectUnknownFields(reader, QStringLiteral("status, headers, body"), m_errors);
            responses.insert(it.key(), response);
        }
        return responses;
    }

    QList<LoadError> *m_errors;
};

} // namespace

ScenarioLoadResult ScenarioFile::parse(const QByteArray &json)
{
    ScenarioLoadResult result;
    if (json.trimmed().isEmpty()) {
        result.errors.append({QString(), tr("the scenario file is empty")});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition position = TextPosition::ofJsonError(json, parseError);
        result.errors.append(
            {QString(),
             tr("line %1, column %2: %3").arg(position.line).arg(position.column).arg(parseError.errorString())});
        return result;
    }
    if (!document.isObject()) {
        result.errors.append({QString(), tr("the scenario must be a JSON object")});
        return result;
    }
    result.scenario = ScenarioReader(&result.errors).read(document.object());
    return result;
}

ScenarioLoadResult ScenarioFile::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioLoadResult result;
        result.errors.append({QString(), tr("cannot open %1: %2").arg(fileName, file.errorString())});
        return result;
    }
    if (file.size() > kMaxScenarioBytes) {
        ScenarioLoadResult result;
        result.errors.append(
            {QString(),
             tr("the file is %1 MiB; scenario files are limited to 16 MiB").arg(file.size() / (qint64(1024) * 1024))});
        return result;
    }
    // A device or a pipe has no size: read one byte past the limit, never on and on.
    const QByteArray data = file.read(kMaxScenarioBytes + 1);
    if (data.size() > kMaxScenarioBytes) {
        ScenarioLoadResult result;
        result.errors.append({QString(), tr("the file is over 16 MiB; scenario files are limited to 16 MiB")});
        return result;
    }
    return parse(data);
}
