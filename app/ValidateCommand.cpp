// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ValidateCommand.h"

#include "ExitCode.h"
#include "ScenarioCommandArguments.h"
#include "SubcommandLine.h"
#include "files/WorkspaceFile.h"
#include "lint/WorkspaceLinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? ValidateCommand::tr(one) : ValidateCommand::tr(many).arg(n);
}

qsizetype webhookCount(const Workspace &workspace)
{
    qsizetype total = workspace.company.defaultWebhooks.size();
    for (const Campaign &campaign : workspace.campaigns) {
        total += campaign.webhooks.size();
        for (const TrackingNumber &number : campaign.numbers)
            total += number.webhooks.size();
    }
    for (const Buyer &buyer : workspace.buyers)
        total += buyer.webhooks.size();
    return total;
}
} // namespace

QString ValidateCommand::summary(const Workspace &workspace)
{
    return QStringList{
        count(workspace.campaigns.size(), QT_TRANSLATE_NOOP("ValidateCommand", "1 campaign"),
              QT_TRANSLATE_NOOP("ValidateCommand", "%1 campaigns")),
        count(workspace.buyers.size(), QT_TRANSLATE_NOOP("ValidateCommand", "1 buyer"),
              QT_TRANSLATE_NOOP("ValidateCommand", "%1 buyers")),
        count(workspace.publishers.size(), QT_TRANSLATE_NOOP("ValidateCommand", "1 publisher"),
              QT_TRANSLATE_NOOP("ValidateCommand", "%1 publishers")),
        count(webhookCount(workspace), QT_TRANSLATE_NOOP("ValidateCommand", "1 webhook"),
              QT_TRANSLATE_NOOP("ValidateCommand", "%1 webhooks")),
    }
        .join(QStringLiteral(", "));
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("validate"),
        tr("Checks a workspace file. A file that cannot be loaded: every error on stderr as FILE: path: "
           "message, exit status 2. A file that loads is linted: every finding on stdout as FILE: path: "
           "severity: message [rule], then a summary line. Exit status 1 if any finding is a warning or an "
           "error, else 0; info findings (a disabled webhook, a tag only a response sets) are hints, shown "
           "with --all, and never fail."),
        {QStringLiteral("workspace"), tr("The workspace file."), QStringLiteral("WORKSPACE"),
         tr("missing the workspace file (usage: validate WORKSPACE)"), tr("expected one workspace file, got %1")});
    const QCommandLineOption all(QStringLiteral("all"), tr("Also show info findings."));
    line.addOption(all);
    if (const auto exit = line.parse(arguments, out, err))
        return *exit;

    const QString fileName = line.positional();
    const WorkspaceLoadResult loaded = WorkspaceFile::load(fileName);
    if (!loaded.ok()) {
        QFile file(fileName);
        if (file.size() <= WorkspaceFile::kMaxFileBytes && file.open(QIODevice::ReadOnly)
            && ScenarioCommandArguments::isScenarioJson(file.readAll())) {
            err << tr("%1 is a scenario, not a workspace: run it with simulate %1 (or fire %1)").arg(fileName) << '\n';
            return ExitBadInput;
        }
        for (const LoadError &error : loaded.errors)
            err << fileName << ": " << error.toString() << '\n';
        return ExitBadInput;
    }
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (const LintFinding &finding : WorkspaceLinter::lint(loaded.workspace)) {
        errors += finding.severity == LintSeverity::Error ? 1 : 0;
        warnings += finding.severity == LintSeverity::Warning ? 1 : 0;
        if (finding.severity != LintSeverity::Info || line.isSet(all))
            out << fileName << ": " << finding.toString() << '\n';
    }
    if (errors + warnings == 0) {
        out << tr("ok: %1").arg(summary(loaded.workspace)) << '\n';
        return ExitSuccess;
    }
    out << tr("%1, %2: %3")
               .arg(count(errors, QT_TRANSLATE_NOOP("ValidateCommand", "1 error"),
                          QT_TRANSLATE_NOOP("ValidateCommand", "%1 errors")),
                    count(warnings, QT_TRANSLATE_NOOP("ValidateCommand", "1 warning"),
                          QT_TRANSLATE_NOOP("ValidateCommand", "%1 warnings")),
                    summary(loaded.workspace))
        << '\n';
    return ExitFindings;
}
