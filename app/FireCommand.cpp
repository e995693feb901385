// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FireCommand.h"

#include "CallReportText.h"
#include "ExitCode.h"
#include "ScenarioCommandArguments.h"
#include "files/CallResultJson.h"
#include "net/NetworkResponder.h"
#include "record/CallSession.h"
#include "record/HarWriter.h"
#include "record/PixelStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

int FireCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ScenarioCommandArguments args(QStringLiteral("fire"),
                                  tr("Runs one call, sending every webhook's request for real, and records "
                                     "the exchanges in the fired-pixels log."),
                                  true);
    const QCommandLineOption noRedact(QStringLiteral("no-redact"),
                                      tr("Keep secrets in the HAR file (they are redacted by default)."));
    const QCommandLineOption noStore(QStringLiteral("no-store"), tr("Do not record the call in the fired-pixels log."));
    const QCommandLineOption showSecrets(
        QStringLiteral("show-secrets"),
        tr("Show secrets in the report (call_key, tokens, Authorization headers, ...); they are masked by default."));
    args.addOption(noRedact);
    args.addOption(noStore);
    args.addOption(showSecrets);
    if (const auto exit = args.parse(arguments, out, err))
        return *exit;
    ScenarioCommandArguments::Call call;
    if (!args.loadCall(&call, err))
        return ExitBadInput;
    for (const QString &note : std::as_const(call.notes))
        err << tr("note: %1").arg(note) << '\n';
    for (const QString &warning : std::as_const(call.warnings))
        err << tr("warning: %1").arg(warning) << '\n';
    const CallScenario &scenario = call.scenario;

    PixelStore store;
    PixelStore *storeInUse = nullptr;
    if (!args.isSet(noStore)) {
        QString error;
        if (store.open(PixelStore::defaultPath(), &error))
            storeInUse = &store;
        else
            err << tr("warning: the call is not recorded: %1").arg(error) << '\n';
    }

    NetworkResponder responder;
    CallSession session(scenario, responder, storeInUse);
    const QString fileName = QFileInfo(args.callFile()).fileName();
    session.setTitle(call.fromWorkspace ? tr("fire %1: %2").arg(fileName, call.description)
                                        : tr("fire %1").arg(fileName));
    session.setCampaign(call.campaign);
    session.start();
    session.waitForFinished();
    const CallResult &result = session.result();

    for (const QString &error : session.storeErrors())
        err << tr("warning: fired-pixels log: %1").arg(error) << '\n';

    if (!args.harFile().isEmpty()) {
        HarWriter writer;
        writer.setRedaction(!args.isSet(noRedact));
        writer.addCall(session.call());
        QString error;
        if (!writer.writeFile(args.harFile(), &error)) {
            err << "fire: " << error << '\n';
            return ExitBadInput;
        }
    }

    // The report lands on a terminal, in scrollback and CI logs: no secrets unless asked for.
    const CallResult report = args.isSet(showSecrets) ? result : CallReportText::redacted(result);
    if (args.json())
        out << QJsonDocument(CallResultJson::toJson(report)).toJson(QJsonDocument::Indented);
    else
        out << CallReportText::format(report);
    return CallReportText::hasFindings(result) ? ExitFindings : ExitSuccess;
}
