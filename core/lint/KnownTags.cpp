// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/KnownTags.h"

#include "lint/WebhookLinter.h"
#include "model/Workspace.h"
#include "templates/TemplateLibrary.h"
#include "tokens/TokenTemplate.h"

#include <QHash>

namespace {

struct BuiltInInfo
{
    const char *name;
    const char *description;
};

// clang-format off
const BuiltInInfo kBuiltIns[] = {
    {"caller_number", QT_TRANSLATE_NOOP("KnownTags", "The caller's phone number, as the carrier delivered it.")},
    {"caller_id", QT_TRANSLATE_NOOP("KnownTags", "The caller ID shown for the call.")},
    {"caller_zip", QT_TRANSLATE_NOOP("KnownTags", "The ZIP code of the caller's location.")},
    {"call_uuid", QT_TRANSLATE_NOOP("KnownTags", "The call's unique id.")},
    {"call_key", QT_TRANSLATE_NOOP("KnownTags", "The call's secret key; HAR exports redact it.")},
    {"handler_id", QT_TRANSLATE_NOOP("KnownTags", "The id of the buyer the call is routed to.")},
    {"payout", QT_TRANSLATE_NOOP("KnownTags", "What the buyer pays for the call.")},
    {"source_id", QT_TRANSLATE_NOOP("KnownTags", "The publisher (traffic source) that sent the call.")},
    {"geo", QT_TRANSLATE_NOOP("KnownTags", "The caller's location: us, us-<state>, us-<ZIP>.")},
    {"duration", QT_TRANSLATE_NOOP("KnownTags", "The talk time so far, in seconds.")},
    {"converted", QT_TRANSLATE_NOOP("KnownTags", "Whether the call converted: true or false.")},
    {"timer_seconds", QT_TRANSLATE_NOOP("KnownTags", "The threshold of the Timer webhook that fires.")},
};

struct FilterInfo
{
    const char *name;
    const char *description;
};

const FilterInfo kFilters[] = {
    {"first", QT_TRANSLATE_NOOP("KnownTags", "Only the tag's first value.")},
    {"last", QT_TRANSLATE_NOOP("KnownTags", "Only the tag's last value.")},
    {"lower", QT_TRANSLATE_NOOP("KnownTags", "Lower case.")},
    {"upper", QT_TRANSLATE_NOOP("KnownTags", "Upper case.")},
    {"trim", QT_TRANSLATE_NOOP("KnownTags", "Without leading and trailing spaces.")},
    {"digits", QT_TRANSLATE_NOOP("KnownTags", "Only the digits 0-9.")},
    {"e164", QT_TRANSLATE_NOOP("KnownTags", "A US phone number as +1NNNNNNNNNN.")},
    {"sha256", QT_TRANSLATE_NOOP("KnownTags", "SHA-256 in lower-case hex, as ad platforms want hashed phone numbers.")},
    {"urlencode", QT_TRANSLATE_NOOP("KnownTags", "Percent-encoded once more, for a URL inside a URL.")},
    {"default", QT_TRANSLATE_NOOP("KnownTags", "TEXT when the tag is missing or empty.")},
};
// clang-format on

// Builds one list of tags, each once (case-insensitively), keeping the order first seen.
class Collector
{
public:
    explicit Collector(KnownTag::Source source)
        : m_source(source)
    {}

    void add(const QString &name, const QString &description, const QStringList &values = {})
    {
        const QString key = name.trimmed();
        if (key.isEmpty())
            return;
        auto it = m_index.constFind(key.toLower());
        if (it == m_index.cend()) {
            KnownTag tag;
            tag.name = key;
            tag.description = description;
            tag.source = m_source;
            it = m_index.insert(key.toLower(), m_tags.size());
            m_tags.append(tag);
        }
        KnownTag &tag = m_tags[*it];
        for (const QString &value : values)
            addValue(tag, value);
    }

