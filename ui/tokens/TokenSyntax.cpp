// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenSyntax.h"

#include "tokens/TokenScanner.h"
#include "tokens/TokenTemplate.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool isKeyStart(QChar c)
{
    return TokenScanner::isKeyStart(c.unicode());
}

bool isKeyChar(QChar c)
{
    return TokenScanner::isKeyChar(c.unicode());
}

bool endsFilter(QChar c)
{
    return TokenScanner::endsFilter(c.unicode());
}

} // namespace

namespace TokenSyntax {

QColor foreground(Role role, bool dark)
{
    switch (role) {
    case Role::Bracket:
    case Role::Pipe:
        return dark ? QColor(0x9a, 0xa7, 0xc2) : QColor(0x5b, 0x6b, 0x8c);
    case Role::Key:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x57, 0xd0);
    case Role::Filter:
        return dark ? QColor(0xd7, 0xae, 0xfb) : QColor(0x84, 0x30, 0xce);
    case Role::Argument:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x13, 0x73, 0x33);
    case Role::Escape:
        return dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x5f, 0x63, 0x68);
    }
    return QColor();
}

QColor tokenBackground(bool dark)
{
    return dark ? QColor(0x1e, 0x2a, 0x3d) : QColor(0xe8, 0xf0, 0xfe);
}

