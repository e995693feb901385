// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RenderCommand.h"

#include "ExitCode.h"
#include "SubcommandLine.h"
#include "model/TagMap.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

enum class Kind
{
    Token,
    Url,
    Json
};

struct NamedContext
{
    const char *name;
    Kind kind;
    RenderContext context;
};

const NamedContext kContexts[] = {
    {"plain", Kind::Token, RenderContext::Plain},   {"url", Kind::Url, RenderContext::UrlQuery},
    {"path", Kind::Token, RenderContext::UrlPath},  {"header", Kind::Token, RenderContext::Header},
    {"json", Kind::Json, RenderContext::JsonValue}, {"form", Kind::Token, RenderContext::Form},
};

struct Result
{
    QStringList compileErrors;
    QString text;
    RenderReport report;
};

template<typename Template> Result renderWith(const Template &compiled, const TagMap &tags)
{
    Result result;
    result.compileErrors = compiled.errors();
    if (result.compileErrors.isEmpty())
        result.text = compiled.render(tags, &result.report);
    return result;
}

} // namespace

int RenderCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("render"), tr("Renders a template with replacement tokens against the given tags."),
        {QStringLiteral("template"), tr("The template, e.g. \"[caller_number|digits]\"."), QStringLiteral("TEMPLATE"),
         tr("missing the template (usage: render [--context CONTEXT] [--tag key=value]... TEMPLATE)"),
         tr("expected one template, got %1 (quote the template)")});
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        tr("Where the template stands: plain (filters, no encoding; the default), url (a whole URL), "
           "path (a URL path segment), header (a header value), json (a whole JSON body), "
           "form (a whole form body)."),
        QStringLiteral("context"), QStringLiteral("plain"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
                                       tr("A tag as key=value; repeat a key to give it several values."),
                                       QStringLiteral("key=value"));
    line.addOption(contextOption);
    line.addOption(tagOption);
    if (const auto exit = line.parse(arguments, out, err))
        return *exit;

    const QString contextName = line.value(contextOption);
    const NamedContext *context = nullptr;
    for (const NamedContext &entry : kContexts) {
        if (contextName == QLatin1String(entry.name))
            context = &entry;
    }
    if (!context) {
        err << "render: "
            << tr("unknown context \"%1\" (expected one of: plain, url, path, header, json, form)").arg(contextName)
            << '\n';
        return ExitBadInput;
    }

    TagMap tags;
    for (const QString &entry : line.values(tagOption)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            err << "render: "
                << (equals < 0 ? tr("--tag \"%1\" is not key=value").arg(entry)
                               : tr("--tag \"%1\" has no key").arg(entry))
                << '\n';
            return ExitBadInput;
        }
        // set(), not add(): a repeated value is kept, as a call's tags can hold one twice.
        tags.set(key, tags.values(key) << entry.mid(equals + 1));
    }

    const QString text = line.positional();
    Result result;
    switch (context->kind) {
    case Kind::Token:
        result = renderWith(TokenTemplate(text, context->context), tags);
        break;
    case Kind::Url:
        result = renderWith(UrlTemplate(text), tags);
        break;
    case Kind::Json:
        result = renderWith(JsonBodyTemplate(text), tags);
        break;
    }
    // A header's own text must not hold a line break either, not only the values put into it.
    QString sink;
    QString headerError;
    if (context->context == RenderContext::Header && result.compileErrors.isEmpty()
        && !RenderContexts::appendEncoded(result.text, RenderContext::Header, sink, &headerError)) {
        result.report.errors.append(headerError);
    }

    for (const QString &error : std::as_const(result.compileErrors))
        err << "render: " << error << '\n';
    for (const QString &error : std::as_const(result.report.errors))
        err << "render: " << error << '\n';
    for (const QString &warning : std::as_const(result.report.warnings))
        err << "render: " << tr("warning: %1").arg(warning) << '\n';
    if (!result.compileErrors.isEmpty() || !result.report.ok())
        return ExitBadInput;
    out << result.text << '\n';
    return ExitSuccess;
}
