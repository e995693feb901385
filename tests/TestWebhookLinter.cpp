// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/WebhookLinter.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

#include <functional>

Q_DECLARE_METATYPE(LintLocation)
Q_DECLARE_METATYPE(Webhook)

namespace {

using Edit = std::function<void(Webhook &)>;

Webhook webhook(const QString &name, Trigger trigger)
{
    Webhook w;
    w.name = name;
    w.trigger = trigger;
    w.request.method = QStringLiteral("POST");
    w.request.url = QStringLiteral("https://example.test/hook?id=[call_uuid]");
    w.request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    w.request.bodyKind = BodyKind::Json;
    w.request.body = QStringLiteral("{\"phone\": \"[caller_number]\", \"zip\": [caller_zip]}");
    return w;
}

// campaigns[0] routes to b1 and b2 and has one webhook and an unlocked number; campaigns[1]
// routes to b1 only, campaigns[2] to nobody. Buyer "orphan" is in no routing.
Workspace context(bool withPublishers = true)
{
    Workspace ws;
    ws.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550134")});
    ws.sampleCall.set(QStringLiteral("call_uuid"), {QStringLiteral("CA-1")});
    ws.sampleCall.set(QStringLiteral("caller_note"), {QStringLiteral("ok\r\nX-Evil: 1")});
    ws.sampleCall.set(QStringLiteral("host"), {QStringLiteral("bad host")});

    Buyer b1;
    b1.id = QStringLiteral("b1");
    b1.tags.set(QStringLiteral("vertical"), {QStringLiteral("solar")});
    Buyer b2;
    b2.id = QStringLiteral("b2");
    Buyer orphan;
    orphan.id = QStringLiteral("orphan");
    orphan.webhooks = {webhook(QStringLiteral("Orphan answered"), Trigger::Answered)};
    ws.buyers = {b1, b2, orphan};

    if (withPublishers) {
        Publisher publisher;
        publisher.sourceId = QStringLiteral("pub-1");
        publisher.postbackFields = {QStringLiteral("sale_amount")};
        publisher.tags.set(QStringLiteral("tier"), {QStringLiteral("gold")});
        ws.publishers = {publisher};
    }

    Campaign routed;
    routed.id = QStringLiteral("c0");
    routed.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    routed.conversion.requiredTags = {QStringLiteral("sale:yes")};
    routed.webhooks = {webhook(QStringLiteral("Existing"), Trigger::Start)};
    routed.webhooks[0].matches = {QStringLiteral("lead_score:high")};
    TrackingNumber number;
    number.number = QStringLiteral("+18005550100");
    number.webhooksUnlocked = true;
    number.webhooks = {webhook(QStringLiteral("Number start"), Trigger::Start)};
    routed.numbers = {number};
    Campaign single;
    single.id = QStringLiteral("c1");
    single.buyerIds = {QStringLiteral("b1")};
    Campaign unrouted;
    unrouted.id = QStringLiteral("c2");
    ws.campaigns = {routed, single, unrouted};
    return ws;
}

// A new webhook at the end of campaigns[0]: the editor's view while one is being added.
// Rewords every message, with words and digits of its own around the original and "column"
// renamed, as a translation may: a linter that read positions out of messages would then find
// other numbers, or none.
class Rewording final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("7 8 9: ")
               + QString::fromUtf8(sourceText).replace(QLatin1String("column"), QLatin1String("Spalte 1"))
               + QStringLiteral(" (42)");
    }
};

const LintLocation kNew = LintLocation::campaign(0, 1);
const QString kNewPath = QStringLiteral("campaigns[0].webhooks[1].");

QStringList texts(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &finding : findings)
        lines.append(finding.toString());
    return lines;
}

} // namespace

class TestWebhookLinter : public QObject
{
    Q_OBJECT

private:
    void row(const char *name, const Edit &edit, const QStringList &expected, const LintLocation &at = kNew,
             bool withPublishers = true)
    {
        Webhook w = webhook(QStringLiteral("Hook"), Trigger::Answered);
        edit(w);
        QTest::newRow(name) << w << at << withPublishers << expected;
    }

