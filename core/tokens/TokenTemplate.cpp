// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenTemplate.h"

#include "model/TagMap.h"
#include "tokens/TokenScanner.h"

#include <utility>

namespace {

void appendOnce(QStringList &list, const QString &message)
{
    if (!list.contains(message))
        list.append(message);
}

} // namespace

TokenTemplate::TokenTemplate(const QString &text, RenderContext context)
{
    parse(text, context);
}

void TokenTemplate::parse(const QString &text, RenderContext context)
{
    m_source = text;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    qsizetype runStart = 0; // start of the literal run not yet stored
    const auto flush = [&](qsizetype end) {
        if (end > runStart) {
            m_parts.append(Part{text.mid(runStart, end - runStart), -1, runStart, end - runStart});
            m_literalSize += end - runStart;
        }
    };
    qsizetype dropped = 0; // problems past kMaxErrors
    const auto report = [&](qsizetype offset, qsizetype length, Diagnostic::Code code, const QString &message) {
        addDiagnostic(m_diagnostics, &dropped, Diagnostic{offset, length, code, Diagnostic::Severity::Error, message});
    };

    TokenScanner::Token scanned;
    qsizetype i = 0;
    while (i < n) {
        if (TokenScanner::isEscape(data, n, i)) {
            flush(i);
            m_parts.append(Part{QString(text.at(i)), -1, i, 2});
            m_literalSize += 1;
            i += 2;
            runStart = i;
            continue;
        }
        if (!TokenScanner::scanToken(data, n, i, &scanned)) {
            ++i;
            continue;
        }

        Token token;
        token.key = text.mid(i + 1, scanned.keyLength);
        token.context = context;
        token.offset = i;
        QString firstTextFilter;
        for (const TokenScanner::Filter &at : std::as_const(scanned.filters)) {
            TokenFilter filter;
            QString error;
            Diagnostic::Code code = Diagnostic::Code::UnknownFilter;
            if (!TokenFilter::parse(text.mid(at.offset, at.length), &filter, &error, &code)) {
                report(at.offset, at.length, code, error);
            } else if (filter.picksValues() && !firstTextFilter.isEmpty()) {
                report(at.offset, at.length, Diagnostic::Code::FilterOrder,
                       tr("filter \"%1\" picks from the tag's values, so it must come before \"%2\"")
                           .arg(filter.name(), firstTextFilter));
            } else {
                if (!filter.picksValues() && firstTextFilter.isEmpty())
                    firstTextFilter = filter.name();
                token.filters.append(filter);
            }
        }
        if (!scanned.closed) {
            report(i, scanned.length(), Diagnostic::Code::TokenNotClosed,
                   tr("token \"%1\" is not closed with \"]\"").arg(text.mid(i, scanned.length())));
            // Its '[' stays literal text; what follows holds no bracket, so scanning on from its
            // end reads the same as from the next character.
            i = scanned.end;
            continue;
        }
        flush(i);
        token.length = scanned.length();
        m_parts.append(Part{QString(), m_tokens.size(), i, token.length});
        m_tokens.append(token);
        i = scanned.end;
        runStart = i;
    }
    flush(n);
    if (dropped > 0)
        m_diagnostics.append(moreProblems(dropped));
}

void TokenTemplate::addDiagnostic(QList<Diagnostic> &diagnostics, qsizetype *dropped, const Diagnostic &diagnostic)
{
    if (diagnostics.size() < kMaxErrors)
        diagnostics.append(diagnostic);
    else
        ++*dropped;
}

Diagnostic TokenTemplate::moreProblems(qsizetype dropped)
{
    Diagnostic more;
    more.code = Diagnostic::Code::TooManyProblems;
    more.message = dropped == 1 ? tr("and 1 more problem") : tr("and %1 more problems").arg(dropped);
    return more;
}

QStringList TokenTemplate::keys() const
{
    QStringList keys;
    for (const Token &token : m_tokens) {
        if (!keys.contains(token.key, Qt::CaseInsensitive))
            keys.append(token.key);
    }
    return keys;
}

void TokenTemplate::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_literalSize += text.size();
    if (!m_parts.isEmpty() && m_parts.constLast().token < 0) {
        Part &last = m_parts.last();
        last.text += text;
        last.offset = -1; // a merged run no longer maps onto one source span
        last.sourceLength = 0;
        return;
    }
    m_parts.append(Part{text, -1, -1, 0});
}

void TokenTemplate::appendToken(const Token &token)
{
    m_parts.append(Part{QString(), m_tokens.size(), token.offset, token.length});
    m_tokens.append(token);
}

QString TokenTemplate::render(const TagMap &tags, RenderReport *report) const
{
    QString out;
    out.reserve(m_literalSize + 24 * m_tokens.size());
    for (const Part &part : m_parts) {
        if (part.token < 0)
            out += part.text;
        else
            renderToken(m_tokens.at(part.token), tags, out, report);
    }
    return out;
}

void TokenTemplate::renderToken(const Token &token, const TagMap &tags, QString &out, RenderReport *report) const
{
    const QStringList values = tags.values(token.key);
    QStringList notes;
    QString value;
    if (!token.filters.isEmpty())
        value = TokenFilter::applyChain(token.filters, values, report ? &notes : nullptr);
    else if (values.size() == 1)
        value = values.constFirst(); // shared: no copy on the common path
    else
        value = values.join(QLatin1Char(','));

    const qsizetype before = out.size();
    QString error;
    const bool accepted = RenderContexts::appendEncoded(value, token.context, out, report ? &error : nullptr);
    if (!report)
        return;

    const QString tag = QLatin1Char('[') + token.key + QLatin1Char(']');
    if (!accepted)
        appendOnce(report->errors, tr("tag %1 %2").arg(tag, error));
    for (const QString &note : std::as_const(notes))
        appendOnce(report->warnings, tr("tag %1: %2").arg(tag, note));
    if (values.isEmpty() && !tags.contains(token.key)) {
        const QString rendered = out.mid(before);
        appendOnce(report->warnings, rendered.isEmpty() ? tr("tag %1 is missing; rendered as empty text").arg(tag)
                                                        : tr("tag %1 is missing; rendered as %2").arg(tag, rendered));
    }
}
