// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/LintRule.h"

#include <iterator>

namespace {

struct Row
{
    LintRule rule;
    const char *id;
    LintSeverity severity;
    const char *title;
};

// In LintRule's order, so that a rule's row is at its value.
constexpr Row kRules[] = {
    {LintRule::MissingName, "missing-name", LintSeverity::Warning, QT_TRANSLATE_NOOP("LintRules", "Missing name")},
    {LintRule::DuplicateName, "duplicate-name", LintSeverity::Warning,
     QT_TRANSLATE_NOOP("LintRules", "Duplicate name")},
    {LintRule::NeverFires, "never-fires", LintSeverity::Warning, QT_TRANSLATE_NOOP("LintRules", "Never fires")},
    {LintRule::TimerWithoutThreshold, "timer-without-threshold", LintSeverity::Error,
     QT_TRANSLATE_NOOP("LintRules", "Timer without threshold")},
    {LintRule::InvalidMethod, "invalid-method", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Invalid method")},
    {LintRule::InvalidUrl, "invalid-url", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Invalid URL")},
    {LintRule::InvalidHeaderName, "invalid-header-name", LintSeverity::Error,
     QT_TRANSLATE_NOOP("LintRules", "Invalid header name")},
    {LintRule::HeaderInjection, "header-injection", LintSeverity::Error,
     QT_TRANSLATE_NOOP("LintRules", "Header injection")},
    {LintRule::TemplateError, "template-error", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Template error")},
    {LintRule::UnknownFilter, "unknown-filter", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Unknown filter")},
    {LintRule::BadFilter, "bad-filter", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Misused filter")},
    {LintRule::InvalidJsonBody, "invalid-json-body", LintSeverity::Error,
     QT_TRANSLATE_NOOP("LintRules", "Invalid JSON body")},
    {LintRule::UnknownToken, "unknown-token", LintSeverity::Warning, QT_TRANSLATE_NOOP("LintRules", "Unknown token")},
    {LintRule::GetWithBody, "get-with-body", LintSeverity::Warning, QT_TRANSLATE_NOOP("LintRules", "GET with a body")},
    {LintRule::JsonBodyWithoutJsonContentType, "json-body-without-json-content-type", LintSeverity::Warning,
     QT_TRANSLATE_NOOP("LintRules", "JSON body without a JSON Content-Type")},
    {LintRule::FormBodyWithoutFormContentType, "form-body-without-form-content-type", LintSeverity::Warning,
     QT_TRANSLATE_NOOP("LintRules", "Form body without a form Content-Type")},
    {LintRule::UnusedBody, "unused-body", LintSeverity::Info, QT_TRANSLATE_NOOP("LintRules", "Unused body")},
    {LintRule::InvalidMatch, "invalid-match", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Invalid match")},
    {LintRule::UnknownPublisher, "unknown-publisher", LintSeverity::Warning,
     QT_TRANSLATE_NOOP("LintRules", "Unknown publisher")},
    {LintRule::UnknownBuyer, "unknown-buyer", LintSeverity::Error, QT_TRANSLATE_NOOP("LintRules", "Unknown buyer")},
    {LintRule::SelectedDataLeak, "selected-data-leak", LintSeverity::Warning,
     QT_TRANSLATE_NOOP("LintRules", "Selected webhook leaks data")},
    {LintRule::ConversionWithoutPublisherMatch, "conversion-without-publisher-match", LintSeverity::Warning,
     QT_TRANSLATE_NOOP("LintRules", "Conversion without a publisher match")},
    {LintRule::InvalidBidPath, "invalid-bid-path", LintSeverity::Error,
     QT_TRANSLATE_NOOP("LintRules", "Invalid bid path")},
};

constexpr bool rowsInOrder()
{
    for (std::size_t i = 0; i < std::size(kRules); ++i) {
        if (kRules[i].rule != LintRule(i))
            return false;
    }
    return true;
}

static_assert(std::size(kRules) == std::size_t(LintRule::InvalidBidPath) + 1, "one row per rule");
static_assert(rowsInOrder(), "each rule's row at its value");

const Row &row(LintRule rule)
{
    return kRules[static_cast<std::size_t>(rule)];
}

} // namespace

QString LintSeverities::name(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Info:
        return QStringLiteral("info");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString LintRules::id(LintRule rule)
{
    return QLatin1String(row(rule).id);
}

LintSeverity LintRules::defaultSeverity(LintRule rule)
{
    return row(rule).severity;
}

QString LintRules::title(LintRule rule)
{
    return tr(row(rule).title);
}