    static Edit none()
    {
        return [](Webhook &) {
        };
    }

private slots:
    void eachRuleFiresAndHoldsBack_data()
    {
        QTest::addColumn<Webhook>("webhook");
        QTest::addColumn<LintLocation>("location");
        QTest::addColumn<bool>("withPublishers");
        QTest::addColumn<QStringList>("expected");
        const QString p = kNewPath;

        row("clean", none(), {});

        // missing-name, duplicate-name
        row("missing-name", [](Webhook &w) { w.name = QStringLiteral("  "); },
            {p
             + "name: warning: the webhook has no name; the fired-pixel log and scenario responses tell "
               "webhooks apart by name [missing-name]"});
        row("duplicate-name", [](Webhook &w) { w.name = QStringLiteral(" existing "); },
            {p
             + "name: warning: campaigns[0].webhooks[0] in the same list is also named \"existing\"; the "
               "fired-pixel log and scenario responses tell webhooks apart by name [duplicate-name]"});
        row(
            "duplicate-name: itself is no duplicate", [](Webhook &w) { w.name = QStringLiteral("Existing"); }, {},
            LintLocation::campaign(0, 0));
        row(
            "duplicate-name: another list", [](Webhook &w) { w.name = QStringLiteral("Existing"); }, {},
            LintLocation::campaign(1, 0));

        // never-fires
        row("never-fires: disabled", [](Webhook &w) { w.enabled = false; },
            {p + "enabled: info: disabled: it never fires until it is enabled [never-fires]"});
        row(
            "never-fires: Selected with no routing", [](Webhook &w) { w.trigger = Trigger::Selected; },
            {"campaigns[2].webhooks[0].trigger: warning: this campaign routes to no buyer, so this Selected "
             "webhook never fires [never-fires]"},
            LintLocation::campaign(2, 0));
        row(
            "never-fires: Connect with no routing", [](Webhook &w) { w.trigger = Trigger::Connect; },
            {"campaigns[2].webhooks[0].trigger: warning: this campaign routes to no buyer, so this Connect "
             "webhook never fires [never-fires]"},
            LintLocation::campaign(2, 0));
        row(
            "never-fires: Start needs no routing", [](Webhook &w) { w.trigger = Trigger::Start; }, {},
            LintLocation::campaign(2, 0));
        row("never-fires: buyer in no routing", none(),
            {"buyers[2].webhooks[0]: warning: buyer \"orphan\" is in no campaign's routing, so its webhooks "
             "never fire [never-fires]"},
            LintLocation::buyer(2, 0));
        row("never-fires: buyer in a routing", none(), {}, LintLocation::buyer(1, 0));
        row(
            "never-fires: buyer field outside the routing", [](Webhook &w) { w.buyerId = QStringLiteral("b2"); },
            {"campaigns[1].webhooks[0].buyer: warning: it fires only for buyer \"b2\", which this campaign "
             "does not route to, so it never fires [never-fires]"},
            LintLocation::campaign(1, 0));
        row(
            "never-fires: buyer field in the routing", [](Webhook &w) { w.buyerId = QStringLiteral("b1"); }, {},
            LintLocation::campaign(1, 0));
        row("never-fires: handler_id before routing",
            [](Webhook &w) {
                w.trigger = Trigger::PassThrough;
                w.matches = {QStringLiteral("handler_id:b1")};
            },
            {p
             + "matches[0]: warning: handler_id is set only once a buyer is selected, after the "
               "Pass-through ping webhooks have fired, so this match never holds [never-fires]"});
        row("never-fires: handler_id the campaign does not route to",
            [](Webhook &w) {
                w.matches = {QStringLiteral("handler_id:b9"), QStringLiteral("handler_id:orphan")};
            },
            {p
             + "matches[0]: warning: it matches handler_id b9, orphan, but in this campaign it can fire "
               "only for b1, b2, so it never fires [never-fires]"});
        row("never-fires: handler_id the campaign routes to",
            [](Webhook &w) {
                w.matches = {QStringLiteral("handler_id:b9"), QStringLiteral("handler_id:B2")};
            },
            {});
        row(
            "never-fires: handler_id of another buyer",
            [](Webhook &w) { w.matches = {QStringLiteral("handler_id:b2")}; },
            {"buyers[0].webhooks[0].matches[0]: warning: it matches handler_id b2, but as a webhook of buyer "
             "\"b1\" it fires only for calls routed to that buyer, so it never fires [never-fires]"},
            LintLocation::buyer(0, 0));
        row(
            "never-fires: handler_id of its buyer", [](Webhook &w) { w.matches = {QStringLiteral("handler_id:b1")}; },
            {}, LintLocation::buyer(0, 0));
        row("never-fires: bare handler_id after routing",
            [](Webhook &w) { w.matches = {QStringLiteral("handler_id")}; }, {});

        // timer-without-threshold
        row("timer-without-threshold", [](Webhook &w) { w.trigger = Trigger::Timer; },
            {p
             + "timer_seconds: error: a Timer webhook needs a threshold of at least 1 second; without one "
               "it never fires [timer-without-threshold]"});
        row("timer-without-threshold: 30 s",
            [](Webhook &w) {
                w.trigger = Trigger::Timer;
                w.timerSeconds = 30;
            },
            {});

        // invalid-method
        row("invalid-method", [](Webhook &w) { w.request.method = QStringLiteral("FETCH"); },
            {p
             + "method: error: unknown method \"FETCH\" (expected one of: GET, POST, PUT, PATCH, DELETE) "
               "[invalid-method]"});
        row("invalid-method: lower case, as in the file", [](Webhook &w) { w.request.method = QStringLiteral("put"); },
            {p
             + "method: error: unknown method \"put\" (expected one of: GET, POST, PUT, PATCH, DELETE) "
               "[invalid-method]"});

        row("invalid-method: PATCH", [](Webhook &w) { w.request.method = QStringLiteral("PATCH"); }, {});

        // invalid-url
        row("invalid-url: no scheme", [](Webhook &w) { w.request.url = QStringLiteral("example.test/[call_uuid]"); },
            {p
             + "url: error: column 13: the URL must start with a scheme and \"://\", as in https:// "
               "[invalid-url]"});
        row("invalid-url: empty", [](Webhook &w) { w.request.url.clear(); },
            {p + "url: error: the URL is empty [invalid-url]"});
        row("invalid-url: not http", [](Webhook &w) { w.request.url = QStringLiteral("ftp://example.test/a"); },
            {p + "url: error: the scheme must be http or https, not \"ftp\" [invalid-url]"});
        row("invalid-url: a sample value breaks it",
            [](Webhook &w) { w.request.url = QStringLiteral("https://[host]/a"); },
            {p
             + "url: warning: with the sample call: tag [host] value \"bad host\" is not a valid host name "
               "[invalid-url]"});
        row("invalid-url: a sample value fits",
            [](Webhook &w) { w.request.url = QStringLiteral("https://example.test/[caller_note]/[call_uuid]"); }, {});

        // unknown-filter, bad-filter, template-error
        row("unknown-filter", [](Webhook &w) { w.request.url += QStringLiteral("&n=[caller_number|digits|sha1]"); },
            {p
             + "url: error: column 66: unknown filter \"sha1\" (expected one of: first, last, lower, "
               "upper, trim, digits, e164, sha256, urlencode, default:TEXT) [unknown-filter]"});
        row("unknown-filter: known filters",
            [](Webhook &w) { w.request.url += QStringLiteral("&n=[caller_number|digits|sha256]"); }, {});
        row("bad-filter: default without text",
            [](Webhook &w) { w.request.body = QStringLiteral("{\"a\": [payout|default]}"); },
            {p + "body: error: column 15: filter \"default\" needs its text, as in default:0 [bad-filter]"});
        row("bad-filter: first after a text filter",
            [](Webhook &w) { w.request.body = QStringLiteral("{\"a\": \"[geo|lower|first]\"}"); },
            {p
             + "body: error: column 19: filter \"first\" picks from the tag's values, so it must come "
               "before \"lower\" [bad-filter]"});
        row("bad-filter: empty filter",
            [](Webhook &w) {
                w.request.headers.append({QStringLiteral("X-Geo"), QStringLiteral("[geo|]")});
            },
            {p + "headers[1].value: error: column 6: empty filter after \"|\" [bad-filter]"});
        row("template-error: token not closed",
            [](Webhook &w) {
                w.request.bodyKind = BodyKind::Raw;
                w.request.body = QStringLiteral("id=[call_uuid|lower");
            },
            {p + "body: error: column 4: token \"[call_uuid|lower\" is not closed with \"]\" [template-error]"});

        // invalid-json-body (at the } where the value of "zip" should be)
        row("invalid-json-body",
            [](Webhook &w) { w.request.body = QStringLiteral("{\"phone\": [caller_number],\n \"zip\": }"); },
            {p
             + "body: error: line 2, column 9: invalid JSON: expected a value after \"zip\": (found }) "
               "[invalid-json-body]"});
        row("invalid-json-body: empty", [](Webhook &w) { w.request.body.clear(); },
            {p + "body: error: the JSON body is empty [invalid-json-body]"});
        row("invalid-json-body: tokens as values parse",
            [](Webhook &w) { w.request.body = QStringLiteral("{\"a\": [payout], \"b\": [ [1, 2] ], [geo]: 1}"); }, {});

        // unknown-token
        row("unknown-token", [](Webhook &w) { w.request.url += QStringLiteral("&f=[frist_name]&g=[frist_name]"); },
            {p
             + "url: warning: column 44: tag [frist_name] is neither a built-in tag nor seen in the "
               "workspace (sample call, buyer and publisher tags, postback fields, conversion criteria, "
               "matches); it renders as empty text unless a response sets it at run time [unknown-token]"});
        row("unknown-token: with a default",
            [](Webhook &w) { w.request.url += QStringLiteral("&f=[first_name|lower|default:there]"); },
            {p
             + "url: info: column 44: tag [first_name] is not seen in the workspace; it renders as its "
               "default \"there\" unless a response sets it at run time [unknown-token]"});
        row("unknown-token: known from the workspace",
            [](Webhook &w) {
                w.request.body = QStringLiteral("{\"a\": \"[vertical][tier][sale_amount][sale][lead_score][host]\"}");
            },
            {});
        row("unknown-token: built-ins in any case",
            [](Webhook &w) { w.request.body = QStringLiteral("{\"a\": \"[Caller_ID][CALL_KEY][timer_seconds]\"}"); },
            {});
        row("unknown-token: ping tag without a ping-post",
            [](Webhook &w) { w.request.body = QStringLiteral("{\"bid\": \"[ping.bid_id]\"}"); },
            {p
             + "body: warning: column 10: tag [ping.bid_id] is filled only in the post of a ping-post "
               "webhook, and this webhook has no ping-post; it renders as empty text [unknown-token]"});

        // get-with-body
        row("get-with-body", [](Webhook &w) { w.request.method = QStringLiteral("GET"); },
            {p
             + "body_kind: warning: a GET request with a body: many servers and proxies ignore or refuse "
               "it; use POST, or set the body kind to none [get-with-body]"});
        row("get-with-body: GET without a body",
            [](Webhook &w) {
                w.request.method = QStringLiteral("GET");
                w.request.bodyKind = BodyKind::None;
                w.request.body.clear();
                w.request.headers.clear();
            },
            {});

        // json-body-without-json-content-type, form-body-without-form-content-type
        row("json-body-without-json-content-type: none", [](Webhook &w) { w.request.headers.clear(); },
            {p
             + "headers: warning: the body is JSON but there is no Content-Type header; this app adds "
               "application/json when it sends, but the webhook as configured does not say so: add "
               "Content-Type: application/json [json-body-without-json-content-type]"});
        row("json-body-without-json-content-type: text/plain",
            [](Webhook &w) { w.request.headers[0].value = QStringLiteral("text/plain"); },
            {p
             + "headers[0].value: warning: the body is JSON but Content-Type says \"text/plain\", so the "
               "receiver will not read it as JSON; use application/json "
               "[json-body-without-json-content-type]"});
        row("json-body-without-json-content-type: with charset",
            [](Webhook &w) {
                w.request.headers[0] = {QStringLiteral("content-type"),
                                        QStringLiteral("Application/JSON; charset=utf-8")};
            },
            {});
        row("json-body-without-json-content-type: +json",
            [](Webhook &w) { w.request.headers[0].value = QStringLiteral("application/vnd.api+json"); }, {});
        row("json-body-without-json-content-type: from a tag",
            [](Webhook &w) { w.request.headers[0].value = QStringLiteral("[content_type]"); }, {});
        row("form-body-without-form-content-type",
            [](Webhook &w) {
                w.request.bodyKind = BodyKind::Form;
                w.request.body = QStringLiteral("id=[call_uuid]");
            },
            {p
             + "headers[0].value: warning: the body is form data but Content-Type says "
               "\"application/json\", so the receiver will not read it as form data; use "
               "application/x-www-form-urlencoded [form-body-without-form-content-type]"});
        row("form-body-without-form-content-type: form type",
            [](Webhook &w) {
                w.request.bodyKind = BodyKind::Form;
                w.request.body = QStringLiteral("id=[call_uuid]");
                w.request.headers[0].value = QStringLiteral("application/x-www-form-urlencoded");
            },
            {});
        row("raw body: any type",
            [](Webhook &w) {
                w.request.bodyKind = BodyKind::Raw;
                w.request.headers[0].value = QStringLiteral("text/csv");
            },
            {});

        // unused-body
        row("unused-body",
            [](Webhook &w) {
                w.request.bodyKind = BodyKind::None;
                w.request.headers.clear();
            },
            {p + "body: info: the body kind is none, so this body text is not sent [unused-body]"});
        row("unused-body: no text",
            [](Webhook &w) {
                w.request.bodyKind = BodyKind::None;
                w.request.body = QStringLiteral(" \n");
                w.request.headers.clear();
            },
            {});

        // header-injection, invalid-header-name
        row("header-injection: in the template",
            [](Webhook &w) {
                w.request.headers.append({QStringLiteral("X-Id"), QStringLiteral("a[call_uuid]\nX-Evil: 1")});
            },
            {p
             + "headers[1].value: error: line 1, column 13: value contains a line break: a header value "
               "must be one line of text, or it could add headers of its own [header-injection]"});
        row("header-injection: in a sample value",
            [](Webhook &w) {
                w.request.headers.append({QStringLiteral("X-Note"), QStringLiteral("[caller_note]")});
            },
            {p
             + "headers[1].value: warning: with the sample call: tag [caller_note] value contains a line "
               "break; such a call's request would not be sent [header-injection]"});
        row("header-injection: tab is fine",
            [](Webhook &w) {
                w.request.headers.append({QStringLiteral("X-Id"), QStringLiteral("a\t[call_uuid]")});
            },
            {});
        row("invalid-header-name",
            [](Webhook &w) {
                w.request.headers.append({QStringLiteral("X Id"), QStringLiteral("1")});
                w.request.headers.append({QStringLiteral(" "), QStringLiteral("2")});
            },
            {p + "headers[1].name: error: header \"X Id\": not a valid header name [invalid-header-name]",
             p + "headers[2].name: error: a header needs a name [invalid-header-name]"});

        // invalid-match
        row("invalid-match",
            [](Webhook &w) {
                w.matches = {QStringLiteral("sale:yes"), QStringLiteral(":yes"), QStringLiteral("geo:")};
            },
            {p
                 + "matches[1]: error: matches[1]: \":yes\" has no key; a webhook with an invalid match never "
                   "fires [invalid-match]",
             p
                 + "matches[2]: error: matches[2]: \"geo:\" has nothing after the colon; write \"geo\" to "
                   "require only the key; a webhook with an invalid match never fires [invalid-match]"});
        row("invalid-match: valid",
            [](Webhook &w) {
                w.matches = {QStringLiteral("sale:yes"), QStringLiteral("geo")};
            },
            {});

        // unknown-publisher
        row("unknown-publisher", [](Webhook &w) { w.matches = {QStringLiteral("source_id:pub-9")}; },
            {p
             + "matches[0]: warning: no publisher in the workspace has source_id \"pub-9\" (known: pub-1) "
               "[unknown-publisher]"});
        row("unknown-publisher: known in another case",
            [](Webhook &w) { w.matches = {QStringLiteral("source_id:PUB-1")}; }, {});
        row(
            "unknown-publisher: no publishers to compare",
            [](Webhook &w) { w.matches = {QStringLiteral("source_id:pub-9")}; }, {}, kNew, false);

        // unknown-buyer
        row("unknown-buyer", [](Webhook &w) { w.buyerId = QStringLiteral("b9"); },
            {p + "buyer: error: unknown buyer \"b9\" (no buyer in this workspace has this id) [unknown-buyer]"});

        // selected-data-leak
        row("selected-data-leak", [](Webhook &w) { w.trigger = Trigger::Selected; },
            {p
             + "trigger: warning: this Selected webhook fires for each buyer the call is offered to (b1, "
               "b2), so a buyer that does not answer still learns about the call; use Answered, or make it "
               "a webhook of the one buyer that must know before the call arrives [selected-data-leak]"});
        row(
            "selected-data-leak: unlocked number", [](Webhook &w) { w.trigger = Trigger::Selected; },
            {"campaigns[0].numbers[0].webhooks[1].trigger: warning: this Selected webhook fires for each "
             "buyer the call is offered to (b1, b2), so a buyer that does not answer still learns about the "
             "call; use Answered, or make it a webhook of the one buyer that must know before the call "
             "arrives [selected-data-leak]"},
            LintLocation::numberWebhook(0, 0, 1));
        row(
            "selected-data-leak: one buyer in the routing", [](Webhook &w) { w.trigger = Trigger::Selected; }, {},
            LintLocation::campaign(1, 0));
        row("selected-data-leak: matches one buyer",
            [](Webhook &w) {
                w.trigger = Trigger::Selected;
                w.matches = {QStringLiteral("handler_id:b2")};
            },
            {});
        row("selected-data-leak: matches two buyers",
            [](Webhook &w) {
                w.trigger = Trigger::Selected;
                w.matches = {QStringLiteral("handler_id:b2"), QStringLiteral("handler_id:b1")};
            },
            {p
             + "trigger: warning: this Selected webhook fires for each buyer the call is offered to (b1, "
               "b2), so a buyer that does not answer still learns about the call; use Answered, or make it "
               "a webhook of the one buyer that must know before the call arrives [selected-data-leak]"});
        row("selected-data-leak: one buyer's field",
            [](Webhook &w) {
                w.trigger = Trigger::Selected;
                w.buyerId = QStringLiteral("b1");
            },
            {});
        row(
            "selected-data-leak: a buyer's own webhook", [](Webhook &w) { w.trigger = Trigger::Selected; }, {},
            LintLocation::buyer(0, 0));
        row("selected-data-leak: Answered", none(), {});

        // conversion-without-publisher-match
        row("conversion-without-publisher-match", [](Webhook &w) { w.trigger = Trigger::Conversion; },
            {p
             + "matches: warning: this Conversion webhook has no source_id match, so every publisher's "
               "converted calls fire it; add a match such as source_id:pub-1 so that it reports only that "
               "publisher's conversions [conversion-without-publisher-match]"});
        row("conversion-without-publisher-match: bare source_id",
            [](Webhook &w) {
                w.trigger = Trigger::Conversion;
                w.matches = {QStringLiteral("source_id")};
            },
            {p
             + "matches: warning: this Conversion webhook has no source_id match, so every publisher's "
               "converted calls fire it; add a match such as source_id:pub-1 so that it reports only that "
               "publisher's conversions [conversion-without-publisher-match]"});
        row(
            "conversion-without-publisher-match: company default", [](Webhook &w) { w.trigger = Trigger::Conversion; },
            {"company.default_webhooks[0].matches: warning: this Conversion webhook has no source_id match, "
             "so every publisher's converted calls fire it; add a match such as source_id:pub-1 so that it "
             "reports only that publisher's conversions [conversion-without-publisher-match]"},
            LintLocation::companyWebhook(0));
        row("conversion-without-publisher-match: matched",
            [](Webhook &w) {
                w.trigger = Trigger::Conversion;
                w.matches = {QStringLiteral("sale:yes"), QStringLiteral(" Source_ID : pub-1 ")};
            },
            {});
        row(
            "conversion-without-publisher-match: buyer webhook", [](Webhook &w) { w.trigger = Trigger::Conversion; },
            {}, LintLocation::buyer(0, 0));
        row(
            "conversion-without-publisher-match: no publishers", [](Webhook &w) { w.trigger = Trigger::Conversion; },
            {}, kNew, false);

        // ping-post: its ping is linted as a request; the post may use [ping.*]
        const auto pingPost = [](Webhook &w) {
            w.pingPost.enabled = true;
            w.pingPost.amountPath = QStringLiteral("bid.amount");
            w.pingPost.ping.method = QStringLiteral("POST");
            w.pingPost.ping.url = QStringLiteral("https://rtb.example.test/ping");
            w.pingPost.ping.bodyKind = BodyKind::Json;
            w.pingPost.ping.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
            w.pingPost.ping.body = QStringLiteral("{\"zip\": \"[caller_zip]\"}");
            w.request.body = QStringLiteral("{\"bid_id\": \"[ping.bid_id]\", \"amount\": [ping.bid_amount]}");
        };
        row("ping-post: clean", pingPost, {}, LintLocation::buyer(0, 0));
        row(
            "ping-post: no amount path",
            [&](Webhook &w) {
                pingPost(w);
                w.pingPost.amountPath = QStringLiteral(" ");
            },
            {"buyers[0].webhooks[0].ping_post.amount_path: error: the ping-post has no amount path, so no "
             "bid is ever read and the post never fires [never-fires]"},
            LintLocation::buyer(0, 0));
        row(
            "invalid-bid-path",
            [&](Webhook &w) {
                pingPost(w);
                w.pingPost.acceptedPath = QStringLiteral("bid..accepted");
                w.pingPost.bidIdPath = QStringLiteral("bids[x]");
            },
            {"buyers[0].webhooks[0].ping_post.accepted_path: error: \"bid..accepted\": empty key at column 5 "
             "[invalid-bid-path]",
             "buyers[0].webhooks[0].ping_post.bid_id_path: error: \"bids[x]\": bad index \"x\" at column 6: "
             "expected a number from 0, or a quoted key [invalid-bid-path]"},
            LintLocation::buyer(0, 0));
        row(
            "ping-post: the ping's own problems",
            [&](Webhook &w) {
                pingPost(w);
                w.pingPost.ping.method = QStringLiteral("GET");
                w.pingPost.ping.url = QStringLiteral("https://rtb.example.test/ping?bid=[ping.bid_id]&z=[zip|upper");
            },
            {"buyers[0].webhooks[0].ping_post.ping.url: error: column 51: token \"[zip|upper\" is not closed "
             "with \"]\" [template-error]",
             "buyers[0].webhooks[0].ping_post.ping.url: warning: column 35: tag [ping.bid_id] comes from the "
             "ping's response, so the ping itself cannot use it; it renders as empty text [unknown-token]",
             "buyers[0].webhooks[0].ping_post.ping.body_kind: warning: a GET request with a body: many "
             "servers and proxies ignore or refuse it; use POST, or set the body kind to none "
             "[get-with-body]"},
            LintLocation::buyer(0, 0));
    }

