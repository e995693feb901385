// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One problem a template compiler found (TokenTemplate, UrlTemplate, JsonBodyTemplate), with
// its place in the template text as numbers, not as words in the message (issue 12 item 2).
//
// Squiggles, lint positions and lint rules read offset, length and code; only people read the
// message. So rewording or translating a message can never move a squiggle or change a rule.
// Positions are UTF-16 code units of the template text, as QString and cursors count them;
// TextPosition turns them into the line and column people read.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };

    // Stable and never translated: what callers branch on. Each has a fixed name (codeName()).
    enum class Code
    {
        TokenNotClosed,          // "[key|filter" without its "]"
        UnknownFilter,           // a filter name the engine does not have
        BadFilter,               // a known filter misused: empty, missing or unexpected argument
        FilterOrder,             // first/last after a filter that works on text
        TooManyProblems,         // how many problems were left out; no position
        UnknownTag,              // a token whose tag nothing is known to set (the editors' warning)
        UrlEmpty,                // nothing but whitespace
        UrlScheme,               // no "scheme://" at the start
        UrlNoHost,               // nothing between "://" and the path
        UrlBadPort,              // a port that is not digits
        UrlBadHost,              // a character a host name cannot hold
        JsonEmpty,               // a JSON body with nothing in it
        JsonSyntax,              // the body does not parse as JSON
        JsonTokenAfterBackslash, // "\[tag]" inside a string: the backslash would escape the value
    };

    qsizetype offset = -1; // where it starts; -1 when it is about the text as a whole
    qsizetype length = 0;  // how much it covers; 0 for a point (the end of the text, a line break)
    Code code = Code::TokenNotClosed;
    Severity severity = Severity::Error;
    QString message; // for people, translated, without the position

    bool hasPosition() const { return offset >= 0; }
    // The message as people read it, position first: "column 14: unknown filter ...", where
    // text is the template the diagnostic is about.
    QString describe(const QString &text) const;
    // describe() for each, in order.
    static QStringList describeAll(const QList<Diagnostic> &diagnostics, const QString &text);
    // "token-not-closed", "unknown-filter", ...: for logs and tests, never translated.
    static QString codeName(Code code);

    bool operator==(const Diagnostic &o) const
    {
        return offset == o.offset && length == o.length && code == o.code && severity == o.severity
               && message == o.message;
    }
    bool operator!=(const Diagnostic &o) const { return !(*this == o); }
};
