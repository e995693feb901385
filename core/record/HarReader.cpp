// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarReader.h"

#include "tokens/TextPosition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace {
// Reads the fields of one JSON object, naming each in errors by its path in the file.
// A missing (or null) optional field leaves the output as it was.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(HarReader)

public:
    Fields(const QJsonObject &object, const QString &path, QString *error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    {}

    QString path(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }

    bool fail(const QString &message) const
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    bool string(const char *key, QString *out, bool required = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (isMissing(value))
            return !required || fail(tr("%1: missing").arg(path(key)));
        if (!value.isString())
            return fail(tr("%1: not a string").arg(path(key)));
        *out = value.toString();
        return true;
    }

    bool number(const char *key, double *out, bool required = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (isMissing(value))
            return !required || fail(tr("%1: missing").arg(path(key)));
        if (!value.isDouble())
            return fail(tr("%1: not a number").arg(path(key)));
        *out = value.toDouble();
        return true;
    }

    bool boolean(const char *key, bool *out) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (isMissing(value))
            return true;
        if (!value.isBool())
            return fail(tr("%1: not true or false").arg(path(key)));
        *out = value.toBool();
        return true;
    }

    bool object(const char *key, QJsonObject *out, bool *present, bool required = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        *present = !isMissing(value);
        if (!*present)
            return !required || fail(tr("%1: missing").arg(path(key)));
        if (!value.isObject())
            return fail(tr("%1: not an object").arg(path(key)));
        *out = value.toObject();
        return true;
    }

    bool array(const char *key, QJsonArray *out, bool required = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (isMissing(value))
            return !required || fail(tr("%1: missing").arg(path(key)));
        if (!value.isArray())
            return fail(tr("%1: not an array").arg(path(key)));
        *out = value.toArray();
        return true;
    }

    bool stringList(const char *key, QStringList *out) const
    {
        QJsonArray array;
        if (!this->array(key, &array))
            return false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fail(tr("%1[%2]: not a string").arg(path(key)).arg(i));
            out->append(array.at(i).toString());
        }
        return true;
    }

    bool dateTime(const char *key, QDateTime *out) const
    {
        QString text;
        if (!string(key, &text))
            return false;
        if (text.isNull())
            return true;
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            return fail(tr("%1: \"%2\" is not an ISO 8601 date").arg(path(key), text));
        *out = parsed;
        return true;
    }

    bool headers(const char *key, HttpHeaders *out) const
    {
        QJsonArray array;
        if (!this->array(key, &array))
            return false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = tr("%1[%2]").arg(path(key)).arg(i);
            if (!array.at(i).isObject())
                return fail(tr("%1: not an object").arg(itemPath));
            const Fields header(array.at(i).toObject(), itemPath, m_error);
            QString name;
            QString value;
            if (!header.string("name", &name, true) || !header.string("value", &value))
                return false;
            out->append({name.toUtf8(), value.toUtf8()});
        }
        return true;
    }

    // text with an optional base64 encoding, as content and our postData write it.
    bool encodedText(const char *textKey, const char *encodingKey, QByteArray *out) const
    {
        QString text;
        QString encoding;
        if (!string(textKey, &text) || !string(encodingKey, &encoding))
            return false;
        if (encoding.compare(QLatin1String("base64"), Qt::CaseInsensitive) != 0) {
            *out = text.toUtf8();
            return true;
        }
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("%1: not valid base64").arg(path(textKey)));
        *out = *decoded;
        return true;
    }

