// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "net/NetworkResponder.h"
#include "net/SandboxReceiver.h"
#include "response/BidReader.h"
#include "templates/TemplateInstantiator.h"
#include "templates/TemplateLibrary.h"
#include "tokens/RequestRenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

// Every shipped template: loaded from the resource, filled with sample parameters that point
// it at a local sandbox receiver, rendered with a sample call, checked, and fired for real.
class TestShippedTemplates : public QObject
{
    Q_OBJECT

private:
    SandboxReceiver m_receiver;

    // The built-in tags of SPEC 4 and the template-specific tags the descriptions document.
    static TagMap sampleCall()
    {
        TagMap tags;
        const QList<QPair<QString, QString>> values{
            {QStringLiteral("caller_number"), QStringLiteral("+15551234567")},
            {QStringLiteral("caller_id"), QStringLiteral("+15551234567")},
            {QStringLiteral("caller_zip"), QStringLiteral("10101")},
            {QStringLiteral("call_uuid"), QStringLiteral("5f0c6d4e-8a1b-4c2d-9e3f-0a1b2c3d4e5f")},
            {QStringLiteral("handler_id"), QStringLiteral("buyer-7")},
            {QStringLiteral("payout"), QStringLiteral("25.50")},
            {QStringLiteral("source_id"), QStringLiteral("pub1")},
            {QStringLiteral("duration"), QStringLiteral("95")},
            {QStringLiteral("converted"), QStringLiteral("true")},
            {QStringLiteral("geo"), QStringLiteral("us-10101")},
            {QStringLiteral("ringba_call_id"), QStringLiteral("RGB1234567890")},
            {QStringLiteral("cake_request_id"), QStringLiteral("88812345")},
            {QStringLiteral("cake_offer_id"), QStringLiteral("42")},
            {QStringLiteral("cake_event_id"), QStringLiteral("1")},
            {QStringLiteral("tune_transaction_id"), QStringLiteral("1027c887059b47bc69c699f45466b9")},
            {QStringLiteral("voluum_cid"), QStringLiteral("AXB7C2D9E1F0")},
            {QStringLiteral("ef_transaction_id"), QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9")},
            {QStringLiteral("ga_client_id"), QStringLiteral("123456.7654321")},
            {QStringLiteral("call_start_unix"), QStringLiteral("1767225600")},
        };
        for (const auto &[key, value] : values)
            tags.set(key, {value});
        return tags;
    }

    static QStringList builtInTags()
    {
        return {QStringLiteral("caller_number"), QStringLiteral("caller_id"), QStringLiteral("caller_zip"),
                QStringLiteral("call_uuid"),     QStringLiteral("call_key"),  QStringLiteral("handler_id"),
                QStringLiteral("payout"),        QStringLiteral("source_id"), QStringLiteral("geo"),
                QStringLiteral("duration"),      QStringLiteral("converted"), QStringLiteral("timer_seconds")};
    }

    // What the receiver answers a template's ping with: the platform's documented bid format.
    static std::optional<QByteArray> sampleBidReply(const QString &templateId)
    {
        if (templateId == QLatin1String("ringba-rtb-ping-post"))
            return QByteArrayLiteral("{\"bidId\": \"bdb74fe968224e55b941f02fa1cb23b0\", \"bidAmount\": 25.5, "
                                     "\"phoneNumber\": \"+18005550199\", \"phoneNumberNoPlus\": \"18005550199\", "
                                     "\"expireInSeconds\": 60}");
        if (templateId == QLatin1String("trackdrive-ping-post"))
            return QByteArrayLiteral(
                "{\"status\": \"success\", \"try_all_buyers_ping_id\": \"xyz789\", \"buyers\": "
                "[{\"buyer_id\": 1, \"name\": \"Buyer A\", \"bid\": 25.0, \"ping_id\": \"abc123\"}]}");
        return std::nullopt;
    }

    // Domains and URLs lead to the receiver; other values are the default or a plain sample.
    TemplateInstantiator::Values sampleParameters(const WebhookTemplate &webhookTemplate) const
    {
        TemplateInstantiator::Values values;
        for (const TemplateParameter &parameter : webhookTemplate.parameters) {
            QString value;
            switch (parameter.type) {
            case TemplateParameter::Type::Domain:
                value = QStringLiteral("127.0.0.1:%1").arg(m_receiver.port());
                break;
            case TemplateParameter::Type::Url:
                value = m_receiver.baseUrl() + QStringLiteral("/hooks/") + webhookTemplate.id + QLatin1Char('/')
                        + parameter.name;
                break;
            case TemplateParameter::Type::Number:
                value = parameter.defaultValue.isEmpty() ? QStringLiteral("123") : parameter.defaultValue;
                break;
            case TemplateParameter::Type::Text:
            case TemplateParameter::Type::Secret:
                value = parameter.defaultValue.isEmpty() ? QStringLiteral("sample_") + parameter.name
                                                         : parameter.defaultValue;
                break;
            }
            values.insert(parameter.name, value);
        }
        return values;
    }

    // Renders the request and checks it as the issue asks: no errors, no missing tag, a URL that
    // parses strictly, a JSON body that parses. The caller checks QTest::currentTestFailed().
    static void renderAndCheck(const RequestTemplate &request, const TagMap &tags, RenderedRequest *rendered)
    {
        const RequestRenderer renderer(request);
        QVERIFY2(renderer.compileErrors().isEmpty(), qPrintable(renderer.compileErrors().join(QLatin1Char('\n'))));
        RenderReport report;
        *rendered = renderer.render(tags, &report);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        const QUrl url(rendered->url, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(rendered->url + QStringLiteral(": ") + url.errorString()));
        QVERIFY2(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"),
                 qPrintable(rendered->url));
        if (request.bodyKind == BodyKind::Json) {
            QJsonParseError error;
            QJsonDocument::fromJson(rendered->body, &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(error.errorString() + QStringLiteral(": ") + QString::fromUtf8(rendered->body)));
        }
    }

    // Sends the request to the receiver, whatever host the template names, and checks that it
    // arrived as rendered. The caller checks QTest::currentTestFailed().
    void fire(RenderedRequest request, const QString &name, Exchange *answer)
    {
        QUrl url(request.url, QUrl::StrictMode);
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_receiver.port());
        request.url = url.toString(QUrl::FullyEncoded);

        const qsizetype before = m_receiver.requests().size();
        NetworkResponder responder;
        auto hops = std::make_shared<std::optional<QList<Exchange>>>();
        responder.send(request, name, [hops](const QList<Exchange> &done) { *hops = done; });
        QTRY_VERIFY_WITH_TIMEOUT(hops->has_value(), 10000);
        QCOMPARE((*hops)->size(), 1);
        *answer = (*hops)->constFirst();
        QVERIFY2(answer->isSuccess(), qPrintable(answer->error));
        QCOMPARE(m_receiver.requests().size(), before + 1);
        const ReceivedRequest &received = m_receiver.requests().constLast();
        QCOMPARE(received.method, request.method);
        QCOMPARE(received.path, url.path(QUrl::FullyEncoded));
        QCOMPARE(received.query, url.query(QUrl::FullyEncoded));
        QCOMPARE(received.body, request.body);
    }

private slots:
    void initTestCase() { QVERIFY2(m_receiver.listen(), qPrintable(m_receiver.errorString())); }

