// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"
#include "tokens/RequestRenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

TagMap tagsFrom(const QStringList &entries)
{
    TagMap tags;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(equals);
        tags.set(key, tags.values(key) << entry.mid(equals + 1));
    }
    return tags;
}

RequestTemplate request(const QString &method, const QString &url, const QList<HeaderTemplate> &headers = {},
                        BodyKind kind = BodyKind::None, const QString &body = QString())
{
    RequestTemplate result;
    result.method = method;
    result.url = url;
    result.headers = headers;
    result.bodyKind = kind;
    result.body = body;
    return result;
}

// application/x-www-form-urlencoded, decoded as a server would.
QList<QPair<QString, QString>> decodeForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' '));
        };
        fields.append({decode(pair.left(equals)), decode(pair.mid(equals + 1))});
    }
    return fields;
}

} // namespace

class TestRequestRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryPart()
    {
        const RequestRenderer renderer(request(
            QStringLiteral(" post "),
            QStringLiteral("https://example.test/hook?call_id=[call_uuid]&phone=[caller_number|digits]"),
            {{QStringLiteral("Authorization"), QStringLiteral("Bearer [token]")},
             {QStringLiteral("X-Tag"), QStringLiteral("[geo|first]")},
             {QStringLiteral("X-Tag"), QStringLiteral("second")}},
            BodyKind::Json, QStringLiteral("{\"phone\": \"[caller_number]\", \"revenue\": [payout|default:0]}")));
        QCOMPARE(renderer.compileErrors(), QStringList());

        RenderReport report;
        const RenderedRequest rendered =
            renderer.render(tagsFrom({QStringLiteral("call_uuid=CA 1"), QStringLiteral("caller_number=+1 555 123 4567"),
                                      QStringLiteral("token=s3cr3t"), QStringLiteral("geo=us-ny"),
                                      QStringLiteral("geo=us"), QStringLiteral("payout=12.5")}),
                            &report);
        QVERIFY(report.ok());
        QCOMPARE(report.warnings, QStringList());
        QCOMPARE(rendered.method, QStringLiteral("POST"));
        QCOMPARE(rendered.url, QStringLiteral("https://example.test/hook?call_id=CA%201&phone=15551234567"));
        const HttpHeaders headers{{"Authorization", "Bearer s3cr3t"},
                                  {"X-Tag", "us-ny"},
                                  {"X-Tag", "second"},
                                  {"Content-Type", "application/json"}};
        QCOMPARE(rendered.headers, headers);
        QCOMPARE(rendered.body, QByteArray("{\"phone\": \"+1 555 123 4567\", \"revenue\": 12.5}"));
        QCOMPARE(rendered.timeoutMs, 5000);
    }

    void bodies_data()
    {
        QTest::addColumn<BodyKind>("kind");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QList<HeaderTemplate>>("headers");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::addColumn<HttpHeaders>("expectedHeaders");

        const QList<HeaderTemplate> none;
        const QList<HeaderTemplate> ownType{{QStringLiteral("content-type"), QStringLiteral("text/json")}};
        QTest::newRow("none ignores the text") << BodyKind::None << "a=[v]" << none << QByteArray() << HttpHeaders();
        QTest::newRow("form") << BodyKind::Form << "a=[v]&b=[w]" << none << QByteArray("a=x+%26+y%3D%C3%A9&b=2")
                              << HttpHeaders{{"Content-Type", "application/x-www-form-urlencoded"}};
        QTest::newRow("json") << BodyKind::Json << "{\"a\": \"[v]\"}" << none << QByteArray("{\"a\": \"x & y=é\"}")
                              << HttpHeaders{{"Content-Type", "application/json"}};
        QTest::newRow("json with its own type")
            << BodyKind::Json << "{\"a\": [w]}" << ownType << QByteArray("{\"a\": 2}")
            << HttpHeaders{{"content-type", "text/json"}};
        QTest::newRow("raw") << BodyKind::Raw << "<v>[v]</v> [w]" << none << QByteArray("<v>x & y=é</v> 2")
                             << HttpHeaders();
    }

    void bodies()
    {
        QFETCH(BodyKind, kind);
        QFETCH(QString, body);
        QFETCH(QList<HeaderTemplate>, headers);
        QFETCH(QByteArray, expectedBody);
        QFETCH(HttpHeaders, expectedHeaders);
        const RequestRenderer renderer(
            request(QStringLiteral("POST"), QStringLiteral("https://x.test/"), headers, kind, body));
        RenderReport report;
        const RenderedRequest rendered =
            renderer.render(tagsFrom({QStringLiteral("v=x & y=é"), QStringLiteral("w=2")}), &report);
        QVERIFY(report.ok());
        QCOMPARE(rendered.body, expectedBody);
        QCOMPARE(rendered.headers, expectedHeaders);
    }

    void compileErrors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QList<HeaderTemplate>>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("errors");

        const QString url = QStringLiteral("https://x.test/");
        const QString body = QStringLiteral("{}");
        const QList<HeaderTemplate> none;
        QTest::newRow("method") << "GE T" << url << none << body
                                << QStringList{"method: \"GE T\" is not a valid HTTP method"};
        QTest::newRow("empty method") << "" << url << none << body
                                      << QStringList{"method: \"\" is not a valid HTTP method"};
        QTest::newRow("url filter") << "GET"
                                    << "https://x.test/?a=[v|lowr]" << none << body
                                    << QStringList{
                                           "url: column 22: unknown filter \"lowr\" (expected one of: first, last, "
                                           "lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT)"};
        QTest::newRow("url structure")
            << "GET"
            << "x.test/a" << none << body
            << QStringList{"url: column 7: the URL must start with a scheme and \"://\", as in https://"};
        QTest::newRow("header name") << "GET" << url
                                     << QList<HeaderTemplate>{{QStringLiteral("X Id"), QStringLiteral("1")}} << body
                                     << QStringList{"header \"X Id\": not a valid header name"};
        QTest::newRow("header name token")
            << "GET" << url << QList<HeaderTemplate>{{QStringLiteral("X-[k]"), QStringLiteral("1")}} << body
            << QStringList{"header \"X-[k]\": not a valid header name"};
        QTest::newRow("header template line break")
            << "GET" << url << QList<HeaderTemplate>{{QStringLiteral("X-Note"), QStringLiteral("a\r\nX-Evil: 1")}}
            << body << QStringList{"header X-Note: value contains a line break"};
        QTest::newRow("header filter") << "GET" << url
                                       << QList<HeaderTemplate>{{QStringLiteral("X-Id"), QStringLiteral("[id|nope]")}}
                                       << body
                                       << QStringList{
                                              "header X-Id: column 5: unknown filter \"nope\" (expected one of: "
                                              "first, last, lower, upper, trim, digits, e164, sha256, urlencode, "
                                              "default:TEXT)"};
        // At the " of "b", where a comma is missing.
        QTest::newRow("json body") << "POST" << url << none << "{\n  \"a\": 1\n  \"b\": 2\n}"
                                   << QStringList{
                                          "body: line 3, column 3: invalid JSON: expected , or } after \"a\": 1"};
        // The body ends right after its {: at that {, the last character read.
        QTest::newRow("several")
            << "GE T"
            << "https://x.test/?a=[v|]" << none << "{"
            << QStringList{"method: \"GE T\" is not a valid HTTP method", "url: column 22: empty filter after \"|\"",
                           "body: column 1: invalid JSON: expected a key in quotes or } after { (the text ends there)"};
    }

    void compileErrors()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QList<HeaderTemplate>, headers);
        QFETCH(QString, body);
        QFETCH(QStringList, errors);
        const RequestRenderer renderer(request(method, url, headers, BodyKind::Json, body));
        QCOMPARE(renderer.compileErrors(), errors);
        // Rendering repeats them, so a caller checking only the report cannot send the request.
        RenderReport report;
        renderer.render(TagMap(), &report);
        QCOMPARE(report.errors, errors);
    }

    void headerValueWithLineBreakIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("CRLF") << "abc\r\nX-Evil: 1"
                              << "header X-Id: tag [id] value contains a line break";
        QTest::newRow("LF") << "abc\nX-Evil: 1"
                            << "header X-Id: tag [id] value contains a line break";
        QTest::newRow("CR") << "abc\r"
                            << "header X-Id: tag [id] value contains a line break";
        QTest::newRow("NUL") << QStringLiteral("abc") + QChar(0)
                             << "header X-Id: tag [id] value contains a NUL character";
    }

    void headerValueWithLineBreakIsRefused()
    {
        QFETCH(QString, value);
        QFETCH(QString, error);
        const RequestRenderer renderer(request(QStringLiteral("GET"), QStringLiteral("https://x.test/"),
                                               {{QStringLiteral("X-Id"), QStringLiteral("id=[id];")}}));
        RenderReport report;
        const RenderedRequest rendered = renderer.render(tagsFrom({QStringLiteral("id=") + value}), &report);
        QCOMPARE(report.errors, QStringList{error});
        QVERIFY(!report.ok());
        // Returned as far as it could be rendered, the refused value left out.
        QCOMPARE(rendered.headers, (HttpHeaders{{"X-Id", "id=;"}}));
    }

    void schemeMustBeHttp()
    {
        const RequestRenderer literal(request(QStringLiteral("GET"), QStringLiteral("ftp://x.test/file")));
        RenderReport report;
        literal.render(TagMap(), &report);
        QCOMPARE(report.errors, QStringList{"url: the scheme must be http or https"});

        const RequestRenderer fromTag(request(QStringLiteral("GET"), QStringLiteral("[scheme]://x.test/")));
        report = RenderReport();
        fromTag.render(tagsFrom({QStringLiteral("scheme=HTTPS")}), &report);
        QVERIFY(report.ok());
    }

    void warningsNameTheirPart()
    {
        const RequestRenderer renderer(
            request(QStringLiteral("POST"), QStringLiteral("https://example.test/hook?call_id=[ringba_call_id]"),
                    {{QStringLiteral("X-Call"), QStringLiteral("[ringba_call_id]")}}, BodyKind::Json,
                    QStringLiteral("{\"call\": \"[ringba_call_id]\", \"revenue\": [payout]}")));
        RenderReport report;
        renderer.render(TagMap(), &report);
        QVERIFY(report.ok());
        QCOMPARE(report.warnings, (QStringList{"url: tag [ringba_call_id] is missing; rendered as empty text",
                                               "header X-Call: tag [ringba_call_id] is missing; rendered as empty text",
                                               "body: tag [ringba_call_id] is missing; rendered as empty text",
                                               "body: tag [payout] is missing; rendered as null"}));
    }

    void tokenKeysInOrderWithoutDuplicates()
    {
        const RequestRenderer renderer(request(QStringLiteral("POST"),
                                               QStringLiteral("https://[domain]/p?a=[call_uuid]&b=[payout]"),
                                               {{QStringLiteral("X-A"), QStringLiteral("[Call_UUID] [token]")}},
                                               BodyKind::Form, QStringLiteral("x=[payout]&y=[source_id]")));
        QCOMPARE(renderer.tokenKeys(), (QStringList{"domain", "call_uuid", "payout", "token", "source_id"}));
    }

    void hostileValuesEndToEnd()
    {
        QString value = QStringLiteral("& = # ? / % + space \" \\ { } [ ] \r \n ");
        value += QChar(0);
        value += QStringLiteral(" é 中文 😀");
        QString big = value;
        while (big.size() < 100 * 1024)
            big += value;

        const RequestRenderer form(request(QStringLiteral("POST"), QStringLiteral("https://x.test/p/[v]?q=[v]&r=1"), {},
                                           BodyKind::Form, QStringLiteral("a=[v]&b=[v|upper]&c=3")));
        const RequestRenderer json(request(QStringLiteral("POST"), QStringLiteral("https://x.test/"), {},
                                           BodyKind::Json, QStringLiteral("{\"a\": \"[v]\", \"b\": [v], [v]: 1}")));
        for (const QString &hostile : {value, big}) {
            const TagMap tags = tagsFrom({QStringLiteral("v=") + hostile});
            RenderReport report;
            const RenderedRequest sent = form.render(tags, &report);
            QVERIFY(report.ok());
            const QUrl url(sent.url, QUrl::StrictMode);
            QVERIFY(url.isValid());
            QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/p/") + hostile);
            QCOMPARE(QUrlQuery(url).queryItems(QUrl::FullyDecoded),
                     (QList<QPair<QString, QString>>{{"q", hostile}, {"r", "1"}}));
            QCOMPARE(decodeForm(sent.body),
                     (QList<QPair<QString, QString>>{{"a", hostile}, {"b", hostile.toUpper()}, {"c", "3"}}));

            const QJsonObject object = QJsonDocument::fromJson(json.render(tags, &report).body).object();
            QVERIFY(report.ok());
            QCOMPARE(object.size(), 3);
            QCOMPARE(object.value(QStringLiteral("a")).toString(), hostile);
            QCOMPARE(object.value(QStringLiteral("b")).toString(), hostile);
            QCOMPARE(object.value(hostile).toInt(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestRenderer)
#include "TestRequestRenderer.moc"
