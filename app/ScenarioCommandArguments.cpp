// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScenarioCommandArguments.h"

#include "files/ScenarioFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {} // namespace

ScenarioCommandArguments::ScenarioCommandArguments(const QString &command, const QString &description, bool withHar)
    : m_line(command, description,
             {QStringLiteral("scenario"), tr("The call scenario file (JSON)."), QStringLiteral("SCENARIO.json"),
              tr("missing the scenario file (usage: %1 SCENARIO.json)").arg(command),
              tr("expected one scenario file, got %1")})
    , m_json(QStringLiteral("json"), tr("Print the report as JSON."))
    , m_har(QStringLiteral("har"), tr("Also write every exchange to a HAR 1.2 file."), QStringLiteral("OUT.har"))
{
    m_line.addOption(m_json);
    if (withHar)
        m_line.addOption(m_har);
}

bool ScenarioCommandArguments::loadScenario(CallScenario *scenario, QTextStream &err) const
{
    const ScenarioLoadResult loaded = ScenarioFile::load(scenarioFile());
    if (!loaded.ok()) {
        for (const LoadError &error : loaded.errors)
            err << scenarioFile() << ": " << error.toString() << '\n';
        return false;
    }
    *scenario = loaded.scenario;
    return true;
}
