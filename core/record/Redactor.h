// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"

#include <QStringList>

class TagMap;

// Removes secrets from exchanges before they leave the app (SPEC 7): call_key values,
// Authorization/Proxy-Authorization/Cookie/Set-Cookie header values, and query, form and JSON
// fields (at any depth) whose name contains key, token, secret, password or signature,
// case-insensitively (api_key, access_token, X-Api-Key, ...), and the path of webhook URLs
// that are their own credential (Slack, Zapier catch hooks, Discord, Teams). Each becomes
// "[REDACTED]".
//
// Redaction has two passes so that a secret seen in one place is scrubbed everywhere: learn()
// every exchange and tag list first, then redact(). A learned value of at least
// kMinScrubLength characters is replaced wherever else it appears (URL paths, other fields,
// error texts, bodies), raw, percent-encoded or JSON-escaped; shorter ones, and true/false, only
// where they stand in a secret field, since scrubbing "1" or "true" everywhere would destroy the
// record.
class Redactor final
{
public:
    static constexpr int kMinScrubLength = 6;

    static QString mask(); // "[REDACTED]"
    // A query, form, JSON or tag name that holds a secret.
    static bool isSecretName(const QString &name);
    // A header whose value is a secret: the credential headers, and secret-named ones.
    static bool isSecretHeader(const QString &name);

    void learn(const Exchange &exchange);
    // Secret tags (call_key, api_token, ...) of a call.
    void learn(const TagMap &tags);
    // "key:value" pairs such as a pixel's tags applied.
    void learnPairs(const QStringList &pairs);
    void addSecret(const QString &value);
    // The values scrubbed everywhere, longest first.
    QStringList secrets() const { return m_secrets; }

    Exchange redact(const Exchange &exchange) const;
    QString redactUrl(const QString &url) const;
    HttpHeaders redactHeaders(const HttpHeaders &headers) const;
    // Form fields (when contentType says form) and JSON keys (when body is JSON) in place,
    // keeping the body's formatting and key order.
    QByteArray redactBody(const QByteArray &body, const QByteArray &contentType) const;
    QStringList redactPairs(const QStringList &pairs) const;
    // Replaces every learned secret in free text.
    QString scrub(const QString &text) const;

private:
    QByteArray scrubBytes(const QByteArray &bytes, const QByteArray &replacement) const;

    QStringList m_secrets; // longest first, so a secret containing another goes whole
};
