// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarReader.h"
#include "record/HarWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Test JSON is written with single quotes: moc misreads raw string literals holding "//" or
// "", and escaped double quotes are hard to read.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QString fixture(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/har/") + QLatin1String(name);
}

HarLog readFixture(const char *name)
{
    HarLog log;
    QString error;
    if (!HarReader::readFile(fixture(name), &log, &error))
        qWarning("%s", qPrintable(error));
    return log;
}

QByteArray header(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

// A log holding the given entries.
QByteArray logWithEntry(const QByteArray &entry)
{
    return json("{'log': {'version': '1.2', 'creator': {'name': 't', 'version': '1'}, 'entries': [") + entry + "]}}";
}

// A valid entry; entryWith() changes one part of it.
const QByteArray kEntry = json(
    "{'startedDateTime': '2024-01-01T00:00:00.000Z', 'time': 1, "
    "'request': {'method': 'GET', 'url': 'http://a.test/', 'httpVersion': 'HTTP/1.1', 'cookies': [], 'headers': [], "
    "'queryString': [], 'headersSize': -1, 'bodySize': 0}, "
    "'response': {'status': 200, 'statusText': 'OK', 'httpVersion': 'HTTP/1.1', 'cookies': [], 'headers': [], "
    "'content': {'size': 0, 'mimeType': ''}, 'redirectURL': '', 'headersSize': -1, 'bodySize': 0}, "
    "'cache': {}, 'timings': {'send': 0, 'wait': 1, 'receive': 0}}");

QByteArray entryWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray entry = kEntry;
    if (!entry.contains(from)) // a typo here would let a test pass without testing anything
        qFatal("entryWith: %s is not in the entry", from.constData());
    return entry.replace(from, to);
}
} // namespace

