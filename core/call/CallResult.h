// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Outcome.h"
#include "call/StepResult.h"
#include "model/TagMap.h"

struct CallResult
{
    QList<StepResult> steps; // in firing order, skipped webhooks included
    QStringList warnings;    // the plan's and the run's: data leaks, late postbacks, ...
    TagMap finalTags;
    bool converted = false;
    bool cancelled = false;

    // Steps that were sent (fired or not, whatever came back).
    int firedCount() const
    {
        int count = 0;
        for (const StepResult &step : steps)
            count += step.fired ? 1 : 0;
        return count;
    }
    // Steps that ended with outcome (Outcomes::of).
    int count(Outcome outcome) const
    {
        int count = 0;
        for (const StepResult &step : steps)
            count += Outcomes::of(step) == outcome ? 1 : 0;
        return count;
    }
};
