// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WebhookJson.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return result;
}

QStringList texts(const QList<LoadError> &errors)
{
    QStringList result;
    for (const LoadError &error : errors)
        result.append(error.toString());
    return result;
}

Webhook everyField()
{
    Webhook webhook;
    webhook.id = QStringLiteral("wh-1");
    webhook.name = QStringLiteral("Sale \"postback\" é");
    webhook.trigger = Trigger::Postback;
    webhook.timerSeconds = 15;
    webhook.request.method = QStringLiteral("PATCH");
    webhook.request.url = QStringLiteral("http://127.0.0.1:8377/hook?phone=[caller_number|digits|sha256]");
    webhook.request.headers = {{QStringLiteral("X-Trace"), QStringLiteral("a")},
                               {QStringLiteral("X-Trace"), QStringLiteral("b")}};
    webhook.request.bodyKind = BodyKind::Raw;
    webhook.request.body = QStringLiteral("line\n[caller_zip]");
    webhook.matches = {QStringLiteral("sale:yes"), QStringLiteral("geo")};
    webhook.timeoutMs = 120000;
    webhook.enabled = false;
    webhook.notes = QStringLiteral("two\nlines");
    webhook.buyerId = QStringLiteral("b1");
    webhook.pingPost.enabled = true;
    webhook.pingPost.ping.method = QStringLiteral("POST");
    webhook.pingPost.ping.url = QStringLiteral("http://127.0.0.1:8377/ping");
    webhook.pingPost.ping.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    webhook.pingPost.ping.bodyKind = BodyKind::Json;
    webhook.pingPost.ping.body = QStringLiteral("{\"zip\": \"[caller_zip]\"}");
    webhook.pingPost.amountPath = QStringLiteral("bid.amount");
    webhook.pingPost.acceptedPath = QStringLiteral("bid.accepted");
    webhook.pingPost.bidIdPath = QStringLiteral("bid.id");
    webhook.pingPost.minimumBid = 7.25;
    return webhook;
}
} // namespace

