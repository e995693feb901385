#include "CommandLine.h"

#include <QTextStream>

#include <cstdio>

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> list = {
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
                                  "       webhook-configurator COMMAND [ARGS...]\n\n"
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
