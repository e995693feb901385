// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "net/SandboxReceiver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// The receiver is exercised with a plain QNetworkAccessManager, independent of NetworkResponder.
class TestSandboxReceiver : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray reason;
        QByteArray contentType;
        QByteArray body;
        qint64 elapsedMs = 0;
    };

    QNetworkAccessManager m_manager;

    std::unique_ptr<QNetworkReply> start(const QByteArray &method, const QString &url, const QByteArray &body = {},
                                         const HttpHeaders &headers = {})
    {
        QNetworkRequest request{QUrl(url)};
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        if (method == "HEAD")
            return std::unique_ptr<QNetworkReply>(m_manager.head(request));
        if (method == "GET" && body.isEmpty())
            return std::unique_ptr<QNetworkReply>(m_manager.get(request));
        return std::unique_ptr<QNetworkReply>(m_manager.sendCustomRequest(request, method, body));
    }

    static Result finish(QNetworkReply *reply, const QElapsedTimer &clock)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
        }
        Result result;
        result.elapsedMs = clock.elapsed();
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        result.contentType = reply->rawHeader("Content-Type");
        result.body = reply->readAll();
        return result;
    }

    Result fetch(const QByteArray &method, const QString &url, const QByteArray &body = {},
                 const HttpHeaders &headers = {})
    {
        QElapsedTimer clock;
        clock.start();
        const auto reply = start(method, url, body, headers);
        return finish(reply.get(), clock);
    }

