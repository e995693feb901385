// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TagsCommand.h"

#include "ExitCode.h"
#include "SubcommandLine.h"
#include "response/ResponseTagParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {} // namespace

int TagsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(QStringLiteral("tags"),
                        tr("Prints the tags a response body applies, read as a 200 response, one key:value per line."),
                        {QStringLiteral("response"), tr("The response body (a file)."), QStringLiteral("RESPONSE_FILE"),
                         tr("missing the response file (usage: tags RESPONSE_FILE)"),
                         tr("expected one response file, got %1")});
    if (const auto exit = line.parse(arguments, out, err))
        return *exit;

    const QString path = line.positional();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "tags: " << tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitBadInput;
    }
    // As the network does: a body over the limit is cut, and a cut body is not read for tags.
    const QByteArray body = file.read(ResponseTagParser::MaxBodyBytes);
    const bool truncated = !file.atEnd();
    if (file.error() != QFileDevice::NoError) {
        err << "tags: " << tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitBadInput;
    }

    const ResponseTags response = ResponseTagParser::parse(200, body, truncated);
    for (const QString &note : response.notes)
        err << "tags: " << tr("note: %1").arg(note) << '\n';
    if (!response.applied) {
        err << "tags: " << path << ": " << response.reason << '\n';
        return ExitFindings;
    }
    for (const QString &pair : response.tags.pairs())
        out << pair << '\n';
    return ExitSuccess;
}
