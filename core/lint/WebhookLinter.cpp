// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/WebhookLinter.h"

#include "call/MatchRules.h"
#include "files/WebhookJson.h"
#include "response/JsonPath.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/RequestRenderer.h"
#include "tokens/TextPosition.h"
#include "tokens/TokenFilter.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

// The rule of a compile diagnostic: the token grammar's problems have their own rules, the
// others (the URL's or the JSON's structure) are structural's.
LintRule ruleOf(const Diagnostic &diagnostic, LintRule structural)
{
    switch (diagnostic.code) {
    case Diagnostic::Code::UnknownFilter:
        return LintRule::UnknownFilter;
    case Diagnostic::Code::BadFilter:
    case Diagnostic::Code::FilterOrder:
        return LintRule::BadFilter;
    case Diagnostic::Code::TokenNotClosed:
    case Diagnostic::Code::TooManyProblems:
        return LintRule::TemplateError;
    case Diagnostic::Code::UnknownTag:
    case Diagnostic::Code::UrlEmpty:
    case Diagnostic::Code::UrlScheme:
    case Diagnostic::Code::UrlNoHost:
    case Diagnostic::Code::UrlBadPort:
    case Diagnostic::Code::UrlBadHost:
    case Diagnostic::Code::JsonEmpty:
    case Diagnostic::Code::JsonSyntax:
    case Diagnostic::Code::JsonTokenAfterBackslash:
        break;
    }
    return structural;
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
        case LintLocation::Scope::Publisher:
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
            add(LintSeverity::Info, LintRule::NeverFires, QStringLiteral("enabled"),
                WebhookLinter::tr("disabled: it never fires until it is enabled"));
        }
        checkRouting();
        checkRanges();
        checkRequest(m_webhook.request, QString(),
                     m_webhook.pingPost.enabled ? PingTokens::Allowed : PingTokens::NoPingPost);
        checkMatches();
        if (m_webhook.pingPost.enabled)
            checkPingPost();
        return std::move(m_findings);
    }

