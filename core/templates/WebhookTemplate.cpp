// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/WebhookTemplate.h"

#include "files/JsonReader.h"
#include "files/WebhookJson.h"
#include "templates/TemplateInstantiator.h"
#include "tokens/TextPosition.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <climits>

namespace {

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isIdentifier(const QString &text)
{
    if (text.isEmpty() || !isNameStart(text.at(0)))
        return false;
    for (const QChar c : text) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

// Template ids end up in file names and command lines: keep them plain.
bool isValidId(const QString &id)
{
    if (id.isEmpty() || !isNameChar(id.at(0)))
        return false;
    for (const QChar c : id) {
        if (!isNameChar(c) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

QString keyPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

// Calls visit(path, text) for every string inside value, with JsonReader-style paths.
template<typename Visit> void forEachString(const QJsonValue &value, const QString &path, Visit &visit)
{
    if (value.isString()) {
        visit(path, value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            forEachString(array.at(i), JsonReader::indexPath(path, i), visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            forEachString(it.value(), keyPath(path, it.key()), visit);
    }
}

QList<TemplateParameter> readParameters(JsonReader &reader, QList<LoadError> *errors)
{
    static const QStringList kKeys = {QStringLiteral("name"),    QStringLiteral("label"),  QStringLiteral("type"),
                                      QStringLiteral("default"), QStringLiteral("secret"), QStringLiteral("required"),
                                      QStringLiteral("help")};
    const QString key = QStringLiteral("parameters");
    const QJsonArray array = reader.array(key);
    QList<TemplateParameter> parameters;
    QHash<QString, QString> seen; // name -> path of its first declaration
    for (int i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::indexPath(reader.path(key), i);
        if (!array.at(i).isObject()) {
            errors->append(JsonReader::typeErrorAt(path, WebhookTemplate::tr("a parameter object"), array.at(i)));
            continue;
        }
        JsonReader entry(array.at(i).toObject(), path, errors);
        TemplateParameter parameter;
        const QString nameKey = QStringLiteral("name");
        const qsizetype errorsBefore = errors->size();
        parameter.name = entry.string(nameKey, {}, true);
        if (errors->size() == errorsBefore && !isIdentifier(parameter.name)) {
            entry.error(nameKey, WebhookTemplate::tr("\"%1\" is not a valid parameter name (letters, digits and '_', "
                                                     "not starting with a digit)")
                                     .arg(parameter.name));
        } else if (errors->size() == errorsBefore && seen.contains(parameter.name)) {
            entry.error(nameKey, WebhookTemplate::tr("duplicate parameter name \"%1\" (already declared at %2)")
                                     .arg(parameter.name, seen.value(parameter.name)));
        } else if (errors->size() == errorsBefore) {
            seen.insert(parameter.name, path);
        }
        parameter.label = entry.string(QStringLiteral("label"));
        const QString typeKey = QStringLiteral("type");
        const QString type = entry.string(typeKey, TemplateParameter::typeName(TemplateParameter::Type::Text));
        if (!TemplateParameter::typeFromName(type, &parameter.type)) {
            entry.error(typeKey, WebhookTemplate::tr("unknown parameter type \"%1\" (expected one of: %2)")
                                     .arg(type, TemplateParameter::allTypeNames()));
        }
        const QString defaultKey = QStringLiteral("default");
        parameter.defaultValue = entry.string(defaultKey);
        QString valueError;
        if (!parameter.defaultValue.isEmpty()
            && !TemplateInstantiator::checkValue(parameter, parameter.defaultValue, &valueError))
            entry.error(defaultKey, valueError);
        // A secret-typed value is always masked, whatever "secret" says.
        const bool isSecretType = parameter.type == TemplateParameter::Type::Secret;
        parameter.secret = entry.boolean(QStringLiteral("secret"), isSecretType) || isSecretType;
        parameter.required = entry.boolean(QStringLiteral("required"), false);
        parameter.help = entry.string(QStringLiteral("help"));
        // TemplateParameter keeps no unknown fields, so a misspelt key would vanish silently.
        const QJsonObject unknown = entry.unknownFields();
        for (auto it = unknown.begin(); it != unknown.end(); ++it) {
            entry.error(it.key(), WebhookTemplate::tr("unknown parameter field \"%1\" (expected one of: %2)")
                                      .arg(it.key(), kKeys.join(QStringLiteral(", "))));
        }
        parameters.append(parameter);
    }
    return parameters;
}

// Reports invalid and undeclared references; returns the names that are used.
QSet<QString> checkReferences(const QJsonArray &webhooks, const QString &webhooksPath,
                              const QList<TemplateParameter> &parameters, QList<LoadError> *errors)
{
    QSet<QString> declared;
    for (const TemplateParameter &parameter : parameters)
        declared.insert(parameter.name);
    QSet<QString> used;
    auto visit = [&](const QString &path, const QString &text) {
        QSet<QString> reportedHere;
        for (const WebhookTemplate::Reference &reference : WebhookTemplate::references(text)) {
            if (!reference.isValid()) {
                errors->append({path, WebhookTemplate::tr("\"%1\" is not a valid parameter reference (write {{name}}, "
                                                          "the name made of letters, digits and '_')")
                                          .arg(text.mid(reference.offset, qMin<qsizetype>(reference.length, 40)))});
            } else if (!declared.contains(reference.name)) {
                if (!reportedHere.contains(reference.name)) {
                    errors->append({path, WebhookTemplate::tr("parameter {{%1}} is used but not declared in parameters")
                                              .arg(reference.name)});
                    reportedHere.insert(reference.name);
                }
            } else {
                used.insert(reference.name);
            }
        }
    };
    forEachString(webhooks, webhooksPath, visit);
    return used;
}

QStringList readAppliesTo(JsonReader &reader)
{
    const QString key = QStringLiteral("applies_to");
    if (!reader.has(key))
        return {QStringLiteral("campaign")};
    const QJsonValue value = reader.value(key);
    QStringList targets = reader.stringList(key);
    if (value.isArray() && value.toArray().isEmpty())
        reader.error(key, WebhookTemplate::tr("must name at least one of: %1")
                              .arg(WebhookTemplate::targets().join(QStringLiteral(", "))));
    for (int i = 0; i < targets.size(); ++i) {
        if (!WebhookTemplate::targets().contains(targets.at(i))) {
            reader.error(JsonReader::indexPath(key, i),
                         WebhookTemplate::tr("unknown target \"%1\" (expected one of: %2)")
                             .arg(targets.at(i), WebhookTemplate::targets().join(QStringLiteral(", "))));
        }
    }
    return targets;
}

TagMap readProfileTags(JsonReader &reader, QList<LoadError> *errors)
{
    const QString key = QStringLiteral("profile_tags");
    const QJsonObject object = reader.object(key);
    QJsonObject valid;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = reader.path(key) + QLatin1Char('.') + it.key();
        if (it.key().trimmed().isEmpty()) {
            errors->append({reader.path(key), WebhookTemplate::tr("a tag needs a key")});
            continue;
        }
        bool ok = it.value().isString();
        if (it.value().isArray()) {
            ok = true;
            for (const QJsonValue element : it.value().toArray())
                ok = ok && element.isString();
        }
        if (!ok) {
            errors->append(
                JsonReader::typeErrorAt(path, WebhookTemplate::tr("a string or an array of strings"), it.value()));
            continue;
        }
        valid.insert(it.key(), it.value());
    }
    return TagMap::fromJson(valid);
}

} // namespace

bool WebhookTemplate::Reference::isValid() const
{
    return isIdentifier(name);
}

const TemplateParameter *WebhookTemplate::parameter(const QString &parameterName) const
{
    for (const TemplateParameter &parameter : parameters) {
        if (parameter.name == parameterName)
            return &parameter;
    }
    return nullptr;
}

QList<Webhook> WebhookTemplate::parsedWebhooks() const
{
    QList<LoadError> ignored; // a loaded template has none; an unchecked one reads as far as it can
    return WebhookJson::readList(webhooks, QStringLiteral("webhooks"), &ignored);
}

QList<Trigger> WebhookTemplate::triggers() const
{
    QList<Trigger> result;
    for (const Webhook &webhook : parsedWebhooks()) {
        if (!result.contains(webhook.trigger))
            result.append(webhook.trigger);
    }
    return result;
}

QStringList WebhookTemplate::targets()
{
    return {QStringLiteral("campaign"), QStringLiteral("buyer"), QStringLiteral("company"),
            QStringLiteral("publisher")};
}

QList<WebhookTemplate::Reference> WebhookTemplate::references(const QString &text)
{
    QList<Reference> result;
    const QLatin1String open("{{");
    const QLatin1String close("}}");
    qsizetype from = 0;
    for (;;) {
        qsizetype start = text.indexOf(open, from);
        if (start < 0)
            break;
        // "{{{name}}}": the reference is the innermost pair.
        while (start + 2 < text.size() && text.at(start + 2) == QLatin1Char('{'))
            ++start;
        const qsizetype end = text.indexOf(close, start + 2);
        if (end < 0) {
            result.append({QString(), start, text.size() - start}); // unclosed: reported as invalid
            break;
        }
        const QString inner = text.mid(start + 2, end - start - 2);
        if (inner.contains(QLatin1Char('{'))) {
            from = start + 2;
            continue;
        }
        result.append({inner.trimmed(), start, end + 2 - start});
        from = end + 2;
    }
    return result;
}

WebhookTemplate WebhookTemplate::fromJson(const QJsonObject &object, QList<LoadError> *errors)
{
    JsonReader reader(object, QString(), errors);
    WebhookTemplate result;
    const qsizetype errorsAtStart = errors->size();

    const QString formatKey = QStringLiteral("format");
    if (!reader.has(formatKey)) {
        reader.error(formatKey, tr("required field is missing"));
    } else {
        const qsizetype before = errors->size();
        const int format = reader.integer(formatKey, kFormatVersion, INT_MIN, INT_MAX);
        // The rest of a newer format may mean something else: say only what matters.
        if (errors->size() == before && format != kFormatVersion) {
            reader.error(
                formatKey,
                tr("unsupported format version %1 (this version reads format %2)").arg(format).arg(kFormatVersion));
            return result;
        }
    }

    const QString idKey = QStringLiteral("id");
    const qsizetype idErrors = errors->size();
    result.id = reader.string(idKey, {}, true);
    if (errors->size() == idErrors && !isValidId(result.id))
        reader.error(idKey, tr("\"%1\" is not a valid template id (letters, digits, '_', '-' and '.')").arg(result.id));
    result.name = reader.string(QStringLiteral("name"), {}, true);
    result.platform = reader.string(QStringLiteral("platform"), {}, true);
    result.description = reader.string(QStringLiteral("description"));
    const QString documentationKey = QStringLiteral("documentation");
    result.documentation = reader.string(documentationKey);
    if (!result.documentation.isEmpty() && !isHttpUrl(result.documentation))
        reader.error(documentationKey, tr("\"%1\" is not an http(s) URL").arg(result.documentation));

    result.parameters = readParameters(reader, errors);

    const QString webhooksKey = QStringLiteral("webhooks");
    if (!reader.has(webhooksKey)) {
        reader.error(webhooksKey, tr("required field is missing"));
    } else {
        result.webhooks = reader.array(webhooksKey);
        if (reader.value(webhooksKey).isArray() && result.webhooks.isEmpty())
            reader.error(webhooksKey, tr("a template needs at least one webhook"));
    }
    WebhookJson::readList(result.webhooks, webhooksKey, errors);
    const QSet<QString> used = checkReferences(result.webhooks, webhooksKey, result.parameters, errors);
    // Without webhooks every parameter is unused: the missing webhooks are the one problem.
    for (int i = 0; i < result.parameters.size() && !result.webhooks.isEmpty(); ++i) {
        const QString &name = result.parameters.at(i).name;
        if (isIdentifier(name) && !used.contains(name)) {
            errors->append({JsonReader::indexPath(QStringLiteral("parameters"), i),
                            tr("parameter {{%1}} is declared but not used in any webhook").arg(name)});
        }
    }

    result.profileTags = readProfileTags(reader, errors);
    result.appliesTo = readAppliesTo(reader);
    result.unknownFields = reader.unknownFields();
    // Only a template right so far can be tried: a request that would not compile whatever the
    // values (a body that is not JSON, an unknown filter) is refused here, not when applied.
    if (errors->size() == errorsAtStart)
        *errors += TemplateInstantiator::trialErrors(result);
    return result;
}

WebhookTemplate WebhookTemplate::fromData(const QByteArray &data, QList<LoadError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition position = TextPosition::ofJsonError(data, parseError);
        errors->append({QString(), tr("not valid JSON: line %1, column %2: %3")
                                       .arg(position.line)
                                       .arg(position.column)
                                       .arg(parseError.errorString())});
        return {};
    }
    if (!document.isObject()) {
        errors->append({QString(), tr("a template file holds one JSON object (the template), not an array")});
        return {};
    }
    return fromJson(document.object(), errors);
}

QJsonObject WebhookTemplate::toJson() const
{
    QJsonArray parameterArray;
    for (const TemplateParameter &parameter : parameters) {
        parameterArray.append(QJsonObject{
            {QStringLiteral("name"), parameter.name},
            {QStringLiteral("label"), parameter.label},
            {QStringLiteral("type"), TemplateParameter::typeName(parameter.type)},
            {QStringLiteral("default"), parameter.defaultValue},
            {QStringLiteral("secret"), parameter.secret},
            {QStringLiteral("required"), parameter.required},
            {QStringLiteral("help"), parameter.help},
        });
    }
    const QJsonObject known{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("description"), description},
        {QStringLiteral("documentation"), documentation},
        {QStringLiteral("parameters"), parameterArray},
        {QStringLiteral("webhooks"), webhooks},
        {QStringLiteral("profile_tags"), profileTags.toJson()},
        {QStringLiteral("applies_to"), QJsonArray::fromStringList(appliesTo)},
    };
    return JsonReader::withUnknownFields(known, unknownFields);
}

QByteArray WebhookTemplate::toData() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}