QString toHtml(const QString &text, bool dark)
{
    const QList<Span> all = spans(TokenTemplate(text), text);
    QString html;
    qsizetype at = 0;
    for (const Span &span : all) {
        html += text.mid(at, span.start - at).toHtmlEscaped();
        const QString background = span.role == Role::Escape
                                       ? QString()
                                       : QStringLiteral("background-color:%1;").arg(tokenBackground(dark).name());
        html += QStringLiteral("<span style=\"color:%1;%2%3\">")
                    .arg(foreground(span.role, dark).name(), background,
                         span.role == Role::Key ? QStringLiteral("font-weight:600;") : QString())
                + text.mid(span.start, span.length).toHtmlEscaped() + QStringLiteral("</span>");
        at = span.start + span.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

QList<Span> spans(const TokenTemplate &parsed, const QString &text)
{
    QList<Span> result;
    TokenScanner::Token scanned;
    for (const TokenTemplate::Part &part : parsed.parts()) {
        if (part.token < 0) {
            if (part.sourceLength != part.text.size())
                result.append({part.offset, part.sourceLength, Role::Escape});
            continue;
        }
        const TokenTemplate::Token &token = parsed.tokens().at(part.token);
        if (!TokenScanner::scanToken(text.constData(), text.size(), token.offset, &scanned))
            continue; // parsed from another text
        result.append({token.offset, 1, Role::Bracket});
        result.append({token.offset + 1, scanned.keyLength, Role::Key});
        for (const TokenScanner::Filter &filter : std::as_const(scanned.filters)) {
            result.append({filter.offset - 1, 1, Role::Pipe});
            if (filter.colon >= 0) {
                result.append({filter.offset, filter.colon - filter.offset, Role::Filter});
                result.append({filter.colon, filter.offset + filter.length - filter.colon, Role::Argument});
            } else if (filter.length > 0) {
                result.append({filter.offset, filter.length, Role::Filter});
            }
        }
        result.append({scanned.end - 1, 1, Role::Bracket});
    }
    return result;
}

QList<Problem> problems(const QList<Diagnostic> &diagnostics, const QString &text)
{
    QList<Problem> result;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (!diagnostic.hasPosition())
            continue;
        qsizetype start = qMin(diagnostic.offset, text.size());
        qsizetype length = diagnostic.length;
        if (length == 0 && start > 0 && text.at(start - 1) != QLatin1Char('\n')) {
            // At the end of a line or of the text: the character before it.
            start -= 1;
            length = 1;
        }
        result.append({start, length, diagnostic.describe(text), diagnostic.severity == Diagnostic::Severity::Error});
    }
    return result;
}

QList<Diagnostic> unknownTags(const TokenTemplate &parsed, const std::function<bool(const QString &)> &isKnown)
{
    QList<Diagnostic> result;
    for (const TokenTemplate::Token &token : parsed.tokens()) {
        if (isKnown(token.key))
            continue;
        if (std::any_of(token.filters.cbegin(), token.filters.cend(),
                        [](const TokenFilter &filter) { return filter.kind() == TokenFilter::Kind::Default; }))
            continue;
        const QString tag = QLatin1Char('[') + token.key + QLatin1Char(']');
        const QString message =
            token.key.startsWith(QLatin1String("ping."), Qt::CaseInsensitive)
                ? QCoreApplication::translate("TokenSyntax",
                                              "tag %1 is filled only in the post of a ping-post webhook, from the "
                                              "ping's response; here it renders as empty text")
                      .arg(tag)
                : QCoreApplication::translate("TokenSyntax",
                                              "tag %1 is neither a built-in tag nor seen in the workspace; it renders "
                                              "as empty text unless a response sets it at run time")
                      .arg(tag);
        result.append(
            {token.offset, token.length, Diagnostic::Code::UnknownTag, Diagnostic::Severity::Warning, message});
    }
    return result;
}

Completion completionAt(const QString &text, qsizetype cursor)
{
    Completion completion;
    cursor = qBound<qsizetype>(0, cursor, text.size());
    qsizetype start = cursor;
    while (start > 0 && isKeyChar(text.at(start - 1)))
        --start;
    if (start == 0)
        return completion;
    const QChar before = text.at(start - 1);
    const QString prefix = text.mid(start, cursor - start);
    if (before == QLatin1Char('[')) {
        // "[[" writes a bracket; a name must start with a letter or '_'.
        if ((start >= 2 && text.at(start - 2) == QLatin1Char('[')) || (!prefix.isEmpty() && !isKeyStart(prefix.at(0))))
            return completion;
        completion.kind = Completion::Kind::Tag;
    } else if (before == QLatin1Char('|')) {
        // Only inside a token: back over the earlier filters to "[key".
        qsizetype i = start - 1;
        while (i > 0 && !endsFilter(text.at(i - 1)))
            --i;
        while (i > 0 && text.at(i - 1) == QLatin1Char('|')) {
            --i;
            while (i > 0 && !endsFilter(text.at(i - 1)))
                --i;
        }
        if (i == 0 || text.at(i - 1) != QLatin1Char('[') || i >= text.size() || !isKeyStart(text.at(i)))
            return completion;
        qsizetype k = i;
        while (k < start - 1 && isKeyChar(text.at(k)))
            ++k;
        if (k != start - 1 && text.at(k) != QLatin1Char('|'))
            return completion;
        if (prefix.contains(QLatin1Char(':'))) // default's text: nothing to complete
            return completion;
        completion.kind = Completion::Kind::Filter;
    } else {
        return completion;
    }
    completion.start = start;
    completion.end = cursor;
    while (completion.end < text.size() && isKeyChar(text.at(completion.end)))
        ++completion.end;
    completion.prefix = prefix;
    return completion;
}

Insertion insertion(Completion::Kind kind, const QString &chosen, const QString &textAfter)
{
    Insertion result;
    result.text = chosen;
    const bool closed = textAfter.startsWith(QLatin1Char(']')) || textAfter.startsWith(QLatin1Char('|'));
    if (kind == Completion::Kind::Filter && chosen == QLatin1String("default")) {
        // Its text comes next: the cursor goes right after the ':'.
        result.text += QLatin1Char(':');
        result.cursor = result.text.size();
        if (!closed)
            result.text += QLatin1Char(']');
        return result;
    }
    if (!closed)
        result.text += QLatin1Char(']');
    // Past the token's end, whether added or already there; before a '|' that follows.
    result.cursor = result.text.size() + (textAfter.startsWith(QLatin1Char(']')) ? 1 : 0);
    return result;
}

} // namespace TokenSyntax