private slots:
    void listensOnLoopbackOnAFreePort()
    {
        SandboxReceiver receiver;
        QVERIFY(!receiver.isListening());
        QCOMPARE(receiver.baseUrl(), QString());
        QVERIFY2(receiver.listen(), qPrintable(receiver.errorString()));
        QVERIFY(receiver.isListening());
        QVERIFY(receiver.port() > 0);
        QCOMPARE(receiver.baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(receiver.port()));
        QCOMPARE(SandboxReceiver::kDefaultPort, quint16(8377));
        QCOMPARE(fetch("GET", receiver.baseUrl() + QStringLiteral("/")).status, 200);
    }

    void reportsAPortInUse()
    {
        SandboxReceiver first;
        QVERIFY(first.listen());
        SandboxReceiver second;
        QVERIFY(!second.listen(first.port()));
        QCOMPARE(
            second.errorString(),
            QStringLiteral("Cannot listen on 127.0.0.1:%1: The bound address is already in use").arg(first.port()));
        QVERIFY(!second.isListening());
        QCOMPARE(second.port(), quint16(0));
    }

    void closeStopsListening()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        const QString url = receiver.baseUrl() + QStringLiteral("/x");
        receiver.close();
        QVERIFY(!receiver.isListening());
        QCOMPARE(fetch("GET", url).error, QNetworkReply::ConnectionRefusedError);
    }

    void catchAllAnswersEmptyJsonAndRecordsEverything()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &SandboxReceiver::requestReceived);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Result result =
            fetch("POST", receiver.baseUrl() + QStringLiteral("/postback/a%20b?sale=yes&x=1"),
                  R"({"sale": "yes", "revenue": 12.5})", {{"Content-Type", "application/json"}, {"X-Test", "42"}});
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.reason, QByteArray("OK"));
        QCOMPARE(result.contentType, QByteArray("application/json"));
        QCOMPARE(result.body, QByteArray("{}"));

        QCOMPARE(receiver.requests().size(), 1);
        const ReceivedRequest request = receiver.requests().first();
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.path, QStringLiteral("/postback/a%20b"));
        QCOMPARE(request.query, QStringLiteral("sale=yes&x=1"));
        QCOMPARE(request.header("x-test"), QByteArray("42"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QVERIFY(request.header("X-Absent").isNull());
        QCOMPARE(request.body, QByteArray(R"({"sale": "yes", "revenue": 12.5})"));
        QVERIFY(!request.bodyTooLarge);
        QVERIFY(request.at >= before.addMSecs(-1) && request.at <= QDateTime::currentDateTimeUtc());
        QCOMPARE(request.tags.pairs(), (QStringList{"revenue:12.5", "sale:yes"}));

        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<ReceivedRequest>().path, request.path);

        receiver.clear();
        QVERIFY(receiver.requests().isEmpty());
    }

    void parsesTags_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pathAndQuery");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("tags");

        QTest::newRow("json object") << QByteArray("POST") << QStringLiteral("/p") << QByteArray("application/json")
                                     << QByteArray(R"({"sale": "yes", "paid": true, "n": 3})")
                                     << QStringList{"n:3", "paid:true", "sale:yes"};
        QTest::newRow("json arrays and nested objects")
            << QByteArray("POST") << QStringLiteral("/p") << QByteArray("application/json")
            << QByteArray(R"({"ids": [1, "b", {"x": 1}], "nested": {"a": 1}, "none": null})")
            << QStringList{"ids:1", "ids:b"};
        QTest::newRow("json object wins over query")
            << QByteArray("POST") << QStringLiteral("/p?q=1") << QByteArray("application/json")
            << QByteArray(R"({"a": "b"})") << QStringList{"a:b"};
        QTest::newRow("invalid json gives no tags")
            << QByteArray("POST") << QStringLiteral("/p?q=1") << QByteArray("application/json")
            << QByteArray("{not json") << QStringList{};
        QTest::newRow("json array root gives no tags")
            << QByteArray("POST") << QStringLiteral("/p") << QByteArray("application/json") << QByteArray("[1, 2]")
            << QStringList{};
        QTest::newRow("form body") << QByteArray("POST") << QStringLiteral("/p")
                                   << QByteArray("application/x-www-form-urlencoded")
                                   << QByteArray("name=Jane+Doe&city=New%20York&name=J")
                                   << QStringList{"name:Jane Doe", "name:J", "city:New York"};
        QTest::newRow("data-writing GET query")
            << QByteArray("GET") << QStringLiteral("/w?caller_number=%2B15551234567&sale=yes&sale=no&=x")
            << QByteArray() << QByteArray() << QStringList{"caller_number:+15551234567", "sale:yes", "sale:no"};
        QTest::newRow("no query, no body")
            << QByteArray("GET") << QStringLiteral("/w") << QByteArray() << QByteArray() << QStringList{};
    }

    void parsesTags()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, pathAndQuery);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, tags);

        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        HttpHeaders headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        QCOMPARE(fetch(method, receiver.baseUrl() + pathAndQuery, body, headers).status, 200);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.requests().first().tags.pairs(), tags);
    }

    void scriptedRepliesMatchMethodAndPath()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        QVERIFY(receiver.setReply(QStringLiteral("post"), QStringLiteral("/hook"),
                                  ScriptedReply::json(500, R"({"error": "boom"})")));
        ScriptedReply teapot;
        teapot.status = 418;
        teapot.body = "short and stout";
        teapot.headers = {{"X-Scripted", "yes"}};
        QVERIFY(receiver.setReply(QStringLiteral("*"), QStringLiteral("/hook"), teapot));
        ScriptedReply odd;
        odd.status = 299;
        QVERIFY(receiver.setReply(QStringLiteral("GET"), QStringLiteral("/odd"), odd));

        const QString hook = receiver.baseUrl() + QStringLiteral("/hook");
        Result result = fetch("POST", hook, "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, 500);
        QCOMPARE(result.reason, QByteArray("Internal Server Error"));
        QCOMPARE(result.body, QByteArray(R"({"error": "boom"})"));
        QCOMPARE(result.contentType, QByteArray("application/json"));

        // The query does not take part in matching; "*" answers the other methods.
        result = fetch("PUT", hook + QStringLiteral("?a=1"), "x", {{"Content-Type", "text/plain"}});
        QCOMPARE(result.status, 418);
        QCOMPARE(result.body, QByteArray("short and stout"));
        QCOMPARE(result.contentType, QByteArray("text/plain; charset=utf-8"));

        result = fetch("GET", receiver.baseUrl() + QStringLiteral("/odd"));
        QCOMPARE(result.status, 299);
        QCOMPARE(result.reason, QByteArray("Success"));

        receiver.removeReply(QStringLiteral("POST"), QStringLiteral("/hook"));
        QCOMPARE(fetch("POST", hook, "{}", {{"Content-Type", "application/json"}}).status, 418);
        receiver.clearReplies();
        result = fetch("POST", hook, "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray("{}"));
        QCOMPARE(receiver.requests().size(), 5);
    }

    void headGetsNoBody()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        QVERIFY(receiver.setReply(QStringLiteral("*"), QStringLiteral("/h"), ScriptedReply::json(200, R"({"a": 1})")));
        const Result result = fetch("HEAD", receiver.baseUrl() + QStringLiteral("/h"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray());
        QCOMPARE(receiver.requests().first().method, QStringLiteral("HEAD"));
    }

    void rejectsBadScripts_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("error");

        QTest::newRow("method") << QStringLiteral("GE T") << QStringLiteral("/a") << 200 << QByteArray() << QByteArray()
                                << QByteArray() << 0
                                << QStringLiteral(
                                       "Invalid method \"GE T\": use an HTTP method such as GET, or * for any");
        QTest::newRow("path") << QStringLiteral("GET") << QStringLiteral("a") << 200 << QByteArray() << QByteArray()
                              << QByteArray() << 0 << QStringLiteral("Invalid path \"a\": it must start with /");
        QTest::newRow("status low") << QStringLiteral("GET") << QStringLiteral("/a") << 100 << QByteArray()
                                    << QByteArray() << QByteArray() << 0
                                    << QStringLiteral("Invalid status 100: it must be between 200 and 599");
        QTest::newRow("status high") << QStringLiteral("GET") << QStringLiteral("/a") << 600 << QByteArray()
                                     << QByteArray() << QByteArray() << 0
                                     << QStringLiteral("Invalid status 600: it must be between 200 and 599");
        QTest::newRow("204 with body") << QStringLiteral("GET") << QStringLiteral("/a") << 204 << QByteArray()
                                       << QByteArray() << QByteArray("x") << 0
                                       << QStringLiteral("A 204 reply cannot have a body");
        QTest::newRow("negative delay") << QStringLiteral("GET") << QStringLiteral("/a") << 200 << QByteArray()
                                        << QByteArray() << QByteArray() << -1
                                        << QStringLiteral("Delay and trickle interval cannot be negative");
        QTest::newRow("header name") << QStringLiteral("GET") << QStringLiteral("/a") << 200 << QByteArray("X Bad")
                                     << QByteArray("v") << QByteArray() << 0
                                     << QStringLiteral("Invalid header name \"X Bad\"");
        QTest::newRow("header value") << QStringLiteral("GET") << QStringLiteral("/a") << 200 << QByteArray("X-Bad")
                                      << QByteArray("v\r\nSet-Cookie: a=b") << QByteArray() << 0
                                      << QStringLiteral("Header X-Bad: the value cannot contain CR, LF or NUL");
        QTest::newRow("content-length") << QStringLiteral("GET") << QStringLiteral("/a") << 200
                                        << QByteArray("content-length") << QByteArray("3") << QByteArray() << 0
                                        << QStringLiteral("Header content-length is set by the receiver from the body");
    }

    void rejectsBadScripts()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QString, error);

        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        ScriptedReply reply;
        reply.status = status;
        reply.body = body;
        reply.delayMs = delayMs;
        if (!headerName.isEmpty())
            reply.headers.append({headerName, headerValue});
        QVERIFY(!receiver.setReply(method, path, reply));
        QCOMPARE(receiver.errorString(), error);
        // Nothing was scripted: the catch-all still answers.
        QCOMPARE(fetch("GET", receiver.baseUrl() + QStringLiteral("/a")).body, QByteArray("{}"));
    }

    void delayedReplyDoesNotBlockTheServer()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        ScriptedReply slow = ScriptedReply::json(200, R"({"slow": true})");
        slow.delayMs = 2000;
        QVERIFY(receiver.setReply(QStringLiteral("GET"), QStringLiteral("/slow"), slow));

        QElapsedTimer clock;
        clock.start();
        const auto slowReply = start("GET", receiver.baseUrl() + QStringLiteral("/slow"));
        const Result fast = fetch("GET", receiver.baseUrl() + QStringLiteral("/fast"));
        QCOMPARE(fast.status, 200);
        QVERIFY(!slowReply->isFinished()); // the delayed reply holds up no other request

        const Result result = finish(slowReply.get(), clock);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray(R"({"slow": true})"));
        QVERIFY2(result.elapsedMs >= 1990, qPrintable(QString::number(result.elapsedMs)));
    }

    void clientGoneBeforeADelayedReply()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        ScriptedReply first = ScriptedReply::json(200, "{}");
        first.delayMs = 200;
        QVERIFY(receiver.setReply(QStringLiteral("GET"), QStringLiteral("/first"), first));
        ScriptedReply trickled = ScriptedReply::json(200, "abcdef");
        trickled.trickleIntervalMs = 100;
        QVERIFY(receiver.setReply(QStringLiteral("GET"), QStringLiteral("/trickled"), trickled));
        ScriptedReply later = ScriptedReply::json(200, R"({"later": true})");
        later.delayMs = 500;
        QVERIFY(receiver.setReply(QStringLiteral("GET"), QStringLiteral("/later"), later));

        QElapsedTimer clock;
        clock.start();
        const auto abandoned = start("GET", receiver.baseUrl() + QStringLiteral("/first"));
        const auto cutOff = start("GET", receiver.baseUrl() + QStringLiteral("/trickled"));
        QTRY_COMPARE(receiver.requests().size(), 2);
        QSignalSpy firstByte(cutOff.get(), &QNetworkReply::readyRead);
        QVERIFY(firstByte.wait(2000));
        abandoned->abort();
        cutOff->abort();
        // By the time this one is answered, the receiver has tried to write to both dead sockets.
        const Result result = fetch("GET", receiver.baseUrl() + QStringLiteral("/later"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray(R"({"later": true})"));
        QVERIFY(clock.elapsed() >= 500);
    }

    void tricklesTheBody()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        ScriptedReply trickle;
        trickle.body = "abcd";
        trickle.trickleIntervalMs = 300;
        QVERIFY(receiver.setReply(QStringLiteral("GET"), QStringLiteral("/t"), trickle));

        QElapsedTimer clock;
        clock.start();
        const auto reply = start("GET", receiver.baseUrl() + QStringLiteral("/t"));
        // Headers and the first byte come at once; the rest one byte per interval.
        QSignalSpy metaData(reply.get(), &QNetworkReply::metaDataChanged);
        QVERIFY(metaData.wait(2000));
        QVERIFY(!reply->isFinished()); // headers before the body's end, not after it
        const Result result = finish(reply.get(), clock);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray("abcd"));
        QVERIFY2(result.elapsedMs >= 890, qPrintable(QString::number(result.elapsedMs)));
    }

    void oversizedRequestBodyGets413()
    {
        QCOMPARE(SandboxReceiver::kDefaultMaxBodyBytes, qint64(10 * 1024 * 1024));
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setMaxBodyBytes(1000);
        Result result = fetch("POST", receiver.baseUrl() + QStringLiteral("/big"), QByteArray(1001, 'x'),
                              {{"Content-Type", "text/plain"}});
        QCOMPARE(result.status, 413);
        QCOMPARE(result.body, QByteArray(R"({"error":"request body over 1000 bytes"})"));
        const ReceivedRequest big = receiver.requests().last();
        QVERIFY(big.bodyTooLarge);
        QVERIFY(big.body.isEmpty());
        QCOMPARE(big.path, QStringLiteral("/big"));

        result = fetch("POST", receiver.baseUrl() + QStringLiteral("/ok"), QByteArray(1000, 'x'),
                       {{"Content-Type", "text/plain"}});
        QCOMPARE(result.status, 200);
        QVERIFY(!receiver.requests().last().bodyTooLarge);
        QCOMPARE(receiver.requests().last().body.size(), 1000);
    }

    // A body far over the limit is not kept until it ends (QHttpServer alone would buffer all
    // of it): the request is logged and cut off once it passes the limit. Here the client
    // declares 2 GiB and sends 200 KiB; the entry comes while the rest is still "on its way".
    void farOversizedRequestIsCutOffAsItArrives()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setMaxBodyBytes(1000);
        QSignalSpy received(&receiver, &SandboxReceiver::requestReceived);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("POST /huge?sale=yes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                     "Content-Length: 2147483648\r\n\r\n");
        client.write(QByteArray(200 * 1024, 'x'));
        QVERIFY(received.wait(10000));
        const ReceivedRequest huge = receiver.requests().constLast();
        QCOMPARE(huge.method, QStringLiteral("POST"));
        QCOMPARE(huge.path, QStringLiteral("/huge"));
        QCOMPARE(huge.query, QStringLiteral("sale=yes"));
        QCOMPARE(huge.header("content-type"), QByteArray("text/plain"));
        QVERIFY(huge.bodyTooLarge);
        QVERIFY(huge.body.isEmpty());
        QCOMPARE(huge.tags.joined(QStringLiteral("sale")), QStringLiteral("yes"));
        client.abort();

        // The receiver goes on serving.
        QCOMPARE(fetch("GET", receiver.baseUrl() + QStringLiteral("/after")).status, 200);
        QCOMPARE(receiver.requests().constLast().path, QStringLiteral("/after"));
    }

    // Cut off, the rest of a declared body is read and dropped, then the client gets its 413.
    void cutOffRequestStillGets413()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setMaxBodyBytes(1000);
        const Result result = fetch("POST", receiver.baseUrl() + QStringLiteral("/big"),
                                    QByteArray(2 * 1024 * 1024, 'x'), {{"Content-Type", "text/plain"}});
        QCOMPARE(result.status, 413);
        QCOMPARE(result.body, QByteArray(R"({"error":"request body over 1000 bytes"})"));
        QCOMPARE(receiver.requests().size(), 1);
        QVERIFY(receiver.requests().constLast().bodyTooLarge);
        QCOMPARE(receiver.requests().constLast().path, QStringLiteral("/big"));
    }

    // Nothing but the loopback interface answers, whatever addresses this machine has.
    void listensOnlyOnLoopback()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket client;
            client.connectToHost(address, receiver.port());
            QVERIFY2(!client.waitForConnected(5000), qPrintable(address.toString()));
            QCOMPARE(client.error(), QAbstractSocket::ConnectionRefusedError);
            ++tried;
        }
        if (tried == 0)
            QSKIP("this machine has no address but loopback");
    }

    void logKeepsTheNewestEntries()
    {
        SandboxReceiver receiver;
        QVERIFY(receiver.listen());
        QCOMPARE(receiver.maxRecorded(), SandboxReceiver::kDefaultMaxRecorded);
        receiver.setMaxRecorded(3);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(fetch("GET", receiver.baseUrl() + QStringLiteral("/%1").arg(i)).status, 200);
        QStringList paths;
        for (const ReceivedRequest &request : receiver.requests())
            paths.append(request.path);
        QCOMPARE(paths, (QStringList{"/3", "/4", "/5"}));
        receiver.setMaxRecorded(1);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.requests().first().path, QStringLiteral("/5"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxReceiver)
#include "TestSandboxReceiver.moc"
