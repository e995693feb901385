#include "TagsCommand.h"

#include "ExitCode.h"
#include "ResponseTagParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TagsCommand", text);
}
} // namespace

int TagsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the tags a response body applies, read as a 200 response, "
                                        "one key:value per line."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("response"), tr("The response body (a file)."),
                                 QStringLiteral("RESPONSE_FILE"));
    if (!parser.parse(QStringList{QStringLiteral("webhook-configurator tags")} + arguments)) {
        err << "tags: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "tags: "
            << (positional.isEmpty() ? tr("missing the response file (usage: tags RESPONSE_FILE)")
                                     : tr("expected one response file, got %1").arg(positional.size()))
            << '\n';
        return ExitBadInput;
    }

    const QString path = positional.constFirst();
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
