// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarReader.h"
#include "record/HarWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

namespace {
// Secrets the sample call carries, each in a different place.
const QStringList kSecrets = {
    QStringLiteral("ak-live-123456"),  // api_key query field
    QStringLiteral("ck-9f8e7d6c5b4a"), // the call_key tag, rendered into a query, a JSON body, a binary body
    QStringLiteral("st-abcdef123"),    // session_token in a JSON response and in tags applied
    QStringLiteral("bt-secret-777"),   // Authorization: Bearer
    QStringLiteral("xk-000111222"),    // X-Api-Key header
    QStringLiteral("pw-hunter22"),     // nested JSON "password"
    QStringLiteral("sig-5555aaaa"),    // signature in a redirect's Location and the next hop's URL
    QStringLiteral("cookie-val-42"),   // Set-Cookie
    QStringLiteral("cs-topsecret9"),   // client_secret form field
    QStringLiteral("tk-query-321"),    // token query field, repeated in an error text
};

const QDateTime kStart(QDate(2024, 5, 14), QTime(10, 20, 30, 125), QTimeZone(7200));

Exchange exchange(const QString &method, const QString &url, int status, const QByteArray &body = {})
{
    Exchange e;
    e.request.method = method;
    e.request.url = url;
    e.request.timeoutMs = 5000;
    e.startedAt = kStart;
    e.status = status;
    e.statusText = status == 200 ? QStringLiteral("OK") : status == 302 ? QStringLiteral("Found") : QString();
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseBody = body;
    e.serverAddress = QStringLiteral("127.0.0.1");
    return e;
}

StoredCall sampleCall()
{
    StoredCall call;
    call.id = QStringLiteral("call-1");
    call.title = QStringLiteral("Test call");
    call.campaign = QStringLiteral("Solar");
    call.startedAt = kStart;
    call.tags.add(QStringLiteral("caller_number"), QStringLiteral("+15551234567"));
    call.tags.add(QStringLiteral("call_key"), QStringLiteral("ck-9f8e7d6c5b4a"));

    FiredPixel append;
    append.sequence = 0;
    append.webhookName = QStringLiteral("Append data");
    append.trigger = QStringLiteral("data_appending");
    append.fired = true;
    append.reason = QStringLiteral("no matches: always fires");
    Exchange e = exchange(QStringLiteral("GET"),
                          QStringLiteral("http://127.0.0.1:8080/append?phone=%2B15551234567&api_key=ak-live-123456"
                                         "&ck=ck-9f8e7d6c5b4a"),
                          200, R"({"first_name": "Jason", "geo": "us-10101", "session_token": "st-abcdef123"})");
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.mimeType = QStringLiteral("application/json");
    e.timings.blocked = 1;
    e.timings.connect = 2;
    e.timings.send = 0.5;
    e.timings.wait = 10;
    e.timings.receive = 1.5;
    append.exchanges = {e};
    append.tagsApplied = {QStringLiteral("first_name:Jason"), QStringLiteral("geo:us-10101"),
                          QStringLiteral("session_token:st-abcdef123")};

    FiredPixel conversion;
    conversion.sequence = 1;
    conversion.webhookName = QStringLiteral("Conversion");
    conversion.trigger = QStringLiteral("conversion");
    conversion.fired = true;
    conversion.reason = QStringLiteral("converted: talk 95 s >= 60 s");
    Exchange post =
        exchange(QStringLiteral("POST"), QStringLiteral("https://hooks.example.test/conv?call_id=CA1"), 302);
    post.request.headers = {
        {"Content-Type", "application/json"}, {"Authorization", "Bearer bt-secret-777"}, {"X-Api-Key", "xk-000111222"}};
    post.request.body =
        R"({"phone": "+15551234567", "revenue": 12.5, "auth": {"password": "pw-hunter22"}, "ref": "ck-9f8e7d6c5b4a"})";
    post.responseHeaders = {{"Location", "https://hooks.example.test/done?signature=sig-5555aaaa"}};
    post.httpVersion = QStringLiteral("HTTP/2");
    post.timings.connect = 30;
    post.timings.ssl = 20;
    post.timings.wait = 40;
    Exchange hop = exchange(QStringLiteral("GET"),
                            QStringLiteral("https://hooks.example.test/done?signature=sig-5555aaaa"), 200, "ok");
    hop.startedAt = kStart.addMSecs(75);
    hop.responseHeaders = {{"Content-Type", "text/plain"}, {"Set-Cookie", "sid=cookie-val-42; Path=/; HttpOnly"}};
    hop.mimeType = QStringLiteral("text/plain");
    hop.timings.wait = 5;
    hop.timings.receive = 1;
    conversion.exchanges = {post, hop};
    conversion.warnings = {QStringLiteral("missing tag: payout")};

    FiredPixel postback;
    postback.sequence = 2;
    postback.webhookName = QStringLiteral("Postback form");
    postback.trigger = QStringLiteral("always");
    postback.fired = true;
    postback.reason = QStringLiteral("always fires last");
    Exchange refused = exchange(QStringLiteral("POST"), QStringLiteral("http://127.0.0.1:9/pb?token=tk-query-321"), 0);
    refused.request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    refused.request.body = "sale=yes&client_secret=cs-topsecret9&note=caf%C3%A9+au+lait";
    refused.outcome = Exchange::Outcome::ConnectionRefused;
    refused.error = QStringLiteral("Error transferring http://127.0.0.1:9/pb?token=tk-query-321: Connection refused");
    refused.httpVersion.clear();
    refused.serverAddress.clear();
    refused.timings.blocked = 0.25;
    postback.exchanges = {refused};

    FiredPixel skipped;
    skipped.sequence = 3;
    skipped.webhookName = QStringLiteral("Start ping");
    skipped.trigger = QStringLiteral("start");
    skipped.reason = QStringLiteral("source_id is not pub2");

    FiredPixel image;
    image.sequence = 4;
    image.webhookName = QStringLiteral("Pixel image");
    image.trigger = QStringLiteral("answered");
    image.fired = true;
    QByteArray gif("GIF89a\x01\x00\x01\x00\x80\xff\xfe", 13);
    gif += "ck-9f8e7d6c5b4a";
    gif += QByteArray("\x00\xfe\xff", 3);
    Exchange pixel = exchange(QStringLiteral("GET"), QStringLiteral("https://px.example.test/p.gif"), 200, gif);
    pixel.mimeType = QStringLiteral("image/gif");
    pixel.responseHeaders = {{"Content-Type", "image/gif"}};
    image.exchanges = {pixel};

    call.pixels = {append, conversion, postback, skipped, image};
    return call;
}

QJsonObject harLog(const HarWriter &writer)
{
    return QJsonDocument::fromJson(writer.toByteArray()).object().value(QLatin1String("log")).toObject();
}

QJsonArray entries(const HarWriter &writer)
{
    return harLog(writer).value(QLatin1String("entries")).toArray();
}

QString nameValues(const QJsonArray &array)
{
    QStringList parts;
    for (const QJsonValue &value : array)
        parts.append(value[QLatin1String("name")].toString() + QLatin1Char('=')
                     + value[QLatin1String("value")].toString());
    return parts.join(QLatin1Char('&'));
}

// Every string in the document, with base64 texts also decoded.
void collectStrings(const QJsonValue &value, QByteArrayList *out)
{
    if (value.isString()) {
        out->append(value.toString().toUtf8());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out->append(it.key().toUtf8());
            collectStrings(it.value(), out);
        }
        if (object.value(QLatin1String("encoding")).toString() == QLatin1String("base64")
            || object.value(QLatin1String("_encoding")).toString() == QLatin1String("base64"))
            out->append(QByteArray::fromBase64(object.value(QLatin1String("text")).toString().toLatin1()));
    }
}

