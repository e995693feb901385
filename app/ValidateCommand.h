// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
struct Workspace;

// `validate [--all] WORKSPACE` (SPEC 8): loads a workspace file. Every load error (structure
// only: not JSON, wrong types, a newer format) goes to stderr as "FILE: path: message" and the
// exit code is 2. Wrong content in a well-formed file (a header value with a line break, a
// duplicate id, timer_seconds 0) loads, as in the app, and is a lint finding. A file that loads is linted
// (WorkspaceLinter): each finding goes to stdout as "FILE: path: severity: message [rule]", infos only with --all. With
// no warning or error it prints "ok: 2 campaigns, 3 buyers, 1 publisher, 14 webhooks" and exits 0; otherwise "1 error,
// 2 warnings: 2 campaigns, ..." and exits 1.
class ValidateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // "2 campaigns, 3 buyers, 1 publisher, 14 webhooks": every webhook of the workspace counts,
    // the company's defaults, unlocked numbers' and buyers' included.
    static QString summary(const Workspace &workspace);
};