    void eachRuleFiresAndHoldsBack()
    {
        QFETCH(Webhook, webhook);
        QFETCH(LintLocation, location);
        QFETCH(bool, withPublishers);
        QFETCH(QStringList, expected);
        const WebhookLinter linter(context(withPublishers), {QStringLiteral("content_type")});
        const QStringList actual = texts(linter.lint(webhook, location));
        if (actual != expected) {
            for (const QString &line : actual)
                qWarning("%s", qPrintable(line));
        }
        QCOMPARE(actual, expected);
    }

    // The panel jumps to the exact character: line and column as messages count them, and the
    // offset into the field's text as a cursor position.
    void findingsPointAtTheCharacter_data()
    {
        QTest::addColumn<Webhook>("webhook");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("offset");

        const Webhook clean = webhook(QStringLiteral("Hook"), Trigger::Answered);
        Webhook json = clean;
        json.request.body = QStringLiteral("{\n  \"a\": 1,\n  \"b\": 2 3\n}");
        QTest::newRow("JSON error on line 3") << json << "body" << 3 << 10 << 21; // at the 3 after 2, no comma

        Webhook emoji = clean;
        emoji.request.body = QStringLiteral("{\"\U0001F680\": [payout|nope]}");
        QTest::newRow("after a surrogate pair") << emoji << "body" << 1 << 15 << 15;

        Webhook token = clean;
        token.request.body = QStringLiteral("{\"a\": \"x\",\n \"b\": \"[frist]\"}");
        QTest::newRow("unknown token on line 2") << token << "body" << 2 << 8 << 18;

        Webhook header = clean;
        header.request.headers.append({QStringLiteral("X-Id"), QStringLiteral("[call_uuid]\r\nX-Evil: 1")});
        QTest::newRow("line break in a header") << header << "headers[1].value" << 1 << 12 << 11;

        Webhook url = clean;
        url.request.url = QStringLiteral("https://example.test/[call_uuid|up]");
        QTest::newRow("filter in the URL") << url << "url" << 1 << 33 << 32;

        Webhook match = clean;
        match.matches = {QStringLiteral("sale"), QStringLiteral(":x")};
        QTest::newRow("no position") << match << "matches[1]" << 0 << 0 << -1;
    }

