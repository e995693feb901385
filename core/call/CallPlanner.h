// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallPlan.h"
#include "call/CallScenario.h"

#include <QCoreApplication>

// Turns a scenario into its firing order (SPEC 2). Pure and fast: no tags are evaluated here.
class CallPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(CallPlanner)

public:
    static CallPlan plan(const CallScenario &scenario);
};
