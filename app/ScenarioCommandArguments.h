// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SubcommandLine.h"
#include "call/CallScenario.h"

#include <QCoreApplication>

class QTextStream;

// The arguments simulate and fire share: SCENARIO.json, --json, and fire's --har.
class ScenarioCommandArguments final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioCommandArguments)

public:
    ScenarioCommandArguments(const QString &command, const QString &description, bool withHar = false);

    void addOption(const QCommandLineOption &option) { m_line.addOption(option); }
    // As SubcommandLine::parse(): an exit code when the command ends here.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        return m_line.parse(arguments, out, err);
    }
    bool isSet(const QCommandLineOption &option) const { return m_line.isSet(option); }
    bool json() const { return m_line.isSet(m_json); }
    QString harFile() const { return m_line.value(m_har); }
    QString scenarioFile() const { return m_line.positional(); }

    // Loads the scenario; on errors writes "FILE: path: message" lines to err.
    bool loadScenario(CallScenario *scenario, QTextStream &err) const;

private:
    SubcommandLine m_line;
    QCommandLineOption m_json;
    QCommandLineOption m_har;
};