private:
    static bool isMissing(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Browsers record a failed request as status 0 (Chrome, Firefox) or -1 (Playwright) with the
// network error's name.
Exchange::Outcome outcomeFromBrowserError(const QString &error)
{
    const auto has = [&error](const char *text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("CONNECTION_REFUSED"))
        return Exchange::Outcome::ConnectionRefused;
    if (has("NAME_NOT_RESOLVED") || has("UNKNOWN_HOST"))
        return Exchange::Outcome::HostNotFound;
    if (has("TIMED_OUT") || has("TIMEOUT"))
        return Exchange::Outcome::TimedOut;
    if (has("ABORTED"))
        return Exchange::Outcome::Cancelled;
    if (has("ERR_CERT") || has("ERR_SSL") || has("SEC_ERROR") || has("SSL_ERROR"))
        return Exchange::Outcome::TlsError;
    if (has("TOO_MANY_REDIRECTS"))
        return Exchange::Outcome::TooManyRedirects;
    return Exchange::Outcome::NetworkError;
}

QByteArray formBody(const QJsonArray &params)
{
    QList<QByteArray> parts;
    for (const QJsonValue param : params) {
        const QJsonObject object = param.toObject();
        parts.append(QUrl::toPercentEncoding(object.value(QLatin1String("name")).toString()) + '='
                     + QUrl::toPercentEncoding(object.value(QLatin1String("value")).toString()));
    }
    return parts.join('&');
}

bool readRequest(const QJsonObject &object, const QString &path, Exchange *exchange, QString *requestHttpVersion,
                 QString *error)
{
    const Fields request(object, path, error);
    RenderedRequest &out = exchange->request;
    double timeoutMs = out.timeoutMs;
    if (!request.string("method", &out.method, true) || !request.string("url", &out.url, true)
        || !request.string("httpVersion", requestHttpVersion) || !request.headers("headers", &out.headers)
        || !request.number("_timeoutMs", &timeoutMs))
        return false;
    out.timeoutMs = int(std::clamp(timeoutMs, 0.0, double(std::numeric_limits<int>::max())));
    if (!QUrl(out.url).isValid())
        return request.fail(HarReader::tr("%1: \"%2\" is not a valid URL").arg(request.path("url"), out.url));

    QJsonObject postData;
    bool hasPostData = false;
    if (!request.object("postData", &postData, &hasPostData))
        return false;
    if (hasPostData) {
        const Fields post(postData, request.path("postData"), error);
        QJsonArray params;
        if (!post.encodedText("text", "_encoding", &out.body) || !post.array("params", &params))
            return false;
        if (!postData.contains(QLatin1String("text")))
            out.body = formBody(params);
    }
    return true;
}

bool readResponse(const QJsonObject &object, const QString &path, Exchange *exchange, QString *error)
{
    const Fields response(object, path, error);
    double status = 0;
    if (!response.number("status", &status, true) || !response.string("statusText", &exchange->statusText)
        || !response.string("httpVersion", &exchange->httpVersion)
        || !response.headers("headers", &exchange->responseHeaders))
        return false;
    exchange->status = int(std::clamp(status, 0.0, 999.0)); // Playwright writes -1 for no response

    QJsonObject content;
    bool hasContent = false;
    if (!response.object("content", &content, &hasContent))
        return false;
    if (hasContent) {
        const Fields fields(content, response.path("content"), error);
        if (!fields.string("mimeType", &exchange->mimeType)
            || !fields.encodedText("text", "encoding", &exchange->responseBody)
            || !fields.boolean("_truncated", &exchange->bodyTruncated))
            return false;
    }
    return true;
}

bool readTimings(const Fields &entry, ExchangeTimings *timings, QString *error)
{
    QJsonObject object;
    bool present = false;
    if (!entry.object("timings", &object, &present))
        return false;
    const Fields fields(object, entry.path("timings"), error);
    return fields.number("blocked", &timings->blocked) && fields.number("dns", &timings->dns)
           && fields.number("connect", &timings->connect) && fields.number("ssl", &timings->ssl)
           && fields.number("send", &timings->send) && fields.number("wait", &timings->wait)
           && fields.number("receive", &timings->receive);
}
} // namespace

bool HarReader::readFile(const QString &path, HarLog *log, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("cannot open %1: %2").arg(path, file.errorString()));
    // One byte past the limit tells a file over it, also from a device or a pipe, which has no size.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return fail(error, tr("%1 is over %2 MiB, more than a HAR file can be read whole")
                               .arg(path)
                               .arg(kMaxFileBytes / (qint64(1024) * 1024)));
    return read(data, log, error);
}