class TestWebhookJson : public QObject
{
    Q_OBJECT

private slots:
    void absentKeysTakeTheDefaults()
    {
        QList<LoadError> errors;
        const Webhook webhook = WebhookJson::read(QJsonObject(), QStringLiteral("w"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(texts(errors).join(QLatin1Char('\n'))));
        QCOMPARE(webhook, Webhook());
        QVERIFY(webhook.id.isEmpty()); // scenario webhooks have no id, and get none here
        QCOMPARE(webhook.request.method, QStringLiteral("GET"));
        QCOMPARE(webhook.timeoutMs, 5000);
        QVERIFY(webhook.enabled);
        QCOMPARE(webhook.request.bodyKind, BodyKind::None);
        QCOMPARE(webhook.trigger, Trigger::Start);
    }

    void readsTheSpecScenarioWebhook()
    {
        // SPEC 8's example, headers in the object form.
        QJsonObject json =
            object(R"({"name": "Conversion", "trigger": "conversion", "method": "POST",)"
                   R"("url": "https://example.test/hook?call_id=[ringba_call_id]&call_revenue=[payout]",)"
                   R"("headers": {"Content-Type": "application/json"}, "body_kind": "json",)"
                   R"("buyer": null, "timer_seconds": 0, "timeout_ms": 5000})");
        json.insert(QStringLiteral("body"),
                    QStringLiteral("{\"phone\": \"[caller_number]\", \"revenue\": [payout|default:0]}"));
        QList<LoadError> errors;
        const Webhook webhook = WebhookJson::read(json, QStringLiteral("webhooks[1]"), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(webhook.name, QStringLiteral("Conversion"));
        QCOMPARE(webhook.trigger, Trigger::Conversion);
        QCOMPARE(webhook.request.method, QStringLiteral("POST"));
        QCOMPARE(webhook.request.url,
                 QStringLiteral("https://example.test/hook?call_id=[ringba_call_id]&call_revenue=[payout]"));
        QCOMPARE(webhook.request.headers,
                 (QList<HeaderTemplate>{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}));
        QCOMPARE(webhook.request.bodyKind, BodyKind::Json);
        QCOMPARE(webhook.request.body,
                 QStringLiteral("{\"phone\": \"[caller_number]\", \"revenue\": [payout|default:0]}"));
        QVERIFY(webhook.buyerId.isEmpty());
        QVERIFY(webhook.unknownFields.isEmpty());

        const Webhook other = WebhookJson::read(
            object(
                R"({"name": "Append data", "trigger": "data_appending", "matches": ["source_id:pub1"], "buyer": "b2"})"),
            QStringLiteral("webhooks[0]"), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(other.trigger, Trigger::DataAppending);
        QCOMPARE(other.matches, QStringList{QStringLiteral("source_id:pub1")});
        QCOMPARE(other.buyerId, QStringLiteral("b2"));
    }

    void headerArrayKeepsOrderAndRepeatedNames()
    {
        QList<LoadError> errors;
        const Webhook webhook =
            WebhookJson::read(object(R"({"headers": [{"name": "X-B", "value": "1"}, {"name": "X-A", "value": "2"},)"
                                     R"( {"name": "X-B", "value": "3"}, {"name": "X-Empty"}]})"),
                              QString(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(webhook.request.headers, (QList<HeaderTemplate>{{QStringLiteral("X-B"), QStringLiteral("1")},
                                                                 {QStringLiteral("X-A"), QStringLiteral("2")},
                                                                 {QStringLiteral("X-B"), QStringLiteral("3")},
                                                                 {QStringLiteral("X-Empty"), QString()}}));
        QVERIFY(webhook.unknownFields.isEmpty());
    }

    void writesEveryKeyWithHeadersAsAnArray()
    {
        Webhook webhook;
        webhook.name = QStringLiteral("Start");
        webhook.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
        const QJsonObject expected = object(
            R"({"name": "Start", "trigger": "start", "timer_seconds": 0,)"
            R"( "method": "GET", "url": "", "headers": [{"name": "Content-Type", "value": "application/json"}],)"
            R"( "body_kind": "none", "body": "", "matches": [], "timeout_ms": 5000, "enabled": true, "notes": "",)"
            R"( "buyer": null})");
        // No id (scenario webhooks have none) and no ping_post while it is the default.
        QCOMPARE(WebhookJson::write(webhook), expected);

        webhook.id = QStringLiteral("wh-9");
        webhook.buyerId = QStringLiteral("b1");
        const QJsonObject written = WebhookJson::write(webhook);
        QCOMPARE(written.value(QStringLiteral("id")).toString(), QStringLiteral("wh-9"));
        QCOMPARE(written.value(QStringLiteral("buyer")).toString(), QStringLiteral("b1"));
    }

    void writesPingPostInFull()
    {
        const QJsonObject written = WebhookJson::write(everyField());
        QJsonObject expected =
            object(R"({"enabled": true, "amount_path": "bid.amount", "accepted_path": "bid.accepted",)"
                   R"("bid_id_path": "bid.id", "minimum_bid": 7.25})");
        QJsonObject ping = object(R"({"method": "POST", "url": "http://127.0.0.1:8377/ping", "body_kind": "json",)"
                                  R"("headers": [{"name": "Content-Type", "value": "application/json"}]})");
        ping.insert(QStringLiteral("body"), QStringLiteral("{\"zip\": \"[caller_zip]\"}"));
        expected.insert(QStringLiteral("ping"), ping);
        QCOMPARE(written.value(QStringLiteral("ping_post")).toObject(), expected);
    }

    void everyFieldRoundTrips()
    {
        const Webhook webhook = everyField();
        QList<LoadError> errors;
        const Webhook back = WebhookJson::read(WebhookJson::write(webhook), QStringLiteral("w"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(texts(errors).join(QLatin1Char('\n'))));
        QCOMPARE(back, webhook);
        QCOMPARE(WebhookJson::write(back), WebhookJson::write(webhook));
    }

    void unknownFieldsAtEveryLevelAreKept()
    {
        const QJsonObject json =
            object(R"({"name": "RTB", "x_webhook": {"a": [1, 2]},)"
                   R"( "headers": [{"name": "A", "value": "1"}, {"name": "B", "value": "2", "x_header": true}],)"
                   R"( "ping_post": {"enabled": true, "x_ping_post": 1,)"
                   R"( "ping": {"url": "u", "x_ping": "p", "headers": [{"name": "C", "value": "3", "x": 0}]}}})");
        QList<LoadError> errors;
        const Webhook webhook = WebhookJson::read(json, QString(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(webhook.unknownFields,
                 object(R"({"x_webhook": {"a": [1, 2]},)"
                        R"( "headers": [{}, {"x_header": true}],)"
                        R"( "ping_post": {"x_ping_post": 1, "ping": {"x_ping": "p", "headers": [{"x": 0}]}}})"));

        // Everything read back out, unknown fields in their places.
        const QJsonObject written = WebhookJson::write(webhook);
        QCOMPARE(written.value(QStringLiteral("x_webhook")), json.value(QStringLiteral("x_webhook")));
        QCOMPARE(written.value(QStringLiteral("headers")), json.value(QStringLiteral("headers")));
        const QJsonObject pingPost = written.value(QStringLiteral("ping_post")).toObject();
        QCOMPARE(pingPost.value(QStringLiteral("x_ping_post")).toInt(), 1);
        const QJsonObject ping = pingPost.value(QStringLiteral("ping")).toObject();
        QCOMPARE(ping.value(QStringLiteral("x_ping")).toString(), QStringLiteral("p"));
        QCOMPARE(ping.value(QStringLiteral("headers")), json.value(QStringLiteral("ping_post"))
                                                            .toObject()
                                                            .value(QStringLiteral("ping"))
                                                            .toObject()
                                                            .value(QStringLiteral("headers")));
        // And a second pass changes nothing.
        QCOMPARE(WebhookJson::write(WebhookJson::read(written, QString(), &errors)), written);
        QVERIFY(errors.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unknown trigger")
            << QByteArray(R"({"trigger": "strat"})")
            << QStringList{"w.trigger: unknown trigger \"strat\" (expected one of: data_appending, start, "
                           "pass_through, selected, answered, timer, postback, connect, conversion, "
                           "non_conversion, always)"};
        QTest::newRow("trigger not a string")
            << QByteArray(R"({"trigger": 3})") << QStringList{"w.trigger: expected a string, got a number (3)"};
        // Content the model can hold loads as written: WebhookLinter reports it (issue 13).
        QTest::newRow("unknown method loads") << QByteArray(R"({"method": "get"})") << QStringList{};
        QTest::newRow("unknown body kind")
            << QByteArray(R"({"body_kind": "xml"})")
            << QStringList{"w.body_kind: unknown body kind \"xml\" (expected one of: none, form, json, raw)"};
        QTest::newRow("negative timer loads")
            << QByteArray(R"({"trigger": "timer", "timer_seconds": -1})") << QStringList{};
        QTest::newRow("timer of a day and a second loads")
            << QByteArray(R"({"trigger": "timer", "timer_seconds": 86401})") << QStringList{};
        QTest::newRow("timer webhook with zero seconds loads")
            << QByteArray(R"({"trigger": "timer", "timer_seconds": 0})") << QStringList{};
        QTest::newRow("timer of a fraction") << QByteArray(R"({"trigger": "timer", "timer_seconds": 1.5})")
                                             << QStringList{"w.timer_seconds: expected a whole number, got 1.5"};
        QTest::newRow("timeout zero loads") << QByteArray(R"({"timeout_ms": 0})") << QStringList{};
        QTest::newRow("timeout too long loads") << QByteArray(R"({"timeout_ms": 120001})") << QStringList{};
        QTest::newRow("match without key loads") << QByteArray(R"({"matches": ["ok", ":yes"]})") << QStringList{};
        QTest::newRow("buyer of the wrong type")
            << QByteArray(R"({"buyer": false})") << QStringList{"w.buyer: expected a buyer id or null, got false"};
        QTest::newRow("header with an empty name loads")
            << QByteArray(R"({"headers": [{"name": "", "value": "v"}]})") << QStringList{};
        QTest::newRow("header name with a space loads")
            << QByteArray(R"({"headers": [{"name": "X Y", "value": "v"}]})") << QStringList{};
        QTest::newRow("header name of the wrong type")
            << QByteArray(R"({"headers": [{"name": 1, "value": "v"}]})")
            << QStringList{"w.headers[0].name: expected a string, got a number (1)"};
        QTest::newRow("header value with a line break loads")
            << QByteArray(R"({"headers": [{"name": "X-A", "value": "1\r\nX-Injected: 2\u0000"}]})") << QStringList{};
        QTest::newRow("headers as text")
            << QByteArray(R"({"headers": "X-A: 1"})")
            << QStringList{"w.headers: expected an object or an array of {\"name\", \"value\"} objects, got a "
                           "string (\"X-A: 1\")"};
        QTest::newRow("ping post of the wrong type")
            << QByteArray(R"({"ping_post": true})") << QStringList{"w.ping_post: expected an object, got true"};
        QTest::newRow("ping post fields")
            << QByteArray(R"({"ping_post": {"ping": {"method": "FETCH", "body_kind": 1}, "minimum_bid": -0.5,)"
                          R"( "amount_path": []}})")
            << QStringList{"w.ping_post.ping.body_kind: expected a string, got a number (1)",
                           "w.ping_post.amount_path: expected a string, got an array"};
        QTest::newRow("ping post content loads")
            << QByteArray(R"({"ping_post": {"enabled": true, "ping": {"method": "FETCH"}, "minimum_bid": -0.5}})")
            << QStringList{};
    }

    // Structure is an error; content loads as written and writes back unchanged (issue 13).
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QList<LoadError> errors;
        const QJsonObject input = object(json);
        const Webhook webhook = WebhookJson::read(input, QStringLiteral("w"), &errors);
        QCOMPARE(texts(errors), expected);
        if (!expected.isEmpty())
            return;
        const QJsonObject written = WebhookJson::write(webhook);
        for (auto it = input.begin(); it != input.end(); ++it) {
            const QJsonValue back = written.value(it.key());
            if (it.value().isObject()) { // ping_post: every key given is written back as given
                const QJsonObject given = it.value().toObject();
                for (auto field = given.begin(); field != given.end(); ++field) {
                    if (!field.value().isObject())
                        QCOMPARE(back.toObject().value(field.key()), field.value());
                }
            } else {
                QCOMPARE(back, it.value());
            }
        }
    }

    void readListNamesEachElement()
    {
        QList<LoadError> errors;
        const QList<Webhook> webhooks = WebhookJson::readList(
            QJsonDocument::fromJson(R"([{"name": "a"}, 5, {"name": "c", "trigger": "nope"}])").array(),
            QStringLiteral("campaigns[0].webhooks"), &errors);
        QCOMPARE(webhooks.size(), 2);
        QCOMPARE(webhooks.at(1).name, QStringLiteral("c"));
        QCOMPARE(texts(errors),
                 (QStringList{"campaigns[0].webhooks[1]: expected a webhook object, got a number (5)",
                              "campaigns[0].webhooks[2].trigger: unknown trigger \"nope\" (expected one of: "
                              "data_appending, start, pass_through, selected, answered, timer, postback, connect, "
                              "conversion, non_conversion, always)"}));
        QCOMPARE(WebhookJson::writeList(webhooks).size(), 2);
    }

    void methods() { QCOMPARE(WebhookJson::methods(), (QStringList{"GET", "POST", "PUT", "PATCH", "DELETE"})); }
};

QTEST_GUILESS_MAIN(TestWebhookJson)
#include "TestWebhookJson.moc"
