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
    ScenarioCommandArguments::Call call;
    if (!args.loadCall(&call, err))
        return ExitBadInput;
    for (const QString &note : std::as_const(call.notes))
        err << QCoreApplication::translate("SimulateCommand", "note: %1").arg(note) << '\n';
    for (const QString &warning : std::as_const(call.warnings))
        err << QCoreApplication::translate("SimulateCommand", "warning: %1").arg(warning) << '\n';

    CannedResponder responder(call.scenario.responses);
    // A workspace's call gets its own call_uuid and call_key, as in the Test fire pane.
    const CallResult result = CallRunner::run(call.scenario, &responder, CallRunnerOptions{call.fromWorkspace});
    if (args.json())
        out << QJsonDocument(CallResultJson::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << CallReportText::format(result);
    return CallReportText::hasFindings(result) ? ExitFindings : ExitSuccess;
}
