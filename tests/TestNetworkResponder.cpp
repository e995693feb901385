// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "net/NetworkResponder.h"
#include "net/SandboxReceiver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslKey>
#include <QTest>
#include <QTimer>

#include <memory>

Q_DECLARE_METATYPE(Exchange::Outcome)

// A self-signed certificate for localhost and 127.0.0.1, valid 2000-2999, for the TLS cases.
static const QByteArray kTestKey = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg8QI4vgCwaeHVOAoY
1wYv4bwD7rWxyJqVQcgjEqEEytChRANCAAS6LZRwHgZ2FqQm+0/Cj/yyO8K7g0fe
2O3+WGG6UEa1c2UkGG2lmJCLsEoU20Fj59Tw5UeNLz+u+Dm3knfu/9NS
-----END PRIVATE KEY-----
)";
static const QByteArray kTestCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBWjCCAQGgAwIBAgIUEsSzHneaZAPg+d5HWT1wfhCDFNAwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTAwMDEwMTAwMDAwMFoYDzI5OTkxMjMx
MDAwMDAwWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAS6LZRwHgZ2FqQm+0/Cj/yyO8K7g0fe2O3+WGG6UEa1c2UkGG2lmJCL
sEoU20Fj59Tw5UeNLz+u+Dm3knfu/9NSoy8wLTAPBgNVHRMBAf8EBTADAQH/MBoG
A1UdEQQTMBGCCWxvY2FsaG9zdIcEfwAAATAKBggqhkjOPQQDAgNHADBEAiBReara
4PBOE8kXp8proyfyZ3pcTLiRe5t/wQzS7GGNpgIgG3956FdrWgeaiI8qikIjkPWS
FH+yQqoyG5X8TFr2I3I=
-----END CERTIFICATE-----
)";

static RenderedRequest makeRequest(const QString &method, const QString &url, const QByteArray &body = {},
                                   const HttpHeaders &headers = {}, int timeoutMs = 5000)
{
    RenderedRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.headers = headers;
    request.timeoutMs = timeoutMs;
    return request;
}

// Everything one send() reported, and when.
struct Fired
{
    int calls = 0;
    QList<Exchange> hops;
    qint64 elapsedMs = -1;
};

// Sends and returns a shared record that done fills in; done counts its calls.
static std::shared_ptr<Fired> sendTracked(NetworkResponder &responder, const RenderedRequest &request)
{
    auto fired = std::make_shared<Fired>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    responder.send(request, QStringLiteral("test"), [fired, clock](const QList<Exchange> &hops) {
        ++fired->calls;
        fired->hops = hops;
        fired->elapsedMs = clock->elapsed();
    });
    return fired;
}

// Runs the event loop until every record has its done call (or 15 s pass).
static bool waitAll(const QList<std::shared_ptr<Fired>> &all)
{
    const auto allDone = [&all] {
        return std::all_of(all.begin(), all.end(), [](const std::shared_ptr<Fired> &f) { return f->calls > 0; });
    };
    QElapsedTimer clock;
    clock.start();
    while (!allDone() && clock.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return allDone();
}

static std::shared_ptr<Fired> fire(NetworkResponder &responder, const RenderedRequest &request)
{
    auto fired = sendTracked(responder, request);
    waitAll({fired});
    return fired;
}

static QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// An HTTPS server on 127.0.0.1 with the test certificate that redirects every request.
static std::unique_ptr<QHttpServer> startTlsRedirector(const QByteArray &location, quint16 *port)
{
    auto server = std::make_unique<QHttpServer>();
    server->sslSetup(QSslCertificate(kTestCertificate), QSslKey(kTestKey, QSsl::Ec));
    server->setMissingHandler([location](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QByteArray(), {{QByteArray("Location"), location}}, QHttpServerResponder::StatusCode::Found);
    });
    *port = server->listen(QHostAddress::LocalHost);
    return server;
}

class TestNetworkResponder : public QObject
{
    Q_OBJECT

private:
    SandboxReceiver m_receiver;

    QString url(const QString &path) const { return m_receiver.baseUrl() + path; }

private slots:
    void initTestCase() { QVERIFY2(m_receiver.listen(), qPrintable(m_receiver.errorString())); }

    void init()
    {
        m_receiver.clear();
        m_receiver.clearReplies();
    }

