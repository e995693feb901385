// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/LoadError.h"
#include "model/TagMap.h"
#include "model/Webhook.h"
#include "templates/TemplateParameter.h"
#include "templates/WebhookTemplate.h"

#include <QCoreApplication>
#include <QMap>

// Applies a template's parameters: every {{name}} in the webhooks' strings is replaced by the
// value, checked against the parameter's type and written for where it stands, so that a value
// is data and can never change a request's structure nor turn into a [tag] token:
// - URL: url, domain and number values as written (they are checked to be exactly that), text
//   and secret values percent-encoded;
// - header value: as written, a line break or other control character is refused;
// - JSON body: JSON-escaped (for a reference inside a string literal);
// - form body: form-encoded;
// - raw body and every other token text: as written.
// '[' and ']' in values are doubled wherever the text is a token template, so they stay literal.
// The [tag] tokens of the template are left as they are, for the call-time renderer.
//
// The webhooks produced get fresh ids and are checked the way the renderer compiles them.
class TemplateInstantiator final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateInstantiator)

public:
    using Values = QMap<QString, QString>; // parameter name -> value

    struct Result
    {
        QList<Webhook> webhooks;
        TagMap profileTags; // to add to the buyer or publisher profile the template is applied to
        QStringList errors; // "parameter \"offer_id\" (Offer ID) is required", ...
        bool ok() const { return errors.isEmpty(); }
    };

    // Values missing or empty take the parameter's default. On any error the result holds no
    // webhooks, only every error found.
    static Result instantiate(const WebhookTemplate &webhookTemplate, const Values &values);
    // The values instantiate() would use: the given ones, and the defaults for the rest.
    static Values withDefaults(const WebhookTemplate &webhookTemplate, const Values &values);
    // The problems a template has whatever the values: fills every parameter with a sample of
    // its type and reports what the renderer cannot compile (path "webhooks[0]", message "body:
    // column 12: invalid JSON: ..."), columns counted in the template as written. For the
    // loader, once the template's own fields are right.
    static QList<LoadError> trialErrors(const WebhookTemplate &webhookTemplate);
    // Checks a value against the parameter's type; an empty value is always accepted here
    // (whether it may be empty is the parameter's "required").
    static bool checkValue(const TemplateParameter &parameter, const QString &value, QString *error);
};
