#pragma once

#include "call/CallPlan.h"
#include "call/CallScenario.h"

// Turns a scenario into its firing order (SPEC 2). Pure and fast: no tags are evaluated here.
class CallPlanner final
{
public:
    static CallPlan plan(const CallScenario &scenario);
};
