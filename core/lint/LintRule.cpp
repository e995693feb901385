// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/LintRule.h"

#include <iterator>

namespace {

struct Row
{
    LintRule rule;
    LintSeverity severity;
    const char *id;
    const char *title;
};

// In LintRule's order, so that a rule's row is at its value.
constexpr Row kRules[] = {
    {LintRule::MissingName, LintSeverity::Warning, "missing-name", QT_TRANSLATE_NOOP("LintRules", "Missing name")},
    {LintRule::DuplicateName, LintSeverity::Warning, "duplicate-name",
     QT_TRANSLATE_NOOP("LintRules", "Duplicate name")},
    {LintRule::NeverFires, LintSeverity::Warning, "never-fires", QT_TRANSLATE_NOOP("LintRules", "Never fires")},
    {LintRule::TimerWithoutThreshold, LintSeverity::Error, "timer-without-threshold",
     QT_TRANSLATE_NOOP("LintRules", "Timer without threshold")},
    {LintRule::InvalidMethod, LintSeverity::Error, "invalid-method", QT_TRANSLATE_NOOP("LintRules", "Invalid method")},
    {LintRule::InvalidUrl, LintSeverity::Error, "invalid-url", QT_TRANSLATE_NOOP("LintRules", "Invalid URL")},
    {LintRule::InvalidHeaderName, LintSeverity::Error, "invalid-header-name",
     QT_TRANSLATE_NOOP("LintRules", "Invalid header name")},
    {LintRule::HeaderInjection, LintSeverity::Error, "header-injection",
     QT_TRANSLATE_NOOP("LintRules", "Header injection")},
    {LintRule::TemplateError, LintSeverity::Error, "template-error", QT_TRANSLATE_NOOP("LintRules", "Template error")},
    {LintRule::UnknownFilter, LintSeverity::Error, "unknown-filter", QT_TRANSLATE_NOOP("LintRules", "Unknown filter")},
    {LintRule::BadFilter, LintSeverity::Error, "bad-filter", QT_TRANSLATE_NOOP("LintRules", "Misused filter")},
    {LintRule::InvalidJsonBody, LintSeverity::Error, "invalid-json-body",
     QT_TRANSLATE_NOOP("LintRules", "Invalid JSON body")},
    {LintRule::UnknownToken, LintSeverity::Warning, "unknown-token", QT_TRANSLATE_NOOP("LintRules", "Unknown token")},
    {LintRule::GetWithBody, LintSeverity::Warning, "get-with-body", QT_TRANSLATE_NOOP("LintRules", "GET with a body")},
    {LintRule::JsonBodyWithoutJsonContentType, LintSeverity::Warning, "json-body-without-json-content-type",
     QT_TRANSLATE_NOOP("LintRules", "JSON body without a JSON Content-Type")},
    {LintRule::FormBodyWithoutFormContentType, LintSeverity::Warning, "form-body-without-form-content-type",
     QT_TRANSLATE_NOOP("LintRules", "Form body without a form Content-Type")},
    {LintRule::UnusedBody, LintSeverity::Info, "unused-body", QT_TRANSLATE_NOOP("LintRules", "Unused body")},
    {LintRule::InvalidMatch, LintSeverity::Error, "invalid-match", QT_TRANSLATE_NOOP("LintRules", "Invalid match")},
    {LintRule::UnknownPublisher, LintSeverity::Warning, "unknown-publisher",
     QT_TRANSLATE_NOOP("LintRules", "Unknown publisher")},
    {LintRule::UnknownBuyer, LintSeverity::Error, "unknown-buyer", QT_TRANSLATE_NOOP("LintRules", "Unknown buyer")},
    {LintRule::SelectedDataLeak, LintSeverity::Warning, "selected-data-leak",
     QT_TRANSLATE_NOOP("LintRules", "Selected webhook leaks data")},
    {LintRule::ConversionWithoutPublisherMatch, LintSeverity::Warning, "conversion-without-publisher-match",
     QT_TRANSLATE_NOOP("LintRules", "Conversion without a publisher match")},
    {LintRule::InvalidBidPath, LintSeverity::Error, "invalid-bid-path",
     QT_TRANSLATE_NOOP("LintRules", "Invalid bid path")},
    {LintRule::MissingId, LintSeverity::Error, "missing-id", QT_TRANSLATE_NOOP("LintRules", "Missing id")},
    {LintRule::DuplicateId, LintSeverity::Error, "duplicate-id", QT_TRANSLATE_NOOP("LintRules", "Duplicate id")},
    {LintRule::InvalidNumber, LintSeverity::Error, "invalid-number",
     QT_TRANSLATE_NOOP("LintRules", "Invalid phone number")},
    {LintRule::LockedNumberWebhooks, LintSeverity::Error, "locked-number-webhooks",
     QT_TRANSLATE_NOOP("LintRules", "Webhooks on a locked number")},
    {LintRule::OutOfRange, LintSeverity::Error, "out-of-range", QT_TRANSLATE_NOOP("LintRules", "Value out of range")},
    {LintRule::InvalidTag, LintSeverity::Error, "invalid-tag", QT_TRANSLATE_NOOP("LintRules", "Invalid tag")},
};

constexpr bool rowsInOrder()
{
    for (std::size_t i = 0; i < std::size(kRules); ++i) {
        if (kRules[i].rule != LintRule(i))
            return false;
    }
    return true;
}

static_assert(std::size(kRules) == std::size_t(LintRule::InvalidTag) + 1, "one row per rule");
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

int LintRules::count()
{
    return int(std::size(kRules));
}
