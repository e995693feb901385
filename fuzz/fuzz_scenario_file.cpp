// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Call scenario files (SPEC 8), shared between users and replayed with simulate. A scenario
// that loads is run the way `simulate` runs it: planned, rendered, answered from its canned
// responses, its response tags applied, and reported as JSON.

#include "FuzzSupport.h"

#include "call/CallRunner.h"
#include "call/CannedResponder.h"
#include "files/CallResultJson.h"
#include "files/ScenarioFile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ScenarioLoadResult loaded = ScenarioFile::parse(FuzzSupport::bytes(data, size));
    if (!loaded.ok())
        return 0;
    CannedResponder responder(loaded.scenario.responses);
    const CallResult result = CallRunner::run(loaded.scenario, &responder);
    CallResultJson::toJson(result);
    return 0;
}
