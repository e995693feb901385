// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateInstantiator.h"

#include "files/JsonReader.h"
#include "files/WebhookJson.h"
#include "model/Workspace.h"
#include "tokens/RenderContext.h"
#include "tokens/RequestRenderer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace {

// Where a reference stands, which decides how its value is written.
enum class Slot
{
    Plain,    // not a token template: name, notes, matches, JSON paths...
    Url,      // a URL template
    Header,   // a header value template
    JsonBody, // a JSON body template
    FormBody, // a form body template
    RawBody,  // a raw body template
};

QString keyPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

// In token templates "[[" and "]]" are literal brackets: a value must not start a token.
QString literalInTemplate(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('['), QLatin1String("[["));
    out.replace(QLatin1Char(']'), QLatin1String("]]"));
    return out;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isNumber(const QString &text)
{
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype integerStart = i;
    while (i < text.size() && isDigit(text.at(i)))
        ++i;
    if (i == integerStart)
        return false;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        const qsizetype fractionStart = ++i;
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == text.size();
}

bool isHostName(const QString &host)
{
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty() || ace.startsWith('.') || ace.endsWith('.') || ace.contains(".."))
        return false;
    for (const char c : ace) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '.' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool isDomain(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return isHostName(text);
    const QString port = text.mid(colon + 1);
    if (port.isEmpty() || port.size() > 5)
        return false;
    for (const QChar c : port) {
        if (!isDigit(c))
            return false;
    }
    return port.toInt() <= 65535 && isHostName(text.left(colon));
}

bool isHttpUrl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

// Fills the references of one template's webhook objects.
class Filler
{
public:
    Filler(const WebhookTemplate &webhookTemplate, const TemplateInstantiator::Values &values, QList<LoadError> *errors)
        : m_template(webhookTemplate)
        , m_values(values)
        , m_errors(errors)
    {}

    // A webhook object, or a ping-post's "ping" object: the fields of a request.
    QJsonObject fillRequest(const QJsonObject &object, const QString &path)
    {
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString childPath = keyPath(path, key);
            const QJsonValue value = it.value();
            if (key == QLatin1String("url") && value.isString())
                out.insert(key, fill(value.toString(), Slot::Url, childPath));
            else if (key == QLatin1String("headers"))
                out.insert(key, fillHeaders(value, childPath));
            else if (key == QLatin1String("body") && value.isString())
                out.insert(key, fill(value.toString(), bodySlot(object), childPath));
            else if (key == QLatin1String("ping_post") && value.isObject())
                out.insert(key, fillPingPost(value.toObject(), childPath));
            else
                out.insert(key, fillPlain(value, childPath));
        }
        return out;
    }

