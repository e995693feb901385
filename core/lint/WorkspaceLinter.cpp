// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/WorkspaceLinter.h"

#include "lint/WebhookLinter.h"
#include "model/Workspace.h"

QList<LintFinding> WorkspaceLinter::lint(const Workspace &workspace, const QStringList &extraTags)
{
    const WebhookLinter linter(workspace, extraTags);
    QList<LintFinding> findings;
    const auto lintList = [&](const QList<Webhook> &webhooks, LintLocation location) {
        for (int i = 0; i < webhooks.size(); ++i) {
            location.webhookIndex = i;
            findings += linter.lint(webhooks.at(i), location);
        }
    };

    lintList(workspace.company.defaultWebhooks, LintLocation::companyWebhook(-1));
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        const Campaign &campaign = workspace.campaigns.at(c);
        for (int b = 0; b < campaign.buyerIds.size(); ++b) {
            const QString &id = campaign.buyerIds.at(b);
            if (workspace.findBuyer(id))
                continue;
            LintFinding finding;
            finding.rule = LintRule::UnknownBuyer;
            finding.severity = LintRules::defaultSeverity(finding.rule);
            finding.message = tr("the campaign routes to unknown buyer \"%1\" (no buyer in this workspace has "
                                 "this id)")
                                  .arg(id);
            finding.location =
                LintLocation::campaign(c).at(QStringLiteral("buyer_ids[") + QString::number(b) + QLatin1Char(']'));
            findings.append(finding);
        }
        lintList(campaign.webhooks, LintLocation::campaign(c));
        for (int n = 0; n < campaign.numbers.size(); ++n) {
            if (campaign.numbers.at(n).webhooksUnlocked)
                lintList(campaign.numbers.at(n).webhooks, LintLocation::numberWebhook(c, n, -1));
        }
    }
    for (int b = 0; b < workspace.buyers.size(); ++b)
        lintList(workspace.buyers.at(b).webhooks, LintLocation::buyer(b));
    return findings;
}
