// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/RequestTemplate.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/RenderReport.h"
#include "tokens/RenderedRequest.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QCoreApplication>

class TagMap;

// Turns a webhook's request template into the request to send (SPEC 4). The URL, header values
// and body are compiled once, each token bound to the encoding of where it stands: the URL by
// UrlTemplate, header values refusing line breaks and control characters, a JSON body by
// JsonBodyTemplate, a form body form-encoded, a raw body as it is.
//
// Messages name the part they are about: "url: column 12: unknown filter \"foo\" ...",
// "header X-Id: tag [id] value contains a line break", "body: line 2, column 5: ...".
// A JSON or form body gets a Content-Type header when the template has none, since Qt would
// otherwise label a POST as form data whatever it holds.
class RequestRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(RequestRenderer)

public:
    explicit RequestRenderer(const RequestTemplate &request);

    QStringList compileErrors() const { return m_compileErrors; }
    // Every tag key referenced (url, headers, body), in order, no duplicates.
    QStringList tokenKeys() const;

    // Renders the request. The report receives the compile errors, every render error (a
    // request with errors is returned as far as it could be rendered but must not be sent)
    // and every warning (a missing tag). report may be null when only the request matters.
    // timeoutMs is left at its default: the caller sets it from the webhook.
    RenderedRequest render(const TagMap &tags, RenderReport *report) const;

private:
    struct Header
    {
        QString name;
        QByteArray encodedName;
        TokenTemplate value;
    };

    QString m_method;
    UrlTemplate m_url;
    QList<Header> m_headers;
    BodyKind m_bodyKind = BodyKind::None;
    TokenTemplate m_body;            // form and raw bodies
    JsonBodyTemplate m_jsonBody;     // JSON bodies
    QByteArray m_defaultContentType; // added when the template sets none; empty for none/raw
    QStringList m_compileErrors;
};