private:
    static Slot bodySlot(const QJsonObject &request)
    {
        const QString kind = request.value(QLatin1String("body_kind")).toString();
        if (kind == QLatin1String("json"))
            return Slot::JsonBody;
        if (kind == QLatin1String("form"))
            return Slot::FormBody;
        return Slot::RawBody;
    }

    QJsonValue fillHeaders(const QJsonValue &headers, const QString &path)
    {
        if (headers.isObject()) {
            QJsonObject out;
            const QJsonObject object = headers.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString childPath = keyPath(path, it.key());
                out.insert(it.key(), it.value().isString()
                                         ? QJsonValue(fill(it.value().toString(), Slot::Header, childPath))
                                         : fillPlain(it.value(), childPath));
            }
            return out;
        }
        if (!headers.isArray())
            return fillPlain(headers, path);
        QJsonArray out;
        const QJsonArray array = headers.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString entryPath = JsonReader::indexPath(path, i);
            if (!array.at(i).isObject()) {
                out.append(fillPlain(array.at(i), entryPath));
                continue;
            }
            QJsonObject entry = array.at(i).toObject();
            for (auto it = entry.begin(); it != entry.end(); ++it) {
                const QString childPath = keyPath(entryPath, it.key());
                const bool isValue = it.key() == QLatin1String("value") && it.value().isString();
                it.value() = isValue ? QJsonValue(fill(it.value().toString(), Slot::Header, childPath))
                                     : fillPlain(it.value(), childPath);
            }
            out.append(entry);
        }
        return out;
    }

    QJsonObject fillPingPost(const QJsonObject &object, const QString &path)
    {
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = keyPath(path, it.key());
            if (it.key() == QLatin1String("ping") && it.value().isObject())
                out.insert(it.key(), fillRequest(it.value().toObject(), childPath));
            else
                out.insert(it.key(), fillPlain(it.value(), childPath));
        }
        return out;
    }

    QJsonValue fillPlain(const QJsonValue &value, const QString &path)
    {
        if (value.isString())
            return fill(value.toString(), Slot::Plain, path);
        if (value.isArray()) {
            QJsonArray out;
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i)
                out.append(fillPlain(array.at(i), JsonReader::indexPath(path, i)));
            return out;
        }
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                out.insert(it.key(), fillPlain(it.value(), keyPath(path, it.key())));
            return out;
        }
        return value;
    }

    QString fill(const QString &text, Slot slot, const QString &path)
    {
        const QList<WebhookTemplate::Reference> references = WebhookTemplate::references(text);
        if (references.isEmpty())
            return text;
        QString out;
        qsizetype at = 0;
        for (const WebhookTemplate::Reference &reference : references) {
            out += QStringView(text).mid(at, reference.offset - at);
            at = reference.offset + reference.length;
            const TemplateParameter *parameter = reference.isValid() ? m_template.parameter(reference.name) : nullptr;
            if (!parameter) {
                // Only a template that was never loaded (checked) can get here.
                m_errors->append({path, TemplateInstantiator::tr("\"%1\" is not a declared parameter")
                                            .arg(text.mid(reference.offset, reference.length))});
                continue;
            }
            QString error;
            if (!append(out, m_values.value(parameter->name), *parameter, slot, &error)) {
                m_errors->append({path, TemplateInstantiator::tr("parameter \"%1\": %2").arg(parameter->name, error)});
            }
        }
        out += QStringView(text).mid(at);
        return out;
    }

    static bool append(QString &out, const QString &value, const TemplateParameter &parameter, Slot slot,
                       QString *error)
    {
        using Type = TemplateParameter::Type;
        QString encoded;
        switch (slot) {
        case Slot::Plain:
            out += value;
            return true;
        case Slot::RawBody:
            out += literalInTemplate(value);
            return true;
        case Slot::Url:
            // Checked values are URL text already; free text must not add '&', '?' or '/'.
            if (parameter.type == Type::Url || parameter.type == Type::Domain || parameter.type == Type::Number)
                out += literalInTemplate(value);
            else
                RenderContexts::appendPercentEncoded(value, out);
            return true;
        case Slot::Header:
            if (!RenderContexts::appendEncoded(value, RenderContext::Header, encoded, error))
                return false;
            out += literalInTemplate(encoded);
            return true;
        case Slot::JsonBody:
            if (!RenderContexts::appendEncoded(value, RenderContext::JsonString, encoded, error))
                return false;
            out += literalInTemplate(encoded);
            return true;
        case Slot::FormBody:
            return RenderContexts::appendEncoded(value, RenderContext::Form, out, error);
        }
        return true;
    }

    const WebhookTemplate &m_template;
    const TemplateInstantiator::Values &m_values;
    QList<LoadError> *m_errors;
};

void addCompileErrors(const RequestTemplate &request, const QString &path, QList<LoadError> *errors)
{
    for (const QString &error : RequestRenderer(request).compileErrors())
        errors->append({path, error});
}

// Fills every webhook with values that are already checked; the webhooks get fresh ids.
QList<Webhook> fillWebhooks(const WebhookTemplate &webhookTemplate, const TemplateInstantiator::Values &values,
                            QList<LoadError> *errors)
{
    Filler filler(webhookTemplate, values, errors);
    QList<Webhook> webhooks;
    const QString arrayPath = QStringLiteral("webhooks");
    for (int i = 0; i < webhookTemplate.webhooks.size(); ++i) {
        const QString path = JsonReader::indexPath(arrayPath, i);
        const QJsonValue value = webhookTemplate.webhooks.at(i);
        if (!value.isObject()) {
            errors->append(JsonReader::typeErrorAt(path, TemplateInstantiator::tr("a webhook object"), value));
            continue;
        }
        const qsizetype errorsBefore = errors->size();
        const QJsonObject object = filler.fillRequest(value.toObject(), path);
        if (errors->size() > errorsBefore)
            continue; // what is left of a value that could not be written would only add noise
        Webhook webhook = WebhookJson::read(object, path, errors);
        addCompileErrors(webhook.request, path, errors);
        if (webhook.pingPost.enabled)
            addCompileErrors(webhook.pingPost.ping, path + QLatin1String(".ping_post.ping"), errors);
        // Ids are unique within a workspace: each application of a template makes new webhooks.
        webhook.id = newWebhookId();
        webhooks.append(webhook);
    }
    return webhooks;
}

} // namespace

