#include "ValidateCommand.h"

#include "ExitCode.h"
#include "WorkspaceFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ValidateCommand", text);
}

QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
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
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a workspace file: prints every problem with its place, "
                                        "or a summary if there is none."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("The workspace file."),
                                 QStringLiteral("WORKSPACE"));
    if (!parser.parse(QStringList{QStringLiteral("webhook-configurator validate")} + arguments)) {
        err << "validate: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "validate: "
            << (positional.isEmpty() ? tr("missing the workspace file (usage: validate WORKSPACE)")
                                     : tr("expected one workspace file, got %1").arg(positional.size()))
            << '\n';
        return ExitBadInput;
    }

    const QString fileName = positional.constFirst();
    const WorkspaceLoadResult loaded = WorkspaceFile::load(fileName);
    if (!loaded.ok()) {
        for (const LoadError &error : loaded.errors)
            err << fileName << ": " << error.toString() << '\n';
        return ExitBadInput;
    }
    // Lint rules (findings, exit 1) run here, on the loaded workspace, before the summary.
    out << tr("ok: %1").arg(summary(loaded.workspace)) << '\n';
    return ExitSuccess;
}
