// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/LoadError.h"
#include "model/TagMap.h"
#include "model/Trigger.h"
#include "model/Webhook.h"
#include "templates/TemplateParameter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// One platform template: a working integration (one or more webhooks) for a platform, with the
// parameters the user fills in and the tags to add to the profile it is applied to. The file
// format is documented in docs/TEMPLATES.md.
//
// The webhooks are kept as the JSON objects of the file (the workspace webhook format read by
// WebhookJson), with their {{name}} parameter references still in place: they become Webhooks
// only once TemplateInstantiator has filled the parameters in.
class WebhookTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookTemplate)

public:
    static constexpr int kFormatVersion = 1;

    // A {{name}} reference in a string of the webhooks.
    struct Reference
    {
        QString name;         // trimmed content between the braces
        qsizetype offset = 0; // of the first '{'
        qsizetype length = 0; // braces included
        bool isValid() const; // name is letters, digits and '_', not starting with a digit
    };

    QString id;
    QString name;
    QString platform;
    QString description;
    QString documentation; // URL of the platform's public documentation the template follows
    QList<TemplateParameter> parameters;
    QJsonArray webhooks; // webhook objects with {{name}} references
    TagMap profileTags;
    QStringList appliesTo; // some of targets()
    QJsonObject unknownFields;

    const TemplateParameter *parameter(const QString &name) const;
    // The webhooks as they read before any parameter is filled in (for lists and filters).
    QList<Webhook> parsedWebhooks() const;
    // The triggers of the webhooks, in order, without duplicates.
    QList<Trigger> triggers() const;

    // Reads and checks a template; every problem goes to errors with its path in the file.
    static WebhookTemplate fromJson(const QJsonObject &object, QList<LoadError> *errors);
    // The same from a file's bytes; text that is not JSON is reported with its line and column.
    static WebhookTemplate fromData(const QByteArray &data, QList<LoadError> *errors);
    QJsonObject toJson() const;
    // Pretty-printed, as shipped template files are.
    QByteArray toData() const;

    // Every {{...}} of text, in order; a reference whose content is not a valid name is
    // returned too, so that the loader can report it.
    static QList<Reference> references(const QString &text);
    // What a template can be applied to: "campaign", "buyer", "company", "publisher".
    static QStringList targets();

    bool operator==(const WebhookTemplate &o) const
    {
        return id == o.id && name == o.name && platform == o.platform && description == o.description
               && documentation == o.documentation && parameters == o.parameters && webhooks == o.webhooks
               && profileTags == o.profileTags && appliesTo == o.appliesTo && unknownFields == o.unknownFields;
    }
};