    // "key:value" or "key" entries (matches, required tags, applied tags).
    void addEntries(const QStringList &entries, const QString &description)
    {
        for (const QString &entry : entries) {
            QString key;
            QString value;
            if (!TagMap::parsePair(entry, &key, &value))
                continue;
            add(key, description, value.trimmed().isEmpty() ? QStringList() : QStringList{value.trimmed()});
        }
    }

    void addTagMap(const TagMap &tags, const QString &description)
    {
        for (const QString &key : tags.keys())
            add(key, description, tags.values(key));
    }

    // The keys of every token in text, [ping.*] excepted.
    void addTokens(const QString &text, const QString &description)
    {
        if (!text.contains(QLatin1Char('[')))
            return;
        for (const QString &key : TokenTemplate(text).keys()) {
            if (!key.startsWith(QLatin1String("ping."), Qt::CaseInsensitive))
                add(key, description);
        }
    }

    void addRequest(const RequestTemplate &request, const QString &description)
    {
        addTokens(request.url, description);
        for (const HeaderTemplate &header : request.headers)
            addTokens(header.value, description);
        addTokens(request.body, description);
    }

    void addWebhooks(const QList<Webhook> &webhooks, const QString &descriptionFormat)
    {
        for (const Webhook &webhook : webhooks) {
            const QString description = descriptionFormat.arg(webhook.name);
            addRequest(webhook.request, description);
            if (webhook.pingPost.enabled)
                addRequest(webhook.pingPost.ping, description);
        }
    }

    // Adds the match entries of webhooks; kept apart from addWebhooks() so that every match key
    // is seen (with its values) before any token key.
    void addMatches(const QList<Webhook> &webhooks)
    {
        for (const Webhook &webhook : webhooks)
            addEntries(webhook.matches, KnownTags::tr("Matched by webhook \u201c%1\u201d").arg(webhook.name));
    }

    QList<KnownTag> tags() const { return m_tags; }

    static void addValue(KnownTag &tag, const QString &value)
    {
        if (!value.isEmpty() && !tag.values.contains(value, Qt::CaseInsensitive))
            tag.values.append(value);
    }

private:
    KnownTag::Source m_source;
    QList<KnownTag> m_tags;
    QHash<QString, qsizetype> m_index; // lower-case name -> index in m_tags
};

} // namespace

QList<KnownTag> KnownTags::builtIns()
{
    QList<KnownTag> tags;
    for (const QString &name : WebhookLinter::builtInTags()) {
        KnownTag tag;
        tag.name = name;
        for (const BuiltInInfo &info : kBuiltIns) {
            if (name == QLatin1String(info.name))
                tag.description = tr(info.description);
        }
        tag.secret = name == QLatin1String("call_key");
        tags.append(tag);
    }
    return tags;
}

QList<KnownTag> KnownTags::fromWorkspace(const Workspace &workspace)
{
    Collector collector(KnownTag::Source::Workspace);
    collector.addTagMap(workspace.sampleCall, tr("In the sample call"));
    for (const Buyer &buyer : workspace.buyers) {
        collector.addTagMap(buyer.tags, tr("Tag of buyer %1").arg(buyer.name));
        collector.add(QStringLiteral("handler_id"), tr("The id of a buyer"), {buyer.id});
    }
    for (const Publisher &publisher : workspace.publishers) {
        collector.addTagMap(publisher.tags, tr("Tag of publisher %1").arg(publisher.name));
        for (const QString &field : publisher.postbackFields)
            collector.add(field, tr("Postback field of publisher %1").arg(publisher.name));
        collector.add(QStringLiteral("source_id"), tr("The source id of a publisher"), {publisher.sourceId});
    }
    for (const Campaign &campaign : workspace.campaigns)
        collector.addEntries(campaign.conversion.requiredTags,
                             tr("Required for a conversion in %1").arg(campaign.name));

    collector.addMatches(workspace.company.defaultWebhooks);
    for (const Campaign &campaign : workspace.campaigns) {
        collector.addMatches(campaign.webhooks);
        for (const TrackingNumber &number : campaign.numbers)
            collector.addMatches(number.webhooks);
    }
    for (const Buyer &buyer : workspace.buyers)
        collector.addMatches(buyer.webhooks);

    const QString usedBy = tr("Used by webhook \u201c%1\u201d");
    collector.addWebhooks(workspace.company.defaultWebhooks, usedBy);
    for (const Campaign &campaign : workspace.campaigns) {
        collector.addWebhooks(campaign.webhooks, usedBy);
        for (const TrackingNumber &number : campaign.numbers)
            collector.addWebhooks(number.webhooks, usedBy);
    }
    for (const Buyer &buyer : workspace.buyers)
        collector.addWebhooks(buyer.webhooks, usedBy);
    return collector.tags();
}

