// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
QJsonArray nameValueArray(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &pair : pairs)
        array.append(QJsonObject{{QStringLiteral("name"), pair.first}, {QStringLiteral("value"), pair.second}});
    return array;
}

// Header bytes are UTF-8 in practice; anything else is kept byte for byte as Latin-1.
QString headerText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    return text.toUtf8() == bytes ? text : QString::fromLatin1(bytes);
}

QJsonArray headersJson(const HttpHeaders &headers)
{
    QList<QPair<QString, QString>> pairs;
    for (const auto &header : headers)
        pairs.append({headerText(header.first), headerText(header.second)});
    return nameValueArray(pairs);
}

QByteArray headerValue(const HttpHeaders &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QList<QPair<QString, QString>> formParams(const QByteArray &body)
{
    QList<QPair<QString, QString>> params;
    for (const QByteArray &part : body.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        QByteArray name = equals < 0 ? part : part.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        params.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)});
    }
    return params;
}

QJsonObject requestJson(const Exchange &exchange)
{
    const RenderedRequest &request = exchange.request;
    QJsonObject object{
        {QStringLiteral("method"), request.method},
        {QStringLiteral("url"), request.url},
        {QStringLiteral("httpVersion"),
         exchange.httpVersion.isEmpty() ? QStringLiteral("HTTP/1.1") : exchange.httpVersion},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(request.headers)},
        {QStringLiteral("queryString"), nameValueArray(QUrlQuery(QUrl(request.url)).queryItems(QUrl::FullyDecoded))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), request.body.size()},
        {QStringLiteral("_timeoutMs"), request.timeoutMs},
    };
    if (!request.body.isEmpty()) {
        const QByteArray contentType = headerValue(request.headers, "content-type");
        QJsonObject postData{{QStringLiteral("mimeType"), QString::fromUtf8(contentType)}};
        if (isUtf8(request.body)) {
            postData.insert(QStringLiteral("text"), QString::fromUtf8(request.body));
        } else {
            // HAR 1.2 has no encoding for postData: ours is a custom field.
            postData.insert(QStringLiteral("text"), QString::fromLatin1(request.body.toBase64()));
            postData.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
        }
        if (contentType.toLower().contains("application/x-www-form-urlencoded"))
            postData.insert(QStringLiteral("params"), nameValueArray(formParams(request.body)));
        object.insert(QStringLiteral("postData"), postData);
    }
    return object;
}

