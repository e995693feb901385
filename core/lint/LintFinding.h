// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/LintLocation.h"

#include <QString>

// How much a finding matters. `validate` fails (exit 1) on warnings and errors; infos are hints.
enum class LintSeverity
{
    Info,
    Warning,
    Error
};

namespace LintSeverities {
// "info", "warning", "error": fixed words, since scripts read `validate`'s output.
QString name(LintSeverity severity);
} // namespace LintSeverities

// One problem the linter found (issue 5 item 8), shown in the lint panel and by `validate`.
struct LintFinding
{
    LintSeverity severity = LintSeverity::Warning;
    // Stable id of the rule that found it, for people and scripts to filter on:
    // "unknown-token", "invalid-json-body", "selected-data-leak", ...
    QString rule;
    // For people; a finding with a position says it first ("line 2, column 5: ...").
    QString message;
    LintLocation location;

    // "campaigns[0].webhooks[3].body: error: line 2, column 5: invalid JSON: ... [invalid-json-body]"
    QString toString() const;

    bool operator==(const LintFinding &o) const
    {
        return severity == o.severity && rule == o.rule && message == o.message && location == o.location;
    }
    bool operator!=(const LintFinding &o) const { return !(*this == o); }
};
