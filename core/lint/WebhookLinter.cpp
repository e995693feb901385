// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/WebhookLinter.h"

#include "call/MatchRules.h"
#include "files/WebhookJson.h"
#include "response/JsonPath.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/RequestRenderer.h"
#include "tokens/TokenFilter.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

const QString kRuleNeverFires = QStringLiteral("never-fires");
const QString kRuleInvalidUrl = QStringLiteral("invalid-url");
const QString kRuleHeaderInjection = QStringLiteral("header-injection");
const QString kRuleUnknownToken = QStringLiteral("unknown-token");
const QString kRuleInvalidBidPath = QStringLiteral("invalid-bid-path");
const QString kRuleTemplateError = QStringLiteral("template-error");

struct Position
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;
};

// Line and column as TokenTemplate::position() counts them: 1-based, a surrogate pair once.
Position positionOf(const QString &text, qsizetype offset)
{
    Position position{1, 1, offset};
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++position.line;
            position.column = 1;
        } else if (!c.isLowSurrogate()) {
            ++position.column;
        }
    }
    return position;
}

// The offset of a line and column counted as positionOf() does, or -1 if the text has none.
qsizetype offsetOf(const QString &text, int line, int column)
{
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool atEnd = i == text.size();
        if (l == line && c == column && (atEnd || !text.at(i).isLowSurrogate()))
            return i;
        if (atEnd)
            break;
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\n')) {
            if (l == line)
                return -1;
            ++l;
            c = 1;
        } else if (!ch.isLowSurrogate()) {
            ++c;
        }
    }
    return -1;
}

// The position an engine message starts with ("column 14: ...", "line 2, column 5: ..."), as
// TokenTemplate::position() wrote it. The numbers are read whatever the language and then
// checked by writing the position again, so a message without one gives no position.
Position positionInMessage(const QString &text, const QString &message)
{
    const qsizetype colon = message.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return {};
    const QString prefix = message.left(colon);
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QList<int> numbers;
    QRegularExpressionMatchIterator it = digits.globalMatch(prefix);
    while (it.hasNext())
        numbers.append(it.next().captured().toInt());
    if (numbers.isEmpty() || numbers.size() > 2)
        return {};
    const int line = numbers.size() == 2 ? numbers.constFirst() : 1;
    const int column = numbers.constLast();
    const qsizetype offset = offsetOf(text, line, column);
    if (offset < 0 || TokenTemplate::position(text, offset) != prefix)
        return {};
    return {line, column, offset};
}

