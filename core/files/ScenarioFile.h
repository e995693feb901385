// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallScenario.h"
#include "files/LoadError.h"

#include <QCoreApplication>

struct ScenarioLoadResult
{
    CallScenario scenario;
    QList<LoadError> errors; // on any error the scenario must not be used
    bool ok() const { return errors.isEmpty(); }
};

// Reads the self-contained call scenario files of SPEC 8. Unknown fields are errors here:
// a misspelt "duraton" must not silently run a different call.
class ScenarioFile final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    static ScenarioLoadResult load(const QString &fileName);
    static ScenarioLoadResult parse(const QByteArray &json);
};
