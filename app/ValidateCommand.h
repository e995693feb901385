#pragma once

#include <QStringList>

class QTextStream;
struct Workspace;

// `validate WORKSPACE` (SPEC 8): loads a workspace file. Every load error goes to stderr as
// "FILE: path: message" and the exit code is 2; a file that loads prints a one-line summary
// ("ok: 2 campaigns, 3 buyers, 1 publisher, 14 webhooks") and exits 0.
class ValidateCommand final
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // "2 campaigns, 3 buyers, 1 publisher, 14 webhooks": every webhook of the workspace counts,
    // the company's defaults, unlocked numbers' and buyers' included.
    static QString summary(const Workspace &workspace);
};
