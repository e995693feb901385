// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/Diagnostic.h"
#include "tokens/RenderContext.h"
#include "tokens/RenderReport.h"
#include "tokens/TokenFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class TagMap;

// A text with replacement tokens (SPEC 4), parsed once into literal runs and tokens, then
// rendered many times against a call's tags.
//
// A token is [key] or [key|filter|...] with key matching [A-Za-z_][A-Za-z0-9_.:-]*; anything
// else in brackets is literal text, so JSON arrays like [1, 2] or ["a"] stay as written.
// "[[" and "]]" write one literal bracket. The grammar is TokenScanner's, shared with the
// editors. Once "[key|" has started a filter chain, the token must be well-formed: an unknown
// filter or a missing "]" is a Diagnostic with its offset, length and code.
//
// Each token carries the RenderContext it is written in. The constructor gives every token the
// same context; UrlTemplate and JsonBodyTemplate build templates whose tokens differ by position
// with appendText() and appendToken().
class TokenTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(TokenTemplate)

public:
    // Problems reported per template; the rest are counted in one last diagnostic
    // (TooManyProblems), so that a pasted wall of broken tokens does not bury the first problem
    // under thousands (and each message people read costs a scan of the text for its position).
    static constexpr int kMaxErrors = 20;

    struct Token
    {
        QString key;
        QList<TokenFilter> filters;
        RenderContext context = RenderContext::Plain;
        qsizetype offset = -1; // of '[' in the source text; -1 if not parsed from a source
        qsizetype length = 0;  // in the source, brackets included
    };

    // A literal run (token < 0) or a token (an index into tokens()). A parsed template keeps
    // the source span of every part, and keeps "[[" / "]]" as parts of their own, so that each
    // character of a literal run comes from offset + its index in the source.
    struct Part
    {
        QString text;
        qsizetype token = -1;
        qsizetype offset = -1;
        qsizetype sourceLength = 0;
    };

    TokenTemplate() = default;
    explicit TokenTemplate(const QString &text, RenderContext context = RenderContext::Plain);

    bool isValid() const { return m_diagnostics.isEmpty(); }
    // The problems of the text it was parsed from, as the parse meets them (a token's filters
    // before its missing "]").
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // The diagnostics as people read them, position first: "column 14: unknown filter ...".
    QStringList errors() const { return Diagnostic::describeAll(m_diagnostics, m_source); }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<Part> &parts() const { return m_parts; }
    // Every tag key referenced, in order of appearance, without duplicates (tag keys compare
    // case-insensitively, the first spelling is kept).
    QStringList keys() const;

    void appendText(const QString &text);
    void appendToken(const Token &token);

    // Renders against tags. Missing tags render as empty text (or what their filters make of
    // it) and each is reported as a warning; a value the token's context refuses renders as
    // nothing and is reported as an error. report may be null when only the text matters.
    QString render(const TagMap &tags, RenderReport *report = nullptr) const;

    // Appends diagnostic while diagnostics holds fewer than kMaxErrors problems; past that
    // only counts it in *dropped, for moreProblems().
    static void addDiagnostic(QList<Diagnostic> &diagnostics, qsizetype *dropped, const Diagnostic &diagnostic);
    // The TooManyProblems diagnostic: "and 3 more problems" (dropped > 0).
    static Diagnostic moreProblems(qsizetype dropped);

private:
    void parse(const QString &text, RenderContext context);
    void renderToken(const Token &token, const TagMap &tags, QString &out, RenderReport *report) const;

    QList<Part> m_parts;
    QList<Token> m_tokens;
    QString m_source; // what diagnostics' offsets point into
    QList<Diagnostic> m_diagnostics;
    qsizetype m_literalSize = 0; // sum of literal runs, to size the output once
};
