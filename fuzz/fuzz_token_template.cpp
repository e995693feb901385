// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The token template parser and renderer (SPEC 4): TokenTemplate in every context, UrlTemplate,
// JsonBodyTemplate and RequestRenderer, compiled from the input and rendered against tags whose
// values try to break out of where they stand. Besides crashes, it checks what the renderer
// promises: a JSON body that compiles renders to JSON that parses, a URL that compiles and
// renders without errors is plain ASCII, and a header value never carries a line break.

#include "FuzzSupport.h"

#include "model/TagMap.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/RequestRenderer.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

TagMap hostileTags()
{
    TagMap tags;
    tags.set(QStringLiteral("caller_number"), {QStringLiteral("+1 (555) 123-4567")});
    tags.set(QStringLiteral("payout"), {QStringLiteral("12.5")});
    tags.set(QStringLiteral("big"), {QStringLiteral("1e400")});
    tags.set(QStringLiteral("quote"), {QStringLiteral("a\"b\\c\n}]{[")});
    tags.set(QStringLiteral("crlf"), {QStringLiteral("x\r\nSet-Cookie: y")});
    tags.set(QStringLiteral("nul"), {QString(QChar(0)) + QStringLiteral("after")});
    tags.set(QStringLiteral("host"), {QStringLiteral("bücher.example")});
    tags.set(QStringLiteral("dots"), {QStringLiteral("..")});
    tags.set(QStringLiteral("surrogate"), {QString(QChar(0xD800)) + QStringLiteral("x")});
    tags.set(QStringLiteral("multi"), {QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("")});
    tags.set(QStringLiteral("empty"), {});
    tags.set(QStringLiteral("bool"), {QStringLiteral("true")});
    tags.set(QStringLiteral("brackets"), {QStringLiteral("[payout]")});
    return tags;
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return false;
    }
    return true;
}

void checkJsonBody(const QString &text, const TagMap &tags)
{
    const JsonBodyTemplate body(text);
    RenderReport report;
    const QString rendered = body.render(tags, &report);
    body.render(TagMap());
    if (!body.isValid())
        return;
    QJsonParseError error;
    QJsonDocument::fromJson(rendered.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        FuzzSupport::violated("a JSON body that compiles rendered to invalid JSON",
                              rendered.toUtf8() + "\n" + error.errorString().toUtf8());
}

void checkUrl(const QString &text, const TagMap &tags)
{
    const UrlTemplate url(text);
    url.keys();
    RenderReport report;
    const QString rendered = url.render(tags, &report);
    url.render(TagMap());
    if (url.isValid() && report.ok() && !isPlainAscii(rendered))
        FuzzSupport::violated("a URL rendered without errors is not plain ASCII", rendered.toUtf8());
}

void checkRequest(const QString &text, const TagMap &tags)
{
    // First line: the URL; then "Name: value" header lines up to an empty line; then the body.
    RequestTemplate request;
    request.method = QStringLiteral("POST");
    const QStringList lines = text.split(QLatin1Char('\n'));
    request.url = lines.value(0);
    qsizetype i = 1;
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(QLatin1Char(':'));
        request.headers.append({lines.at(i).left(colon), colon < 0 ? QString() : lines.at(i).mid(colon + 1)});
    }
    request.body = lines.mid(i + 1).join(QLatin1Char('\n'));
    for (const BodyKind kind : {BodyKind::None, BodyKind::Form, BodyKind::Json, BodyKind::Raw}) {
        request.bodyKind = kind;
        const RequestRenderer renderer(request);
        renderer.tokenKeys();
        RenderReport report;
        const RenderedRequest rendered = renderer.render(tags, &report);
        renderer.render(TagMap(), nullptr);
        for (const auto &header : rendered.headers) {
            if (report.ok() && (header.second.contains('\r') || header.second.contains('\n')))
                FuzzSupport::violated("a header value rendered without errors holds a line break",
                                      header.first + ": " + header.second);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TagMap tags = hostileTags();
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));

    for (const RenderContext context :
         {RenderContext::Plain, RenderContext::UrlQuery, RenderContext::UrlPath, RenderContext::UrlHost,
          RenderContext::UrlPort, RenderContext::UrlScheme, RenderContext::Header, RenderContext::JsonString,
          RenderContext::JsonValue, RenderContext::Form}) {
        const TokenTemplate parsed(text, context);
        parsed.keys();
        RenderReport report;
        parsed.render(tags, &report);
    }
    checkUrl(text, tags);
    checkJsonBody(text, tags);
    checkRequest(text, tags);
    return 0;
}
