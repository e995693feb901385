// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallResult.h"

#include <QCoreApplication>

// The people-readable report of a call run: one block per webhook in firing order, then the
// warnings, the final tags and the conversion outcome.
class CallReportText final
{
    Q_DECLARE_TR_FUNCTIONS(CallReportText)

public:
    static QString format(const CallResult &result);
    // Findings make a command exit with 1: warnings, or a webhook that could not be sent or failed.
    static bool hasFindings(const CallResult &result);
};