    void successWithJsonBody()
    {
        QVERIFY(m_receiver.setReply(QStringLiteral("POST"), QStringLiteral("/append"),
                                    ScriptedReply::json(200, R"({"first_name": "Jason", "geo": "us-10101"})")));
        NetworkResponder responder;
        const RenderedRequest request =
            makeRequest(QStringLiteral("POST"), url(QStringLiteral("/append?phone=%2B1555")), R"({"phone": "+1555"})",
                        {{"Content-Type", "application/json"}, {"X-Api-Key", "k1"}});
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto fired = fire(responder, request);
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        const Exchange exchange = fired->hops.first();
        QCOMPARE(exchange.outcome, Exchange::Outcome::Response);
        QVERIFY(exchange.isSuccess());
        QCOMPARE(exchange.error, QString());
        QCOMPARE(exchange.request, request);
        QVERIFY(exchange.startedAt >= before.addMSecs(-1));
        QCOMPARE(exchange.status, 200);
        QCOMPARE(exchange.statusText, QStringLiteral("OK"));
        QCOMPARE(exchange.httpVersion, QStringLiteral("HTTP/1.1"));
        QCOMPARE(exchange.responseBody, QByteArray(R"({"first_name": "Jason", "geo": "us-10101"})"));
        QVERIFY(!exchange.bodyTruncated);
        QCOMPARE(exchange.mimeType, QStringLiteral("application/json"));
        QCOMPARE(headerValue(exchange.responseHeaders, "Content-Length"), QByteArray("42"));
        QCOMPARE(exchange.serverAddress, QStringLiteral("127.0.0.1"));

        // What the server got is exactly what was rendered.
        QCOMPARE(m_receiver.requests().size(), 1);
        const ReceivedRequest received = m_receiver.requests().first();
        QCOMPARE(received.method, QStringLiteral("POST"));
        QCOMPARE(received.path, QStringLiteral("/append"));
        QCOMPARE(received.query, QStringLiteral("phone=%2B1555"));
        QCOMPARE(received.body, QByteArray(R"({"phone": "+1555"})"));
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received.header("X-Api-Key"), QByteArray("k1"));
        QCOMPARE(responder.inFlight(), 0);
    }

    void sendsEveryMethodWithItsBody_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("GET with a body") << QStringLiteral("GET") << QByteArray("q=1");
        QTest::newRow("GET") << QStringLiteral("GET") << QByteArray();
        QTest::newRow("PUT") << QStringLiteral("PUT") << QByteArray(R"({"a": 1})");
        QTest::newRow("PATCH") << QStringLiteral("PATCH") << QByteArray(R"({"a": 2})");
        QTest::newRow("DELETE") << QStringLiteral("DELETE") << QByteArray();
        QTest::newRow("DELETE with a body") << QStringLiteral("DELETE") << QByteArray("id=3");
        QTest::newRow("POST without a body") << QStringLiteral("POST") << QByteArray();
        QTest::newRow("HEAD") << QStringLiteral("HEAD") << QByteArray();
    }

    void sendsEveryMethodWithItsBody()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, body);
        NetworkResponder responder;
        const auto fired = fire(
            responder, makeRequest(method, url(QStringLiteral("/m")), body, {{"Content-Type", "text/plain"}}, 2000));
        QCOMPARE(fired->hops.size(), 1);
        QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::Response);
        QCOMPARE(fired->hops.first().status, 200);
        QCOMPARE(fired->hops.first().responseBody, method == QLatin1String("HEAD") ? QByteArray() : QByteArray("{}"));
        QCOMPARE(m_receiver.requests().size(), 1);
        QCOMPARE(m_receiver.requests().first().method, method);
        QCOMPARE(m_receiver.requests().first().body, body);
    }

    void errorStatusesAreResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404") << 404 << QStringLiteral("Not Found");
        QTest::newRow("500") << 500 << QStringLiteral("Internal Server Error");
        QTest::newRow("401") << 401 << QStringLiteral("Unauthorized");
        QTest::newRow("503") << 503 << QStringLiteral("Service Unavailable");
    }

    void errorStatusesAreResponses()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QVERIFY(m_receiver.setReply(QStringLiteral("*"), QStringLiteral("/e"),
                                    ScriptedReply::json(status, R"({"error": "x"})")));
        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/e"))));
        QCOMPARE(fired->hops.size(), 1);
        const Exchange exchange = fired->hops.first();
        QCOMPARE(exchange.outcome, Exchange::Outcome::Response);
        QVERIFY(exchange.hasResponse());
        QVERIFY(!exchange.isSuccess());
        QCOMPARE(exchange.status, status);
        QCOMPARE(exchange.statusText, reason);
        QCOMPARE(exchange.error, QString());
        QCOMPARE(exchange.responseBody, QByteArray(R"({"error": "x"})"));
    }

    void invalidJsonBodyIsJustRecorded()
    {
        QVERIFY(m_receiver.setReply(QStringLiteral("*"), QStringLiteral("/bad"),
                                    ScriptedReply::json(200, "{\"unclosed\": ")));
        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/bad"))));
        const Exchange exchange = fired->hops.first();
        QCOMPARE(exchange.outcome, Exchange::Outcome::Response);
        QVERIFY(exchange.isSuccess());
        QCOMPARE(exchange.responseBody, QByteArray("{\"unclosed\": "));
        QCOMPARE(exchange.mimeType, QStringLiteral("application/json"));
    }

    // The two literal cases of issue 4, run side by side so the suite waits 5 s once: a server
    // silent for 6 s, and one sending a byte every 4 s (never idle long enough for Qt's own
    // transfer timeout). Both are cut by the total deadline at 5 s.
    void totalDeadlineCutsSlowServersAtFiveSeconds()
    {
        ScriptedReply silent = ScriptedReply::json(200, "{}");
        silent.delayMs = 6000;
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/silent"), silent));
        ScriptedReply trickle = ScriptedReply::json(200, "abc");
        trickle.trickleIntervalMs = 4000;
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/trickle"), trickle));

        NetworkResponder responder;
        const auto silentFired =
            sendTracked(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/silent"))));
        const auto trickleFired =
            sendTracked(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/trickle"))));
        QVERIFY(waitAll({silentFired, trickleFired}));

        for (const auto &fired : {silentFired, trickleFired}) {
            QCOMPARE(fired->calls, 1);
            QCOMPARE(fired->hops.size(), 1);
            const Exchange exchange = fired->hops.first();
            QCOMPARE(exchange.outcome, Exchange::Outcome::TimedOut);
            QCOMPARE(exchange.error, QStringLiteral("no complete response within 5000 ms"));
            // Never before the deadline; how long after it depends on the machine's load, so
            // what proves the cut is below: neither server got to finish its answer.
            QVERIFY2(fired->elapsedMs >= 5000, qPrintable(QString::number(fired->elapsedMs)));
            QVERIFY2(exchange.timings.total() >= 4950, qPrintable(QString::number(exchange.timings.total())));
        }
        QCOMPARE(silentFired->hops.first().status, 0); // it would have answered at 6 s
        QVERIFY(silentFired->hops.first().responseBody.isEmpty());
        QVERIFY(trickleFired->hops.first().responseBody.size() < 3); // its last byte comes at 8 s
        QCOMPARE(silentFired->hops.first().timings.receive, -1.0);
        // The trickling server had sent its headers and two bytes: kept, as received.
        QCOMPARE(trickleFired->hops.first().status, 200);
        QCOMPARE(trickleFired->hops.first().responseBody, QByteArray("ab"));
        QVERIFY(trickleFired->hops.first().timings.receive >= 3900);
    }

    void deadlineSpansRedirectHops()
    {
        for (const QString &path : {QStringLiteral("/h1"), QStringLiteral("/h2"), QStringLiteral("/h3")}) {
            ScriptedReply hop = ScriptedReply::redirect(path == QLatin1String("/h1")   ? "/h2"
                                                        : path == QLatin1String("/h2") ? "/h3"
                                                                                       : "/h4");
            hop.delayMs = 400;
            QVERIFY(m_receiver.setReply(QStringLiteral("GET"), path, hop));
        }
        NetworkResponder responder;
        const auto fired =
            fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/h1")), {}, {}, 1000));
        // One deadline for the whole chain: the third hop (due at 1.2 s) is cut, where a deadline
        // per hop would have let it answer and followed its redirect to a fourth.
        QVERIFY2(fired->elapsedMs >= 1000, qPrintable(QString::number(fired->elapsedMs)));
        QCOMPARE(fired->hops.size(), 3);
        QCOMPARE(fired->hops.at(0).status, 302);
        QCOMPARE(fired->hops.at(1).status, 302);
        QCOMPARE(fired->hops.at(2).outcome, Exchange::Outcome::TimedOut);
        QCOMPARE(fired->hops.at(2).error, QStringLiteral("no complete response within 1000 ms"));
        QCOMPARE(fired->hops.at(2).request.url, url(QStringLiteral("/h3")));
    }

    void redirectChainRecordsEveryHop()
    {
        const QByteArray absolute = url(QStringLiteral("/c")).toLatin1();
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/a"), ScriptedReply::redirect("b?x=1")));
        QVERIFY(
            m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/b"), ScriptedReply::redirect(absolute, 301)));
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/c"),
                                    ScriptedReply::json(200, R"({"done": true})")));

        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/a"))));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 3);
        QCOMPARE(fired->hops.at(0).request.url, url(QStringLiteral("/a")));
        QCOMPARE(fired->hops.at(0).status, 302);
        QCOMPARE(fired->hops.at(0).outcome, Exchange::Outcome::Response);
        QCOMPARE(headerValue(fired->hops.at(0).responseHeaders, "Location"), QByteArray("b?x=1"));
        QCOMPARE(fired->hops.at(1).request.url, url(QStringLiteral("/b?x=1"))); // relative, resolved
        QCOMPARE(fired->hops.at(1).status, 301);
        QCOMPARE(fired->hops.at(2).request.url, url(QStringLiteral("/c")));
        QCOMPARE(fired->hops.at(2).status, 200);
        QCOMPARE(fired->hops.at(2).responseBody, QByteArray(R"({"done": true})"));
        for (const Exchange &hop : fired->hops)
            QVERIFY(hop.startedAt.isValid());
        QCOMPARE(m_receiver.requests().size(), 3);
    }

    void redirectLoopStopsAfterFive()
    {
        QVERIFY(m_receiver.setReply(QStringLiteral("*"), QStringLiteral("/loop"), ScriptedReply::redirect("/loop")));
        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/loop"))));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), NetworkResponder::kMaxRedirects + 1);
        for (int i = 0; i < NetworkResponder::kMaxRedirects; ++i)
            QCOMPARE(fired->hops.at(i).outcome, Exchange::Outcome::Response);
        const Exchange last = fired->hops.last();
        QCOMPARE(last.outcome, Exchange::Outcome::TooManyRedirects);
        QCOMPARE(last.status, 302);
        QCOMPARE(last.error,
                 QStringLiteral("stopped after 5 redirects; the next one was to %1").arg(url(QStringLiteral("/loop"))));
        QCOMPARE(m_receiver.requests().size(), 6);
    }

    void redirectStatusDecidesMethodAndBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("nextMethod");
        QTest::addColumn<bool>("keepsBody");
        QTest::newRow("301 POST") << 301 << QStringLiteral("POST") << QStringLiteral("GET") << false;
        QTest::newRow("302 POST") << 302 << QStringLiteral("POST") << QStringLiteral("GET") << false;
        QTest::newRow("303 POST") << 303 << QStringLiteral("POST") << QStringLiteral("GET") << false;
        QTest::newRow("303 PUT") << 303 << QStringLiteral("PUT") << QStringLiteral("GET") << false;
        QTest::newRow("302 PUT") << 302 << QStringLiteral("PUT") << QStringLiteral("PUT") << true;
        QTest::newRow("307 POST") << 307 << QStringLiteral("POST") << QStringLiteral("POST") << true;
        QTest::newRow("308 PATCH") << 308 << QStringLiteral("PATCH") << QStringLiteral("PATCH") << true;
    }

    void redirectStatusDecidesMethodAndBody()
    {
        QFETCH(int, status);
        QFETCH(QString, method);
        QFETCH(QString, nextMethod);
        QFETCH(bool, keepsBody);
        QVERIFY(
            m_receiver.setReply(QStringLiteral("*"), QStringLiteral("/from"), ScriptedReply::redirect("/to", status)));
        NetworkResponder responder;
        const QByteArray body = R"({"sale": "yes"})";
        const auto fired = fire(responder, makeRequest(method, url(QStringLiteral("/from")), body,
                                                       {{"Content-Type", "application/json"}, {"X-Keep", "1"}}));
        QCOMPARE(fired->hops.size(), 2);
        QCOMPARE(fired->hops.at(1).request.method, nextMethod);
        QCOMPARE(fired->hops.at(1).request.body, keepsBody ? body : QByteArray());
        QCOMPARE(m_receiver.requests().size(), 2);
        const ReceivedRequest second = m_receiver.requests().at(1);
        QCOMPARE(second.method, nextMethod);
        QCOMPARE(second.body, keepsBody ? body : QByteArray());
        QCOMPARE(second.header("Content-Type").isNull(), !keepsBody);
        QCOMPARE(second.header("X-Keep"), QByteArray("1"));
    }

    void credentialsStayWithTheirHost_data()
    {
        QTest::addColumn<QString>("targetHost");
        QTest::addColumn<bool>("kept");
        QTest::newRow("same host") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("other host") << QStringLiteral("localhost") << false;
    }

    void credentialsStayWithTheirHost()
    {
        QFETCH(QString, targetHost);
        QFETCH(bool, kept);
        const QByteArray target =
            QStringLiteral("http://%1:%2/landed").arg(targetHost).arg(m_receiver.port()).toLatin1();
        QVERIFY(m_receiver.setReply(QStringLiteral("*"), QStringLiteral("/away"), ScriptedReply::redirect(target)));
        NetworkResponder responder;
        const auto fired = fire(
            responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/away")), {},
                                   {{"Authorization", "Bearer secret"}, {"Cookie", "session=1"}, {"X-Keep", "yes"}}));
        QCOMPARE(fired->hops.size(), 2);
        QCOMPARE(fired->hops.at(1).outcome, Exchange::Outcome::Response);
        QCOMPARE(m_receiver.requests().size(), 2);
        const ReceivedRequest first = m_receiver.requests().at(0);
        const ReceivedRequest second = m_receiver.requests().at(1);
        QCOMPARE(first.header("Authorization"), QByteArray("Bearer secret"));
        QCOMPARE(first.header("Cookie"), QByteArray("session=1"));
        QCOMPARE(second.path, QStringLiteral("/landed"));
        QCOMPARE(second.header("Authorization"), kept ? QByteArray("Bearer secret") : QByteArray());
        QCOMPARE(second.header("Cookie"), kept ? QByteArray("session=1") : QByteArray());
        QCOMPARE(second.header("X-Keep"), QByteArray("yes"));
        QCOMPARE(headerValue(fired->hops.at(1).request.headers, "Authorization").isEmpty(), !kept);
    }

    void badRedirectsAreNotFollowed_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<Exchange::Outcome>("outcome");
        QTest::addColumn<QString>("error");
        QTest::newRow("file") << QByteArray("file:///etc/passwd") << Exchange::Outcome::InsecureRedirect
                              << QStringLiteral(
                                     "refused redirect to file:///etc/passwd: only http and https are followed");
        QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << Exchange::Outcome::InsecureRedirect
                                    << QStringLiteral(
                                           "refused redirect to javascript:alert(1): only http and https are followed");
        QTest::newRow("invalid") << QByteArray("http://exa mple.com/") << Exchange::Outcome::NetworkError
                                 << QStringLiteral("redirect to an invalid location \"http://exa mple.com/\"");
    }

    void badRedirectsAreNotFollowed()
    {
        QFETCH(QByteArray, location);
        QFETCH(Exchange::Outcome, outcome);
        QFETCH(QString, error);
        QVERIFY(m_receiver.setReply(QStringLiteral("*"), QStringLiteral("/bad-redirect"),
                                    ScriptedReply::redirect(location)));
        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/bad-redirect"))));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        QCOMPARE(fired->hops.first().outcome, outcome);
        QCOMPARE(fired->hops.first().status, 302);
        QCOMPARE(fired->hops.first().error, error);
        QCOMPARE(m_receiver.requests().size(), 1);
    }

    void httpsToHttpRedirectIsRefused()
    {
        quint16 tlsPort = 0;
        const auto tls = startTlsRedirector(url(QStringLiteral("/plain")).toLatin1(), &tlsPort);
        QVERIFY(tlsPort > 0);
        NetworkResponder responder;
        responder.addCaCertificates({QSslCertificate(kTestCertificate)});
        const QString start = QStringLiteral("https://127.0.0.1:%1/secure").arg(tlsPort);
        const auto fired =
            fire(responder, makeRequest(QStringLiteral("POST"), start, "{}", {{"Content-Type", "application/json"}}));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        const Exchange exchange = fired->hops.first();
        QCOMPARE(exchange.outcome, Exchange::Outcome::InsecureRedirect);
        QCOMPARE(exchange.status, 302);
        QCOMPARE(exchange.httpVersion, QStringLiteral("HTTP/1.1"));
        QCOMPARE(exchange.error,
                 QStringLiteral("refused redirect from https to http: %1").arg(url(QStringLiteral("/plain"))));
        QVERIFY(exchange.timings.connect >= 0); // TLS handshake included
        QCOMPARE(exchange.timings.ssl, -1.0);
        QVERIFY(m_receiver.requests().isEmpty());
    }

    void tlsErrorsFailWithTheCertificateProblem()
    {
        quint16 tlsPort = 0;
        const auto tls = startTlsRedirector(url(QStringLiteral("/plain")).toLatin1(), &tlsPort);
        NetworkResponder responder; // does not trust the test certificate
        const auto fired =
            fire(responder, makeRequest(QStringLiteral("GET"), QStringLiteral("https://127.0.0.1:%1/").arg(tlsPort)));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        const Exchange exchange = fired->hops.first();
        QCOMPARE(exchange.outcome, Exchange::Outcome::TlsError);
        QCOMPARE(exchange.status, 0);
        QCOMPARE(
            exchange.error,
            QStringLiteral("TLS error with 127.0.0.1:%1: The certificate is self-signed, and untrusted").arg(tlsPort));
        QVERIFY(m_receiver.requests().isEmpty());
    }

    void connectionRefused()
    {
        SandboxReceiver closed;
        QVERIFY(closed.listen());
        const quint16 port = closed.port();
        closed.close();
        NetworkResponder responder;
        const auto fired =
            fire(responder, makeRequest(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::ConnectionRefused);
        QCOMPARE(fired->hops.first().error, QStringLiteral("connection refused by 127.0.0.1:%1").arg(port));
        QVERIFY(!fired->hops.first().hasResponse());
    }

    void hostNotFound()
    {
        NetworkResponder responder;
        const auto fired =
            fire(responder, makeRequest(QStringLiteral("GET"), QStringLiteral("http://no-such-host.invalid/x")));
        QCOMPARE(fired->hops.size(), 1);
        QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::HostNotFound);
        QCOMPARE(fired->hops.first().error, QStringLiteral("host no-such-host.invalid not found"));
    }

    void badRequestsFailAtOnce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QString>("error");
        QTest::newRow("space in host")
            << QStringLiteral("GET") << QStringLiteral("http://exa mple.com/") << QByteArray() << QByteArray()
            << QStringLiteral("invalid URL \"http://exa mple.com/\": Invalid hostname (contains invalid characters)");
        QTest::newRow("not http") << QStringLiteral("GET") << QStringLiteral("ftp://example.com/") << QByteArray()
                                  << QByteArray()
                                  << QStringLiteral(
                                         "invalid URL \"ftp://example.com/\": only http and https URLs can be fired");
        QTest::newRow("relative") << QStringLiteral("GET") << QStringLiteral("/only/a/path") << QByteArray()
                                  << QByteArray()
                                  << QStringLiteral(
                                         "invalid URL \"/only/a/path\": only http and https URLs can be fired");
        QTest::newRow("no host") << QStringLiteral("GET") << QStringLiteral("http:///path") << QByteArray()
                                 << QByteArray() << QStringLiteral("invalid URL \"http:///path\": no host");
        QTest::newRow("method") << QStringLiteral("GE T") << QStringLiteral("http://127.0.0.1/") << QByteArray()
                                << QByteArray() << QStringLiteral("invalid HTTP method \"GE T\"");
        QTest::newRow("header name") << QStringLiteral("GET") << QStringLiteral("http://127.0.0.1/")
                                     << QByteArray("X:Y") << QByteArray("v")
                                     << QStringLiteral("invalid header name \"X:Y\"");
        QTest::newRow("header value") << QStringLiteral("GET") << QStringLiteral("http://127.0.0.1/")
                                      << QByteArray("X-A") << QByteArray("v\r\nInjected: 1")
                                      << QStringLiteral("header X-A: the value contains CR, LF or NUL");
    }

    void badRequestsFailAtOnce()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(QString, error);
        HttpHeaders headers;
        if (!headerName.isEmpty())
            headers.append({headerName, headerValue});
        NetworkResponder responder;
        const auto fired = sendTracked(responder, makeRequest(method, url, {}, headers));
        // Nothing to wait for: done ran inside send().
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::NetworkError);
        QCOMPARE(fired->hops.first().error, error);
        QCOMPARE(fired->hops.first().request.url, url);
        QCOMPARE(responder.inFlight(), 0);
    }

    void oversizedBodyIsCutAtTenMiB()
    {
        QByteArray big(NetworkResponder::kMaxBodyBytes + 4096, 'x');
        big[0] = 'A';
        big[NetworkResponder::kMaxBodyBytes - 1] = 'Z';
        ScriptedReply reply;
        reply.body = big;
        reply.headers = {{"Content-Type", "text/plain"}};
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/big"), reply));
        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/big"))));
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.size(), 1);
        const Exchange exchange = fired->hops.first();
        QCOMPARE(exchange.outcome, Exchange::Outcome::Response);
        QCOMPARE(exchange.status, 200);
        QVERIFY(exchange.bodyTruncated);
        QCOMPARE(exchange.responseBody.size(), NetworkResponder::kMaxBodyBytes);
        QVERIFY(exchange.responseBody == big.left(NetworkResponder::kMaxBodyBytes));
        QCOMPARE(exchange.mimeType, QStringLiteral("text/plain"));
    }

    void bodyAtTheLimitIsKept()
    {
        ScriptedReply reply;
        reply.body = QByteArray(NetworkResponder::kMaxBodyBytes, 'y');
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/limit"), reply));
        NetworkResponder responder;
        const auto fired = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/limit"))));
        QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::Response);
        QVERIFY(!fired->hops.first().bodyTruncated);
        QCOMPARE(fired->hops.first().responseBody.size(), NetworkResponder::kMaxBodyBytes);
    }

    void requestsRunConcurrently()
    {
        // Concurrent means every request reaches the server before the first answer comes back
        // (sent one after another, the second would leave only after the first's 3 s delay).
        ScriptedReply slow = ScriptedReply::json(200, R"({"ok": true})");
        slow.delayMs = 3000;
        QVERIFY(m_receiver.setReply(QStringLiteral("POST"), QStringLiteral("/start"), slow));
        NetworkResponder responder;
        QList<std::shared_ptr<Fired>> all;
        for (int i = 0; i < 3; ++i)
            all.append(sendTracked(responder, makeRequest(QStringLiteral("POST"), url(QStringLiteral("/start")), "{}",
                                                          {{"Content-Type", "application/json"}})));
        QCOMPARE(responder.inFlight(), 3);
        QTRY_COMPARE(m_receiver.requests().size(), 3);
        for (const auto &fired : all)
            QCOMPARE(fired->calls, 0);
        QVERIFY(waitAll(all));
        for (const auto &fired : all) {
            QCOMPARE(fired->calls, 1);
            QCOMPARE(fired->hops.first().status, 200);
            QVERIFY(fired->hops.first().timings.wait >= 990);
        }
        QCOMPARE(m_receiver.requests().size(), 3);
    }

    void timingsFollowTheConnection()
    {
        ScriptedReply delayed = ScriptedReply::json(200, "{}");
        delayed.delayMs = 200;
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/timed"), delayed));
        NetworkResponder responder;
        const auto first = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/timed"))));
        const ExchangeTimings fresh = first->hops.first().timings;
        QCOMPARE(fresh.dns, -1.0);
        QCOMPARE(fresh.ssl, -1.0);
        QVERIFY(fresh.blocked >= 0);
        QVERIFY(fresh.connect >= 0);
        QVERIFY(fresh.send >= 0);
        QVERIFY2(fresh.wait >= 190, qPrintable(QString::number(fresh.wait)));
        QVERIFY(fresh.receive >= 0);
        QVERIFY(fresh.total() <= double(first->elapsedMs + 1));

        // The second request reuses the connection: no blocked or connect phase.
        const auto second = fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/timed"))));
        const ExchangeTimings reused = second->hops.first().timings;
        QCOMPARE(reused.blocked, -1.0);
        QCOMPARE(reused.connect, -1.0);
        QVERIFY(reused.send >= 0);
        QVERIFY(reused.wait >= 190);
    }

    void connectionsAreSharedByResponders()
    {
        NetworkResponder first;
        NetworkResponder second;
        QCOMPARE(fire(first, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/s"))))->hops.first().status, 200);
        const auto fired = fire(second, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/s"))));
        QCOMPARE(fired->hops.first().status, 200);
        QCOMPARE(fired->hops.first().timings.connect, -1.0);
    }

    void cancelAllCallsEveryDoneOnce()
    {
        ScriptedReply slow = ScriptedReply::json(200, "{}");
        slow.delayMs = 3000;
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/slow"), slow));
        NetworkResponder responder;
        QList<std::shared_ptr<Fired>> all;
        for (int i = 0; i < 3; ++i)
            all.append(sendTracked(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/slow")))));
        QTRY_COMPARE(m_receiver.requests().size(), 3);
        responder.cancelAll();
        QCOMPARE(responder.inFlight(), 0);
        for (const auto &fired : all) {
            QCOMPARE(fired->calls, 1);
            QCOMPARE(fired->hops.size(), 1);
            QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::Cancelled);
            QCOMPARE(fired->hops.first().error, QStringLiteral("cancelled before a complete response"));
            // Cut short before any response: no receive phase, and the phases it reached (which
            // ones depends on how far Qt got when the cancel came) add up to the time it took.
            const ExchangeTimings &timings = fired->hops.first().timings;
            QCOMPARE(timings.receive, -1.0);
            QVERIFY(timings.total() > 0);
            for (const double phase : {timings.blocked, timings.connect, timings.send, timings.wait})
                QVERIFY(phase == -1 || phase >= 0);
        }
        // The responder still works, and the cancelled ones are never reported again.
        QCOMPARE(
            fire(responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/after"))))->hops.first().status,
            200);
        for (const auto &fired : all)
            QCOMPARE(fired->calls, 1);
    }

    void destructionCancelsWhatIsInFlight()
    {
        ScriptedReply slow = ScriptedReply::json(200, "{}");
        slow.delayMs = 3000;
        QVERIFY(m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/slow"), slow));
        auto responder = std::make_unique<NetworkResponder>();
        const auto fired = sendTracked(*responder, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/slow"))));
        QCOMPARE(fired->calls, 0);
        responder.reset();
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.first().outcome, Exchange::Outcome::Cancelled);
    }

    void doneMayDeleteTheResponder()
    {
        // The last responder of the thread takes the shared manager with it, from inside a
        // signal of one of its replies.
        auto *responder = new NetworkResponder;
        QPointer<NetworkResponder> guard(responder);
        auto fired = std::make_shared<Fired>();
        responder->send(makeRequest(QStringLiteral("GET"), url(QStringLiteral("/bye"))), QStringLiteral("bye"),
                        [responder, fired](const QList<Exchange> &hops) {
                            ++fired->calls;
                            fired->hops = hops;
                            delete responder;
                        });
        QVERIFY(waitAll({fired}));
        QVERIFY(guard.isNull());
        QCOMPARE(fired->calls, 1);
        QCOMPARE(fired->hops.first().status, 200);
        // The next responder works on a fresh manager.
        NetworkResponder next;
        QCOMPARE(fire(next, makeRequest(QStringLiteral("GET"), url(QStringLiteral("/again"))))->hops.first().status,
                 200);
    }

    void doneMaySendTheNextRequest()
    {
        NetworkResponder responder;
        auto second = std::make_shared<Fired>();
        auto first = std::make_shared<Fired>();
        const RenderedRequest next = makeRequest(QStringLiteral("GET"), url(QStringLiteral("/second")));
        responder.send(makeRequest(QStringLiteral("GET"), url(QStringLiteral("/first"))), QStringLiteral("first"),
                       [&responder, first, second, next](const QList<Exchange> &hops) {
                           ++first->calls;
                           first->hops = hops;
                           responder.send(next, QStringLiteral("second"), [second](const QList<Exchange> &secondHops) {
                               ++second->calls;
                               second->hops = secondHops;
                           });
                       });
        QVERIFY(waitAll({first, second}));
        QCOMPARE(first->calls, 1);
        QCOMPARE(second->calls, 1);
        QCOMPARE(second->hops.first().status, 200);
        QCOMPARE(m_receiver.requests().size(), 2);
        QCOMPARE(m_receiver.requests().at(1).path, QStringLiteral("/second"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkResponder)
#include "TestNetworkResponder.moc"
