// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CannedResponder.h"

#include <QJsonDocument>

CannedResponder::CannedResponder(const QHash<QString, CallScenario::CannedResponse> &responses)
    : m_responses(responses)
{}

static QString mimeTypeOf(const CallScenario::CannedResponse &response)
{
    for (const auto &header : response.headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(header.second);
    }
    if (response.body.isEmpty())
        return QString();
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    return error.error == QJsonParseError::NoError ? QStringLiteral("application/json") : QStringLiteral("text/plain");
}

void CannedResponder::send(const RenderedRequest &request, const QString &webhookName, Done done)
{
    const CallScenario::CannedResponse response = m_responses.value(webhookName);
    Exchange exchange;
    exchange.request = request;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.outcome = Exchange::Outcome::Simulated;
    exchange.status = response.status;
    exchange.httpVersion = QStringLiteral("HTTP/1.1");
    exchange.responseHeaders = response.headers;
    exchange.responseBody = response.body;
    exchange.mimeType = mimeTypeOf(response);
    exchange.timings.send = 0;
    exchange.timings.wait = 0;
    exchange.timings.receive = 0;
    done({exchange});
}
