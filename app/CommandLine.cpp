// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"

#include "FireCommand.h"
#include "HarInfoCommand.h"
#include "RenderCommand.h"
#include "SimulateCommand.h"
#include "TagsCommand.h"
#include "ValidateCommand.h"

#include <QTextStream>

#include <cstdio>

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> list = {
        {"fire",
         "fire SCENARIO.json|WORKSPACE.json --campaign NAME [--har OUT.har] [--json] [--show-secrets]  run one call, "
         "sending the requests for real",
         &FireCommand::run},
        {"har-info", "har-info FILE.har  summarise a HAR file: pages, entries, statuses, total time",
         &HarInfoCommand::run},
        {"render",
         "render [--context plain|url|path|header|json|form] [--tag key=value]... TEMPLATE  print a rendered template",
         &RenderCommand::run},
        {"simulate",
         "simulate SCENARIO.json|WORKSPACE.json --campaign NAME [--number N] [--buyer ID]... [--tag KEY=VALUE]... "
         "[--json]  run one call with canned responses, no network",
         &SimulateCommand::run},
        {"tags", "tags RESPONSE_FILE  print the tags a response body applies, one key:value per line",
         &TagsCommand::run},
        {"validate", "validate WORKSPACE  load and lint a workspace file (--all: info findings too)",
         &ValidateCommand::run},
    };
    return list;
}

const CommandLine::Command *CommandLine::find(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

int CommandLine::run(const Command &command, const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = command.run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

QString CommandLine::helpText()
{
    QString text = QStringLiteral("Usage: webhook-configurator [WORKSPACE]\n"
                                  "  or:  webhook-configurator COMMAND [ARGS...]\n\n"
                                  "With no command, opens the desktop app (on WORKSPACE if given).\n\n"
                                  "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  ") + QLatin1String(command.synopsis) + QLatin1Char('\n');
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help     Show this help.\n"
                           "  -v, --version  Show the version.\n"
                           "  --sample       Open the bundled sample workspace.\n\n"
                           "Exit codes: 0 success, 1 findings, 2 bad input.\n");
    return text;
}