    void theIssuesTemplatesAreShipped()
    {
        const TemplateLibrary &library = TemplateLibrary::builtIn();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errorStrings().join(QLatin1Char('\n'))));
        const QStringList ids{QStringLiteral("ringba-conversion-webhook"),
                              QStringLiteral("ringba-rtb-ping-post"),
                              QStringLiteral("publisher-data-writing-postback"),
                              QStringLiteral("zapier-catch-hook"),
                              QStringLiteral("cake-server-postback"),
                              QStringLiteral("hasoffers-tune-postback"),
                              QStringLiteral("voluum-postback"),
                              QStringLiteral("everflow-postback"),
                              QStringLiteral("trackdrive-ping-post"),
                              QStringLiteral("ga4-measurement-protocol"),
                              QStringLiteral("meta-conversions-api"),
                              QStringLiteral("slack-incoming-webhook"),
                              QStringLiteral("generic-json-post"),
                              QStringLiteral("generic-form-post")};
        for (const QString &id : ids)
            QVERIFY2(library.find(id), qPrintable(id));
        // Every file of templates/ is in the resource (the glob is re-read when files change).
        const QStringList files =
            QDir(QStringLiteral(WC_SOURCE_DIR "/templates")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(library.templates().size(), files.size());
    }

    void shippedTemplateWorks_data()
    {
        QTest::addColumn<QString>("id");
        for (const WebhookTemplate &webhookTemplate : TemplateLibrary::builtIn().templates())
            QTest::newRow(qPrintable(webhookTemplate.id)) << webhookTemplate.id;
    }

    void shippedTemplateWorks()
    {
        QFETCH(QString, id);
        const WebhookTemplate webhookTemplate = *TemplateLibrary::builtIn().find(id);
        QVERIFY(!webhookTemplate.description.isEmpty());
        QVERIFY2(webhookTemplate.documentation.startsWith(QStringLiteral("https://")),
                 qPrintable(webhookTemplate.documentation));
        QCOMPARE(TemplateLibrary::builtIn().sourceOf(id), id + QStringLiteral(".json"));
        for (const TemplateParameter &parameter : webhookTemplate.parameters) {
            QVERIFY2(!parameter.label.isEmpty() && !parameter.help.isEmpty(), qPrintable(parameter.name));
            // The UI masks by the flag: a secret-typed value must carry it.
            QVERIFY(parameter.type != TemplateParameter::Type::Secret || parameter.secret);
        }

        const TemplateInstantiator::Result instance =
            TemplateInstantiator::instantiate(webhookTemplate, sampleParameters(webhookTemplate));
        QVERIFY2(instance.ok(), qPrintable(instance.errors.join(QLatin1Char('\n'))));
        QCOMPARE(instance.webhooks.size(), webhookTemplate.webhooks.size());

        const TagMap call = sampleCall();
        for (const Webhook &webhook : instance.webhooks) {
            // Tags beyond the built-in ones must be documented in the description.
            QStringList keys = RequestRenderer(webhook.request).tokenKeys();
            if (webhook.pingPost.enabled)
                keys += RequestRenderer(webhook.pingPost.ping).tokenKeys();
            for (const QString &key : std::as_const(keys)) {
                if (!builtInTags().contains(key) && !key.startsWith(QLatin1String("ping.")))
                    QVERIFY2(webhookTemplate.description.contains(key),
                             qPrintable(key + QStringLiteral(" undocumented")));
            }

            TagMap postTags = call;
            if (webhook.pingPost.enabled) {
                const std::optional<QByteArray> reply = sampleBidReply(id);
                if (!reply)
                    QFAIL("a ping-post template needs a sample bid reply in this test");
                RenderedRequest ping;
                renderAndCheck(webhook.pingPost.ping, call, &ping);
                if (QTest::currentTestFailed())
                    return;
                const QString pingPath = QUrl(ping.url).path(QUrl::FullyEncoded);
                QVERIFY(m_receiver.setReply(ping.method, pingPath, ScriptedReply::json(200, *reply)));
                Exchange answer;
                fire(ping, webhook.name + QStringLiteral(" (ping)"), &answer);
                if (QTest::currentTestFailed())
                    return;
                QCOMPARE(answer.responseBody, *reply);
                const Bid bid = BidReader::read(webhook.pingPost, answer.status, answer.responseBody);
                QVERIFY2(bid.accepted, qPrintable(bid.reason));
                postTags.merge(bid.pingTags);
            }

            RenderedRequest post;
            renderAndCheck(webhook.request, postTags, &post);
            if (QTest::currentTestFailed())
                return;
            Exchange answer;
            fire(post, webhook.name, &answer);
            if (QTest::currentTestFailed())
                return;
            if (webhook.pingPost.enabled) {
                // The post carries the bid the ping won.
                QVERIFY2(post.body.contains(postTags.joined(QStringLiteral("ping.bid_id")).toUtf8()),
                         post.body.constData());
            }
        }
    }

    void metaPhoneIsNormalizedThenHashed()
    {
        const WebhookTemplate webhookTemplate =
            *TemplateLibrary::builtIn().find(QStringLiteral("meta-conversions-api"));
        const auto instance = TemplateInstantiator::instantiate(webhookTemplate, sampleParameters(webhookTemplate));
        QVERIFY(instance.ok());
        const RenderedRequest rendered =
            RequestRenderer(instance.webhooks.constFirst().request).render(sampleCall(), nullptr);
        const QJsonObject event =
            QJsonDocument::fromJson(rendered.body).object().value(QStringLiteral("data")).toArray().at(0).toObject();
        // Meta: country code, digits only, then SHA-256 in lower-case hex.
        const QByteArray expected = QCryptographicHash::hash("15551234567", QCryptographicHash::Sha256).toHex();
        QCOMPARE(
            event.value(QStringLiteral("user_data")).toObject().value(QStringLiteral("ph")).toArray().at(0).toString(),
            QString::fromLatin1(expected));
        QCOMPARE(event.value(QStringLiteral("action_source")).toString(), QStringLiteral("phone_call"));
        QCOMPARE(event.value(QStringLiteral("event_time")).toDouble(), 1767225600.0);
    }
};

QTEST_GUILESS_MAIN(TestShippedTemplates)
#include "TestShippedTemplates.moc"