    void findingsPointAtTheCharacter()
    {
        QFETCH(Webhook, webhook);
        const QList<LintFinding> findings = WebhookLinter(context()).lint(webhook, kNew);
        QVERIFY2(findings.size() == 1, qPrintable(texts(findings).join(QLatin1Char('\n'))));
        const LintLocation &at = findings.constFirst().location;
        QTEST(at.field, "field");
        QTEST(at.line, "line");
        QTEST(at.column, "column");
        QTEST(int(at.offset), "offset");
        QCOMPARE(at.path(), kNewPath + at.field);
    }

    // Rules and positions come from the compilers' codes and offsets (issue 12 item 2): the same
    // findings, at the same places, whatever the messages say.
    void positionsDoNotDependOnWording()
    {
        Webhook w = webhook(QStringLiteral("Hook"), Trigger::Answered);
        w.request.url = QStringLiteral("https://example.test/[call_uuid|up]?x=[frist]");
        w.request.headers.append({QStringLiteral("X-Id"), QStringLiteral("[call_uuid]\r\nX-Evil: 1")});
        w.request.body = QStringLiteral("{\n  \"\U0001F680\": [payout|nope],\n  \"b\": 2 3\n}");
        const auto lint = [&] {
            return WebhookLinter(context()).lint(w, kNew);
        };
        const auto places = [](const QList<LintFinding> &findings) {
            QStringList result;
            for (const LintFinding &finding : findings) {
                const LintLocation &at = finding.location;
                result.append(QStringLiteral("%1 %2 %3 %4:%5 @%6")
                                  .arg(LintSeverities::name(finding.severity), finding.ruleId(), at.field)
                                  .arg(at.line)
                                  .arg(at.column)
                                  .arg(at.offset));
            }
            return result;
        };
        const QList<LintFinding> plain = lint();
        const QStringList expected = {
            "error unknown-filter url 1:33 @32",
            "warning unknown-token url 1:39 @38",
            "error header-injection headers[1].value 1:12 @11",
            "error unknown-filter body 2:16 @18",
            "error invalid-json-body body 3:10 @34", // at the 3 after 2, no comma
        };
        QCOMPARE(places(plain), expected);

        Rewording rewording;
        QVERIFY(QCoreApplication::installTranslator(&rewording));
        const QList<LintFinding> reworded = lint();
        QCoreApplication::removeTranslator(&rewording);
        QVERIFY2(texts(reworded) != texts(plain), "the translator rewords nothing");
        QCOMPARE(places(reworded), expected);
    }