class TestHarReader : public QObject
{
    Q_OBJECT

private slots:
    // Recorded by Debian's Chromium through Playwright (tools/record-chromium-har.js).
    void readsChromiumRecording()
    {
        const HarLog log = readFixture("chromium.har");
        QCOMPARE(log.version, QStringLiteral("1.2"));
        QCOMPARE(log.creator.name, QStringLiteral("Playwright"));
        QCOMPARE(log.browser.name, QStringLiteral("chromium"));
        QCOMPARE(log.pages.size(), 1);
        QCOMPARE(log.pages[0].title, QStringLiteral("Webhook fixture"));
        QCOMPARE(log.pages[0].startedAt,
                 QDateTime::fromString(QStringLiteral("2026-11-28T19:15:09.729Z"), Qt::ISODateWithMs));
        QCOMPARE(log.entries.size(), 10);
        for (const HarEntry &entry : log.entries)
            QCOMPARE(entry.pageRef, log.pages[0].id);

        const Exchange &append = log.entries[1].exchange;
        QCOMPARE(append.request.method, QStringLiteral("GET"));
        QVERIFY(append.request.url.endsWith(
            QLatin1String("/append?phone=%2B15551234567&source_id=pub1&api_key=fixture-secret-1")));
        QCOMPARE(append.status, 200);
        QCOMPARE(append.outcome, Exchange::Outcome::Response);
        QCOMPARE(append.httpVersion, QStringLiteral("HTTP/1.1"));
        QCOMPARE(append.mimeType, QStringLiteral("application/json"));
        QCOMPARE(append.responseBody, QByteArray(json("{'first_name':'Jason','geo':'us-10101'}")));
        QCOMPARE(append.serverAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(append.timings.dns, -1.0);
        QCOMPARE(append.timings.wait, 1.111);
        QCOMPARE(log.entries[1].time, 2.551);
        QCOMPARE(header(append.responseHeaders, "content-type"), QByteArray("application/json"));

        const Exchange &conversion = log.entries[2].exchange;
        QCOMPARE(conversion.request.method, QStringLiteral("POST"));
        QCOMPARE(
            conversion.request.body,
            QByteArray(json("{'phone':'+15551234567','revenue':12.5,'nested':{'access_token':'fixture-token-3'}}")));
        QCOMPARE(header(conversion.request.headers, "authorization"), QByteArray("Bearer fixture-token-2"));

        const Exchange &postback = log.entries[3].exchange;
        QCOMPARE(postback.request.body, QByteArray("sale=yes&amount=12.50&note=caf%C3%A9+au+lait"));
        QCOMPARE(postback.status, 204);
        QCOMPARE(postback.responseBody, QByteArray()); // base64 of nothing

        QCOMPARE(log.entries[4].exchange.status, 302);
        QCOMPARE(header(log.entries[4].exchange.responseHeaders, "location"), QByteArray("/final?step=2"));
        QCOMPARE(log.entries[7].exchange.status, 500);

        const Exchange &png = log.entries[8].exchange;
        QCOMPARE(png.mimeType, QStringLiteral("image/png"));
        QCOMPARE(png.responseBody.size(), 70);
        QVERIFY(png.responseBody.startsWith("\x89PNG\r\n"));

        const HarEntry &refused = log.entries[9];
        QVERIFY(refused.failed());
        QCOMPARE(refused.exchange.status, 0);
        QCOMPARE(refused.exchange.outcome, Exchange::Outcome::ConnectionRefused);
        QCOMPARE(refused.exchange.error, QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QCOMPARE(refused.exchange.timings.send, -1.0); // as recorded, even though HAR says >= 0
        QVERIFY(refused.webhookName.isEmpty());
    }

    // Hand-written in the shape Firefox's exporter gives: HAR 1.1, local offsets, params
    // without text, content without text, a blocked request with empty timings.
    void readsFirefoxExport()
    {
        const HarLog log = readFixture("firefox.har");
        QCOMPARE(log.version, QStringLiteral("1.1"));
        QCOMPARE(log.creator.name, QStringLiteral("Firefox"));
        QCOMPARE(log.browser.version, QStringLiteral("115.12.0"));
        QCOMPARE(log.entries.size(), 4);

        const Exchange &first = log.entries[0].exchange;
        QCOMPARE(first.startedAt, QDateTime(QDate(2024, 5, 14), QTime(8, 20, 30, 100), Qt::UTC));
        QCOMPARE(first.startedAt.offsetFromUtc(), 7200);
        QCOMPARE(first.httpVersion, QStringLiteral("HTTP/2"));
        QCOMPARE(first.timings.ssl, 8.0);
        QCOMPARE(log.entries[0].time, 41.0);
        QCOMPARE(first.serverAddress, QStringLiteral("192.0.2.10"));

        const Exchange &form = log.entries[1].exchange;
        QCOMPARE(form.request.body, QByteArray("sale=yes&amount=12.50&note=caf%C3%A9%20au%20lait")); // from params
        QCOMPARE(form.status, 204);
        QVERIFY(form.responseBody.isEmpty()); // "Response bodies are not included."

        QCOMPARE(log.entries[2].exchange.responseBody, QByteArray("\x89PNG\r\n\x1a\n", 8));

        const HarEntry &blocked = log.entries[3];
        QVERIFY(blocked.failed());
        QCOMPARE(blocked.exchange.outcome, Exchange::Outcome::NetworkError);
        QCOMPARE(blocked.exchange.error, QStringLiteral("no response recorded"));
        QCOMPARE(blocked.exchange.timings.wait, -1.0);
        QCOMPARE(blocked.exchange.httpVersion, QString());
    }

    // Hand-written in the shape of Chrome DevTools' "Save all as HAR": _error in the response,
    // null where a value is absent, underscore timings.
    void readsChromeDevToolsExport()
    {
        const HarLog log = readFixture("chrome-devtools.har");
        QCOMPARE(log.creator.name, QStringLiteral("WebInspector"));
        QCOMPARE(log.entries.size(), 2);
        QCOMPARE(log.entries[0].exchange.status, 201);
        QCOMPARE(log.entries[0].exchange.error, QString()); // "_error": null
        QCOMPARE(log.entries[0].exchange.timings.blocked, 1.204);
        QCOMPARE(log.entries[1].exchange.outcome, Exchange::Outcome::HostNotFound);
        QCOMPARE(log.entries[1].exchange.error, QStringLiteral("net::ERR_NAME_NOT_RESOLVED"));
    }

    void toleratesOptionalAndExtraFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no pages, no creator") << QByteArray(json("{'log': {'version': '1.2', 'entries': []}}"));
        QTest::newRow("no version") << QByteArray(json("{'log': {'entries': []}}"));
        QTest::newRow("empty version means 1.1") << QByteArray(json("{'log': {'version': '', 'entries': []}}"));
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + QByteArray(json("{'log': {'entries': []}}"));
        QTest::newRow("comments and extensions")
            << QByteArray(json("{'log': {'entries': [], 'comment': 'c', '_extension': {'a': [1]}}, '_other': true}"));
        QTest::newRow("minimal entry") << logWithEntry(
            json("{'request': {'method': 'GET', 'url': 'http://a.test/'}, 'response': {'status': 200}}"));
        QTest::newRow("no timings") << logWithEntry(
            entryWith(json("'timings': {'send': 0, 'wait': 1, 'receive': 0}"), json("'x': 1")));
        QTest::newRow("null fields") << logWithEntry(entryWith(
            json("'httpVersion': 'HTTP/1.1', 'cookies'"), json("'httpVersion': null, 'postData': null, 'cookies'")));
        QTest::newRow("microseconds") << logWithEntry(
            entryWith("2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00.123456Z"));
        QTest::newRow("no fraction") << logWithEntry(
            entryWith("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00+01:00"));
        QTest::newRow("pageref to no page")
            << logWithEntry(entryWith(json("'time': 1,"), json("'time': 1, 'pageref': 'p9',")));
    }

    void toleratesOptionalAndExtraFields()
    {
        QFETCH(QByteArray, json);
        HarLog log;
        QString error;
        QVERIFY2(HarReader::read(json, &log, &error), qPrintable(error));
    }

    void missingFieldsGetDefaults()
    {
        HarLog log;
        QString error;
        QVERIFY2(HarReader::read(logWithEntry(json("{'request': {'method': 'GET', 'url': 'http://a.test/'}, "
                                                   "'response': {'status': 404}}")),
                                 &log, &error),
                 qPrintable(error));
        QCOMPARE(log.version, QStringLiteral("1.2"));
        const HarEntry &entry = log.entries[0];
        QVERIFY(!entry.exchange.startedAt.isValid());
        QCOMPARE(entry.exchange.timings.receive, -1.0);
        QCOMPARE(entry.time, 0.0); // no time: the sum of the (unknown) phases
        QCOMPARE(entry.exchange.outcome, Exchange::Outcome::Response);
        QVERIFY(!entry.failed());

        QVERIFY(HarReader::read(json("{'log': {'version': '', 'entries': []}}"), &log, &error));
        QCOMPARE(log.version, QStringLiteral("1.1"));
    }

    // "_outcome" is the webhook's Outcome and "_transport" the exchange's end; files written before
    // "_transport" kept the exchange's end in "_outcome", and still read so.
    void readsOutcomesOldAndNew()
    {
        const char *request = "'request': {'method': 'GET', 'url': 'http://a.test/'}, ";
        HarLog log;
        QString error;
        QVERIFY2(
            HarReader::read(logWithEntry(json(QByteArray(QByteArray("{") + request
                                                         + "'response': {'status': 0, '_error': 'refused'}, "
                                                           "'_outcome': 'failed', '_transport': 'connection_refused'}")
                                                  .constData())),
                            &log, &error),
            qPrintable(error));
        QCOMPARE(log.entries[0].outcome, std::optional<Outcome>(Outcome::Failed));
        QCOMPARE(log.entries[0].exchange.outcome, Exchange::Outcome::ConnectionRefused);

        QVERIFY2(HarReader::read(logWithEntry(json(QByteArray(QByteArray("{") + request
                                                              + "'response': {'status': 0, '_error': 'late'}, "
                                                                "'_outcome': 'timed_out'}")
                                                       .constData())),
                                 &log, &error),
                 qPrintable(error));
        QVERIFY(!log.entries[0].outcome);
        QCOMPARE(log.entries[0].exchange.outcome, Exchange::Outcome::TimedOut);

        QVERIFY2(HarReader::read(logWithEntry(json(QByteArray(QByteArray("{") + request
                                                              + "'response': {'status': 200}, '_outcome': 'not-sent'}")
                                                       .constData())),
                                 &log, &error),
                 qPrintable(error));
        QCOMPARE(log.entries[0].outcome, std::optional<Outcome>(Outcome::NotSent));
        QCOMPARE(log.entries[0].exchange.outcome, Exchange::Outcome::Response);
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray(" \n") << "the file is empty";
        QTest::newRow("syntax") << QByteArray("{\n  \"log\": {\n    \"version\": \"1.2\",,\n")
                                << "JSON syntax error at line 3, column 22: unterminated object";
        QTest::newRow("truncated") << QByteArray("{\"log\": {\"entries\": [")
                                   << "JSON syntax error at line 1, column 21: unterminated array";
        QTest::newRow("array root") << QByteArray("[]") << "not a HAR file: no log object";
        QTest::newRow("no log") << QByteArray(json("{'entries': []}")) << "not a HAR file: no log object";
        QTest::newRow("log not object") << QByteArray(json("{'log': []}")) << "not a HAR file: no log object";
        QTest::newRow("version 2.0") << QByteArray(json("{'log': {'version': '2.0', 'entries': []}}"))
                                     << "log.version \"2.0\" is not supported (1.1 and 1.2 are)";
        QTest::newRow("version number") << QByteArray(json("{'log': {'version': 1.2, 'entries': []}}"))
                                        << "log.version: not a string";
        QTest::newRow("no entries") << QByteArray(json("{'log': {'version': '1.2'}}")) << "log.entries: missing";
        QTest::newRow("entries object") << QByteArray(json("{'log': {'entries': {}}}")) << "log.entries: not an array";
        QTest::newRow("entry not object")
            << QByteArray(json("{'log': {'entries': [1]}}")) << "log.entries[0]: not an object";
        QTest::newRow("fourth entry without url") << logWithEntry(kEntry + ',' + kEntry + ',' + kEntry + ','
                                                                  + entryWith(json("'url': 'http://a.test/', "), ""))
                                                  << "log.entries[3].request.url: missing";
        QTest::newRow("no request") << logWithEntry(json("{'response': {'status': 200}}"))
                                    << "log.entries[0].request: missing";
        QTest::newRow("no response") << logWithEntry(json("{'request': {'method': 'GET', 'url': 'http://a.test/'}}"))
                                     << "log.entries[0].response: missing";
        QTest::newRow("no method") << logWithEntry(entryWith(json("'method': 'GET', "), ""))
                                   << "log.entries[0].request.method: missing";
        QTest::newRow("url number") << logWithEntry(entryWith(json("'url': 'http://a.test/'"), json("'url': 5")))
                                    << "log.entries[0].request.url: not a string";
        QTest::newRow("bad url") << logWithEntry(
            entryWith(json("'url': 'http://a.test/'"), json("'url': 'http://a b:x/'")))
                                 << "log.entries[0].request.url: \"http://a b:x/\" is not a valid URL";
        QTest::newRow("status text") << logWithEntry(entryWith(json("'status': 200"), json("'status': '200'")))
                                     << "log.entries[0].response.status: not a number";
        QTest::newRow("no status") << logWithEntry(entryWith(json("'status': 200, "), ""))
                                   << "log.entries[0].response.status: missing";
        QTest::newRow("bad date") << logWithEntry(entryWith(json("'2024-01-01T00:00:00.000Z'"), json("'yesterday'")))
                                  << "log.entries[0].startedDateTime: \"yesterday\" is not an ISO 8601 date";
        QTest::newRow("header without name") << logWithEntry(
            entryWith(json("'cookies': [], 'headers': [], "),
                      json("'cookies': [], 'headers': [{'name': 'A', 'value': '1'}, {'value': 'x'}], ")))
                                             << "log.entries[0].request.headers[1].name: missing";
        QTest::newRow("headers not array")
            << logWithEntry(entryWith(json("'cookies': [], 'headers': [], "), json("'headers': {}, ")))
            << "log.entries[0].request.headers: not an array";
        QTest::newRow("bad base64") << logWithEntry(
            entryWith(json("'content': {'size': 0, 'mimeType': ''}"),
                      json("'content': {'size': 3, 'mimeType': '', 'text': '!!!', 'encoding': 'base64'}")))
                                    << "log.entries[0].response.content.text: not valid base64";
        QTest::newRow("timing not number") << logWithEntry(entryWith(json("'wait': 1"), json("'wait': '1'")))
                                           << "log.entries[0].timings.wait: not a number";
        QTest::newRow("page without id") << QByteArray(json("{'log': {'pages': [{'title': 'x'}], 'entries': []}}"))
                                         << "log.pages[0].id: missing";
        QTest::newRow("tags not strings")
            << logWithEntry(entryWith(json("'cache': {},"), json("'cache': {}, '_tagsApplied': ['a:b', 1],")))
            << "log.entries[0]._tagsApplied[1]: not a string";
    }

    void rejectsBrokenFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        HarLog log;
        QString error;
        QVERIFY(!HarReader::read(json, &log, &error));
        QCOMPARE(error, message);
    }

