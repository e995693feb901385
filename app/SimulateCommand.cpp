// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulateCommand.h"

#include "CallReportText.h"
#include "ExitCode.h"
#include "ScenarioCommandArguments.h"
#include "call/CallRunner.h"
#include "call/CannedResponder.h"
#include "files/CallResultJson.h"

#include <QJsonDocument>
#include <QTextStream>

int SimulateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ScenarioCommandArguments args(QStringLiteral("simulate"),
                                  QCoreApplication::translate("SimulateCommand",
                                                              "Plans and runs one call with canned responses; "
                                                              "nothing goes on the network."));
    if (const auto exit = args.parse(arguments, out, err))
        return *exit;
    CallScenario scenario;
    if (!args.loadScenario(&scenario, err))
        return ExitBadInput;

    CannedResponder responder(scenario.responses);
    const CallResult result = CallRunner::run(scenario, &responder);
    if (args.json())
        out << QJsonDocument(CallResultJson::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << CallReportText::format(result);
    return CallReportText::hasFindings(result) ? ExitFindings : ExitSuccess;
}
