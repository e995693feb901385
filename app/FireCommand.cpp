// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FireCommand.h"

#include "CallReportText.h"
#include "ExitCode.h"
#include "ScenarioCommandArguments.h"
#include "call/CallRunner.h"
#include "files/CallResultJson.h"
#include "net/NetworkResponder.h"
#include "record/CallRecorder.h"
#include "record/HarWriter.h"
#include "record/PixelStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QUuid>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FireCommand", text);
}
} // namespace

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

    StoredCall header;
    header.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.title = tr("fire %1").arg(QFileInfo(args.scenarioFile()).fileName());
    header.startedAt = QDateTime::currentDateTimeUtc();
    header.tags = scenario.tags;

    NetworkResponder responder;
    CallRunner runner(scenario, &responder, CallRunnerOptions{true});
    CallRecorder recorder(header, storeInUse);
    recorder.attach(&runner);
    QEventLoop loop;
    QObject::connect(&runner, &CallRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    const CallResult &result = runner.result();

    for (const QString &error : recorder.storeErrors())
        err << tr("warning: fired-pixels log: %1").arg(error) << '\n';

    if (!args.harFile().isEmpty()) {
        HarWriter writer;
        writer.setRedaction(!args.isSet(noRedact));
        writer.addCall(recorder.call());
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
