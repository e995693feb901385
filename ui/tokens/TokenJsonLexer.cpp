// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenJsonLexer.h"

#include "common/StatePalette.h"
#include "tokens/TokenScanner.h"
#include "tokens/TokenSyntax.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <cstring>
#include <utility>

namespace {

// A run of these is a JSON keyword (true, false, null) or an error.
bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Styles the token that starts at text[i] ('['), read with the engine's grammar, and returns
// its length; 0 if no token starts there ("[1, 2]", "[ringba call]").
qsizetype styleToken(const char *text, qsizetype i, qsizetype n, char *styles)
{
    TokenScanner::Token token;
    if (!TokenScanner::scanToken(text, n, i, &token))
        return 0;
    if (!token.closed) {
        // Validation reports it; show what was written as wrong.
        std::memset(styles + i, QsciLexerJSON::Error, std::size_t(token.length()));
        return token.length();
    }
    styles[i] = TokenJsonLexer::TokenBracket;
    std::memset(styles + i + 1, TokenJsonLexer::TokenKey, std::size_t(token.keyLength));
    for (const TokenScanner::Filter &filter : std::as_const(token.filters)) {
        styles[filter.offset - 1] = TokenJsonLexer::TokenBracket;
        const qsizetype end = filter.offset + filter.length;
        const qsizetype argument = filter.colon >= 0 ? filter.colon : end;
        std::memset(styles + filter.offset, TokenJsonLexer::TokenFilter, std::size_t(argument - filter.offset));
        std::memset(styles + argument, TokenJsonLexer::TokenArgument, std::size_t(end - argument));
    }
    styles[token.end - 1] = TokenJsonLexer::TokenBracket;
    return token.length();
}

// Styles "[[" / "]]" (a literal bracket) or a token at text[i] inside a string or text;
// returns how many characters it styled, 0 if neither starts there.
qsizetype styleTokenOrEscape(const char *text, qsizetype i, qsizetype n, char *styles)
{
    if (TokenScanner::isEscape(text, n, i)) {
        styles[i] = styles[i + 1] = TokenJsonLexer::TokenEscape;
        return 2;
    }
    return text[i] == '[' ? styleToken(text, i, n, styles) : 0;
}

// Lexes one line of JSON (without its line break) from depth; returns the depth after it.
int lexJsonLine(const char *text, qsizetype n, char *styles, int depth)
{
    qsizetype i = 0;
    while (i < n) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            styles[i++] = QsciLexerJSON::Default;
        } else if (c == '"') {
            const qsizetype open = i;
            styles[i++] = QsciLexerJSON::String;
            bool closed = false;
            while (i < n && !closed) {
                if (text[i] == '\\') {
                    const qsizetype length = text[i + 1 < n ? i + 1 : i] == 'u' ? 6 : 2;
                    for (qsizetype k = 0; k < length && i < n; ++k)
                        styles[i++] = QsciLexerJSON::EscapeSequence;
                } else if (text[i] == '"') {
                    styles[i++] = QsciLexerJSON::String;
                    closed = true;
                } else if (const qsizetype length = styleTokenOrEscape(text, i, n, styles)) {
                    i += length;
                } else {
                    styles[i++] = QsciLexerJSON::String;
                }
            }
            // A string followed by ':' is a property name; an unclosed one is marked as such.
            qsizetype next = i;
            while (next < n && (text[next] == ' ' || text[next] == '\t'))
                ++next;
            const char restyle = !closed                         ? QsciLexerJSON::UnclosedString
                                 : next < n && text[next] == ':' ? QsciLexerJSON::Property
                                                                 : QsciLexerJSON::String;
            for (qsizetype k = open; k < i; ++k) {
                if (styles[k] == QsciLexerJSON::String)
                    styles[k] = restyle;
            }
        } else if (c == '[' || c == ']') {
            // "[[" and "]]" write one bracket: one level, however it is spelled.
            const bool doubled = TokenScanner::isEscape(text, n, i);
            const qsizetype token = c == '[' && !doubled ? styleToken(text, i, n, styles) : 0;
            if (token > 0) {
                i += token;
                continue;
            }
            depth = c == '[' ? depth + 1 : qMax(0, depth - 1);
            const qsizetype length = doubled ? 2 : 1;
            std::memset(styles + i, QsciLexerJSON::Operator, std::size_t(length));
            i += length;
        } else if (c == '{' || c == '}' || c == ',' || c == ':') {
            if (c == '{')
                ++depth;
            else if (c == '}')
                depth = qMax(0, depth - 1);
            styles[i++] = QsciLexerJSON::Operator;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            while (i < n && (std::strchr("0123456789+-.eE", text[i]) != nullptr) && text[i] != '\0')
                styles[i++] = QsciLexerJSON::Number;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < n && isWordChar(text[end]))
                ++end;
            const qsizetype length = end - i;
            const bool keyword =
                (length == 4 && (std::strncmp(text + i, "true", 4) == 0 || std::strncmp(text + i, "null", 4) == 0))
                || (length == 5 && std::strncmp(text + i, "false", 5) == 0);
            std::memset(styles + i, keyword ? QsciLexerJSON::Keyword : QsciLexerJSON::Error, std::size_t(length));
            i = end;
        } else {
            styles[i++] = QsciLexerJSON::Error;
        }
    }
    return depth;
}

