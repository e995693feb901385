// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenSyntax.h"

#include "tokens/TokenTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool isKeyStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || c == QLatin1Char('_');
}

bool isKeyChar(QChar c)
{
    return isKeyStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
           || c == QLatin1Char(':') || c == QLatin1Char('-');
}

bool endsFilter(QChar c)
{
    return c == QLatin1Char('|') || c == QLatin1Char(']') || c == QLatin1Char('[') || c == QLatin1Char('\n')
           || c == QLatin1Char('\r');
}

// "line %1, column %2" as a pattern capturing both numbers, in the current language.
QRegularExpression positionPattern(const QString &format)
{
    QString pattern = QStringLiteral("^");
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = format.indexOf(QLatin1Char('%'), from);
        if (at < 0 || at + 1 >= format.size()) {
            pattern += QRegularExpression::escape(format.mid(from));
            break;
        }
        pattern += QRegularExpression::escape(format.mid(from, at - from)) + QStringLiteral("(\\d+)");
        from = at + 2;
    }
    return QRegularExpression(pattern + QStringLiteral(": "));
}

// The offset of a 1-based line and column counted as TokenTemplate::position() counts them.
qsizetype offsetOf(const QString &text, int line, int column)
{
    qsizetype i = 0;
    for (int l = 1; l < line; ++l) {
        i = text.indexOf(QLatin1Char('\n'), i);
        if (i < 0)
            return -1;
        ++i;
    }
    for (int c = 1; c < column; ++c) {
        if (i >= text.size() || text.at(i) == QLatin1Char('\n'))
            return -1;
        ++i;
        if (i < text.size() && text.at(i).isLowSurrogate())
            ++i;
    }
    return i;
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

QColor errorColor(bool dark)
{
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xd9, 0x30, 0x25);
}

QColor warningColor(bool dark)
{
    return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0xe3, 0x74, 0x00);
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
    for (const TokenTemplate::Part &part : parsed.parts()) {
        if (part.token < 0) {
            if (part.sourceLength != part.text.size())
                result.append({part.offset, part.sourceLength, Role::Escape});
            continue;
        }
        const TokenTemplate::Token &token = parsed.tokens().at(part.token);
        const qsizetype end = token.offset + token.length - 1; // the ']'
        result.append({token.offset, 1, Role::Bracket});
        result.append({token.offset + 1, token.key.size(), Role::Key});
        qsizetype i = token.offset + 1 + token.key.size();
        while (i < end && text.at(i) == QLatin1Char('|')) {
            result.append({i, 1, Role::Pipe});
            const qsizetype start = i + 1;
            qsizetype k = start;
            while (k < end && text.at(k) != QLatin1Char('|'))
                ++k;
            const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
            if (colon >= 0 && colon < k) {
                result.append({start, colon - start, Role::Filter});
                result.append({colon, k - colon, Role::Argument});
            } else if (k > start) {
                result.append({start, k - start, Role::Filter});
            }
            i = k;
        }
        result.append({end, 1, Role::Bracket});
    }
    return result;
}

qsizetype offsetOfMessage(const QString &text, const QString &message)
{
    static const QRegularExpression withLine = positionPattern(TokenTemplate::tr("line %1, column %2"));
    static const QRegularExpression columnOnly = positionPattern(TokenTemplate::tr("column %1"));
    int line = 1;
    int column = 0;
    QRegularExpressionMatch match = withLine.match(message);
    if (match.hasMatch()) {
        line = match.captured(1).toInt();
        column = match.captured(2).toInt();
    } else {
        match = columnOnly.match(message);
        if (!match.hasMatch())
            return -1;
        column = match.captured(1).toInt();
    }
    const qsizetype offset = offsetOf(text, line, column);
    // Written back, the position must read the same: a message about another text has none here.
    if (offset < 0 || !message.startsWith(TokenTemplate::position(text, offset) + QLatin1String(": ")))
        return -1;
    return offset;
}

qsizetype problemLength(const QString &text, qsizetype offset)
{
    const qsizetype n = text.size();
    if (offset >= n || text.at(offset) == QLatin1Char('\n'))
        return 0;
    if (text.at(offset) == QLatin1Char('[') && offset + 1 < n && isKeyStart(text.at(offset + 1))) {
        // A token: up to its ']' if it has one, else up to where it stops.
        qsizetype k = offset + 1;
        while (k < n && text.at(k) != QLatin1Char(']') && text.at(k) != QLatin1Char('[')
               && text.at(k) != QLatin1Char('\n'))
            ++k;
        return (k < n && text.at(k) == QLatin1Char(']') ? k + 1 : k) - offset;
    }
    if (offset > 0 && text.at(offset - 1) == QLatin1Char('|')) {
        qsizetype k = offset;
        while (k < n && !endsFilter(text.at(k)))
            ++k;
        return qMax<qsizetype>(1, k - offset);
    }
    return text.at(offset).isHighSurrogate() && offset + 1 < n ? 2 : 1;
}

QList<Problem> problems(const QString &text, const QStringList &messages, bool error)
{
    QList<Problem> result;
    for (const QString &message : messages) {
        qsizetype start = offsetOfMessage(text, message);
        if (start < 0)
            continue;
        qsizetype length = problemLength(text, start);
        if (length == 0 && start > 0 && text.at(start - 1) != QLatin1Char('\n')) {
            // At the end of a line or of the text: the character before it.
            start -= 1;
            length = 1;
        }
        result.append({start, length, message, error});
    }
    return result;
}

QList<Problem> unknownTags(const TokenTemplate &parsed, const QString &text,
                           const std::function<bool(const QString &)> &isKnown)
{
    QList<Problem> result;
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
        result.append({token.offset, token.length,
                       TokenTemplate::position(text, token.offset) + QLatin1String(": ") + message, false});
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
