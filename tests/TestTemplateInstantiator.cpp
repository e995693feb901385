// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateInstantiator.h"

#include "tokens/RequestRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

QJsonObject parameter(const QString &name, const QString &type, bool required = false, const QString &defaultValue = {})
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("default"), defaultValue}};
}

QJsonObject document(const QJsonArray &parameters, const QJsonArray &webhooks)
{
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), QStringLiteral("test")},
        {QStringLiteral("name"), QStringLiteral("Test")},
        {QStringLiteral("platform"), QStringLiteral("Test")},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("webhooks"), webhooks},
        {QStringLiteral("profile_tags"), QJsonObject{{QStringLiteral("integration"), QStringLiteral("test")}}},
    };
}

// Loads a template as the library would; the test fails on the first load error.
WebhookTemplate load(const QJsonObject &object, QStringList *loadErrors)
{
    QList<LoadError> errors;
    const WebhookTemplate result = WebhookTemplate::fromJson(object, &errors);
    for (const LoadError &error : std::as_const(errors))
        loadErrors->append(error.toString());
    return result;
}

// A template with one parameter of each type, each used in every place a value can stand.
QJsonObject everyPlace()
{
    const QJsonArray parameters{
        parameter(QStringLiteral("domain"), QStringLiteral("domain"), true),
        parameter(QStringLiteral("offer"), QStringLiteral("text")),
        parameter(QStringLiteral("amount"), QStringLiteral("number")),
        parameter(QStringLiteral("key"), QStringLiteral("secret")),
        parameter(QStringLiteral("note"), QStringLiteral("text")),
    };
    const QJsonObject webhook{
        {QStringLiteral("name"), QStringLiteral("Hook for {{offer}}")},
        {QStringLiteral("trigger"), QStringLiteral("conversion")},
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("url"),
         QStringLiteral("https://{{domain}}/p/{{offer}}?o={{offer}}&amount={{amount}}&phone=[caller_number]")},
        {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Key"), QStringLiteral("{{key}}")}}},
        {QStringLiteral("body_kind"), QStringLiteral("json")},
        {QStringLiteral("body"),
         QStringLiteral("{\"note\": \"{{note}}\", \"amount\": {{amount}}, \"phone\": \"[caller_number]\"}")},
        {QStringLiteral("matches"), QJsonArray{QStringLiteral("offer:{{offer}}")}},
        {QStringLiteral("notes"), QStringLiteral("{{note}}")},
    };
    return document(parameters, QJsonArray{webhook});
}

QJsonObject oneWebhook(const QJsonArray &parameters, const QJsonObject &webhook)
{
    QJsonObject hook = webhook;
    if (!hook.contains(QStringLiteral("name")))
        hook.insert(QStringLiteral("name"), QStringLiteral("Hook"));
    if (!hook.contains(QStringLiteral("trigger")))
        hook.insert(QStringLiteral("trigger"), QStringLiteral("always"));
    return document(parameters, QJsonArray{hook});
}

TagMap callTags()
{
    TagMap tags;
    tags.set(QStringLiteral("caller_number"), {QStringLiteral("+15551234567")});
    return tags;
}

} // namespace

