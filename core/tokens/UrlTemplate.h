// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/TokenTemplate.h"

#include <QCoreApplication>

// A whole URL with replacement tokens, split at compile time so that each token is encoded for
// the part of the URL it stands in (SPEC 4): path tokens as path segments, query keys and
// values, fragment and userinfo tokens percent-encoded with only RFC 3986 unreserved kept.
// Tokens in the scheme, host or port are allowed (tracking domains are often tags), but their
// values are checked, not encoded: a host value must be a host name (international names
// become xn--), a port value digits. The template's own literal text is kept as written except
// that characters a URL cannot hold (spaces, non-ASCII, a '%' not starting %XX) are
// percent-encoded, so the rendered URL is always fully encoded ASCII.
//
// The template must be absolute: scheme "://" authority, then optional path, query, fragment.
// An IPv6 literal host has to be written [[::1]], since [fe80::1] reads as a token.
class UrlTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(UrlTemplate)

public:
    UrlTemplate() = default;
    explicit UrlTemplate(const QString &text);

    bool isValid() const { return m_diagnostics.isEmpty(); }
    // The token syntax problems, then the URL's own, each with its place in the text.
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // The diagnostics as people read them: "column 12: unknown filter ...".
    QStringList errors() const { return Diagnostic::describeAll(m_diagnostics, m_source); }
    QStringList keys() const { return m_template.keys(); }

    // report may be null when only the text matters.
    QString render(const TagMap &tags, RenderReport *report = nullptr) const;

private:
    struct Item
    {
        QChar ch;
        qsizetype offset = -1;
        qsizetype token = -1; // index into the parsed template's tokens, or -1 for ch
    };

    void compile(const QString &text);
    void emitAuthority(const QString &text, const QList<Item> &items, const TokenTemplate &parsed);
    void emitLiteral(const QString &text, qsizetype offset, QChar c, const char *extraKept);
    // A problem with length characters at offset; -1: the one character there.
    void addError(const QString &text, qsizetype offset, Diagnostic::Code code, const QString &message,
                  qsizetype length = -1);

    TokenTemplate m_template;
    QString m_source;
    QList<Diagnostic> m_diagnostics;
    bool m_hostOnlyTokens = false; // the host could render empty: checked after rendering
};
