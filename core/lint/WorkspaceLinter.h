// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/LintFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct Workspace;

// Lints a whole workspace (issue 5 item 8): the lint panel's list and `validate`'s findings.
// Every webhook goes through WebhookLinter at its place: the company's defaults, each campaign's
// webhooks and those of its unlocked numbers (a locked number's list does not fire), each buyer's.
// On top of those, the workspace rules, all errors: a campaign routing to a buyer the workspace
// does not have (unknown-buyer); an empty campaign or buyer id, source_id or tracking number
// (missing-id); a campaign, buyer, webhook id, source_id or tracking number used twice, or a
// buyer listed twice in one routing (duplicate-id); a number that is not E.164 (invalid-number);
// a locked number with webhooks of its own (locked-number-webhooks); a min_duration outside
// 0..86400 (out-of-range); a required tag or postback field with no key (invalid-tag). The
// workspace file loads all of these as written (docs/ARCHITECTURE.md, "Loading"), so they are
// reported here. Findings come in file order: company, campaigns (id, conversion, routing,
// webhooks, then numbers), buyers, publishers.
class WorkspaceLinter final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLinter)

public:
    // extraTags: as for WebhookLinter, tags known from outside the workspace.
    static QList<LintFinding> lint(const Workspace &workspace, const QStringList &extraTags = {});
};
