// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallResult.h"

#include <QCoreApplication>

// The people-readable report of a call run: one block per webhook in firing order, then the
// warnings, the final tags, then "fired 3 of 14, failed 1, skipped 10; the call converted.".
// Each webhook's word is its Outcome label, as everywhere else.
class CallReportText final
{
    Q_DECLARE_TR_FUNCTIONS(CallReportText)

public:
    static QString format(const CallResult &result);
    // The result with every secret masked (Redactor: call_key, api tokens, Authorization
    // headers, secret query/form/JSON fields, and each such value wherever else it appears), for
    // a report on a terminal or in a pipe.
    static CallResult redacted(const CallResult &result);
    // Findings make a command exit with 1: warnings, or a webhook that failed or was not sent.
    static bool hasFindings(const CallResult &result);
};