void compareExchange(const Exchange &actual, const Exchange &expected)
{
    QCOMPARE(actual.request.method, expected.request.method);
    QCOMPARE(actual.request.url, expected.request.url);
    QCOMPARE(actual.request.headers, expected.request.headers);
    QCOMPARE(actual.request.body, expected.request.body);
    QCOMPARE(actual.request.timeoutMs, expected.request.timeoutMs);
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.outcome, expected.outcome);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.statusText, expected.statusText);
    QCOMPARE(actual.httpVersion, expected.httpVersion);
    QCOMPARE(actual.responseHeaders, expected.responseHeaders);
    QCOMPARE(actual.responseBody, expected.responseBody);
    QCOMPARE(actual.bodyTruncated, expected.bodyTruncated);
    QCOMPARE(actual.mimeType, expected.mimeType);
    QCOMPARE(actual.serverAddress, expected.serverAddress);
    QCOMPARE(actual.timings.blocked, expected.timings.blocked);
    QCOMPARE(actual.timings.dns, expected.timings.dns);
    QCOMPARE(actual.timings.connect, expected.timings.connect);
    QCOMPARE(actual.timings.ssl, expected.timings.ssl);
    // HAR has no "unknown" for these three: they come back as 0.
    QCOMPARE(actual.timings.send, std::max(expected.timings.send, 0.0));
    QCOMPARE(actual.timings.wait, std::max(expected.timings.wait, 0.0));
    QCOMPARE(actual.timings.receive, std::max(expected.timings.receive, 0.0));
}
} // namespace