class TestTemplateInstantiator : public QObject
{
    Q_OBJECT

private slots:
    void writesEachValueForWhereItStands()
    {
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate = load(everyPlace(), &loadErrors);
        QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors.join(QLatin1Char('\n'))));

        const QString note = QStringLiteral("say \"hi\" [x] \\ ok");
        const TemplateInstantiator::Result result = TemplateInstantiator::instantiate(
            webhookTemplate, {{QStringLiteral("domain"), QStringLiteral("track.example.com:8443")},
                              {QStringLiteral("offer"), QStringLiteral("a b&c/d")},
                              {QStringLiteral("amount"), QStringLiteral("12.50")},
                              {QStringLiteral("key"), QStringLiteral("k[1]")},
                              {QStringLiteral("note"), note}});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.webhooks.size(), 1);
        const Webhook &webhook = result.webhooks.constFirst();

        // The template's own [tag] tokens stay for the call; values are data, never tokens.
        QCOMPARE(webhook.request.url, QStringLiteral("https://track.example.com:8443/p/a%20b%26c%2Fd?o=a%20b%26c%2Fd"
                                                     "&amount=12.50&phone=[caller_number]"));
        QCOMPARE(webhook.request.headers, (QList<HeaderTemplate>{{QStringLiteral("X-Key"), QStringLiteral("k[[1]]")}}));
        QCOMPARE(webhook.request.body, QStringLiteral("{\"note\": \"say \\\"hi\\\" [[x]] \\\\ ok\", \"amount\": 12.50, "
                                                      "\"phone\": \"[caller_number]\"}"));
        QCOMPARE(webhook.name, QStringLiteral("Hook for a b&c/d"));
        QCOMPARE(webhook.notes, note);
        QCOMPARE(webhook.matches, QStringList{QStringLiteral("offer:a b&c/d")});
        QCOMPARE(webhook.trigger, Trigger::Conversion);

        RenderReport report;
        const RenderedRequest rendered = RequestRenderer(webhook.request).render(callTags(), &report);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(rendered.url, QStringLiteral("https://track.example.com:8443/p/a%20b%26c%2Fd?o=a%20b%26c%2Fd"
                                              "&amount=12.50&phone=%2B15551234567"));
        QCOMPARE(rendered.headers.constFirst(), qMakePair(QByteArrayLiteral("X-Key"), QByteArrayLiteral("k[1]")));
        const QJsonObject body = QJsonDocument::fromJson(rendered.body).object();
        QCOMPARE(body.value(QStringLiteral("note")).toString(), note);
        QCOMPARE(body.value(QStringLiteral("amount")).toDouble(), 12.5);
        QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+15551234567"));
        QCOMPARE(result.profileTags.values(QStringLiteral("integration")), QStringList{QStringLiteral("test")});
    }

    void formBodyValuesAreFormEncoded()
    {
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({parameter(QStringLiteral("note"), QStringLiteral("text"))},
                            {{QStringLiteral("url"), QStringLiteral("https://example.com/lead")},
                             {QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("body_kind"), QStringLiteral("form")},
                             {QStringLiteral("body"), QStringLiteral("note={{note}}&phone=[caller_number]")}}),
                 &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        const auto result = TemplateInstantiator::instantiate(
            webhookTemplate, {{QStringLiteral("note"), QStringLiteral("a b&c=d [e]")}});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.webhooks.constFirst().request.body,
                 QStringLiteral("note=a+b%26c%3Dd+%5Be%5D&phone=[caller_number]"));
        const RenderedRequest rendered =
            RequestRenderer(result.webhooks.constFirst().request).render(callTags(), nullptr);
        QCOMPARE(rendered.body, QByteArrayLiteral("note=a+b%26c%3Dd+%5Be%5D&phone=%2B15551234567"));
    }

    void rawBodyValuesStayLiteral()
    {
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({parameter(QStringLiteral("note"), QStringLiteral("text"))},
                            {{QStringLiteral("url"), QStringLiteral("https://example.com/raw")},
                             {QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("body_kind"), QStringLiteral("raw")},
                             {QStringLiteral("body"), QStringLiteral("{{note}} from [caller_number]")}}),
                 &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        const auto result = TemplateInstantiator::instantiate(
            webhookTemplate, {{QStringLiteral("note"), QStringLiteral("[vip] caller")}});
        QVERIFY(result.ok());
        const RenderedRequest rendered =
            RequestRenderer(result.webhooks.constFirst().request).render(callTags(), nullptr);
        QCOMPARE(rendered.body, QByteArrayLiteral("[vip] caller from +15551234567"));
    }

    void urlValuesAreInsertedAsWritten()
    {
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({parameter(QStringLiteral("hook"), QStringLiteral("url"), true)},
                            {{QStringLiteral("url"), QStringLiteral("{{hook}}?caller=[caller_number]")}}),
                 &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        const auto result = TemplateInstantiator::instantiate(
            webhookTemplate,
            {{QStringLiteral("hook"), QStringLiteral("https://hooks.zapier.com/hooks/catch/123/abc/")}});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.webhooks.constFirst().request.url,
                 QStringLiteral("https://hooks.zapier.com/hooks/catch/123/abc/?caller=[caller_number]"));
    }

    void pingPostRequestIsFilledToo()
    {
        QStringList loadErrors;
        const QJsonObject ping{
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("url"), QStringLiteral("https://{{domain}}/ping/{{id}}")},
            {QStringLiteral("headers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Id")},
                                                               {QStringLiteral("value"), QStringLiteral("{{id}}")}}}},
            {QStringLiteral("body_kind"), QStringLiteral("json")},
            {QStringLiteral("body"), QStringLiteral("{\"source\": \"{{id}}\"}")}};
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({parameter(QStringLiteral("domain"), QStringLiteral("domain"), true),
                             parameter(QStringLiteral("id"), QStringLiteral("text"), true)},
                            {{QStringLiteral("url"), QStringLiteral("https://{{domain}}/post?bid=[ping.bid_id]")},
                             {QStringLiteral("ping_post"),
                              QJsonObject{{QStringLiteral("enabled"), true},
                                          {QStringLiteral("ping"), ping},
                                          {QStringLiteral("amount_path"), QStringLiteral("bid")}}}}),
                 &loadErrors);
        QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors.join(QLatin1Char('\n'))));
        const auto result = TemplateInstantiator::instantiate(
            webhookTemplate, {{QStringLiteral("domain"), QStringLiteral("rtb.example.com")},
                              {QStringLiteral("id"), QStringLiteral("s 1")}});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        const PingPost &pingPost = result.webhooks.constFirst().pingPost;
        QVERIFY(pingPost.enabled);
        QCOMPARE(pingPost.ping.url, QStringLiteral("https://rtb.example.com/ping/s%201"));
        QCOMPARE(pingPost.ping.headers.constFirst().value, QStringLiteral("s 1"));
        QCOMPARE(pingPost.ping.body, QStringLiteral("{\"source\": \"s 1\"}"));
        QCOMPARE(pingPost.amountPath, QStringLiteral("bid"));
        QCOMPARE(result.webhooks.constFirst().request.url,
                 QStringLiteral("https://rtb.example.com/post?bid=[ping.bid_id]"));
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<TemplateInstantiator::Values>("values");
        QTest::addColumn<QStringList>("errors");

        const TemplateInstantiator::Values good{{QStringLiteral("domain"), QStringLiteral("track.example.com")}};
        QTest::newRow("required missing")
            << TemplateInstantiator::Values() << QStringList{QStringLiteral("parameter \"domain\" is required")};
        QTest::newRow("required empty") << TemplateInstantiator::Values{{QStringLiteral("domain"), QString()}}
                                        << QStringList{QStringLiteral("parameter \"domain\" is required")};
        QTest::newRow("unknown parameter")
            << TemplateInstantiator::Values{{QStringLiteral("domain"), QStringLiteral("a.com")},
                                            {QStringLiteral("offer_id"), QStringLiteral("1")}}
            << QStringList{QStringLiteral(
                   "unknown parameter \"offer_id\" (this template takes: domain, offer, amount, key, note)")};
        QTest::newRow("domain with scheme")
            << TemplateInstantiator::Values{{QStringLiteral("domain"), QStringLiteral("https://a.com")}}
            << QStringList{
                   QStringLiteral("parameter \"domain\": \"https://a.com\" is not a domain name: write the host "
                                  "only, with an optional port (track.example.com, 127.0.0.1:8377)")};
        QTest::newRow("not a number")
            << TemplateInstantiator::Values{{QStringLiteral("domain"), QStringLiteral("a.com")},
                                            {QStringLiteral("amount"), QStringLiteral("12,50")}}
            << QStringList{
                   QStringLiteral("parameter \"amount\": \"12,50\" is not a number (digits, an optional '-' and "
                                  "decimal part: 42, 12.50)")};
        QTest::newRow("header line break")
            << TemplateInstantiator::Values{{QStringLiteral("domain"), QStringLiteral("a.com")},
                                            {QStringLiteral("key"), QStringLiteral("a\r\nX-Evil: 1")}}
            << QStringList{QStringLiteral("webhooks[0].headers.X-Key: parameter \"key\": value contains a line break")};
        QTest::newRow("several at once")
            << TemplateInstantiator::Values{{QStringLiteral("amount"), QStringLiteral("x")}}
            << QStringList{QStringLiteral("parameter \"domain\" is required"),
                           QStringLiteral("parameter \"amount\": \"x\" is not a number (digits, an optional '-' and "
                                          "decimal part: 42, 12.50)")};
    }

    void badValuesAreRefused()
    {
        QFETCH(TemplateInstantiator::Values, values);
        QFETCH(QStringList, errors);
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate = load(everyPlace(), &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        const TemplateInstantiator::Result result = TemplateInstantiator::instantiate(webhookTemplate, values);
        QCOMPARE(result.errors, errors);
        QVERIFY(result.webhooks.isEmpty());
        QVERIFY(result.profileTags.isEmpty());
    }

    void labelIsNamedInTheRequiredMessage()
    {
        QStringList loadErrors;
        QJsonObject withLabel = parameter(QStringLiteral("offer_id"), QStringLiteral("text"), true);
        withLabel.insert(QStringLiteral("label"), QStringLiteral("Offer ID"));
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({withLabel}, {{QStringLiteral("url"), QStringLiteral("https://a.com/?o={{offer_id}}")}}),
                 &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        QCOMPARE(TemplateInstantiator::instantiate(webhookTemplate, {}).errors,
                 QStringList{QStringLiteral("parameter \"offer_id\" (Offer ID) is required")});
    }

    void defaultsFillWhatIsNotGiven()
    {
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({parameter(QStringLiteral("domain"), QStringLiteral("domain"), true,
                                       QStringLiteral("d.example.com")),
                             parameter(QStringLiteral("event"), QStringLiteral("number"), false, QStringLiteral("1"))},
                            {{QStringLiteral("url"), QStringLiteral("https://{{domain}}/?e={{event}}")}}),
                 &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        const TemplateInstantiator::Values given{{QStringLiteral("event"), QString()}};
        const TemplateInstantiator::Values expected{{QStringLiteral("domain"), QStringLiteral("d.example.com")},
                                                    {QStringLiteral("event"), QStringLiteral("1")}};
        QCOMPARE(TemplateInstantiator::withDefaults(webhookTemplate, given), expected);
        const auto result = TemplateInstantiator::instantiate(webhookTemplate, given);
        QVERIFY(result.ok());
        QCOMPARE(result.webhooks.constFirst().request.url, QStringLiteral("https://d.example.com/?e=1"));
    }

    void eachApplicationGetsFreshIds()
    {
        QStringList loadErrors;
        QJsonObject object = everyPlace();
        QJsonArray webhooks = object.value(QStringLiteral("webhooks")).toArray();
        QJsonObject second = webhooks.at(0).toObject();
        second.insert(QStringLiteral("id"), QStringLiteral("wh-fixed"));
        webhooks.append(second);
        object.insert(QStringLiteral("webhooks"), webhooks);
        const WebhookTemplate webhookTemplate = load(object, &loadErrors);
        QVERIFY(loadErrors.isEmpty());
        const TemplateInstantiator::Values values{{QStringLiteral("domain"), QStringLiteral("a.com")},
                                                  {QStringLiteral("amount"), QStringLiteral("1")}};
        QSet<QString> ids;
        for (int round = 0; round < 2; ++round) {
            const auto result = TemplateInstantiator::instantiate(webhookTemplate, values);
            QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
            for (const Webhook &webhook : result.webhooks) {
                QVERIFY(webhook.id.startsWith(QStringLiteral("wh-")));
                ids.insert(webhook.id);
            }
        }
        QCOMPARE(ids.size(), 4);
        QVERIFY(!ids.contains(QStringLiteral("wh-fixed")));
    }

    void textInABareJsonPositionIsRefusedAtLoad()
    {
        // A text value is escaped as string content, so it can never become JSON structure:
        // a template that puts one where a JSON value belongs is broken whatever the value.
        QStringList loadErrors;
        load(oneWebhook({parameter(QStringLiteral("n"), QStringLiteral("text"))},
                        {{QStringLiteral("url"), QStringLiteral("https://a.com/")},
                         {QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("body_kind"), QStringLiteral("json")},
                         {QStringLiteral("body"), QStringLiteral("{\"v\": {{n}}}")}}),
             &loadErrors);
        QCOMPARE(loadErrors,
                 QStringList{QStringLiteral(
                     "webhooks[0]: body: column 7: invalid JSON: expected a value after \"v\": (found xxxxx)")});
    }

    void compileErrorsOfTheResultAreReported()
    {
        // Fine with a number, but an optional number left empty leaves no JSON value behind.
        QStringList loadErrors;
        const WebhookTemplate webhookTemplate =
            load(oneWebhook({parameter(QStringLiteral("n"), QStringLiteral("number"))},
                            {{QStringLiteral("url"), QStringLiteral("https://a.com/")},
                             {QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("body_kind"), QStringLiteral("json")},
                             {QStringLiteral("body"), QStringLiteral("{\"v\": {{n}}}")}}),
                 &loadErrors);
        QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors.join(QLatin1Char('\n'))));
        QCOMPARE(TemplateInstantiator::instantiate(webhookTemplate, {{QStringLiteral("n"), QStringLiteral("7")}})
                     .webhooks.constFirst()
                     .request.body,
                 QStringLiteral("{\"v\": 7}"));
        const auto result = TemplateInstantiator::instantiate(webhookTemplate, {});
        // {"v": } : column 7 is the '}' where the value should be.
        QCOMPARE(result.errors,
                 QStringList{QStringLiteral("webhooks[0]: body: column 7: invalid JSON: expected a value after \"v\": "
                                            "(found })")});
        QVERIFY(result.webhooks.isEmpty());
    }

    void uncheckedTemplateWithUndeclaredReference()
    {
        WebhookTemplate unchecked;
        unchecked.webhooks = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Hook")},
                                                    {QStringLiteral("url"), QStringLiteral("https://{{nope}}/")}}};
        QCOMPARE(TemplateInstantiator::instantiate(unchecked, {}).errors,
                 QStringList{QStringLiteral("webhooks[0].url: \"{{nope}}\" is not a declared parameter")});
    }

    void checkValue_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");

        QTest::newRow("domain") << QStringLiteral("domain") << QStringLiteral("track.example.com") << true;
        QTest::newRow("domain with port") << QStringLiteral("domain") << QStringLiteral("127.0.0.1:8377") << true;
        QTest::newRow("domain, international") << QStringLiteral("domain") << QStringLiteral("bücher.example") << true;
        QTest::newRow("domain with path") << QStringLiteral("domain") << QStringLiteral("a.com/x") << false;
        QTest::newRow("domain with space") << QStringLiteral("domain") << QStringLiteral("a .com") << false;
        QTest::newRow("domain, bad port") << QStringLiteral("domain") << QStringLiteral("a.com:99999") << false;
        QTest::newRow("domain, empty label") << QStringLiteral("domain") << QStringLiteral("a..com") << false;
        QTest::newRow("number") << QStringLiteral("number") << QStringLiteral("-12.5") << true;
        QTest::newRow("number, integer") << QStringLiteral("number") << QStringLiteral("42") << true;
        QTest::newRow("number, trailing dot") << QStringLiteral("number") << QStringLiteral("4.") << false;
        QTest::newRow("number, exponent") << QStringLiteral("number") << QStringLiteral("1e3") << false;
        QTest::newRow("url") << QStringLiteral("url") << QStringLiteral("https://hooks.slack.com/services/T/B/x")
                             << true;
        QTest::newRow("url, http with port")
            << QStringLiteral("url") << QStringLiteral("http://127.0.0.1:8377/hook") << true;
        QTest::newRow("url, no scheme") << QStringLiteral("url") << QStringLiteral("hooks.slack.com/x") << false;
        QTest::newRow("url, ftp") << QStringLiteral("url") << QStringLiteral("ftp://a.com/") << false;
        QTest::newRow("url, space") << QStringLiteral("url") << QStringLiteral("https://a.com/a b") << false;
        QTest::newRow("text, anything") << QStringLiteral("text") << QStringLiteral("a b\n[c]") << true;
        QTest::newRow("secret, anything") << QStringLiteral("secret") << QStringLiteral("s3cr3t!") << true;
        QTest::newRow("empty is for required to judge") << QStringLiteral("number") << QString() << true;
    }

    void checkValue()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        TemplateParameter parameter;
        QVERIFY(TemplateParameter::typeFromName(type, &parameter.type));
        QString error;
        QCOMPARE(TemplateInstantiator::checkValue(parameter, value, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestTemplateInstantiator)
#include "TestTemplateInstantiator.moc"