QList<KnownTag> KnownTags::fromTemplates(const TemplateLibrary &library)
{
    Collector collector(KnownTag::Source::Template);
    for (const WebhookTemplate &webhookTemplate : library.templates()) {
        const QString description = tr("Used by template \u201c%1\u201d").arg(webhookTemplate.name);
        collector.addTagMap(webhookTemplate.profileTags, description);
        for (const Webhook &webhook : webhookTemplate.parsedWebhooks()) {
            collector.addEntries(webhook.matches, description);
            collector.addRequest(webhook.request, description);
            if (webhook.pingPost.enabled)
                collector.addRequest(webhook.pingPost.ping, description);
        }
    }
    // A match value still holding a {{parameter}} is no value a call has.
    QList<KnownTag> tags = collector.tags();
    for (KnownTag &tag : tags) {
        tag.values.removeIf([](const QString &value) { return !WebhookTemplate::references(value).isEmpty(); });
    }
    return tags;
}

QList<KnownTag> KnownTags::fromFiredCalls(const QList<FiredCallTags> &calls)
{
    Collector collector(KnownTag::Source::Pixel);
    for (const FiredCallTags &call : calls) {
        const QString description = tr("Seen in fired call \u201c%1\u201d").arg(call.title);
        collector.addTagMap(call.tags, description);
        collector.addEntries(call.applied, description);
    }
    return collector.tags();
}

QList<KnownTag> KnownTags::merged(const QList<QList<KnownTag>> &lists)
{
    QList<KnownTag> result;
    QHash<QString, qsizetype> index;
    for (const QList<KnownTag> &list : lists) {
        for (const KnownTag &tag : list) {
            const QString key = tag.name.toLower();
            const auto it = index.constFind(key);
            if (it == index.cend()) {
                index.insert(key, result.size());
                result.append(tag);
                continue;
            }
            KnownTag &known = result[*it];
            for (const QString &value : tag.values)
                Collector::addValue(known, value);
            if (known.description.isEmpty())
                known.description = tag.description;
        }
    }
    return result;
}

QString KnownTags::sourceLabel(KnownTag::Source source)
{
    switch (source) {
    case KnownTag::Source::BuiltIn:
        return tr("Built-in");
    case KnownTag::Source::Workspace:
        return tr("This workspace");
    case KnownTag::Source::Template:
        return tr("Templates");
    case KnownTag::Source::Pixel:
        return tr("Fired pixels");
    case KnownTag::Source::PingResponse:
        return tr("Ping response");
    }
    return QString();
}

QList<KnownFilter> KnownTags::filters()
{
    QList<KnownFilter> result;
    for (const QString &syntax : TokenFilter::allNames().split(QStringLiteral(", "))) {
        KnownFilter filter;
        filter.syntax = syntax;
        filter.name = syntax.section(QLatin1Char(':'), 0, 0);
        for (const FilterInfo &info : kFilters) {
            if (filter.name == QLatin1String(info.name))
                filter.description = tr(info.description);
        }
        result.append(filter);
    }
    return result;
}
