// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

// The headless commands of SPEC 8. Each command takes the arguments after its own name and
// writes its report to out and its errors to err.
class CommandLine final
{
public:
    using Runner = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

    struct Command
    {
        const char *name;
        const char *synopsis;
        Runner run;
    };

    static const QList<Command> &commands();
    static const Command *find(const QString &name);
    // Runs the named command; returns its exit code.
    static int run(const Command &command, const QStringList &arguments);
    // The top-level help text: usage, the GUI form and every command's synopsis.
    static QString helpText();
};
