// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/WorkspaceLinter.h"

#include "files/WorkspaceFile.h"
#include "lint/WebhookLinter.h"
#include "model/Workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

QString indexed(const QString &name, qsizetype index)
{
    return name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

const QRegularExpression &e164()
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return pattern;
}

// The workspace rules, collecting findings in file order.
class Check final
{
public:
    Check(const Workspace &workspace, const QStringList &extraTags)
        : m_workspace(workspace)
        , m_linter(workspace, extraTags)
    {}

    QList<LintFinding> run()
    {
        lintList(m_workspace.company.defaultWebhooks, LintLocation::companyWebhook(-1));
        for (int c = 0; c < m_workspace.campaigns.size(); ++c)
            checkCampaign(c);
        for (int b = 0; b < m_workspace.buyers.size(); ++b) {
            const Buyer &buyer = m_workspace.buyers.at(b);
            checkId(&m_buyerIds, buyer.id, LintLocation::buyer(b).at(QStringLiteral("id")),
                    WorkspaceLinter::tr("the buyer has no id; campaigns route to buyers by id"),
                    QT_TRANSLATE_NOOP("WorkspaceLinter", "duplicate buyer id \"%1\" (also used by %2)"));
            lintList(buyer.webhooks, LintLocation::buyer(b));
        }
        for (int p = 0; p < m_workspace.publishers.size(); ++p)
            checkPublisher(p);
        return std::move(m_findings);
    }

private:
    void add(LintRule rule, const LintLocation &location, const QString &message)
    {
        LintFinding finding;
        finding.rule = rule;
        finding.severity = LintRules::defaultSeverity(rule);
        finding.message = message;
        finding.location = location;
        m_findings.append(finding);
    }

    // An empty id is missing; a repeated one names the place that has it first (seen: id ->
    // that place's path).
    void checkId(QHash<QString, QString> *seen, const QString &id, const LintLocation &location, const QString &missing,
                 const char *duplicate)
    {
        if (id.isEmpty()) {
            add(LintRule::MissingId, location, missing);
            return;
        }
        const auto first = seen->constFind(id);
        if (first != seen->constEnd())
            add(LintRule::DuplicateId, location, WorkspaceLinter::tr(duplicate).arg(id, first.value()));
        else
            seen->insert(id, location.at(QString()).path());
    }

    void lintList(const QList<Webhook> &webhooks, LintLocation location)
    {
        for (int i = 0; i < webhooks.size(); ++i) {
            location.webhookIndex = i;
            m_findings += m_linter.lint(webhooks.at(i), location);
            checkWebhookId(webhooks.at(i), location);
        }
    }

    // A webhook's id is unique in the workspace. One without is not reported: the loader gives
    // every webhook in a file an id, and the app makes new ones with ids.
    void checkWebhookId(const Webhook &webhook, const LintLocation &location)
    {
        if (webhook.id.isEmpty())
            return;
        checkId(&m_webhookIds, webhook.id, location.at(QStringLiteral("id")), QString(),
                QT_TRANSLATE_NOOP("WorkspaceLinter", "duplicate webhook id \"%1\" (also used by %2)"));
    }