    void ruleTable()
    {
        QSet<QString> ids;
        const int count = LintRules::count();
        for (int i = 0; i < count; ++i) {
            ids.insert(LintRules::id(LintRule(i)));
            QVERIFY(!LintRules::title(LintRule(i)).isEmpty());
        }
        QCOMPARE(ids.size(), count);
        QCOMPARE(LintRules::id(LintRule::InvalidJsonBody), QStringLiteral("invalid-json-body"));
        QCOMPARE(LintRules::defaultSeverity(LintRule::UnusedBody), LintSeverity::Info);
    }

    void knownTagsComeFromEverywhere()
    {
        Workspace ws = context();
        ws.buyers[0].webhooks = {webhook(QStringLiteral("B"), Trigger::Answered)};
        ws.buyers[0].webhooks[0].matches = {QStringLiteral("Plan_Type:gold")};
        ws.company.defaultWebhooks = {webhook(QStringLiteral("D"), Trigger::Start)};
        ws.company.defaultWebhooks[0].matches = {QStringLiteral("CALLER_ID")};
        const QStringList known = WebhookLinter(ws, {QStringLiteral("pixel_tag"), QStringLiteral("host")}).knownTags();
        const QStringList expected =
            WebhookLinter::builtInTags()
            + QStringList{QStringLiteral("caller_note"), QStringLiteral("host"),        QStringLiteral("vertical"),
                          QStringLiteral("tier"),        QStringLiteral("sale_amount"), QStringLiteral("sale"),
                          QStringLiteral("lead_score"),  QStringLiteral("Plan_Type"),   QStringLiteral("pixel_tag")};
        QCOMPARE(known, expected);
        QCOMPARE(WebhookLinter::builtInTags(),
                 (QStringList{"caller_number", "caller_id", "caller_zip", "call_uuid", "call_key", "handler_id",
                              "payout", "source_id", "geo", "duration", "converted", "timer_seconds"}));
    }