bool TemplateInstantiator::checkValue(const TemplateParameter &parameter, const QString &value, QString *error)
{
    using Type = TemplateParameter::Type;
    if (value.isEmpty())
        return true;
    switch (parameter.type) {
    case Type::Text:
    case Type::Secret:
        return true;
    case Type::Number:
        if (isNumber(value))
            return true;
        *error = tr("\"%1\" is not a number (digits, an optional '-' and decimal part: 42, 12.50)").arg(value);
        return false;
    case Type::Url:
        if (isHttpUrl(value))
            return true;
        *error = tr("\"%1\" is not an absolute http(s) URL").arg(value);
        return false;
    case Type::Domain:
        if (isDomain(value))
            return true;
        *error = tr("\"%1\" is not a domain name: write the host only, with an optional port "
                    "(track.example.com, 127.0.0.1:8377)")
                     .arg(value);
        return false;
    }
    return true;
}

TemplateInstantiator::Values TemplateInstantiator::withDefaults(const WebhookTemplate &webhookTemplate,
                                                                const Values &values)
{
    Values result = values;
    for (const TemplateParameter &parameter : webhookTemplate.parameters) {
        if (result.value(parameter.name).isEmpty())
            result.insert(parameter.name, parameter.defaultValue);
    }
    return result;
}

TemplateInstantiator::Result TemplateInstantiator::instantiate(const WebhookTemplate &webhookTemplate,
                                                               const Values &values)
{
    Result result;
    QStringList names;
    for (const TemplateParameter &parameter : webhookTemplate.parameters)
        names.append(parameter.name);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (names.contains(it.key()))
            continue;
        result.errors.append(names.isEmpty()
                                 ? tr("unknown parameter \"%1\" (this template takes no parameters)").arg(it.key())
                                 : tr("unknown parameter \"%1\" (this template takes: %2)")
                                       .arg(it.key(), names.join(QStringLiteral(", "))));
    }

    const Values filled = withDefaults(webhookTemplate, values);
    for (const TemplateParameter &parameter : webhookTemplate.parameters) {
        const QString value = filled.value(parameter.name);
        QString error;
        if (value.isEmpty() && parameter.required) {
            result.errors.append(parameter.label.isEmpty() || parameter.label == parameter.name
                                     ? tr("parameter \"%1\" is required").arg(parameter.name)
                                     : tr("parameter \"%1\" (%2) is required").arg(parameter.name, parameter.label));
        } else if (!checkValue(parameter, value, &error)) {
            result.errors.append(tr("parameter \"%1\": %2").arg(parameter.name, error));
        }
    }
    if (!result.ok())
        return result;

    QList<LoadError> errors;
    result.webhooks = fillWebhooks(webhookTemplate, filled, &errors);
    for (const LoadError &error : std::as_const(errors))
        result.errors.append(error.toString());
    if (!result.ok()) {
        result.webhooks.clear();
        return result;
    }
    result.profileTags = webhookTemplate.profileTags;
    return result;
}

QList<LoadError> TemplateInstantiator::trialErrors(const WebhookTemplate &webhookTemplate)
{
    using Type = TemplateParameter::Type;
    // Each sample is as long as "{{name}}", so that the columns of the messages are those of
    // the template as written.
    Values trial;
    for (const TemplateParameter &parameter : webhookTemplate.parameters) {
        const qsizetype length = parameter.name.size() + 4;
        QString value;
        switch (parameter.type) {
        case Type::Domain:
            value = QString(length, QLatin1Char('a'));
            break;
        case Type::Url:
            value = QStringLiteral("https://") + QString(qMax<qsizetype>(1, length - 8), QLatin1Char('a'));
            break;
        case Type::Number:
            value = QString(length, QLatin1Char('1'));
            break;
        case Type::Text:
        case Type::Secret:
            value = QString(length, QLatin1Char('x'));
            break;
        }
        trial.insert(parameter.name, value);
    }
    QList<LoadError> errors;
    fillWebhooks(webhookTemplate, trial, &errors);
    return errors;
}