void lexTextLine(const char *text, qsizetype n, char *styles)
{
    qsizetype i = 0;
    while (i < n) {
        if (const qsizetype length = styleTokenOrEscape(text, i, n, styles))
            i += length;
        else
            styles[i++] = QsciLexerJSON::Default;
    }
}

} // namespace

TokenJsonLexer::TokenJsonLexer(QObject *parent)
    : QsciLexerJSON(parent)
{}

void TokenJsonLexer::setJsonMode(bool json)
{
    if (json == m_json)
        return;
    m_json = json;
    if (editor())
        editor()->recolor();
}

const char *TokenJsonLexer::lexer() const
{
    return nullptr; // lexed here, in the container
}

void TokenJsonLexer::setEditor(QsciScintilla *editor)
{
    if (QsciScintilla *old = this->editor())
        disconnect(old, &QsciScintillaBase::SCN_STYLENEEDED, this, &TokenJsonLexer::styleNeeded);
    QsciLexerJSON::setEditor(editor);
    if (editor)
        connect(editor, &QsciScintillaBase::SCN_STYLENEEDED, this, &TokenJsonLexer::styleNeeded);
}

QString TokenJsonLexer::description(int style) const
{
    switch (style) {
    case TokenBracket:
        return tr("Token brackets and filter separators");
    case TokenKey:
        return tr("Token tag name");
    case TokenFilter:
        return tr("Token filter");
    case TokenArgument:
        return tr("Token filter text");
    case TokenEscape:
        return tr("Literal bracket");
    default:
        return QsciLexerJSON::description(style);
    }
}

QColor TokenJsonLexer::defaultColor(int style) const
{
    const bool dark = StatePalette::isDark(QGuiApplication::palette());
    switch (style) {
    case TokenBracket:
        return TokenSyntax::foreground(TokenSyntax::Role::Bracket, dark);
    case TokenKey:
        return TokenSyntax::foreground(TokenSyntax::Role::Key, dark);
    case TokenFilter:
        return TokenSyntax::foreground(TokenSyntax::Role::Filter, dark);
    case TokenArgument:
        return TokenSyntax::foreground(TokenSyntax::Role::Argument, dark);
    case TokenEscape:
        return TokenSyntax::foreground(TokenSyntax::Role::Escape, dark);
    default:
        return QsciLexerJSON::defaultColor(style);
    }
}

QColor TokenJsonLexer::defaultPaper(int style) const
{
    switch (style) {
    case TokenBracket:
    case TokenKey:
    case TokenFilter:
    case TokenArgument:
        return TokenSyntax::tokenBackground(StatePalette::isDark(QGuiApplication::palette()));
    default:
        return QsciLexerJSON::defaultPaper(style);
    }
}

QFont TokenJsonLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setBold(style == TokenKey || style == Property);
    return font;
}

bool TokenJsonLexer::defaultEolFill(int style) const
{
    return style == UnclosedString;
}

int TokenJsonLexer::braceStyle() const
{
    // Only JSON's own brackets match: a token's brackets are styled as a token.
    return Operator;
}

const char *TokenJsonLexer::wordCharacters() const
{
    // A tag name is one word, so a double click selects all of caller_number or ping.bid_id.
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-";
}

void TokenJsonLexer::styleNeeded(int position)
{
    QsciScintilla *sci = editor();
    const int start = int(sci->SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED));
    if (start < position)
        styleText(start, position);
}

void TokenJsonLexer::styleText(int start, int end)
{
    QsciScintilla *sci = editor();
    if (!sci)
        return;
    const long firstLine =
        sci->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start));
    const long lastLine = sci->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(end));
    const int from =
        int(sci->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(firstLine)));
    const int to =
        int(sci->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(lastLine)));
    if (to < from)
        return;
    const QByteArray text = sci->bytes(from, to); // one NUL more than the range
    QByteArray styles(to - from, char(Default));

    int depth =
        firstLine > 0 && m_json && m_foldLevels
            ? int(sci->SendScintilla(QsciScintillaBase::SCI_GETLINESTATE, static_cast<unsigned long>(firstLine - 1)))
            : 0;
    qsizetype lineStart = 0;
    for (long line = firstLine; line <= lastLine; ++line) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < styles.size() && text.at(lineEnd) != '\n')
            ++lineEnd;
        const char *lineText = text.constData() + lineStart;
        char *lineStyles = styles.data() + lineStart;
        int level = QsciScintillaBase::SC_FOLDLEVELBASE;
        if (m_json) {
            const int after = lexJsonLine(lineText, lineEnd - lineStart, lineStyles, depth);
            level += depth;
            if (after > depth)
                level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
            depth = after;
        } else {
            lexTextLine(lineText, lineEnd - lineStart, lineStyles);
        }
        if (m_foldLevels) {
            sci->SendScintilla(QsciScintillaBase::SCI_SETLINESTATE, static_cast<unsigned long>(line), long(depth));
            sci->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line), long(level));
        }
        lineStart = lineEnd + 1; // past the '\n' (its style stays Default)
    }

    sci->SendScintilla(QsciScintillaBase::SCI_STARTSTYLING, static_cast<unsigned long>(from), 0L);
    sci->SendScintilla(QsciScintillaBase::SCI_SETSTYLINGEX, static_cast<uintptr_t>(styles.size()), styles.constData());
}
