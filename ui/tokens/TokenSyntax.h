// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/Diagnostic.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class TokenTemplate;

// What the token-aware editors need to know about a text with replacement tokens (SPEC 4),
// read from the engine's own parse and grammar (TokenTemplate, TokenScanner) so that
// highlighting never disagrees with rendering, and placed by the engine's Diagnostics, so that
// no message's wording can move a squiggle.
namespace TokenSyntax {

enum class Role
{
    Bracket,  // '[' and ']' of a token
    Key,      // the tag name
    Pipe,     // '|' between filters
    Filter,   // a filter's name
    Argument, // default's ":TEXT"
    Escape,   // "[[" or "]]"
};

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    Role role = Role::Key;

    bool operator==(const Span &o) const { return start == o.start && length == o.length && role == o.role; }
};

// The colours tokens are drawn in, the same in every field; dark for a dark palette.
QColor foreground(Role role, bool dark);
QColor tokenBackground(bool dark);

// text as HTML with its tokens coloured as the fields colour them.
QString toHtml(const QString &text, bool dark);

// Every token of parsed (split into bracket, key, pipes, filters and arguments) and every
// escape, in text order. parsed must have been parsed from text.
QList<Span> spans(const TokenTemplate &parsed, const QString &text);

// A problem as the editors draw it: an engine error or a warning, with its tooltip.
struct Problem
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString message; // whole, position included: "column 14: unknown filter ..."
    bool error = true;
};

// One problem per diagnostic of text that has a position, at the diagnostic's offset and
// length; a point (length 0: the end of a line or of the text) is drawn on the character
// before it. Errors are the Error diagnostics; the rest are warnings.
QList<Problem> problems(const QList<Diagnostic> &diagnostics, const QString &text);

// UnknownTag warnings for the tokens of parsed whose tag isKnown refuses,
// each over its token, unless a default: filter covers it (it then renders as its default).
QList<Diagnostic> unknownTags(const TokenTemplate &parsed, const std::function<bool(const QString &)> &isKnown);

// What is being typed at the cursor, for completion.
struct Completion
{
    enum class Kind
    {
        None,
        Tag,
        Filter
    };
    Kind kind = Kind::None;
    qsizetype start = 0; // where the partial name starts
    qsizetype end = 0;   // where the name ends: the cursor, or past the rest of a name it is in
    QString prefix;      // the partial name up to the cursor
};
Completion completionAt(const QString &text, qsizetype cursor);

// The text a chosen completion replaces [start, end) with, and where the cursor goes after it
// (relative to start; past the token's ']'): a tag or filter gets the token's closing ']' unless
// a ']' or '|' follows (textAfter: the text after end); "default" gets its ':', with the cursor
// right after it.
struct Insertion
{
    QString text;
    qsizetype cursor = 0;
};
Insertion insertion(Completion::Kind kind, const QString &chosen, const QString &textAfter);

} // namespace TokenSyntax