    void missingFile()
    {
        HarLog log;
        QString error;
        QVERIFY(!HarReader::readFile(QStringLiteral("/nonexistent/x.har"), &log, &error));
        QCOMPARE(error, QStringLiteral("cannot open /nonexistent/x.har: No such file or directory"));
    }

    // Tens of megabytes: written and read back within seconds.
    void readsLargeFiles()
    {
        StoredCall call;
        call.id = QStringLiteral("big");
        call.startedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const QByteArray body = QByteArray(json("{'data': '")) + QByteArray(1500, 'x') + json("'}");
        for (int i = 0; i < 10000; ++i) {
            FiredPixel pixel;
            pixel.sequence = i;
            pixel.webhookName = QStringLiteral("Webhook %1").arg(i);
            pixel.fired = true;
            Exchange e;
            e.request.method = QStringLiteral("POST");
            e.request.url = QStringLiteral("http://127.0.0.1:8080/hook?n=%1").arg(i);
            e.request.headers = {{"Content-Type", "application/json"}};
            e.request.body = body;
            e.status = 200;
            e.responseBody = body;
            e.mimeType = QStringLiteral("application/json");
            pixel.exchanges = {e};
            call.pixels.append(pixel);
        }
        HarWriter writer;
        writer.setRedaction(false);
        writer.addCall(call);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.har"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(writer.writeFile(path, &error), qPrintable(error));
        const qint64 writeMs = timer.restart();

        HarLog log;
        QVERIFY2(HarReader::readFile(path, &log, &error), qPrintable(error));
        const qint64 readMs = timer.elapsed();
        const qint64 size = QFile(path).size();
        qInfo("HAR of %.1f MB, %lld entries: written in %lld ms, read in %lld ms", double(size) / 1e6,
              qlonglong(log.entries.size()), writeMs, readMs);
        QVERIFY(size > 40'000'000);
        QCOMPARE(log.entries.size(), 10000);
        QCOMPARE(log.entries.last().exchange.request.url, QStringLiteral("http://127.0.0.1:8080/hook?n=9999"));
        QCOMPARE(log.entries.last().exchange.responseBody, body);
    }
};

QTEST_GUILESS_MAIN(TestHarReader)
#include "TestHarReader.moc"