    void checkCampaign(int c)
    {
        const Campaign &campaign = m_workspace.campaigns.at(c);
        const LintLocation here = LintLocation::campaign(c);
        checkId(&m_campaignIds, campaign.id, here.at(QStringLiteral("id")),
                WorkspaceLinter::tr("the campaign has no id"),
                QT_TRANSLATE_NOOP("WorkspaceLinter", "duplicate campaign id \"%1\" (also used by %2)"));
        const int minDuration = campaign.conversion.minDurationSeconds;
        if (minDuration < 0 || minDuration > WorkspaceFile::kMaxMinDurationSeconds) {
            add(LintRule::OutOfRange, here.at(QStringLiteral("conversion.min_duration")),
                WorkspaceLinter::tr("the minimum duration must be between 0 and %1 seconds (got %2)")
                    .arg(WorkspaceFile::kMaxMinDurationSeconds)
                    .arg(minDuration));
        }
        const QStringList &required = campaign.conversion.requiredTags;
        for (int i = 0; i < required.size(); ++i) {
            QString key;
            QString value;
            if (!TagMap::parsePair(required.at(i), &key, &value)) {
                add(LintRule::InvalidTag, here.at(indexed(QStringLiteral("conversion.required_tags"), i)),
                    WorkspaceLinter::tr("required tag \"%1\" has no key (expected \"key\" or \"key:value\"), so no "
                                        "call converts")
                        .arg(required.at(i)));
            }
        }

        QSet<QString> routed;
        for (int b = 0; b < campaign.buyerIds.size(); ++b) {
            const QString &id = campaign.buyerIds.at(b);
            const LintLocation at = here.at(indexed(QStringLiteral("buyer_ids"), b));
            if (routed.contains(id)) {
                add(LintRule::DuplicateId, at, WorkspaceLinter::tr("buyer \"%1\" is listed twice").arg(id));
                continue;
            }
            routed.insert(id);
            if (!m_workspace.findBuyer(id)) {
                add(LintRule::UnknownBuyer, at,
                    WorkspaceLinter::tr("the campaign routes to unknown buyer \"%1\" (no buyer in this workspace "
                                        "has this id)")
                        .arg(id));
            }
        }

        lintList(campaign.webhooks, here);
        for (int n = 0; n < campaign.numbers.size(); ++n)
            checkNumber(c, n);
    }

    void checkNumber(int c, int n)
    {
        const TrackingNumber &number = m_workspace.campaigns.at(c).numbers.at(n);
        const LintLocation here = LintLocation::numberWebhook(c, n, -1);
        const LintLocation numberField = here.at(QStringLiteral("number"));
        if (!number.number.isEmpty() && !e164().match(number.number).hasMatch()) {
            add(LintRule::InvalidNumber, numberField,
                WorkspaceLinter::tr("\"%1\" is not an E.164 phone number (expected + and the country code, "
                                    "e.g. +18005550100)")
                    .arg(number.number));
        }
        checkId(&m_numbers, number.number, numberField, WorkspaceLinter::tr("the tracking number has no number"),
                QT_TRANSLATE_NOOP("WorkspaceLinter", "duplicate tracking number \"%1\" (also used by %2)"));
        if (number.webhooksUnlocked) {
            lintList(number.webhooks, here);
            return;
        }
        // A locked number uses the campaign's webhooks: its own would silently never fire.
        if (!number.webhooks.isEmpty()) {
            add(LintRule::LockedNumberWebhooks, here.at(QStringLiteral("webhooks")),
                WorkspaceLinter::tr("a locked number has no webhooks of its own, so these never fire: unlock the "
                                    "number's webhooks or remove them"));
        }
        LintLocation location = here;
        for (int i = 0; i < number.webhooks.size(); ++i) {
            location.webhookIndex = i;
            checkWebhookId(number.webhooks.at(i), location);
        }
    }

    void checkPublisher(int p)
    {
        const Publisher &publisher = m_workspace.publishers.at(p);
        const LintLocation here = LintLocation::publisher(p);
        checkId(&m_sourceIds, publisher.sourceId, here.at(QStringLiteral("source_id")),
                WorkspaceLinter::tr("the publisher has no source_id; calls and matches name publishers by it"),
                QT_TRANSLATE_NOOP("WorkspaceLinter", "duplicate source_id \"%1\" (also used by %2)"));
        for (int i = 0; i < publisher.postbackFields.size(); ++i) {
            if (publisher.postbackFields.at(i).trimmed().isEmpty()) {
                add(LintRule::InvalidTag, here.at(indexed(QStringLiteral("postback_fields"), i)),
                    WorkspaceLinter::tr("a postback field needs a name"));
            }
        }
    }

    const Workspace &m_workspace;
    const WebhookLinter m_linter;
    QList<LintFinding> m_findings;
    // id -> the path of the object that has it first
    QHash<QString, QString> m_campaignIds;
    QHash<QString, QString> m_buyerIds;
    QHash<QString, QString> m_sourceIds;
    QHash<QString, QString> m_webhookIds;
    QHash<QString, QString> m_numbers;
};

} // namespace

QList<LintFinding> WorkspaceLinter::lint(const Workspace &workspace, const QStringList &extraTags)
{
    return Check(workspace, extraTags).run();
}