    void locationPaths_data()
    {
        QTest::addColumn<LintLocation>("location");
        QTest::addColumn<QString>("path");
        QTest::newRow("workspace") << LintLocation().at(QStringLiteral("sample_call")) << "sample_call";
        QTest::newRow("company default") << LintLocation::companyWebhook(2).at(QStringLiteral("url"))
                                         << "company.default_webhooks[2].url";
        QTest::newRow("campaign") << LintLocation::campaign(1).at(QStringLiteral("buyer_ids[0]"))
                                  << "campaigns[1].buyer_ids[0]";
        QTest::newRow("campaign webhook") << LintLocation::campaign(1, 3).at(QStringLiteral("headers[2].value"))
                                          << "campaigns[1].webhooks[3].headers[2].value";
        QTest::newRow("number webhook") << LintLocation::numberWebhook(0, 1, 3).at(QStringLiteral("ping_post.ping.url"))
                                        << "campaigns[0].numbers[1].webhooks[3].ping_post.ping.url";
        QTest::newRow("buyer") << LintLocation::buyer(2) << "buyers[2]";
        QTest::newRow("buyer webhook") << LintLocation::buyer(2, 0).at(QStringLiteral("matches[1]"))
                                       << "buyers[2].webhooks[0].matches[1]";
    }

    void locationPaths()
    {
        QFETCH(LintLocation, location);
        QTEST(location.path(), "path");
    }

    void findingText()
    {
        LintFinding finding;
        finding.severity = LintSeverity::Info;
        finding.rule = LintRule::NeverFires;
        finding.message = QStringLiteral("disabled");
        QCOMPARE(finding.toString(), QStringLiteral("info: disabled [never-fires]"));
        finding.location = LintLocation::buyer(0, 1).at(QStringLiteral("enabled"));
        QCOMPARE(finding.toString(), QStringLiteral("buyers[0].webhooks[1].enabled: info: disabled [never-fires]"));
        QCOMPARE(LintSeverities::name(LintSeverity::Warning), QStringLiteral("warning"));
        QCOMPARE(LintSeverities::name(LintSeverity::Error), QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookLinter)
#include "TestWebhookLinter.moc"
