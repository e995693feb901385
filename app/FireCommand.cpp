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

namespace {} // namespace

int FireCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ScenarioCommandArguments args(QStringLiteral("fire"),
                                  tr("Runs one call, sending every webhook's request for real, and records "
                                     "the exchanges in the fired-pixels log."),
                                  true);
    const QCommandLineOption noRedact(QStringLiteral("no-redact"),
                                      tr("Keep secrets in the HAR file (they are redacted by default)."));
    const QCommandLineOption noStore(QStringLiteral("no-store"), tr("Do not record the call in the fired-pixels log."));
    args.addOption(noRedact);
    args.addOption(noStore);
    if (const auto exit = args.parse(arguments, out, err))
        return *exit;
    CallScenario scenario;
    if (!args.loadScenario(&scenario, err))
        return ExitBadInput;

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
    session.setTitle(tr("fire %1").arg(QFileInfo(args.scenarioFile()).fileName()));
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

    if (args.json())
        out << QJsonDocument(CallResultJson::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << CallReportText::format(result);
    return CallReportText::hasFindings(result) ? ExitFindings : ExitSuccess;
}