private:
    // The workspace file loads any whole number (docs/ARCHITECTURE.md, "Loading"); the ranges
    // are checked here, so that the editor shows them too.
    void checkRanges()
    {
        const QString timerField = QStringLiteral("timer_seconds");
        const int timer = m_webhook.timerSeconds;
        if (m_webhook.trigger == Trigger::Timer && timer <= 0) {
            add(LintRule::TimerWithoutThreshold, timerField,
                WebhookLinter::tr(
                    "a Timer webhook needs a threshold of at least 1 second; without one it never fires"));
        } else if (timer < 0 || timer > WebhookJson::kMaxTimerSeconds) {
            add(LintRule::OutOfRange, timerField,
                WebhookLinter::tr("timer_seconds must be between 1 and %1 (got %2)")
                    .arg(WebhookJson::kMaxTimerSeconds)
                    .arg(timer));
        }
        if (m_webhook.timeoutMs < 1 || m_webhook.timeoutMs > WebhookJson::kMaxTimeoutMs) {
            add(LintRule::OutOfRange, QStringLiteral("timeout_ms"),
                WebhookLinter::tr("timeout_ms must be between 1 and %1 (got %2)")
                    .arg(WebhookJson::kMaxTimeoutMs)
                    .arg(m_webhook.timeoutMs));
        }
        if (m_webhook.pingPost.minimumBid < 0) {
            add(LintRule::OutOfRange, QStringLiteral("ping_post.minimum_bid"),
                WebhookLinter::tr("the minimum bid must not be negative (got %1)").arg(m_webhook.pingPost.minimumBid));
        }
    }

    enum class PingTokens
    {
        Allowed,
        NoPingPost,
        InPing
    };

    void add(LintRule rule, const QString &field, const QString &message, const TextPosition &position = {})
    {
        add(LintRules::defaultSeverity(rule), rule, field, message, position);
    }

    void add(LintSeverity severity, LintRule rule, const QString &field, const QString &message,
             const TextPosition &position = {})
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

    // The compile diagnostics of one field (text): token syntax problems get their own rules,
    // the others structural.
    void addTemplateErrors(const QString &field, const QString &text, const QList<Diagnostic> &diagnostics,
                           LintRule structural)
    {
        for (const Diagnostic &diagnostic : diagnostics) {
            add(LintSeverity::Error, ruleOf(diagnostic, structural), field, diagnostic.describe(text),
                diagnostic.hasPosition() ? TextPosition::at(text, diagnostic.offset) : TextPosition());
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
            const TextPosition at = TextPosition::at(text, token.offset);
            const QString where = TextPosition::describe(text, token.offset) + QLatin1String(": ");
            const QString tag = QLatin1Char('[') + token.key + QLatin1Char(']');
            if (pingTag) {
                add(LintRule::UnknownToken, field,
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
                add(LintSeverity::Info, LintRule::UnknownToken, field,
                    where
                        + WebhookLinter::tr("tag %1 is not seen in the workspace; it renders as its default "
                                            "\"%2\" unless a response sets it at run time")
                              .arg(tag, fallback),
                    at);
            } else {
                add(LintRule::UnknownToken, field,
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
            add(LintRule::MissingName, QStringLiteral("name"),
                WebhookLinter::tr("the webhook has no name; the fired-pixel log and scenario responses tell "
                                  "webhooks apart by name"));
            return;
        }
        for (qsizetype i = 0; i < m_siblings.size(); ++i) {
            if (i == m_location.webhookIndex || m_siblings.at(i).name.trimmed().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            LintLocation other = m_location;
            other.webhookIndex = int(i);
            add(LintRule::DuplicateName, QStringLiteral("name"),
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
                add(LintRule::NeverFires, QString(),
                    WebhookLinter::tr("buyer \"%1\" is in no campaign's routing, so its webhooks never fire")
                        .arg(m_buyer->id));
            }
        }
        if (!m_webhook.buyerId.isEmpty()) {
            if (!m_workspace.findBuyer(m_webhook.buyerId)) {
                add(LintRule::UnknownBuyer, QStringLiteral("buyer"),
                    WebhookLinter::tr("unknown buyer \"%1\" (no buyer in this workspace has this id)")
                        .arg(m_webhook.buyerId));
            } else if (m_campaign && !m_campaign->buyerIds.contains(m_webhook.buyerId)) {
                add(LintRule::NeverFires, QStringLiteral("buyer"),
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
            add(LintRule::NeverFires, QStringLiteral("trigger"),
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
            add(LintRule::SelectedDataLeak, QStringLiteral("trigger"),
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
                add(LintRule::InvalidMatch, indexed(QStringLiteral("matches"), i),
                    WebhookLinter::tr("%1; a webhook with an invalid match never fires").arg(errors.at(next++)));
            }
        } else {
            checkMatchValues();
        }

        const bool campaignLevel = m_location.scope != LintLocation::Scope::Buyer;
        if (campaignLevel && m_webhook.trigger == Trigger::Conversion && !m_workspace.publishers.isEmpty()
            && matchValues(QStringLiteral("source_id")).isEmpty()) {
            add(LintRule::ConversionWithoutPublisherMatch, QStringLiteral("matches"),
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
                add(LintRule::UnknownPublisher, field,
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
            add(LintRule::NeverFires, field,
                WebhookLinter::tr("handler_id is set only once a buyer is selected, after the %1 webhooks "
                                  "have fired, so this match never holds")
                    .arg(Triggers::label(m_webhook.trigger)));
            return true;
        }
        if (handlers.isEmpty())
            return false;
        if (m_buyer && !handlers.contains(m_buyer->id, Qt::CaseInsensitive)) {
            add(LintRule::NeverFires, field,
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
        add(LintRule::NeverFires, field,
            WebhookLinter::tr("it matches handler_id %1, but in this campaign it can fire only for %2, so it "
                              "never fires")
                .arg(handlers.join(QLatin1String(", ")), candidates.join(QLatin1String(", "))));
        return true;
    }

    void checkRequest(const RequestTemplate &request, const QString &prefix, PingTokens ping)
    {
        // As strict as the workspace file, which could not load the webhook otherwise.
        if (!WebhookJson::methods().contains(request.method)) {
            add(LintRule::InvalidMethod, prefix + QLatin1String("method"),
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
        addTemplateErrors(field, text, url.diagnostics(), LintRule::InvalidUrl);
        const TokenTemplate parsed(text);
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
            add(severity, LintRule::InvalidUrl, field, withSample + error);
        if (!report.ok())
            return;
        const QUrl result(rendered, QUrl::StrictMode);
        if (!result.isValid()) {
            add(severity, LintRule::InvalidUrl, field,
                withSample
                    + WebhookLinter::tr("the URL renders as %1, which does not parse: %2")
                          .arg(rendered, result.errorString()));
        } else if (result.scheme() != QLatin1String("http") && result.scheme() != QLatin1String("https")) {
            add(severity, LintRule::InvalidUrl, field,
                withSample + WebhookLinter::tr("the scheme must be http or https, not \"%1\"").arg(result.scheme()));
        }
    }

    void checkHeader(const HeaderTemplate &header, const QString &field, PingTokens ping)
    {
        const QString nameField = field + QLatin1String(".name");
        const QString valueField = field + QLatin1String(".value");
        if (header.name.trimmed().isEmpty()) {
            add(LintRule::InvalidHeaderName, nameField, WebhookLinter::tr("a header needs a name"));
        } else {
            // The renderer's own check, on a request of nothing but this header.
            RequestTemplate alone;
            alone.url = QStringLiteral("http://localhost/");
            alone.headers = {{header.name, QString()}};
            for (const QString &error : RequestRenderer(alone).compileErrors())
                add(LintRule::InvalidHeaderName, nameField, error);
        }

        const TokenTemplate value(header.value, RenderContext::Header);
        addTemplateErrors(valueField, header.value, value.diagnostics(), LintRule::TemplateError);
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
                add(LintRule::HeaderInjection, valueField,
                    TextPosition::describe(header.value, offset) + QLatin1String(": ")
                        + WebhookLinter::tr("%1: a header value must be one line of text, or it could add "
                                            "headers of its own")
                              .arg(error),
                    TextPosition::at(header.value, offset));
                break;
            }
        }
        checkTokens(valueField, header.value, value.tokens(), ping);
        if (!value.isValid())
            return;
        RenderReport report;
        value.render(m_workspace.sampleCall, &report);
        for (const QString &error : std::as_const(report.errors)) {
            add(LintSeverity::Warning, LintRule::HeaderInjection, valueField,
                WebhookLinter::tr("with the sample call: %1; such a call's request would not be sent").arg(error));
        }
    }

    void checkBody(const RequestTemplate &request, const QString &prefix, PingTokens ping)
    {
        const QString bodyField = prefix + QLatin1String("body");
        switch (request.bodyKind) {
        case BodyKind::None:
            if (!request.body.trimmed().isEmpty()) {
                add(LintRule::UnusedBody, bodyField,
                    WebhookLinter::tr("the body kind is none, so this body text is not sent"));
            }
            return;
        case BodyKind::Json: {
            addTemplateErrors(bodyField, request.body, JsonBodyTemplate(request.body).diagnostics(),
                              LintRule::InvalidJsonBody);
            const TokenTemplate parsed(request.body);
            checkTokens(bodyField, request.body, parsed.tokens(), ping);
            break;
        }
        case BodyKind::Form:
        case BodyKind::Raw: {
            const TokenTemplate parsed(request.body);
            addTemplateErrors(bodyField, request.body, parsed.diagnostics(), LintRule::TemplateError);
            checkTokens(bodyField, request.body, parsed.tokens(), ping);
            break;
        }
        }

        if (request.method.trimmed().compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0) {
            add(LintRule::GetWithBody, prefix + QLatin1String("body_kind"),
                WebhookLinter::tr("a GET request with a body: many servers and proxies ignore or refuse it; use "
                                  "POST, or set the body kind to none"));
        }
        if (request.bodyKind == BodyKind::Json) {
            checkContentType(request, prefix, LintRule::JsonBodyWithoutJsonContentType,
                             QStringLiteral("application/json"), WebhookLinter::tr("JSON"));
        } else if (request.bodyKind == BodyKind::Form) {
            checkContentType(request, prefix, LintRule::FormBodyWithoutFormContentType,
                             QStringLiteral("application/x-www-form-urlencoded"), WebhookLinter::tr("form data"));
        }
    }

    void checkContentType(const RequestTemplate &request, const QString &prefix, LintRule rule, const QString &expected,
                          const QString &kind)
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
            add(rule, prefix + indexed(QStringLiteral("headers"), i) + QLatin1String(".value"),
                WebhookLinter::tr("the body is %1 but Content-Type says \"%2\", so the receiver will not read it "
                                  "as %1; use %3")
                    .arg(kind, header.value.trimmed(), expected));
        }
        if (!found) {
            add(rule, prefix + QLatin1String("headers"),
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
            add(LintSeverity::Error, LintRule::NeverFires, amountField,
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
                add(LintRule::InvalidBidPath, field, quoted(path) + QLatin1String(": ") + error);
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
