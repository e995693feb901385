// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <Qsci/qscilexerjson.h>

// QScintilla's JSON lexer, but aware of replacement tokens (SPEC 4). Scintilla's own JSON
// lexer takes a bare [payout] for an array holding an error; this one styles [tokens] (their
// brackets, tag, filters and default text) as tokens wherever they stand, "[[" and "]]" as the
// one bracket they write, and keeps QsciLexerJSON's styles and colours for the rest.
//
// It lexes in the container (SCLEX_CONTAINER: lexer() returns nullptr), only the lines Scintilla
// asks for, so a 5 MB body costs nothing beyond what is on screen. Each line starts outside any
// string (JSON strings cannot span lines) at the nesting depth the previous line ended with,
// kept as the line's state; that depth gives the fold levels (when they are kept).
//
// In text mode (form and raw bodies) only tokens are styled.
class TokenJsonLexer final : public QsciLexerJSON
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenJsonLexer)

public:
    // Styles beyond QsciLexerJSON's.
    enum
    {
        TokenBracket = 14, // '[' and ']' of a token, '|' between its filters
        TokenKey = 15,
        TokenFilter = 16,
        TokenArgument = 17, // default's ":TEXT"
        TokenEscape = 18,   // "[[" and "]]" inside strings and text
    };

    explicit TokenJsonLexer(QObject *parent = nullptr);

    // JSON (the default) or plain text with tokens. Re-styles the whole text.
    void setJsonMode(bool json);
    bool jsonMode() const { return m_json; }
    // Whether fold levels are kept (the default). Without, lines are styled on their own, with
    // no call back into Scintilla per line: what a very large text needs.
    void setFoldLevels(bool foldLevels) { m_foldLevels = foldLevels; }

    const char *lexer() const override;
    void setEditor(QsciScintilla *editor) override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    bool defaultEolFill(int style) const override;
    int braceStyle() const override;
    const char *wordCharacters() const override;

    // Styles the whole lines from the one holding start up to the one holding end.
    void styleText(int start, int end);

private:
    void styleNeeded(int position);

    bool m_json = true;
    bool m_foldLevels = true;
};
