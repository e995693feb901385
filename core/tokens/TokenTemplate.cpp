// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenTemplate.h"

#include "model/TagMap.h"

#include <utility>

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isKeyStart(QChar c)
{
    return isAsciiLetter(c) || c == QLatin1Char('_');
}

bool isKeyChar(QChar c)
{
    return isKeyStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
           || c == QLatin1Char(':') || c == QLatin1Char('-');
}

// Where a filter's text ends: the next filter, the token's end, or something that cannot be
// inside a token (a nested '[' or a line break), which leaves the token unclosed.
bool endsFilter(QChar c)
{
    return c == QLatin1Char('|') || c == QLatin1Char(']') || c == QLatin1Char('[') || c == QLatin1Char('\n')
           || c == QLatin1Char('\r');
}

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
    const qsizetype n = text.size();
    qsizetype runStart = 0; // start of the literal run not yet stored
    const auto flush = [&](qsizetype end) {
        if (end > runStart) {
            m_parts.append(Part{text.mid(runStart, end - runStart), -1, runStart, end - runStart});
            m_literalSize += end - runStart;
        }
    };
    const auto escape = [&](qsizetype at, QChar bracket) {
        flush(at);
        m_parts.append(Part{QString(bracket), -1, at, 2});
        m_literalSize += 1;
        runStart = at + 2;
    };

    qsizetype dropped = 0; // errors past kMaxErrors
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < n && text.at(i + 1) == c;
        if (c == QLatin1Char(']') && doubled) {
            escape(i, c);
            i += 2;
            continue;
        }
        if (c != QLatin1Char('[')) {
            ++i;
            continue;
        }
        if (doubled) {
            escape(i, c);
            i += 2;
            continue;
        }
        qsizetype j = i + 1;
        if (j >= n || !isKeyStart(text.at(j))) {
            ++i;
            continue;
        }
        while (j < n && isKeyChar(text.at(j)))
            ++j;
        if (j >= n || (text.at(j) != QLatin1Char(']') && text.at(j) != QLatin1Char('|'))) {
            ++i; // "[a, b]", "[ringba call]": literal text
            continue;
        }

        Token token;
        token.key = text.mid(i + 1, j - i - 1);
        token.context = context;
        token.offset = i;
        QString firstTextFilter;
        while (j < n && text.at(j) == QLatin1Char('|')) {
            const qsizetype start = j + 1;
            qsizetype k = start;
            while (k < n && !endsFilter(text.at(k)))
                ++k;
            TokenFilter filter;
            QString error;
            if (!TokenFilter::parse(text.mid(start, k - start), &filter, &error)) {
                addError(m_errors, &dropped, text, start, error);
            } else if (filter.picksValues() && !firstTextFilter.isEmpty()) {
                addError(m_errors, &dropped, text, start,
                         tr("filter \"%1\" picks from the tag's values, so it must come before \"%2\"")
                             .arg(filter.name(), firstTextFilter));
            } else {
                if (!filter.picksValues() && firstTextFilter.isEmpty())
                    firstTextFilter = filter.name();
                token.filters.append(filter);
            }
            j = k;
        }
        if (j >= n || text.at(j) != QLatin1Char(']')) {
            addError(m_errors, &dropped, text, i, tr("token \"%1\" is not closed with \"]\"").arg(text.mid(i, j - i)));
            ++i; // its '[' stays literal text
            continue;
        }
        flush(i);
        token.length = j + 1 - i;
        m_parts.append(Part{QString(), m_tokens.size(), i, token.length});
        m_tokens.append(token);
        i = j + 1;
        runStart = i;
    }
    flush(n);
    if (dropped > 0)
        m_errors.append(moreErrors(dropped));
}

void TokenTemplate::addError(QStringList &errors, qsizetype *dropped, const QString &text, qsizetype offset,
                             const QString &message)
{
    if (errors.size() < kMaxErrors)
        errors.append(position(text, offset) + QLatin1String(": ") + message);
    else
        ++*dropped;
}

QString TokenTemplate::moreErrors(qsizetype dropped)
{
    return dropped == 1 ? tr("and 1 more problem") : tr("and %1 more problems").arg(dropped);
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

QString TokenTemplate::position(const QString &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (!c.isLowSurrogate()) { // columns count characters, not UTF-16 units
            ++column;
        }
    }
    if (!text.contains(QLatin1Char('\n')))
        return tr("column %1").arg(column);
    return tr("line %1, column %2").arg(line).arg(column);
}
