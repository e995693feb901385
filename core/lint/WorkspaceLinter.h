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
// On top of those, the workspace rules: a campaign routing to a buyer the workspace does not
// have (unknown-buyer, error). Findings come in file order: company, campaigns (routing, then
// webhooks, then numbers), buyers.
class WorkspaceLinter final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLinter)

public:
    // extraTags: as for WebhookLinter, tags known from outside the workspace.
    static QList<LintFinding> lint(const Workspace &workspace, const QStringList &extraTags = {});
};
