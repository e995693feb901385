// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// One value a platform template asks for when it is applied (a tracking domain, an offer id,
// an API key). Templates write it as {{name}} inside the strings of their webhooks; the
// instantiator checks the value against the type and encodes it for where it stands.
struct TemplateParameter
{
    enum class Type
    {
        Text,   // any text
        Number, // digits with an optional sign and decimal part: 42, -1, 12.50
        Url,    // an absolute http(s) URL, inserted as written (a webhook URL the platform hands out)
        Domain, // a host name with an optional port: track.example.com, 127.0.0.1:8377
        Secret, // any text that the UI masks and that exports may redact (API keys, tokens)
    };

    QString name;  // as written between {{ and }}: letters, digits and '_'
    QString label; // shown in the parameter form
    Type type = Type::Text;
    QString defaultValue;
    bool secret = false; // the UI masks the value; always true for Type::Secret
    bool required = false;
    QString help;

    // The label to show: the label, or the name when the template gives none.
    QString displayLabel() const { return label.isEmpty() ? name : label; }

    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Text:
            break;
        case Type::Number:
            return QStringLiteral("number");
        case Type::Url:
            return QStringLiteral("url");
        case Type::Domain:
            return QStringLiteral("domain");
        case Type::Secret:
            return QStringLiteral("secret");
        }
        return QStringLiteral("text");
    }

    // Parses a file-format type name; returns false if unknown.
    static bool typeFromName(const QString &name, Type *type)
    {
        for (const Type candidate : {Type::Text, Type::Number, Type::Url, Type::Domain, Type::Secret}) {
            if (name == typeName(candidate)) {
                *type = candidate;
                return true;
            }
        }
        return false;
    }

    // "text, number, url, domain, secret" for error messages.
    static QString allTypeNames() { return QStringLiteral("text, number, url, domain, secret"); }

    bool operator==(const TemplateParameter &o) const
    {
        return name == o.name && label == o.label && type == o.type && defaultValue == o.defaultValue
               && secret == o.secret && required == o.required && help == o.help;
    }
    bool operator!=(const TemplateParameter &o) const { return !(*this == o); }
};
