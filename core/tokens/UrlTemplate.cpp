// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/UrlTemplate.h"

#include "tokens/TextPosition.h"

#include <QUrl>

namespace {

enum class Section
{
    Scheme,
    Slashes,
    Authority,
    Path,
    Query,
    Fragment
};

// Literal characters kept as written in each section, besides RFC 3986 unreserved ones
// (A-Z a-z 0-9 - . _ ~) and a '%' that starts a %XX escape.
constexpr char kUserInfoKept[] = "!$&'()*+,;=:";
constexpr char kPathKept[] = "!$&'()*+,;=:@/";
constexpr char kQueryKept[] = "!$&'()*+,;=:@/?"; // the fragment too; '#' is encoded there

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isUnreserved(QChar c)
{
    return isAsciiAlnum(c) || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')
           || c == QLatin1Char('~');
}

bool isHex(const QString &text, qsizetype at)
{
    if (at >= text.size())
        return false;
    const char16_t u = text.at(at).unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool inSet(const char *set, QChar c)
{
    for (const char *p = set; *p; ++p) {
        if (c == QLatin1Char(*p))
            return true;
    }
    return false;
}

bool isSchemeChar(QChar c)
{
    return isAsciiAlnum(c) || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

UrlTemplate::UrlTemplate(const QString &text)
{
    compile(text);
}

void UrlTemplate::addError(const QString &text, qsizetype offset, Diagnostic::Code code, const QString &message,
                           qsizetype length)
{
    if (length < 0)
        length = TextPosition::characterLength(text, offset);
    m_diagnostics.append(Diagnostic{offset, length, code, Diagnostic::Severity::Error, message});
}

void UrlTemplate::emitLiteral(const QString &text, qsizetype offset, QChar c, const char *extraKept)
{
    const bool kept = isUnreserved(c) || inSet(extraKept, c)
                      || (c == QLatin1Char('%') && isHex(text, offset + 1) && isHex(text, offset + 2));
    if (kept) {
        m_template.appendText(QString(c));
        return;
    }
    // A surrogate pair is encoded when its second half arrives, as one UTF-8 sequence.
    if (c.isHighSurrogate() && offset + 1 < text.size() && text.at(offset + 1).isLowSurrogate())
        return;
    QString encoded;
    if (c.isLowSurrogate() && offset > 0 && text.at(offset - 1).isHighSurrogate())
        RenderContexts::appendPercentEncoded(QStringView(text).mid(offset - 1, 2), encoded);
    else
        RenderContexts::appendPercentEncoded(QStringView(&c, 1), encoded);
    m_template.appendText(encoded);
}

void UrlTemplate::compile(const QString &text)
{
    m_source = text;
    const TokenTemplate parsed(text, RenderContext::UrlQuery);
    m_diagnostics = parsed.diagnostics();

    // Surrounding whitespace comes from pasting; it is not part of the URL.
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && text.at(first).isSpace())
        ++first;
    while (last > first && text.at(last - 1).isSpace())
        --last;
    if (first == last) {
        m_diagnostics.append(
            Diagnostic{-1, 0, Diagnostic::Code::UrlEmpty, Diagnostic::Severity::Error, tr("the URL is empty")});
        return;
    }

    Section section = Section::Scheme;
    int slashes = 0;
    qsizetype authorityOffset = 0;
    QList<Item> authority;
    const auto schemeError = [&](qsizetype offset, qsizetype length = -1) {
        addError(text, offset, Diagnostic::Code::UrlScheme,
                 tr("the URL must start with a scheme and \"://\", as in https://"), length);
    };
    const auto enter = [&](Section next, QChar delimiter) {
        if (section == Section::Authority)
            emitAuthority(text, authority, parsed);
        section = next;
        m_template.appendText(QString(delimiter));
    };

    for (const TokenTemplate::Part &part : parsed.parts()) {
        if (part.token >= 0) {
            TokenTemplate::Token token = parsed.tokens().at(part.token);
            switch (section) {
            case Section::Scheme:
                token.context = RenderContext::UrlScheme;
                break;
            case Section::Slashes:
                schemeError(token.offset, token.length);
                return;
            case Section::Authority:
                authority.append(Item{QChar(), token.offset, part.token});
                continue;
            case Section::Path:
                token.context = RenderContext::UrlPath;
                break;
            case Section::Query:
            case Section::Fragment:
                token.context = RenderContext::UrlQuery;
                break;
            }
            m_template.appendToken(token);
            continue;
        }
        for (qsizetype i = 0; i < part.text.size(); ++i) {
            const QChar c = part.text.at(i);
            const qsizetype offset = part.offset + i;
            if (offset < first || offset >= last)
                continue;
            switch (section) {
            case Section::Scheme:
                if (c == QLatin1Char(':') && !m_template.parts().isEmpty()) {
                    m_template.appendText(QStringLiteral(":"));
                    section = Section::Slashes;
                } else if (isSchemeChar(c)) {
                    m_template.appendText(QString(c));
                } else {
                    schemeError(offset);
                    return;
                }
                break;
            case Section::Slashes:
                if (c != QLatin1Char('/')) {
                    schemeError(offset);
                    return;
                }
                m_template.appendText(QStringLiteral("/"));
                if (++slashes == 2) {
                    section = Section::Authority;
                    authorityOffset = offset + 1;
                }
                break;
            case Section::Authority:
                if (c == QLatin1Char('/'))
                    enter(Section::Path, c);
                else if (c == QLatin1Char('?'))
                    enter(Section::Query, c);
                else if (c == QLatin1Char('#'))
                    enter(Section::Fragment, c);
                else
                    authority.append(Item{c, offset, -1});
                break;
            case Section::Path:
                if (c == QLatin1Char('?'))
                    enter(Section::Query, c);
                else if (c == QLatin1Char('#'))
                    enter(Section::Fragment, c);
                else
                    emitLiteral(text, offset, c, kPathKept);
                break;
            case Section::Query:
                if (c == QLatin1Char('#'))
                    enter(Section::Fragment, c);
                else
                    emitLiteral(text, offset, c, kQueryKept);
                break;
            case Section::Fragment:
                emitLiteral(text, offset, c, kQueryKept);
                break;
            }
        }
    }

    if (section == Section::Scheme || section == Section::Slashes) {
        schemeError(last);
        return;
    }
    if (section == Section::Authority)
        emitAuthority(text, authority, parsed);
    if (authority.isEmpty())
        addError(text, authorityOffset, Diagnostic::Code::UrlNoHost, tr("the URL has no host"));
}

void UrlTemplate::emitAuthority(const QString &text, const QList<Item> &items, const TokenTemplate &parsed)
{
    const auto emitToken = [&](const Item &item, RenderContext context) {
        TokenTemplate::Token token = parsed.tokens().at(item.token);
        token.context = context;
        m_template.appendToken(token);
    };

    // userinfo@host:port, where userinfo ends at the last '@' (a password may hold '@' only
    // encoded, but a literal one here is the delimiter).
    qsizetype at = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).token < 0 && items.at(i).ch == QLatin1Char('@'))
            at = i;
    }
    for (qsizetype i = 0; i < at; ++i) {
        const Item &item = items.at(i);
        if (item.token >= 0)
            emitToken(item, RenderContext::UrlQuery);
        else
            emitLiteral(text, item.offset, item.ch, kUserInfoKept);
    }
    if (at >= 0)
        m_template.appendText(QStringLiteral("@"));

    // The port starts at the first ':' outside an IPv6 literal's brackets.
    bool bracketed = false;
    bool inPort = false;
    bool hostHasText = false;
    bool hostHasTokens = false;
    for (qsizetype i = at + 1; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.token >= 0) {
            emitToken(item, inPort ? RenderContext::UrlPort : RenderContext::UrlHost);
            hostHasTokens = hostHasTokens || !inPort;
            continue;
        }
        const QChar c = item.ch;
        if (inPort) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                addError(text, item.offset, Diagnostic::Code::UrlBadPort,
                         tr("the port must be a number, not \"%1\"").arg(c));
                return;
            }
            m_template.appendText(QString(c));
            continue;
        }
        if (c == QLatin1Char('[')) {
            bracketed = true;
        } else if (c == QLatin1Char(']')) {
            bracketed = false;
        } else if (c == QLatin1Char(':') && !bracketed) {
            inPort = true;
            m_template.appendText(QString(c));
            continue;
        } else if (!isUnreserved(c) && !(bracketed && c == QLatin1Char(':'))) {
            addError(text, item.offset, Diagnostic::Code::UrlBadHost,
                     c.unicode() < 0x80 ? tr("\"%1\" is not allowed in a host name").arg(c)
                                        : tr("\"%1\" is not allowed in a host name; write international names in "
                                             "their xn-- form")
                                              .arg(c));
            return;
        }
        hostHasText = true;
        m_template.appendText(QString(c));
    }
    m_hostOnlyTokens = hostHasTokens && !hostHasText;
    if (!hostHasText && !hostHasTokens && !items.isEmpty()) {
        const Item &first = items.constFirst();
        addError(text, first.offset, Diagnostic::Code::UrlNoHost, tr("the URL has no host"),
                 first.token >= 0 ? parsed.tokens().at(first.token).length : -1);
    }
}

QString UrlTemplate::render(const TagMap &tags, RenderReport *report) const
{
    const qsizetype errorsBefore = report ? report->errors.size() : 0;
    QString url = m_template.render(tags, report);
    // Only worth saying when no refused host value already explains it.
    if (m_hostOnlyTokens && report && report->errors.size() == errorsBefore && QUrl(url).host().isEmpty())
        report->errors.append(tr("the rendered URL has no host"));
    return url;
}
