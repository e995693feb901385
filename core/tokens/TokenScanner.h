// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QVarLengthArray>

// The token grammar of SPEC 4, written once (issue 12 item 3): TokenTemplate compiles with it,
// and the editors' highlighting (TokenSyntax, TokenJsonLexer) and completion read text with it,
// so a field can never colour as a token what the engine reads as text, or the other way.
//
// A token is "[" key ("]" or "|" filter ... "]") with key matching [A-Za-z_][A-Za-z0-9_.:-]*;
// a filter's text runs to the next "|" or "]", and a "[" or a line break inside it leaves the
// token unclosed. "[[" and "]]" are one literal bracket each. Anything else is literal text.
// It scans QChar (QString) and char (UTF-8 bytes, as Scintilla holds them) alike.
class TokenScanner final
{
public:
    struct Filter
    {
        qsizetype offset = 0; // its first character, after the '|'
        qsizetype length = 0; // up to the next '|', ']' or where the token stops
        qsizetype colon = -1; // the ':' before an argument (default:TEXT), or -1
    };

    struct Token
    {
        qsizetype offset = 0;    // the '['
        qsizetype keyLength = 0; // the key starts at offset + 1
        QVarLengthArray<Filter, 4> filters;
        qsizetype end = 0;   // past the ']' when closed, else where the token stops
        bool closed = false; // an unclosed token is an error; its '[' is literal text

        qsizetype length() const { return end - offset; }
    };

    static constexpr bool isKeyStart(char16_t c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    }
    static constexpr bool isKeyChar(char16_t c)
    {
        return isKeyStart(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u':' || c == u'-';
    }
    static constexpr bool endsFilter(char16_t c)
    {
        return c == u'|' || c == u']' || c == u'[' || c == u'\n' || c == u'\r';
    }
    static constexpr char16_t unit(QChar c) { return c.unicode(); }
    static constexpr char16_t unit(char c) { return static_cast<unsigned char>(c); }

    // Whether "[[" or "]]" starts at i. Read left to right, "[[[" is an escape and a '['.
    template<typename Char> static bool isEscape(const Char *text, qsizetype n, qsizetype i)
    {
        const char16_t c = unit(text[i]);
        return (c == u'[' || c == u']') && i + 1 < n && unit(text[i + 1]) == c;
    }

    // Reads the token whose '[' is at i into *token; false when none starts there ("[1, 2]",
    // "[ringba call]", "[[" are text). Call it where isEscape() is false.
    template<typename Char> static bool scanToken(const Char *text, qsizetype n, qsizetype i, Token *token)
    {
        qsizetype j = i + 1;
        if (unit(text[i]) != u'[' || j >= n || !isKeyStart(unit(text[j])))
            return false;
        while (j < n && isKeyChar(unit(text[j])))
            ++j;
        if (j >= n || (unit(text[j]) != u']' && unit(text[j]) != u'|'))
            return false;
        token->offset = i;
        token->keyLength = j - i - 1;
        token->filters.clear();
        while (j < n && unit(text[j]) == u'|') {
            Filter filter;
            filter.offset = j + 1;
            qsizetype k = filter.offset;
            while (k < n && !endsFilter(unit(text[k]))) {
                if (filter.colon < 0 && unit(text[k]) == u':')
                    filter.colon = k;
                ++k;
            }
            filter.length = k - filter.offset;
            token->filters.append(filter);
            j = k;
        }
        token->closed = j < n && unit(text[j]) == u']';
        token->end = token->closed ? j + 1 : j;
        return true;
    }
};
