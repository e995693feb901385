// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"
#include "record/Redactor.h"

#include <QJsonDocument>
#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void isSecretName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("api_key") << "api_key" << true;
        QTest::newRow("access_token") << "access_token" << true;
        QTest::newRow("X-Api-Key") << "X-Api-Key" << true;
        QTest::newRow("client_secret") << "client_secret" << true;
        QTest::newRow("Password") << "Password" << true;
        QTest::newRow("hmac signature") << "HMAC-Signature" << true;
        QTest::newRow("call_key") << "call_key" << true;
        QTest::newRow("substring") << "tokens" << true;
        QTest::newRow("phone") << "phone" << false;
        QTest::newRow("source_id") << "source_id" << false;
        QTest::newRow("sig alone") << "sig" << false;
    }

    void isSecretName()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redactor::isSecretName(name), secret);
    }

    void isSecretHeader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("Authorization") << "Authorization" << true;
        QTest::newRow("proxy") << "proxy-authorization" << true;
        QTest::newRow("Cookie") << "COOKIE" << true;
        QTest::newRow("Set-Cookie") << "Set-Cookie" << true;
        QTest::newRow("X-Api-Key") << "X-Api-Key" << true;
        QTest::newRow("X-Auth-Token") << "X-Auth-Token" << true;
        QTest::newRow("Content-Type") << "Content-Type" << false;
        QTest::newRow("Cookie2 is not Cookie") << "X-Cookie-Policy" << false;
    }

    void isSecretHeader()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redactor::isSecretHeader(name), secret);
    }

    void redactUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query fields") << "https://a.test/p?phone=%2B1555&api_key=abc123&Token=t0k3n"
                                      << "https://a.test/p?phone=%2B1555&api_key=%5BREDACTED%5D&Token=%5BREDACTED%5D";
        QTest::newRow("encoded name") << "https://a.test/?api%5Fkey=abc123&x=1"
                                      << "https://a.test/?api%5Fkey=%5BREDACTED%5D&x=1";
        QTest::newRow("plus in name") << "https://a.test/?my+password=hunter2"
                                      << "https://a.test/?my+password=%5BREDACTED%5D";
        QTest::newRow("fragment kept") << "https://a.test/?secret=s#token=frag"
                                       << "https://a.test/?secret=%5BREDACTED%5D#token=frag";
        QTest::newRow("query-like fragment") << "https://a.test/#?token=x"
                                             << "https://a.test/#?token=x";
        QTest::newRow("userinfo") << "https://user:pa55@a.test:8443/p?q=1"
                                  << "https://%5BREDACTED%5D@a.test:8443/p?q=1";
        QTest::newRow("at in query") << "https://a.test/p?email=a@b.test"
                                     << "https://a.test/p?email=a@b.test";
        QTest::newRow("name without value") << "https://a.test/?token&x=1"
                                            << "https://a.test/?token&x=1";
        QTest::newRow("empty parts kept") << "https://a.test/?&&key=v&"
                                          << "https://a.test/?&&key=%5BREDACTED%5D&";
        QTest::newRow("nothing to do") << "https://a.test/path/to?x=1&y=2"
                                       << "https://a.test/path/to?x=1&y=2";
        QTest::newRow("slack incoming webhook")
            << "https://hooks.slack.com/services/T0ABC1234/B0DEF5678/XxYyZz0123456789abcdefGH"
            << "https://hooks.slack.com/services/%5BREDACTED%5D/%5BREDACTED%5D/%5BREDACTED%5D";
        QTest::newRow("zapier catch hook, trailing slash and query")
            << "https://hooks.zapier.com/hooks/catch/1234567/abcd3fg/?call_id=1"
            << "https://hooks.zapier.com/hooks/catch/%5BREDACTED%5D/%5BREDACTED%5D/?call_id=1";
        QTest::newRow("host case and port")
            << "https://Hooks.Slack.com:443/services/T1/B2/secret9"
            << "https://Hooks.Slack.com:443/services/%5BREDACTED%5D/%5BREDACTED%5D/%5BREDACTED%5D";
        QTest::newRow("discord") << "https://discord.com/api/webhooks/112233/tok-en_9"
                                 << "https://discord.com/api/webhooks/%5BREDACTED%5D/%5BREDACTED%5D";
        QTest::newRow("teams") << "https://contoso.webhook.office.com/webhookb2/a-b@c/IncomingWebhook/d/e"
                               << "https://contoso.webhook.office.com/webhookb2/%5BREDACTED%5D/"
                                  "%5BREDACTED%5D/%5BREDACTED%5D/%5BREDACTED%5D";
        QTest::newRow("other host, same path") << "https://example.test/services/T1/B2/x"
                                               << "https://example.test/services/T1/B2/x";
        QTest::newRow("slack, other path") << "https://hooks.slack.com/other/T1"
                                           << "https://hooks.slack.com/other/T1";
    }

    void redactUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(Redactor().redactUrl(url), expected);
    }

    void redactHeaders()
    {
        const HttpHeaders headers = {{"Authorization", "Bearer abc.def"},
                                     {"Proxy-Authorization", "Basic dXNlcjpwYXNz"},
                                     {"Cookie", "a=1; session=xyz"},
                                     {"Set-Cookie", "sid=s3cr3t; Path=/"},
                                     {"X-Api-Key", "k"},
                                     {"Content-Type", "application/json"},
                                     {"Location", "https://a.test/next?signature=abc&page=2"}};
        const HttpHeaders expected = {{"Authorization", "[REDACTED]"},
                                      {"Proxy-Authorization", "[REDACTED]"},
                                      {"Cookie", "[REDACTED]"},
                                      {"Set-Cookie", "[REDACTED]"},
                                      {"X-Api-Key", "[REDACTED]"},
                                      {"Content-Type", "application/json"},
                                      {"Location", "https://a.test/next?signature=%5BREDACTED%5D&page=2"}};
        QCOMPARE(Redactor().redactHeaders(headers), expected);
    }

    void redactBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("form") << QByteArray("a=1&client_secret=abc&b=c+d")
                              << QByteArray("application/x-www-form-urlencoded; charset=utf-8")
                              << QByteArray("a=1&client_secret=%5BREDACTED%5D&b=c+d");
        QTest::newRow("form without its content type is text")
            << QByteArray("a=1&client_secret=abc") << QByteArray("text/plain") << QByteArray("a=1&client_secret=abc");
        // Qt's parser takes raw control characters inside strings, so the redactor does too
        // (found by fuzzing: a NUL in a key left the secrets after it).
        QTest::newRow("raw control characters in a key")
            << QByteArray("{\"a\x01"
                          "b\": 1, \"api_key\x00\n\": \"k1\", \"password\": \"hunter22\"}",
                          53)
            << QByteArray("application/json")
            << QByteArray("{\"a\x01"
                          "b\": 1, \"api_key\x00\n\": \"[REDACTED]\", \"password\": \"[REDACTED]\"}",
                          63);
        QTest::newRow("unknown escape in a key, as Qt reads it")
            << QByteArray("{\"p\\x\": 1, \"password\": \"hunter22\"}") << QByteArray("application/json")
            << QByteArray("{\"p\\x\": 1, \"password\": \"[REDACTED]\"}");
        QTest::newRow("json keeps layout and order")
            << QByteArray("{\n  \"z\": 1,\n  \"api_key\" : \"k1\",\n  \"a\": [1, 2]\n}")
            << QByteArray("application/json")
            << QByteArray("{\n  \"z\": 1,\n  \"api_key\" : \"[REDACTED]\",\n  \"a\": [1, 2]\n}");
        QTest::newRow("json at any depth")
            << QByteArray(R"([{"user": {"auth": {"Password": "p", "name": "n"}}}, {"tokens": ["t1", "t2"]}])")
            << QByteArray()
            << QByteArray(R"([{"user": {"auth": {"Password": "[REDACTED]", "name": "n"}}}, {"tokens": "[REDACTED]"}])");
        QTest::newRow("json secret object")
            << QByteArray(R"({"secret": {"signature": "s", "n": 12.5e3, "ok": true, "x": null}, "b": false})")
            << QByteArray("text/plain") << QByteArray(R"({"secret": "[REDACTED]", "b": false})");
        QTest::newRow("json number and escapes")
            << QByteArray("{\"pin_key\": 1234, \"s\\u0074ring\": \"\\\"q\\\" \\\\ \\/ \\u00e9 "
                          "\\ud83d\\ude00\", \"token\": -1.5E+2}")
            << QByteArray()
            << QByteArray("{\"pin_key\": \"[REDACTED]\", \"s\\u0074ring\": \"\\\"q\\\" \\\\ \\/ \\u00e9 "
                          "\\ud83d\\ude00\", \"token\": \"[REDACTED]\"}");
        QTest::newRow("escaped key name") << QByteArray("{\"api\\u005fkey\": \"v\"}") << QByteArray()
                                          << QByteArray("{\"api\\u005fkey\": \"[REDACTED]\"}");
        // Where the text stops being JSON, what was read up to there is still redacted. (Plain
        // string literals: moc loses its way in raw strings with unbalanced braces.)
        QTest::newRow("invalid json redacted up to the error")
            << QByteArray("{\"token\": \"x\", \"a\": [1,}, \"password\": \"p\"}") << QByteArray("application/json")
            << QByteArray("{\"token\": \"[REDACTED]\", \"a\": [1,}, \"password\": \"p\"}");
        QTest::newRow("trailing garbage")
            << QByteArray("{\"token\": \"x\"} x") << QByteArray() << QByteArray("{\"token\": \"[REDACTED]\"} x");
        // A body cut at 10 MiB, or by a server that hung up, inside a secret: masked to the end.
        QTest::newRow("cut inside a secret string") << QByteArray("{\"a\": 1, \"api_key\": \"abc12") << QByteArray()
                                                    << QByteArray("{\"a\": 1, \"api_key\": \"[REDACTED]\"");
        QTest::newRow("cut inside a secret object")
            << QByteArray("{\"auth\": {\"client_secret\": {\"v\": [1, 2") << QByteArray()
            << QByteArray("{\"auth\": {\"client_secret\": \"[REDACTED]\"");
        QTest::newRow("cut after a secret") << QByteArray("{\"token\": \"abc\", \"note\": \"lo") << QByteArray()
                                            << QByteArray("{\"token\": \"[REDACTED]\", \"note\": \"lo");
        QTest::newRow("cut before a secret's value")
            << QByteArray("{\"token\": ") << QByteArray() << QByteArray("{\"token\": \"[REDACTED]\"");
        QTest::newRow("plain text") << QByteArray("token=abc") << QByteArray() << QByteArray("token=abc");
    }

    void redactBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, expected);
        const QByteArray actual = Redactor().redactBody(body, contentType);
        QCOMPARE(actual, expected);
        if (!QJsonDocument::fromJson(body).isNull())
            QVERIFY(!QJsonDocument::fromJson(actual).isNull()); // still JSON
    }

    // Past the depth Qt reads, the rest of the body is masked: it may hold secret keys that
    // redaction can no longer see, and left alone they would leak.
    void deepJsonDoesNotCrash()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QCOMPARE(Redactor().redactBody(deep, "application/json"), QByteArray(1025, '[') + "\"[REDACTED]\"");
    }

    void secretsAroundJsonTooDeepForQtAreRedacted()
    {
        const QByteArray body = "{\"token\": \"s3cr3t\", \"x\": " + QByteArray(1100, '[') + QByteArray(1100, ']')
                                + ", \"password\": \"hunter22\"}";
        QVERIFY(QJsonDocument::fromJson(body).isNull()); // too deep for Qt
        const QByteArray redacted = Redactor().redactBody(body, "application/json");
        QCOMPARE(redacted, "{\"token\": \"[REDACTED]\", \"x\": " + QByteArray(1024, '[') + "\"[REDACTED]\"");
    }

    // As deep as Qt's JSON parser goes, redaction goes too.
    void deepSecretsAreRedacted()
    {
        const int depth = 1000;
        const QByteArray body = QByteArray("{\"a\": ").repeated(depth) + "{\"token\": \"s\"}" + QByteArray(depth, '}');
        QVERIFY(!QJsonDocument::fromJson(body).isNull());
        const QByteArray expected =
            QByteArray("{\"a\": ").repeated(depth) + "{\"token\": \"[REDACTED]\"}" + QByteArray(depth, '}');
        QCOMPARE(Redactor().redactBody(body, "application/json"), expected);
    }

    // A webhook URL that is its own credential leaves no trace elsewhere either (issue 9).
    void capabilityUrlSecretsAreScrubbedEverywhere()
    {
        Exchange exchange;
        exchange.request.url = QStringLiteral("https://hooks.slack.com/services/T0ABC1234/B0DEF5678/XxYyZz0123456789");
        exchange.error = QStringLiteral("Error transferring ") + exchange.request.url
                         + QStringLiteral(" - server replied: Not Found");
        Redactor redactor;
        redactor.learn(exchange);
        const Exchange redacted = redactor.redact(exchange);
        for (const QString &secret :
             {QStringLiteral("T0ABC1234"), QStringLiteral("B0DEF5678"), QStringLiteral("XxYyZz0123456789")}) {
            QVERIFY2(!redacted.request.url.contains(secret), qPrintable(redacted.request.url));
            QVERIFY2(!redacted.error.contains(secret), qPrintable(redacted.error));
        }
        QVERIFY(redacted.request.url.startsWith(QLatin1String("https://hooks.slack.com/services/")));
    }

    // A secret learned in one place is scrubbed wherever else it appears, in every encoding.
    void learnedSecretsAreScrubbedEverywhere()
    {
        Exchange first;
        first.request.url = QStringLiteral("https://a.test/login?api_key=k%2Fey%20one");
        first.responseBody = "{\"access_token\": \"tok-\\\"quoted\\\"\", \"n\": 1}";
        first.mimeType = QStringLiteral("application/json");

        Exchange second;
        second.request.url = QStringLiteral("https://a.test/users/k%2Fey%20one/items?echo=k%2Fey+one");
        second.request.headers = {{"X-Echo", "tok-\"quoted\""}};
        second.request.body = "{\"note\": \"was tok-\\\"quoted\\\"\"}";
        second.responseBody = "plain k/ey one";
        second.error = QStringLiteral("Error transferring https://a.test/users/k%2Fey%20one: timeout");

        Redactor redactor;
        redactor.learn(first);
        redactor.learn(second);
        QCOMPARE(redactor.secrets(), (QStringList{QStringLiteral("tok-\"quoted\""), QStringLiteral("k/ey one")}));

        const Exchange out = redactor.redact(second);
        QCOMPARE(out.request.url, QStringLiteral("https://a.test/users/%5BREDACTED%5D/items?echo=%5BREDACTED%5D"));
        QCOMPARE(out.request.headers.at(0).second, QByteArray("[REDACTED]"));
        QCOMPARE(out.request.body, QByteArray(R"({"note": "was [REDACTED]"})"));
        QCOMPARE(out.responseBody, QByteArray("plain [REDACTED]"));
        QCOMPARE(out.error, QStringLiteral("Error transferring https://a.test/users/[REDACTED]: timeout"));

        const Exchange firstOut = redactor.redact(first);
        QCOMPARE(firstOut.request.url, QStringLiteral("https://a.test/login?api_key=%5BREDACTED%5D"));
        QCOMPARE(firstOut.responseBody, QByteArray(R"({"access_token": "[REDACTED]", "n": 1})"));
    }

    void shortSecretsAreOnlyRedactedWhereTheyStand()
    {
        Exchange e;
        e.request.url = QStringLiteral("https://a.test/?pin_key=12345&page=12345");
        e.request.headers = {{"Content-Type", "application/json"}};
        e.request.body = R"({"key_valid": true, "token": 123456, "ok": true})";
        Redactor redactor;
        redactor.learn(e);
        QCOMPARE(redactor.secrets(), QStringList{QStringLiteral("123456")}); // not "12345", not "true"
        const Exchange out = redactor.redact(e);
        QCOMPARE(out.request.url, QStringLiteral("https://a.test/?pin_key=%5BREDACTED%5D&page=12345"));
        QCOMPARE(out.request.body, QByteArray(R"({"key_valid": "[REDACTED]", "token": "[REDACTED]", "ok": true})"));
    }

    void credentialHeadersTeachTheirTokens()
    {
        Exchange e;
        e.request.headers = {{"Authorization", "Bearer eyJhbGciOi.payload"}, {"Cookie", "a=1; sid=session-77"}};
        e.responseHeaders = {{"Set-Cookie", "fresh=cookie-88; Path=/; Secure"}};
        e.responseBody = "eyJhbGciOi.payload session-77 cookie-88 Path=/";
        Redactor redactor;
        redactor.learn(e);
        QCOMPARE(redactor.redact(e).responseBody, QByteArray("[REDACTED] [REDACTED] [REDACTED] Path=/"));
    }

    void secretTagsAndPairs()
    {
        TagMap tags;
        tags.add(QStringLiteral("call_key"), QStringLiteral("ck-0123456789"));
        tags.add(QStringLiteral("caller_number"), QStringLiteral("+15551234567"));
        Redactor redactor;
        redactor.learn(tags);
        redactor.learnPairs({QStringLiteral("api_token:at-98765"), QStringLiteral("geo:us")});
        QCOMPARE(redactor.secrets(), (QStringList{QStringLiteral("ck-0123456789"), QStringLiteral("at-98765")}));

        QCOMPARE(redactor.redactPairs({QStringLiteral("call_key:ck-0123456789"), QStringLiteral("geo:us"),
                                       QStringLiteral("note:ck-0123456789 seen"), QStringLiteral("token"),
                                       QStringLiteral("api_token:")}),
                 (QStringList{QStringLiteral("call_key:[REDACTED]"), QStringLiteral("geo:us"),
                              QStringLiteral("note:[REDACTED] seen"), QStringLiteral("token"),
                              QStringLiteral("api_token:")}));
        QCOMPARE(redactor.scrub(QStringLiteral("x ck-0123456789 y")), QStringLiteral("x [REDACTED] y"));
        QCOMPARE(redactor.redactUrl(QStringLiteral("https://a.test/c/ck-0123456789")),
                 QStringLiteral("https://a.test/c/%5BREDACTED%5D"));
    }

    void maskIsNeverLearned()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("[REDACTED]"));
        redactor.addSecret(QStringLiteral("REDACTED"));
        redactor.addSecret(QString());
        QVERIFY(redactor.secrets().isEmpty());
        QCOMPARE(Redactor::mask(), QStringLiteral("[REDACTED]"));
    }

    void binaryBodiesAreScrubbedByteForByte()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("ck-0123456789"));
        Exchange e;
        e.responseBody = QByteArray("\x00\xff", 2) + "ck-0123456789" + QByteArray("\xfe", 1);
        QCOMPARE(redactor.redact(e).responseBody, QByteArray("\x00\xff", 2) + "[REDACTED]" + QByteArray("\xfe", 1));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