bool HarReader::read(const QByteArray &data, HarLog *log, QString *error)
{
    if (data.trimmed().isEmpty())
        return fail(error, tr("the file is empty"));
    // Some tools write a byte order mark, which the JSON parser rejects.
    const QByteArray json = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition position = TextPosition::ofJsonError(json, parseError);
        return fail(error, tr("JSON syntax error at line %1, column %2: %3")
                               .arg(position.line)
                               .arg(position.column)
                               .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(error, tr("not a HAR file: no log object"));
    return fromJson(document.object(), log, error);
}

bool HarReader::fromJson(const QJsonObject &root, HarLog *log, QString *error)
{
    const QJsonValue logValue = root.value(QLatin1String("log"));
    if (!logValue.isObject())
        return fail(error, tr("not a HAR file: no log object"));
    const Fields fields(logValue.toObject(), QStringLiteral("log"), error);

    HarLog out;
    QString version;
    if (!fields.string("version", &version))
        return false;
    if (version.isEmpty()) {
        out.version = QStringLiteral("1.1"); // the spec's default for an empty version
    } else {
        if (version != QLatin1String("1.2") && version != QLatin1String("1.1"))
            return fail(error, tr("log.version \"%1\" is not supported (1.1 and 1.2 are)").arg(version));
        out.version = version;
    }
    if (!fields.string("comment", &out.comment))
        return false;

    const auto readCreator = [&fields, error](const char *key, HarCreator *creator) {
        QJsonObject object;
        bool present = false;
        if (!fields.object(key, &object, &present))
            return false;
        const Fields creatorFields(object, fields.path(key), error);
        return creatorFields.string("name", &creator->name) && creatorFields.string("version", &creator->version)
               && creatorFields.string("comment", &creator->comment);
    };
    if (!readCreator("creator", &out.creator) || !readCreator("browser", &out.browser))
        return false;

    QJsonArray pages;
    QJsonArray entries;
    if (!fields.array("pages", &pages) || !fields.array("entries", &entries, true))
        return false;
    out.pages.reserve(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString path = QStringLiteral("log.pages[%1]").arg(i);
        if (!pages.at(i).isObject())
            return fail(error, tr("%1: not an object").arg(path));
        HarPage page;
        if (!pageFromJson(pages.at(i).toObject(), path, &page, error))
            return false;
        out.pages.append(page);
    }
    out.entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("log.entries[%1]").arg(i);
        if (!entries.at(i).isObject())
            return fail(error, tr("%1: not an object").arg(path));
        HarEntry entry;
        if (!entryFromJson(entries.at(i).toObject(), path, &entry, error))
            return false;
        out.entries.append(entry);
    }
    *log = out;
    return true;
}

bool HarReader::pageFromJson(const QJsonObject &object, const QString &path, HarPage *page, QString *error)
{
    const Fields fields(object, path, error);
    return fields.string("id", &page->id, true) && fields.string("title", &page->title)
           && fields.dateTime("startedDateTime", &page->startedAt) && fields.string("_campaign", &page->campaign)
           && fields.string("comment", &page->comment);
}

bool HarReader::entryFromJson(const QJsonObject &object, const QString &path, HarEntry *entry, QString *error)
{
    const Fields fields(object, path, error);
    Exchange &exchange = entry->exchange;

    QJsonObject request;
    QJsonObject response;
    bool present = false;
    QString requestHttpVersion;
    if (!fields.string("pageref", &entry->pageRef) || !fields.dateTime("startedDateTime", &exchange.startedAt)
        || !fields.object("request", &request, &present, true)
        || !readRequest(request, fields.path("request"), &exchange, &requestHttpVersion, error)
        || !fields.object("response", &response, &present, true)
        || !readResponse(response, fields.path("response"), &exchange, error)
        || !readTimings(fields, &exchange.timings, error) || !fields.string("serverIPAddress", &exchange.serverAddress)
        || !fields.string("comment", &entry->comment))
        return false;

    double time = -1;
    if (!fields.number("time", &time))
        return false;
    entry->time = time >= 0 ? time : exchange.timings.total();

    // The network error: response._error (this app, Chrome), response._failureText (Playwright),
    // or _error on the entry (some other tools).
    const Fields responseFields(response, fields.path("response"), error);
    QString outcome;
    QString transport;
    QString entryError;
    QString failureText;
    if (!fields.string("_outcome", &outcome) || !fields.string("_transport", &transport)
        || !responseFields.string("_error", &exchange.error) || !responseFields.string("_failureText", &failureText)
        || !fields.string("_error", &entryError))
        return false;
    for (const QString &text : {failureText, entryError}) {
        if (exchange.error.isEmpty())
            exchange.error = text;
    }
    Outcome webhookOutcome = Outcome::Fired;
    if (Outcomes::fromId(outcome, &webhookOutcome))
        entry->outcome = webhookOutcome;
    // Files from before "_transport" kept the exchange's own end in "_outcome".
    if (transport.isEmpty())
        transport = outcome;
    if (!HarOutcome::fromName(transport, &exchange.outcome)) {
        if (exchange.status > 0) {
            exchange.outcome = Exchange::Outcome::Response;
        } else {
            exchange.outcome = outcomeFromBrowserError(exchange.error);
            if (exchange.error.isEmpty())
                exchange.error = tr("no response recorded");
        }
    }
    if (exchange.httpVersion.isEmpty() && exchange.hasResponse())
        exchange.httpVersion = requestHttpVersion;

    return fields.string("_webhook", &entry->webhookName) && fields.string("_trigger", &entry->trigger)
           && fields.string("_reason", &entry->reason) && fields.stringList("_tagsApplied", &entry->tagsApplied)
           && fields.stringList("_warnings", &entry->warnings);
}