QJsonObject responseJson(const Exchange &exchange)
{
    QJsonObject content{
        {QStringLiteral("size"), exchange.responseBody.size()},
        {QStringLiteral("mimeType"), exchange.mimeType},
    };
    if (!exchange.responseBody.isEmpty()) {
        if (isUtf8(exchange.responseBody)) {
            content.insert(QStringLiteral("text"), QString::fromUtf8(exchange.responseBody));
        } else {
            content.insert(QStringLiteral("text"), QString::fromLatin1(exchange.responseBody.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    if (exchange.bodyTruncated)
        content.insert(QStringLiteral("_truncated"), true);
    QJsonObject response{
        {QStringLiteral("status"), exchange.status},
        {QStringLiteral("statusText"), exchange.statusText},
        {QStringLiteral("httpVersion"), exchange.httpVersion},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(exchange.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), headerText(headerValue(exchange.responseHeaders, "location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), exchange.hasResponse() ? exchange.responseBody.size() : -1},
    };
    // Where Chrome puts it.
    if (!exchange.error.isEmpty())
        response.insert(QStringLiteral("_error"), exchange.error);
    return response;
}

QJsonObject timingsJson(const ExchangeTimings &timings)
{
    // send, wait and receive may not be -1 in HAR 1.2; the others may.
    return QJsonObject{
        {QStringLiteral("blocked"), timings.blocked},
        {QStringLiteral("dns"), timings.dns},
        {QStringLiteral("connect"), timings.connect},
        {QStringLiteral("ssl"), timings.ssl},
        {QStringLiteral("send"), std::max(timings.send, 0.0)},
        {QStringLiteral("wait"), std::max(timings.wait, 0.0)},
        {QStringLiteral("receive"), std::max(timings.receive, 0.0)},
    };
}
} // namespace

HarWriter::HarWriter()
{
    m_log.creator.name = QStringLiteral("Webhook Configurator");
    m_log.creator.version = QStringLiteral(WC_VERSION);
}

void HarWriter::addCall(const StoredCall &call)
{
    QDateTime callStart = call.startedAt;
    for (const FiredPixel &pixel : call.pixels) {
        for (const Exchange &exchange : pixel.exchanges) {
            if (!callStart.isValid() && exchange.startedAt.isValid())
                callStart = exchange.startedAt;
        }
    }

    m_log.pages.append(HarPage{call.id, call.title.isEmpty() ? call.id : call.title, callStart, call.campaign, {}});
    m_redactor.learn(call.tags);
    for (const FiredPixel &pixel : call.pixels) {
        m_redactor.learnPairs(pixel.tagsApplied);
        for (qsizetype hop = 0; hop < pixel.exchanges.size(); ++hop) {
            HarEntry entry;
            entry.pageRef = call.id;
            entry.exchange = pixel.exchanges.at(hop);
            if (!entry.exchange.startedAt.isValid())
                entry.exchange.startedAt = callStart;
            entry.time = entry.exchange.timings.total();
            entry.webhookName = pixel.webhookName;
            entry.trigger = pixel.trigger;
            entry.reason = pixel.reason;
            entry.outcome = pixel.outcome();
            // The last hop's response is the one whose tags were applied.
            if (hop == pixel.exchanges.size() - 1) {
                entry.tagsApplied = pixel.tagsApplied;
                entry.warnings = pixel.warnings;
            }
            m_redactor.learn(entry.exchange);
            m_log.entries.append(entry);
        }
    }
}

HarLog HarWriter::log() const
{
    if (!m_redaction)
        return m_log;
    HarLog out = m_log;
    for (HarPage &page : out.pages)
        page.title = m_redactor.scrub(page.title);
    for (HarEntry &entry : out.entries) {
        entry.exchange = m_redactor.redact(entry.exchange);
        entry.reason = m_redactor.scrub(entry.reason);
        entry.tagsApplied = m_redactor.redactPairs(entry.tagsApplied);
        for (QString &warning : entry.warnings)
            warning = m_redactor.scrub(warning);
        entry.comment = m_redactor.scrub(entry.comment);
    }
    return out;
}

QByteArray HarWriter::toByteArray() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool HarWriter::writeFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toByteArray()) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QJsonObject HarWriter::toJson(const HarLog &log)
{
    QJsonObject creator{{QStringLiteral("name"), log.creator.name}, {QStringLiteral("version"), log.creator.version}};
    if (!log.creator.comment.isEmpty())
        creator.insert(QStringLiteral("comment"), log.creator.comment);

    QJsonArray pages;
    for (const HarPage &page : log.pages)
        pages.append(pageToJson(page));
    QJsonArray entries;
    for (const HarEntry &entry : log.entries)
        entries.append(entryToJson(entry));

    QJsonObject object{
        {QStringLiteral("version"), log.version},
        {QStringLiteral("creator"), creator},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("entries"), entries},
    };
    if (!log.browser.name.isEmpty()) {
        object.insert(QStringLiteral("browser"), QJsonObject{{QStringLiteral("name"), log.browser.name},
                                                             {QStringLiteral("version"), log.browser.version}});
    }
    if (!log.comment.isEmpty())
        object.insert(QStringLiteral("comment"), log.comment);
    return QJsonObject{{QStringLiteral("log"), object}};
}

QJsonObject HarWriter::pageToJson(const HarPage &page)
{
    QJsonObject object{
        {QStringLiteral("startedDateTime"), dateTimeText(page.startedAt)},
        {QStringLiteral("id"), page.id},
        {QStringLiteral("title"), page.title},
        {QStringLiteral("pageTimings"),
         QJsonObject{{QStringLiteral("onContentLoad"), -1}, {QStringLiteral("onLoad"), -1}}},
    };
    if (!page.campaign.isEmpty())
        object.insert(QStringLiteral("_campaign"), page.campaign);
    if (!page.comment.isEmpty())
        object.insert(QStringLiteral("comment"), page.comment);
    return object;
}

QJsonObject HarWriter::entryToJson(const HarEntry &entry)
{
    const Exchange &exchange = entry.exchange;
    QJsonObject object{
        {QStringLiteral("startedDateTime"), dateTimeText(exchange.startedAt)},
        {QStringLiteral("time"), exchange.timings.total()},
        {QStringLiteral("request"), requestJson(exchange)},
        {QStringLiteral("response"), responseJson(exchange)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timingsJson(exchange.timings)},
        {QStringLiteral("_transport"), HarOutcome::name(exchange.outcome)},
    };
    if (entry.outcome)
        object.insert(QStringLiteral("_outcome"), Outcomes::id(*entry.outcome));
    if (!entry.pageRef.isEmpty())
        object.insert(QStringLiteral("pageref"), entry.pageRef);
    if (!exchange.serverAddress.isEmpty())
        object.insert(QStringLiteral("serverIPAddress"), exchange.serverAddress);
    if (!entry.webhookName.isEmpty())
        object.insert(QStringLiteral("_webhook"), entry.webhookName);
    if (!entry.trigger.isEmpty())
        object.insert(QStringLiteral("_trigger"), entry.trigger);
    if (!entry.reason.isEmpty())
        object.insert(QStringLiteral("_reason"), entry.reason);
    if (!entry.tagsApplied.isEmpty())
        object.insert(QStringLiteral("_tagsApplied"), QJsonArray::fromStringList(entry.tagsApplied));
    if (!entry.warnings.isEmpty())
        object.insert(QStringLiteral("_warnings"), QJsonArray::fromStringList(entry.warnings));
    if (!entry.comment.isEmpty())
        object.insert(QStringLiteral("comment"), entry.comment);
    return object;
}

QString HarWriter::dateTimeText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QStringLiteral("1970-01-01T00:00:00.000Z");
    // Local times are written with their offset, never as a bare local time.
    if (dateTime.timeSpec() == Qt::UTC)
        return dateTime.toString(Qt::ISODateWithMs);
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODateWithMs);
}
