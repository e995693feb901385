// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
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

// The lint rules (issue 5 item 8), one table for WebhookLinter, WorkspaceLinter, LintFinding
// and the lint panel (issue 12 item 2). What each rule checks is listed on WebhookLinter.
enum class LintRule
{
    MissingName,
    DuplicateName,
    NeverFires,
    TimerWithoutThreshold,
    InvalidMethod,
    InvalidUrl,
    InvalidHeaderName,
    HeaderInjection,
    TemplateError,
    UnknownFilter,
    BadFilter,
    InvalidJsonBody,
    UnknownToken,
    GetWithBody,
    JsonBodyWithoutJsonContentType,
    FormBodyWithoutFormContentType,
    UnusedBody,
    InvalidMatch,
    UnknownPublisher,
    UnknownBuyer,
    SelectedDataLeak,
    ConversionWithoutPublisherMatch,
    InvalidBidPath,
    // Content the workspace file loads as written (docs/ARCHITECTURE.md, "Loading") and lint
    // reports at its field: what loading refused before issue 13.
    MissingId,
    DuplicateId,
    InvalidNumber,
    LockedNumberWebhooks,
    OutOfRange,
    InvalidTag,
};

// The table's row of each rule.
class LintRules final
{
    Q_DECLARE_TR_FUNCTIONS(LintRules)

public:
    // The stable id people and scripts filter on ("unknown-token"), never translated.
    static QString id(LintRule rule);
    // The severity a finding of the rule has unless the check says otherwise (never-fires,
    // invalid-url, header-injection and unknown-token vary with what they found).
    static LintSeverity defaultSeverity(LintRule rule);
    // A few words for people, translated: "Unknown token".
    static QString title(LintRule rule);
    // How many rules there are: LintRule(0) .. LintRule(count() - 1).
    static int count();
};