class TestHarWriter : public QObject
{
    Q_OBJECT

private slots:
    void logHasCreatorAndOnePagePerCall()
    {
        HarWriter writer;
        writer.addCall(sampleCall());
        StoredCall second = sampleCall();
        second.id = QStringLiteral("call-2");
        second.title.clear();
        writer.addCall(second);

        const QJsonObject log = harLog(writer);
        QCOMPARE(log[QLatin1String("version")].toString(), QStringLiteral("1.2"));
        QCOMPARE(log[QLatin1String("creator")][QLatin1String("name")].toString(),
                 QStringLiteral("Webhook Configurator"));
        QCOMPARE(log[QLatin1String("creator")][QLatin1String("version")].toString(), QStringLiteral(WC_VERSION));
        const QJsonArray pages = log[QLatin1String("pages")].toArray();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0][QLatin1String("id")].toString(), QStringLiteral("call-1"));
        QCOMPARE(pages[0][QLatin1String("title")].toString(), QStringLiteral("Test call"));
        QCOMPARE(pages[0][QLatin1String("startedDateTime")].toString(),
                 QStringLiteral("2024-05-14T10:20:30.125+02:00"));
        QCOMPARE(pages[0][QLatin1String("_campaign")].toString(), QStringLiteral("Solar"));
        QCOMPARE(pages[0][QLatin1String("pageTimings")].toObject(),
                 (QJsonObject{{QStringLiteral("onContentLoad"), -1}, {QStringLiteral("onLoad"), -1}}));
        QCOMPARE(pages[1][QLatin1String("title")].toString(), QStringLiteral("call-2")); // untitled: the id

        // Five pixels: one skipped (no entry), one with a redirect (two entries).
        const QJsonArray list = log[QLatin1String("entries")].toArray();
        QCOMPARE(list.size(), 10);
        QCOMPARE(list[0][QLatin1String("pageref")].toString(), QStringLiteral("call-1"));
        QCOMPARE(list[5][QLatin1String("pageref")].toString(), QStringLiteral("call-2"));
        QVERIFY(writer.toByteArray().startsWith("{\n    \"log\": {\n")); // pretty
    }

    void entryRequestAndResponse()
    {
        HarWriter writer;
        writer.setRedaction(false);
        writer.addCall(sampleCall());
        const QJsonArray list = entries(writer);
        QCOMPARE(list.size(), 5);

        const QJsonObject first = list[0].toObject();
        QCOMPARE(first[QLatin1String("startedDateTime")].toString(), QStringLiteral("2024-05-14T10:20:30.125+02:00"));
        QCOMPARE(first[QLatin1String("time")].toDouble(), 15.0); // 1 + 2 + 0.5 + 10 + 1.5
        QCOMPARE(first[QLatin1String("serverIPAddress")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(first[QLatin1String("cache")].toObject(), QJsonObject());
        const QJsonObject request = first[QLatin1String("request")].toObject();
        QCOMPARE(request[QLatin1String("method")].toString(), QStringLiteral("GET"));
        QCOMPARE(request[QLatin1String("httpVersion")].toString(), QStringLiteral("HTTP/1.1"));
        QCOMPARE(request[QLatin1String("cookies")].toArray(), QJsonArray());
        QCOMPARE(nameValues(request[QLatin1String("queryString")].toArray()),
                 QStringLiteral("phone=+15551234567&api_key=ak-live-123456&ck=ck-9f8e7d6c5b4a"));
        QCOMPARE(request[QLatin1String("headersSize")].toInt(), -1);
        QCOMPARE(request[QLatin1String("bodySize")].toInt(), 0);
        QVERIFY(!request.contains(QLatin1String("postData")));
        QCOMPARE(request[QLatin1String("_timeoutMs")].toInt(), 5000);
        const QJsonObject response = first[QLatin1String("response")].toObject();
        QCOMPARE(response[QLatin1String("status")].toInt(), 200);
        QCOMPARE(response[QLatin1String("statusText")].toString(), QStringLiteral("OK"));
        QCOMPARE(response[QLatin1String("redirectURL")].toString(), QString());
        QCOMPARE(response[QLatin1String("headersSize")].toInt(), -1);
        const QJsonObject content = response[QLatin1String("content")].toObject();
        QCOMPARE(content[QLatin1String("mimeType")].toString(), QStringLiteral("application/json"));
        QCOMPARE(content[QLatin1String("size")].toInt(), 75);
        QCOMPARE(response[QLatin1String("bodySize")].toInt(), 75);
        QVERIFY(content[QLatin1String("text")].toString().startsWith(QLatin1String("{\"first_name\"")));
        QVERIFY(!content.contains(QLatin1String("encoding")));
        QCOMPARE(first[QLatin1String("timings")].toObject(), (QJsonObject{{QStringLiteral("blocked"), 1},
                                                                          {QStringLiteral("dns"), -1},
                                                                          {QStringLiteral("connect"), 2},
                                                                          {QStringLiteral("ssl"), -1},
                                                                          {QStringLiteral("send"), 0.5},
                                                                          {QStringLiteral("wait"), 10},
                                                                          {QStringLiteral("receive"), 1.5}}));

        // A JSON POST answered by a redirect: postData, redirectURL, ssl inside connect.
        const QJsonObject post = list[1].toObject();
        const QJsonObject postData = post[QLatin1String("request")][QLatin1String("postData")].toObject();
        QCOMPARE(postData[QLatin1String("mimeType")].toString(), QStringLiteral("application/json"));
        QVERIFY(postData[QLatin1String("text")].toString().contains(QLatin1String("\"revenue\": 12.5")));
        QVERIFY(!postData.contains(QLatin1String("params")));
        QCOMPARE(post[QLatin1String("request")][QLatin1String("bodySize")].toInt(),
                 postData[QLatin1String("text")].toString().toUtf8().size());
        QCOMPARE(post[QLatin1String("request")][QLatin1String("httpVersion")].toString(), QStringLiteral("HTTP/2"));
        QCOMPARE(post[QLatin1String("response")][QLatin1String("redirectURL")].toString(),
                 QStringLiteral("https://hooks.example.test/done?signature=sig-5555aaaa"));
        QCOMPARE(post[QLatin1String("time")].toDouble(), 70.0); // ssl is inside connect, not added again
        QCOMPARE(post[QLatin1String("timings")][QLatin1String("send")].toDouble(), 0.0); // unknown: 0, never -1
        QCOMPARE(post[QLatin1String("timings")][QLatin1String("receive")].toDouble(), 0.0);
        QCOMPARE(list[2][QLatin1String("startedDateTime")].toString(), QStringLiteral("2024-05-14T10:20:30.200+02:00"));

        // A form POST that never got an answer.
        const QJsonObject failed = list[3].toObject();
        const QJsonObject form = failed[QLatin1String("request")][QLatin1String("postData")].toObject();
        QCOMPARE(form[QLatin1String("mimeType")].toString(), QStringLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(nameValues(form[QLatin1String("params")].toArray()),
                 QStringLiteral("sale=yes&client_secret=cs-topsecret9&note=café au lait"));
        const QJsonObject failedResponse = failed[QLatin1String("response")].toObject();
        QCOMPARE(failedResponse[QLatin1String("status")].toInt(), 0);
        QCOMPARE(failedResponse[QLatin1String("httpVersion")].toString(), QString());
        QCOMPARE(failedResponse[QLatin1String("bodySize")].toInt(), -1);
        QCOMPARE(failedResponse[QLatin1String("_error")].toString(),
                 QStringLiteral("Error transferring http://127.0.0.1:9/pb?token=tk-query-321: Connection refused"));
        QCOMPARE(failed[QLatin1String("_transport")].toString(), QStringLiteral("connection_refused"));
        QCOMPARE(failed[QLatin1String("_outcome")].toString(), QStringLiteral("failed"));
        QVERIFY(!failed.contains(QLatin1String("serverIPAddress")));
        QCOMPARE(failed[QLatin1String("time")].toDouble(), 0.25);

        // A binary body is base64.
        const QJsonObject image = list[4][QLatin1String("response")][QLatin1String("content")].toObject();
        QCOMPARE(image[QLatin1String("encoding")].toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(image[QLatin1String("text")].toString().toLatin1()),
                 sampleCall().pixels[4].exchanges[0].responseBody);
        QCOMPARE(image[QLatin1String("size")].toInt(), 31);
    }

    void customFields()
    {
        HarWriter writer;
        writer.setRedaction(false);
        writer.addCall(sampleCall());
        const QJsonArray list = entries(writer);
        QCOMPARE(list[0][QLatin1String("_webhook")].toString(), QStringLiteral("Append data"));
        QCOMPARE(list[0][QLatin1String("_trigger")].toString(), QStringLiteral("data_appending"));
        QCOMPARE(list[0][QLatin1String("_reason")].toString(), QStringLiteral("no matches: always fires"));
        QCOMPARE(list[0][QLatin1String("_transport")].toString(), QStringLiteral("response"));
        QCOMPARE(list[0][QLatin1String("_outcome")].toString(), QStringLiteral("fired"));
        QCOMPARE(list[0][QLatin1String("_tagsApplied")].toArray(),
                 QJsonArray::fromStringList({"first_name:Jason", "geo:us-10101", "session_token:st-abcdef123"}));
        // Both hops name their webhook; tags and warnings belong to the last hop's response.
        QCOMPARE(list[1][QLatin1String("_webhook")].toString(), QStringLiteral("Conversion"));
        QCOMPARE(list[2][QLatin1String("_webhook")].toString(), QStringLiteral("Conversion"));
        QVERIFY(!list[1].toObject().contains(QLatin1String("_warnings")));
        QCOMPARE(list[2][QLatin1String("_warnings")].toArray(), QJsonArray::fromStringList({"missing tag: payout"}));
        QVERIFY(!list[1].toObject().contains(QLatin1String("_tagsApplied")));
    }

    void dateTimeText_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QString>("text");
        QTest::newRow("utc") << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC) << "2024-01-02T03:04:05.006Z";
        QTest::newRow("offset") << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone(-5 * 3600))
                                << "2024-01-02T03:04:05.000-05:00";
        QTest::newRow("invalid") << QDateTime() << "1970-01-01T00:00:00.000Z";
    }

    void dateTimeText()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QString, text);
        QCOMPARE(HarWriter::dateTimeText(dateTime), text);
    }

    void localTimeGetsItsOffset()
    {
        const QDateTime local = QDateTime::currentDateTime();
        const QString text = HarWriter::dateTimeText(local);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)$"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs), local);
    }

    void exchangeWithoutStartTimeTakesTheCalls()
    {
        StoredCall call = sampleCall();
        call.pixels[0].exchanges[0].startedAt = QDateTime();
        HarWriter writer;
        writer.addCall(call);
        QCOMPARE(writer.log().entries[0].exchange.startedAt, kStart);
        call.startedAt = QDateTime(); // no call start either: the first exchange's
        HarWriter second;
        second.addCall(call);
        QCOMPARE(second.log().pages[0].startedAt, kStart);
    }

    void redactsByDefault()
    {
        HarWriter writer;
        QVERIFY(writer.redaction());
        writer.addCall(sampleCall());
        const QByteArray text = writer.toByteArray();

        // No secret byte survives anywhere: raw, percent-encoded or inside base64 content.
        QByteArrayList strings;
        collectStrings(QJsonDocument::fromJson(text).object(), &strings);
        for (const QString &secret : kSecrets) {
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!text.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret));
            for (const QByteArray &string : std::as_const(strings))
                QVERIFY2(!string.contains(secret.toUtf8()),
                         qPrintable(secret + QStringLiteral(" in ") + QString::fromUtf8(string)));
        }

        // What is left is still useful, and valid.
        const QJsonArray list = entries(writer);
        QCOMPARE(list[0][QLatin1String("request")][QLatin1String("url")].toString(),
                 QStringLiteral(
                     "http://127.0.0.1:8080/append?phone=%2B15551234567&api_key=%5BREDACTED%5D&ck=%5BREDACTED%5D"));
        QCOMPARE(nameValues(list[0][QLatin1String("request")][QLatin1String("queryString")].toArray()),
                 QStringLiteral("phone=+15551234567&api_key=[REDACTED]&ck=[REDACTED]"));
        QCOMPARE(list[0][QLatin1String("_tagsApplied")].toArray(),
                 QJsonArray::fromStringList({"first_name:Jason", "geo:us-10101", "session_token:[REDACTED]"}));
        QCOMPARE(list[0][QLatin1String("response")][QLatin1String("content")][QLatin1String("text")].toString(),
                 QStringLiteral(R"({"first_name": "Jason", "geo": "us-10101", "session_token": "[REDACTED]"})"));
        QCOMPARE(nameValues(list[1][QLatin1String("request")][QLatin1String("headers")].toArray()),
                 QStringLiteral("Content-Type=application/json&Authorization=[REDACTED]&X-Api-Key=[REDACTED]"));
        QCOMPARE(
            list[1][QLatin1String("request")][QLatin1String("postData")][QLatin1String("text")].toString(),
            QStringLiteral(
                R"({"phone": "+15551234567", "revenue": 12.5, "auth": {"password": "[REDACTED]"}, "ref": "[REDACTED]"})"));
        QCOMPARE(
            nameValues(list[3][QLatin1String("request")][QLatin1String("postData")][QLatin1String("params")].toArray()),
            QStringLiteral("sale=yes&client_secret=[REDACTED]&note=café au lait"));
        QCOMPARE(list[3][QLatin1String("response")][QLatin1String("_error")].toString(),
                 QStringLiteral("Error transferring http://127.0.0.1:9/pb?token=[REDACTED]: Connection refused"));
        QCOMPARE(list[3][QLatin1String("request")][QLatin1String("bodySize")].toInt(),
                 list[3][QLatin1String("request")][QLatin1String("postData")][QLatin1String("text")].toString().size());
    }

    void redactionCanBeTurnedOff()
    {
        HarWriter writer;
        writer.setRedaction(false);
        writer.addCall(sampleCall());
        const QByteArray text = writer.toByteArray();
        for (const QString &secret : kSecrets)
            QVERIFY2(text.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!text.contains("REDACTED"));
    }

    void roundTripsThroughTheReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.har"));
        HarWriter writer;
        writer.setRedaction(false);
        const StoredCall call = sampleCall();
        writer.addCall(call);
        QString error;
        QVERIFY2(writer.writeFile(path, &error), qPrintable(error));

        HarLog log;
        QVERIFY2(HarReader::readFile(path, &log, &error), qPrintable(error));
        QCOMPARE(log.creator.name, QStringLiteral("Webhook Configurator"));
        QCOMPARE(log.pages.size(), 1);
        QCOMPARE(log.pages[0].id, call.id);
        QCOMPARE(log.pages[0].title, call.title);
        QCOMPARE(log.pages[0].startedAt, call.startedAt);
        QCOMPARE(log.pages[0].campaign, call.campaign);
        QList<Exchange> expected;
        for (const FiredPixel &pixel : call.pixels)
            expected.append(pixel.exchanges);
        QCOMPARE(log.entries.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            compareExchange(log.entries[i].exchange, expected[i]);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("entry %1").arg(i)));
            QCOMPARE(log.entries[i].pageRef, call.id);
            QCOMPARE(log.entries[i].time, expected[i].timings.total());
        }
        QCOMPARE(log.entries[2].webhookName, QStringLiteral("Conversion"));
        QCOMPARE(log.entries[2].trigger, QStringLiteral("conversion"));
        QCOMPARE(log.entries[2].warnings, QStringList{QStringLiteral("missing tag: payout")});
        QCOMPARE(log.entries[0].tagsApplied, call.pixels[0].tagsApplied);
        QCOMPARE(log.entries[0].reason, call.pixels[0].reason);
    }

    void writeFileReportsWhyItFailed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-dir/call.har"));
        HarWriter writer;
        QString error;
        QVERIFY(!writer.writeFile(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(path)), qPrintable(error));
        QVERIFY(error.size() > QStringLiteral("cannot write %1: ").arg(path).size());
    }

    // Files for the HarValidator ctest, which checks them with the npm har-validator package
    // (tools/har-validate.js). Written on every run, so they always match the current writer.
    void writesSamplesForTheValidator()
    {
        const QString dirPath = QStringLiteral(WC_HAR_SAMPLE_DIR);
        QDir dir(dirPath);
        QVERIFY(dir.removeRecursively());
        QVERIFY(QDir().mkpath(dirPath));
        QString error;

        HarWriter redacted;
        redacted.addCall(sampleCall());
        QVERIFY2(redacted.writeFile(dir.filePath(QStringLiteral("redacted.har")), &error), qPrintable(error));

        HarWriter plain;
        plain.setRedaction(false);
        plain.addCall(sampleCall());
        StoredCall second = sampleCall();
        second.id = QStringLiteral("call-2");
        second.startedAt = QDateTime(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC);
        plain.addCall(second);
        QVERIFY2(plain.writeFile(dir.filePath(QStringLiteral("unredacted-two-calls.har")), &error), qPrintable(error));

        HarWriter empty;
        QVERIFY2(empty.writeFile(dir.filePath(QStringLiteral("empty.har")), &error), qPrintable(error));

        // Every outcome, and a request body that is not UTF-8.
        StoredCall outcomes;
        outcomes.id = QStringLiteral("outcomes");
        outcomes.startedAt = kStart;
        FiredPixel pixel;
        pixel.webhookName = QStringLiteral("Outcomes");
        pixel.fired = true;
        for (const auto &pair : HarOutcome::table()) {
            Exchange e =
                exchange(QStringLiteral("PUT"), QStringLiteral("http://127.0.0.1:1/x"), 0, QByteArray("\xff\x00", 2));
            e.request.body = QByteArray("\x80\x81\x82", 3);
            e.outcome = pair.first;
            if (e.hasResponse())
                e.status = 500;
            else
                e.error = pair.second;
            e.bodyTruncated = pair.first == Exchange::Outcome::Response;
            pixel.exchanges.append(e);
        }
        outcomes.pixels = {pixel};
        HarWriter all;
        all.addCall(outcomes);
        QVERIFY2(all.writeFile(dir.filePath(QStringLiteral("outcomes.har")), &error), qPrintable(error));
        QCOMPARE(dir.entryList({QStringLiteral("*.har")}).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestHarWriter)
#include "TestHarWriter.moc"
