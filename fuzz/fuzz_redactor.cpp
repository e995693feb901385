// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Redaction for HAR and log exports (SPEC 7): exchanges whose URL, headers and bodies come
// from hostile servers and pasted templates. Besides crashes, it checks the promise that
// matters: the string value of a secret-named member of a JSON body is gone after redaction.

#include "FuzzSupport.h"

#include "model/TagMap.h"
#include "record/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// First line: the URL; then "Name: value" header lines up to an empty line; then the body.
Exchange exchangeFrom(const QByteArray &input)
{
    Exchange exchange;
    const QList<QByteArray> lines = input.split('\n');
    exchange.request.url = QString::fromUtf8(lines.value(0));
    qsizetype i = 1;
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon < 0 ? lines.at(i).size() : colon);
        const QByteArray value = colon < 0 ? QByteArray() : lines.at(i).mid(colon + 1).trimmed();
        exchange.request.headers.append({name, value});
        exchange.responseHeaders.append({name, value});
    }
    const QByteArray body = lines.mid(i + 1).join('\n');
    exchange.request.body = body;
    exchange.responseBody = body;
    exchange.mimeType = QStringLiteral("application/json");
    exchange.error = QString::fromUtf8(body.left(200));
    return exchange;
}

void checkSecretsGone(const QByteArray &body, const QByteArray &redacted)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString value = it.value().toString();
        if (!Redactor::isSecretName(it.key()) || value.size() < Redactor::kMinScrubLength
            || Redactor::mask().contains(value) || value.contains(QLatin1Char('[')) || value.contains(QLatin1Char(']')))
            continue;
        if (redacted.contains(value.toUtf8()))
            FuzzSupport::violated("a secret JSON field survived redaction", it.key().toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const Exchange exchange = exchangeFrom(input);

    Redactor redactor;
    TagMap tags;
    tags.set(QStringLiteral("call_key"), {QString::fromUtf8(input.left(32))});
    redactor.learn(tags);
    redactor.learnPairs(exchange.error.split(QLatin1Char('\n')));
    redactor.learn(exchange);
    const Exchange redacted = redactor.redact(exchange);
    redactor.redactPairs(exchange.error.split(QLatin1Char('\n')));
    redactor.scrub(exchange.request.url);
    checkSecretsGone(exchange.responseBody, redacted.responseBody);
    return 0;
}