QString indexed(const QString &name, qsizetype index)
{
    return name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool isBeforeRouting(Trigger trigger)
{
    return trigger == Trigger::DataAppending || trigger == Trigger::Start || trigger == Trigger::PassThrough;
}

// The media type of a Content-Type value, lower case, without parameters.
QString mediaType(const QString &value)
{
    return value.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

// The checks of one webhook, collecting findings in the order of the editor's fields.
class Check final
{
public:
    Check(const Workspace &workspace, const QSet<QString> &known, const Webhook &webhook, const LintLocation &location)
        : m_workspace(workspace)
        , m_known(known)
        , m_webhook(webhook)
        , m_location(location.at(QString()))
    {
        const bool inCampaign =
            location.scope == LintLocation::Scope::Campaign || location.scope == LintLocation::Scope::Number;
        if (inCampaign && location.campaignIndex >= 0 && location.campaignIndex < workspace.campaigns.size())
            m_campaign = &workspace.campaigns.at(location.campaignIndex);
        if (location.scope == LintLocation::Scope::Buyer && location.buyerIndex >= 0
            && location.buyerIndex < workspace.buyers.size()) {
            m_buyer = &workspace.buyers.at(location.buyerIndex);
        }
        switch (location.scope) {
        case LintLocation::Scope::Workspace:
            break;
        case LintLocation::Scope::Company:
            m_siblings = workspace.company.defaultWebhooks;
            break;
        case LintLocation::Scope::Campaign:
            if (m_campaign)
                m_siblings = m_campaign->webhooks;
            break;
        case LintLocation::Scope::Number:
            if (m_campaign && location.numberIndex >= 0 && location.numberIndex < m_campaign->numbers.size())
                m_siblings = m_campaign->numbers.at(location.numberIndex).webhooks;
            break;
        case LintLocation::Scope::Buyer:
            if (m_buyer)
                m_siblings = m_buyer->webhooks;
            break;
        }
    }

    QList<LintFinding> run()
    {
        checkName();
        if (!m_webhook.enabled) {
            add(LintSeverity::Info, kRuleNeverFires, QStringLiteral("enabled"),
                WebhookLinter::tr("disabled: it never fires until it is enabled"));
        }
        checkRouting();
        if (m_webhook.trigger == Trigger::Timer && m_webhook.timerSeconds <= 0) {
            add(LintSeverity::Error, QStringLiteral("timer-without-threshold"), QStringLiteral("timer_seconds"),
                WebhookLinter::tr(
                    "a Timer webhook needs a threshold of at least 1 second; without one it never fires"));
        }
        checkRequest(m_webhook.request, QString(),
                     m_webhook.pingPost.enabled ? PingTokens::Allowed : PingTokens::NoPingPost);
        checkMatches();
        if (m_webhook.pingPost.enabled)
            checkPingPost();
        return std::move(m_findings);
    }

private:
    enum class PingTokens
    {
        Allowed,
        NoPingPost,
        InPing
    };

    void add(LintSeverity severity, const QString &rule, const QString &field, const QString &message,
             const Position &position = {})
    {
        LintFinding finding;
        finding.severity = severity;
        finding.rule = rule;
        finding.message = message;
        finding.location = m_location.at(field);
        finding.location.line = position.line;
        finding.location.column = position.column;
        finding.location.offset = position.offset;
        m_findings.append(finding);
    }

    // A token error sits in a filter when it points just after a '|'.
    static QString tokenErrorRule(const QString &text, const Position &at)
    {
        if (at.offset <= 0 || text.at(at.offset - 1) != QLatin1Char('|'))
            return kRuleTemplateError;
        qsizetype end = at.offset;
        while (end < text.size() && !QStringView(u"|][\r\n").contains(text.at(end)))
            ++end;
        const QString name = text.mid(at.offset, end - at.offset).section(QLatin1Char(':'), 0, 0);
        TokenFilter filter;
        QString error;
        const bool known = name.isEmpty() || TokenFilter::parse(name, &filter, &error)
                           || TokenFilter::parse(name + QLatin1String(":0"), &filter, &error);
        return known ? QStringLiteral("bad-filter") : QStringLiteral("unknown-filter");
    }

    // The compile errors of one field: token syntax errors (those of parsed, text's plain
    // TokenTemplate) get their own rules, the others (URL structure, JSON) structuralRule.
    void addTemplateErrors(const QString &field, const QString &text, const TokenTemplate &parsed,
                           const QStringList &errors, const QString &structuralRule)
    {
        const QStringList tokenErrors = parsed.errors();
        for (const QString &error : errors) {
            const Position at = positionInMessage(text, error);
            const QString rule = tokenErrors.contains(error) ? tokenErrorRule(text, at) : structuralRule;
            add(LintSeverity::Error, rule, field, error, at);
        }
    }

    // tokens: text's, from the caller's parse, so that a big body is not parsed once more.
    void checkTokens(const QString &field, const QString &text, const QList<TokenTemplate::Token> &tokens,
                     PingTokens ping)
    {
        QSet<QString> reported;
        for (const TokenTemplate::Token &token : tokens) {
            const QString key = token.key.toLower();
            if (reported.contains(key))
                continue;
            const bool pingTag = key.startsWith(QLatin1String("ping."));
            if ((pingTag && ping == PingTokens::Allowed) || (!pingTag && m_known.contains(key)))
                continue;
            reported.insert(key);
            const Position at = positionOf(text, token.offset);
            const QString where = TokenTemplate::position(text, token.offset) + QLatin1String(": ");
            const QString tag = QLatin1Char('[') + token.key + QLatin1Char(']');
            if (pingTag) {
                add(LintSeverity::Warning, kRuleUnknownToken, field,
                    where
                        + (ping == PingTokens::InPing
                               ? WebhookLinter::tr("tag %1 comes from the ping's response, so the ping itself "
                                                   "cannot use it; it renders as empty text")
                               : WebhookLinter::tr("tag %1 is filled only in the post of a ping-post webhook, "
                                                   "and this webhook has no ping-post; it renders as empty text"))
                              .arg(tag),
                    at);
                continue;
            }
            QString fallback;
            bool hasDefault = false;
            for (const TokenFilter &filter : token.filters) {
                if (filter.kind() == TokenFilter::Kind::Default) {
                    hasDefault = true;
                    fallback = filter.argument();
                }
            }
            if (hasDefault) {
                add(LintSeverity::Info, kRuleUnknownToken, field,
                    where
                        + WebhookLinter::tr("tag %1 is not seen in the workspace; it renders as its default "
                                            "\"%2\" unless a response sets it at run time")
                              .arg(tag, fallback),
                    at);
            } else {
                add(LintSeverity::Warning, kRuleUnknownToken, field,
                    where
                        + WebhookLinter::tr("tag %1 is neither a built-in tag nor seen in the workspace (sample "
                                            "call, buyer and publisher tags, postback fields, conversion "
                                            "criteria, matches); it renders as empty text unless a response "
                                            "sets it at run time")
                              .arg(tag),
                    at);
            }
        }
    }

    void checkName()
    {
        const QString name = m_webhook.name.trimmed();
        if (name.isEmpty()) {
            add(LintSeverity::Warning, QStringLiteral("missing-name"), QStringLiteral("name"),
                WebhookLinter::tr("the webhook has no name; the fired-pixel log and scenario responses tell "
                                  "webhooks apart by name"));
            return;
        }
        for (qsizetype i = 0; i < m_siblings.size(); ++i) {
            if (i == m_location.webhookIndex || m_siblings.at(i).name.trimmed().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            LintLocation other = m_location;
            other.webhookIndex = int(i);
            add(LintSeverity::Warning, QStringLiteral("duplicate-name"), QStringLiteral("name"),
                WebhookLinter::tr("%1 in the same list is also named \"%2\"; the fired-pixel log and scenario "
                                  "responses tell webhooks apart by name")
                    .arg(other.objectPath(), name));
            return;
        }
    }

    // The buyers a webhook of a campaign or number can fire for once a buyer is selected.
    QStringList campaignCandidates() const
    {
        if (!m_webhook.buyerId.isEmpty())
            return m_campaign->buyerIds.contains(m_webhook.buyerId) ? QStringList{m_webhook.buyerId} : QStringList();
        return m_campaign->buyerIds;
    }

    void checkRouting()
    {
        const QString label = Triggers::label(m_webhook.trigger);
        if (m_buyer) {
            bool routed = false;
            for (const Campaign &campaign : m_workspace.campaigns)
                routed = routed || campaign.buyerIds.contains(m_buyer->id);
            if (!routed) {
                add(LintSeverity::Warning, kRuleNeverFires, QString(),
                    WebhookLinter::tr("buyer \"%1\" is in no campaign's routing, so its webhooks never fire")
                        .arg(m_buyer->id));
            }
        }
        if (!m_webhook.buyerId.isEmpty()) {
            if (!m_workspace.findBuyer(m_webhook.buyerId)) {
                add(LintSeverity::Error, QStringLiteral("unknown-buyer"), QStringLiteral("buyer"),
                    WebhookLinter::tr("unknown buyer \"%1\" (no buyer in this workspace has this id)")
                        .arg(m_webhook.buyerId));
            } else if (m_campaign && !m_campaign->buyerIds.contains(m_webhook.buyerId)) {
                add(LintSeverity::Warning, kRuleNeverFires, QStringLiteral("buyer"),
                    WebhookLinter::tr("it fires only for buyer \"%1\", which this campaign does not route to, so "
                                      "it never fires")
                        .arg(m_webhook.buyerId));
            }
        }
        if (!m_campaign)
            return;
        const Trigger trigger = m_webhook.trigger;
        const bool needsRouting =
            trigger == Trigger::Selected || trigger == Trigger::Answered || trigger == Trigger::Connect;
        if (needsRouting && m_campaign->buyerIds.isEmpty()) {
            add(LintSeverity::Warning, kRuleNeverFires, QStringLiteral("trigger"),
                WebhookLinter::tr("this campaign routes to no buyer, so this %1 webhook never fires").arg(label));
            return;
        }
        if (trigger != Trigger::Selected || !m_webhook.buyerId.isEmpty())
            return;
        QStringList candidates = campaignCandidates();
        const MatchRules rules(m_webhook.matches);
        if (!rules.errors().isEmpty())
            return;
        const QStringList handlers = matchValues(QStringLiteral("handler_id"));
        if (!handlers.isEmpty()) {
            candidates.erase(
                std::remove_if(candidates.begin(), candidates.end(),
                               [&](const QString &id) { return !handlers.contains(id, Qt::CaseInsensitive); }),
                candidates.end());
        }
        if (candidates.size() >= 2) {
            add(LintSeverity::Warning, QStringLiteral("selected-data-leak"), QStringLiteral("trigger"),
                WebhookLinter::tr("this Selected webhook fires for each buyer the call is offered to (%1), so a "
                                  "buyer that does not answer still learns about the call; use Answered, or make "
                                  "it a webhook of the one buyer that must know before the call arrives")
                    .arg(candidates.join(QLatin1String(", "))));
        }
    }

    // The values listed for key in the matches (valid matches only), trimmed.
    QStringList matchValues(const QString &key) const
    {
        QStringList values;
        for (const QString &entry : m_webhook.matches) {
            QString k;
            QString v;
            if (TagMap::parsePair(entry, &k, &v) && k.compare(key, Qt::CaseInsensitive) == 0 && !v.isEmpty())
                values.append(v);
        }
        return values;
    }

    void checkMatches()
    {
        const QStringList &entries = m_webhook.matches;
        const QStringList errors = MatchRules(entries).errors();
        if (!errors.isEmpty()) {
            // MatchRules reports one error per bad entry, in order: pair them with the entries.
            qsizetype next = 0;
            for (qsizetype i = 0; i < entries.size() && next < errors.size(); ++i) {
                if (MatchRules({entries.at(i)}).errors().isEmpty())
                    continue;
                add(LintSeverity::Error, QStringLiteral("invalid-match"), indexed(QStringLiteral("matches"), i),
                    WebhookLinter::tr("%1; a webhook with an invalid match never fires").arg(errors.at(next++)));
            }
        } else {
            checkMatchValues();
        }

        const bool campaignLevel = m_location.scope != LintLocation::Scope::Buyer;
        if (campaignLevel && m_webhook.trigger == Trigger::Conversion && !m_workspace.publishers.isEmpty()
            && matchValues(QStringLiteral("source_id")).isEmpty()) {
            add(LintSeverity::Warning, QStringLiteral("conversion-without-publisher-match"), QStringLiteral("matches"),
                WebhookLinter::tr("this Conversion webhook has no source_id match, so every publisher's converted "
                                  "calls fire it; add a match such as source_id:%1 so that it reports only that "
                                  "publisher's conversions")
                    .arg(m_workspace.publishers.constFirst().sourceId));
        }
    }

    void checkMatchValues()
    {
        QStringList sourceIds;
        for (const Publisher &publisher : m_workspace.publishers)
            sourceIds.append(publisher.sourceId);
        bool handlerReported = false;
        for (qsizetype i = 0; i < m_webhook.matches.size(); ++i) {
            QString key;
            QString value;
            TagMap::parsePair(m_webhook.matches.at(i), &key, &value);
            const QString field = indexed(QStringLiteral("matches"), i);
            if (key.compare(QLatin1String("source_id"), Qt::CaseInsensitive) == 0 && !value.isEmpty()
                && !sourceIds.isEmpty() && !sourceIds.contains(value, Qt::CaseInsensitive)) {
                add(LintSeverity::Warning, QStringLiteral("unknown-publisher"), field,
                    WebhookLinter::tr("no publisher in the workspace has source_id \"%1\" (known: %2)")
                        .arg(value, sourceIds.join(QLatin1String(", "))));
            }
            if (key.compare(QLatin1String("handler_id"), Qt::CaseInsensitive) == 0 && !handlerReported)
                handlerReported = checkHandlerMatch(field);
        }
    }

    // handler_id is the selected buyer's id (SPEC 1): a match on it the routing cannot satisfy
    // never holds. Returns true if it reported.
    bool checkHandlerMatch(const QString &field)
    {
        const QStringList handlers = matchValues(QStringLiteral("handler_id"));
        if (isBeforeRouting(m_webhook.trigger)) {
            add(LintSeverity::Warning, kRuleNeverFires, field,
                WebhookLinter::tr("handler_id is set only once a buyer is selected, after the %1 webhooks "
                                  "have fired, so this match never holds")
                    .arg(Triggers::label(m_webhook.trigger)));
            return true;
        }
        if (handlers.isEmpty())
            return false;
        if (m_buyer && !handlers.contains(m_buyer->id, Qt::CaseInsensitive)) {
            add(LintSeverity::Warning, kRuleNeverFires, field,
                WebhookLinter::tr("it matches handler_id %1, but as a webhook of buyer \"%2\" it fires only for "
                                  "calls routed to that buyer, so it never fires")
                    .arg(handlers.join(QLatin1String(", ")), m_buyer->id));
            return true;
        }
        // No candidates: the routing or the buyer field is reported already.
        const QStringList candidates = m_campaign ? campaignCandidates() : QStringList();
        if (candidates.isEmpty())
            return false;
        for (const QString &id : candidates) {
            if (handlers.contains(id, Qt::CaseInsensitive))
                return false;
        }
        add(LintSeverity::Warning, kRuleNeverFires, field,
            WebhookLinter::tr("it matches handler_id %1, but in this campaign it can fire only for %2, so it "
                              "never fires")
                .arg(handlers.join(QLatin1String(", ")), candidates.join(QLatin1String(", "))));
        return true;
    }

    void checkRequest(const RequestTemplate &request, const QString &prefix, PingTokens ping)
    {
        // As strict as the workspace file, which could not load the webhook otherwise.
        if (!WebhookJson::methods().contains(request.method)) {
            add(LintSeverity::Error, QStringLiteral("invalid-method"), prefix + QLatin1String("method"),
                WebhookLinter::tr("unknown method \"%1\" (expected one of: %2)")
                    .arg(request.method, WebhookJson::methods().join(QLatin1String(", "))));
        }
        checkUrl(request.url, prefix + QLatin1String("url"), ping);
        for (qsizetype i = 0; i < request.headers.size(); ++i)
            checkHeader(request.headers.at(i), prefix + indexed(QStringLiteral("headers"), i), ping);
        checkBody(request, prefix, ping);
    }

    void checkUrl(const QString &text, const QString &field, PingTokens ping)
    {
        const UrlTemplate url(text);
        const TokenTemplate parsed(text);
        addTemplateErrors(field, text, parsed, url.errors(), kRuleInvalidUrl);
        checkTokens(field, text, parsed.tokens(), ping);
        if (!url.isValid())
            return;

        // A URL with no tokens breaks on every call; one with tokens only with such values.
        const bool fixed = url.keys().isEmpty();
        const LintSeverity severity = fixed ? LintSeverity::Error : LintSeverity::Warning;
        const QString withSample = fixed ? QString() : WebhookLinter::tr("with the sample call: ");
        RenderReport report;
        const QString rendered = url.render(m_workspace.sampleCall, &report);
        for (const QString &error : std::as_const(report.errors))
            add(severity, kRuleInvalidUrl, field, withSample + error);
        if (!report.ok())
            return;
        const QUrl result(rendered, QUrl::StrictMode);
        if (!result.isValid()) {
            add(severity, kRuleInvalidUrl, field,
                withSample
                    + WebhookLinter::tr("the URL renders as %1, which does not parse: %2")
                          .arg(rendered, result.errorString()));
        } else if (result.scheme() != QLatin1String("http") && result.scheme() != QLatin1String("https")) {
            add(severity, kRuleInvalidUrl, field,
                withSample + WebhookLinter::tr("the scheme must be http or https, not \"%1\"").arg(result.scheme()));
        }
    }

    void checkHeader(const HeaderTemplate &header, const QString &field, PingTokens ping)
    {
        const QString nameField = field + QLatin1String(".name");
        const QString valueField = field + QLatin1String(".value");
        if (header.name.trimmed().isEmpty()) {
            add(LintSeverity::Error, QStringLiteral("invalid-header-name"), nameField,
                WebhookLinter::tr("a header needs a name"));
        } else {
            // The renderer's own check, on a request of nothing but this header.
            RequestTemplate alone;
            alone.url = QStringLiteral("http://localhost/");
            alone.headers = {{header.name, QString()}};
            for (const QString &error : RequestRenderer(alone).compileErrors())
                add(LintSeverity::Error, QStringLiteral("invalid-header-name"), nameField, error);
        }

        const TokenTemplate value(header.value, RenderContext::Header);
        addTemplateErrors(valueField, header.value, value, value.errors(), kRuleTemplateError);
        for (const TokenTemplate::Part &part : value.parts()) {
            if (part.token >= 0 || part.offset < 0)
                continue;
            QString sink;
            QString error;
            if (RenderContexts::appendEncoded(part.text, RenderContext::Header, sink, nullptr))
                continue;
            for (qsizetype i = 0; i < part.text.size(); ++i) {
                if (RenderContexts::appendEncoded(QStringView(part.text).mid(i, 1), RenderContext::Header, sink,
                                                  &error))
                    continue;
                const qsizetype offset = part.offset + i;
                add(LintSeverity::Error, kRuleHeaderInjection, valueField,
                    TokenTemplate::position(header.value, offset) + QLatin1String(": ")
                        + WebhookLinter::tr("%1: a header value must be one line of text, or it could add "
                                            "headers of its own")
                              .arg(error),
                    positionOf(header.value, offset));
                break;
            }
        }
        checkTokens(valueField, header.value, value.tokens(), ping);
        if (!value.isValid())
            return;
        RenderReport report;
        value.render(m_workspace.sampleCall, &report);
        for (const QString &error : std::as_const(report.errors)) {
            add(LintSeverity::Warning, kRuleHeaderInjection, valueField,
                WebhookLinter::tr("with the sample call: %1; such a call's request would not be sent").arg(error));
        }
    }

    void checkBody(const RequestTemplate &request, const QString &prefix, PingTokens ping)
    {
        const QString bodyField = prefix + QLatin1String("body");
        switch (request.bodyKind) {
        case BodyKind::None:
            if (!request.body.trimmed().isEmpty()) {
                add(LintSeverity::Info, QStringLiteral("unused-body"), bodyField,
                    WebhookLinter::tr("the body kind is none, so this body text is not sent"));
            }
            return;
        case BodyKind::Json: {
            const TokenTemplate parsed(request.body);
            addTemplateErrors(bodyField, request.body, parsed, JsonBodyTemplate(request.body).errors(),
                              QStringLiteral("invalid-json-body"));
            checkTokens(bodyField, request.body, parsed.tokens(), ping);
            break;
        }
        case BodyKind::Form:
        case BodyKind::Raw: {
            const TokenTemplate parsed(request.body);
            addTemplateErrors(bodyField, request.body, parsed, parsed.errors(), kRuleTemplateError);
            checkTokens(bodyField, request.body, parsed.tokens(), ping);
            break;
        }
        }

        if (request.method.trimmed().compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0) {
            add(LintSeverity::Warning, QStringLiteral("get-with-body"), prefix + QLatin1String("body_kind"),
                WebhookLinter::tr("a GET request with a body: many servers and proxies ignore or refuse it; use "
                                  "POST, or set the body kind to none"));
        }
        if (request.bodyKind == BodyKind::Json) {
            checkContentType(request, prefix, QStringLiteral("json-body-without-json-content-type"),
                             QStringLiteral("application/json"), WebhookLinter::tr("JSON"));
        } else if (request.bodyKind == BodyKind::Form) {
            checkContentType(request, prefix, QStringLiteral("form-body-without-form-content-type"),
                             QStringLiteral("application/x-www-form-urlencoded"), WebhookLinter::tr("form data"));
        }
    }

    void checkContentType(const RequestTemplate &request, const QString &prefix, const QString &rule,
                          const QString &expected, const QString &kind)
    {
        bool found = false;
        for (qsizetype i = 0; i < request.headers.size(); ++i) {
            const HeaderTemplate &header = request.headers.at(i);
            if (header.name.trimmed().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
                continue;
            found = true;
            const QString type = mediaType(header.value);
            const bool json = expected == QLatin1String("application/json");
            const bool fits =
                type == expected
                || (json && type.startsWith(QLatin1String("application/")) && type.endsWith(QLatin1String("+json")));
            // A token may supply the right type; only a fixed value can be judged.
            if (fits || !TokenTemplate(header.value).tokens().isEmpty())
                continue;
            add(LintSeverity::Warning, rule, prefix + indexed(QStringLiteral("headers"), i) + QLatin1String(".value"),
                WebhookLinter::tr("the body is %1 but Content-Type says \"%2\", so the receiver will not read it "
                                  "as %1; use %3")
                    .arg(kind, header.value.trimmed(), expected));
        }
        if (!found) {
            add(LintSeverity::Warning, rule, prefix + QLatin1String("headers"),
                WebhookLinter::tr("the body is %1 but there is no Content-Type header; this app adds %2 when it "
                                  "sends, but the webhook as configured does not say so: add Content-Type: %2")
                    .arg(kind, expected));
        }
    }

    void checkPingPost()
    {
        const PingPost &config = m_webhook.pingPost;
        checkRequest(config.ping, QStringLiteral("ping_post.ping."), PingTokens::InPing);
        const QString amountField = QStringLiteral("ping_post.amount_path");
        if (config.amountPath.trimmed().isEmpty()) {
            add(LintSeverity::Error, kRuleNeverFires, amountField,
                WebhookLinter::tr("the ping-post has no amount path, so no bid is ever read and the post never "
                                  "fires"));
        }
        const std::pair<QString, QString> paths[] = {
            {amountField, config.amountPath},
            {QStringLiteral("ping_post.accepted_path"), config.acceptedPath},
            {QStringLiteral("ping_post.bid_id_path"), config.bidIdPath},
        };
        for (const auto &[field, path] : paths) {
            if (path.trimmed().isEmpty())
                continue;
            QString error;
            if (!JsonPath::parse(path, &error).isValid())
                add(LintSeverity::Error, kRuleInvalidBidPath, field, quoted(path) + QLatin1String(": ") + error);
        }
    }

    const Workspace &m_workspace;
    const QSet<QString> &m_known;
    const Webhook &m_webhook;
    const LintLocation m_location;
    const Campaign *m_campaign = nullptr;
    const Buyer *m_buyer = nullptr;
    QList<Webhook> m_siblings;
    QList<LintFinding> m_findings;
};

} // namespace

QStringList WebhookLinter::builtInTags()
{
    return {QStringLiteral("caller_number"), QStringLiteral("caller_id"), QStringLiteral("caller_zip"),
            QStringLiteral("call_uuid"),     QStringLiteral("call_key"),  QStringLiteral("handler_id"),
            QStringLiteral("payout"),        QStringLiteral("source_id"), QStringLiteral("geo"),
            QStringLiteral("duration"),      QStringLiteral("converted"), QStringLiteral("timer_seconds")};
}

WebhookLinter::WebhookLinter(const Workspace &workspace, const QStringList &extraTags)
    : m_workspace(workspace)
{
    const auto know = [this](const QString &tag) {
        const QString key = tag.trimmed();
        if (!key.isEmpty() && !m_known.contains(key.toLower())) {
            m_known.insert(key.toLower());
            m_knownTags.append(key);
        }
    };
    const auto knowEntries = [&](const QStringList &entries) {
        for (const QString &entry : entries) {
            QString key;
            QString value;
            if (TagMap::parsePair(entry, &key, &value))
                know(key);
        }
    };
    const auto knowMatches = [&](const QList<Webhook> &webhooks) {
        for (const Webhook &webhook : webhooks)
            knowEntries(webhook.matches);
    };

    for (const QString &tag : builtInTags())
        know(tag);
    for (const QString &tag : workspace.sampleCall.keys())
        know(tag);
    for (const Buyer &buyer : workspace.buyers) {
        for (const QString &tag : buyer.tags.keys())
            know(tag);
    }
    for (const Publisher &publisher : workspace.publishers) {
        for (const QString &tag : publisher.tags.keys())
            know(tag);
        for (const QString &field : publisher.postbackFields)
            know(field);
    }
    for (const Campaign &campaign : workspace.campaigns)
        knowEntries(campaign.conversion.requiredTags);
    knowMatches(workspace.company.defaultWebhooks);
    for (const Campaign &campaign : workspace.campaigns) {
        knowMatches(campaign.webhooks);
        for (const TrackingNumber &number : campaign.numbers)
            knowMatches(number.webhooks);
    }
    for (const Buyer &buyer : workspace.buyers)
        knowMatches(buyer.webhooks);
    for (const QString &tag : extraTags)
        know(tag);
}

QList<LintFinding> WebhookLinter::lint(const Webhook &webhook, const LintLocation &location) const
{
    return Check(m_workspace, m_known, webhook, location).run();
}
