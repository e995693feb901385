// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/LintLocation.h"
#include "lint/LintRule.h"

#include <QString>

// One problem the linter found (issue 5 item 8), shown in the lint panel and by `validate`.
struct LintFinding
{
    LintSeverity severity = LintSeverity::Warning;
    // The rule that found it; its stable id (ruleId()) is for people and scripts to filter on.
    LintRule rule = LintRule::TemplateError;
    // For people; a finding with a position says it first ("line 2, column 5: ...").
    QString message;
    LintLocation location;

    // "unknown-token", "invalid-json-body", "selected-data-leak", ...
    QString ruleId() const { return LintRules::id(rule); }
    // "campaigns[0].webhooks[3].body: error: line 2, column 5: invalid JSON: ... [invalid-json-body]"
    QString toString() const;

    bool operator==(const LintFinding &o) const
    {
        return severity == o.severity && rule == o.rule && message == o.message && location == o.location;
    }
    bool operator!=(const LintFinding &o) const { return !(*this == o); }
};
