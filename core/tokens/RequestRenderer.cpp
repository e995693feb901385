// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/RequestRenderer.h"

#include "model/TagMap.h"

#include <utility>

namespace {

// RFC 9110 token characters: what a method or a header name may hold.
bool isHttpToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && QStringView(u"!#$%&'*+-.^_`|~").indexOf(c) < 0)
            return false;
    }
    return true;
}

void addPrefixed(QStringList &into, const QString &where, const QStringList &messages)
{
    for (const QString &message : messages) {
        const QString entry = where + QLatin1String(": ") + message;
        if (!into.contains(entry))
            into.append(entry);
    }
}

} // namespace

RequestRenderer::RequestRenderer(const RequestTemplate &request)
    : m_method(request.method.trimmed().toUpper())
    , m_url(request.url)
    , m_bodyKind(request.bodyKind)
{
    if (!isHttpToken(m_method))
        m_compileErrors.append(tr("method: \"%1\" is not a valid HTTP method").arg(request.method));
    addPrefixed(m_compileErrors, QStringLiteral("url"), m_url.errors());

    bool hasContentType = false;
    for (const HeaderTemplate &header : request.headers) {
        const QString name = header.name.trimmed();
        const QString where = tr("header %1").arg(name);
        if (!isHttpToken(name))
            m_compileErrors.append(tr("header \"%1\": not a valid header name").arg(header.name));
        hasContentType = hasContentType || name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        Header compiled{name, name.toUtf8(), TokenTemplate(header.value, RenderContext::Header)};
        addPrefixed(m_compileErrors, where, compiled.value.errors());
        // The template's own text must pass the same check as the values put into it.
        for (const TokenTemplate::Part &part : compiled.value.parts()) {
            QString sink;
            QString error;
            if (part.token < 0 && !RenderContexts::appendEncoded(part.text, RenderContext::Header, sink, &error))
                addPrefixed(m_compileErrors, where, {error});
        }
        m_headers.append(compiled);
    }

    switch (m_bodyKind) {
    case BodyKind::None:
        break;
    case BodyKind::Form:
        m_body = TokenTemplate(request.body, RenderContext::Form);
        addPrefixed(m_compileErrors, QStringLiteral("body"), m_body.errors());
        if (!hasContentType)
            m_defaultContentType = QByteArrayLiteral("application/x-www-form-urlencoded");
        break;
    case BodyKind::Json:
        m_jsonBody = JsonBodyTemplate(request.body);
        addPrefixed(m_compileErrors, QStringLiteral("body"), m_jsonBody.errors());
        if (!hasContentType)
            m_defaultContentType = QByteArrayLiteral("application/json");
        break;
    case BodyKind::Raw:
        m_body = TokenTemplate(request.body, RenderContext::Plain);
        addPrefixed(m_compileErrors, QStringLiteral("body"), m_body.errors());
        break;
    }
}

QStringList RequestRenderer::tokenKeys() const
{
    QStringList keys = m_url.keys();
    for (const Header &header : m_headers)
        keys += header.value.keys();
    keys += m_bodyKind == BodyKind::Json ? m_jsonBody.keys() : m_body.keys();
    QStringList unique;
    for (const QString &key : std::as_const(keys)) {
        if (!unique.contains(key, Qt::CaseInsensitive))
            unique.append(key);
    }
    return unique;
}

RenderedRequest RequestRenderer::render(const TagMap &tags, RenderReport *report) const
{
    RenderedRequest request;
    request.method = m_method;
    RenderReport part;
    RenderReport *const partReport = report ? &part : nullptr;
    const auto collect = [&](const QString &where) {
        if (!report)
            return;
        addPrefixed(report->errors, where, part.errors);
        addPrefixed(report->warnings, where, part.warnings);
        part = RenderReport();
    };
    if (report)
        report->errors += m_compileErrors;

    request.url = m_url.render(tags, partReport);
    if (report && m_url.isValid() && !request.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !request.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        part.errors.append(tr("the scheme must be http or https"));
    }
    collect(QStringLiteral("url"));

    for (const Header &header : m_headers) {
        request.headers.append({header.encodedName, header.value.render(tags, partReport).toUtf8()});
        collect(tr("header %1").arg(header.name));
    }
    if (!m_defaultContentType.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), m_defaultContentType});

    switch (m_bodyKind) {
    case BodyKind::None:
        break;
    case BodyKind::Json:
        request.body = m_jsonBody.render(tags, partReport).toUtf8();
        break;
    case BodyKind::Form:
    case BodyKind::Raw:
        request.body = m_body.render(tags, partReport).toUtf8();
        break;
    }
    collect(QStringLiteral("body"));
    return request;
}
