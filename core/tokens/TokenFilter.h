// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One filter of a replacement token's chain, as in [caller_number|digits|sha256] (SPEC 4).
//
// A chain runs left to right over the tag's values. `first` and `last` pick from the value list;
// every other filter works on text, and the first of them joins the values with ','. Because of
// that, `first` and `last` must come before any text filter (TokenTemplate reports it otherwise).
class TokenFilter final
{
    Q_DECLARE_TR_FUNCTIONS(TokenFilter)

public:
    enum class Kind
    {
        First,
        Last,
        Lower,
        Upper,
        Trim,
        Digits,
        E164,
        Sha256,
        UrlEncode,
        Default
    };

    TokenFilter() = default;

    // Parses one filter exactly as written between '|' and '|' or ']' ("lower", "default:0").
    // Names are lower case and take no spaces. On failure returns false and sets error
    // (without position: the template adds it) and, if not null, code: UnknownFilter for a
    // name the engine does not have, BadFilter for a known one misused.
    static bool parse(const QString &text, TokenFilter *filter, QString *error, Diagnostic::Code *code = nullptr);
    // "first, last, lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT"
    static QString allNames();

    Kind kind() const { return m_kind; }
    QString argument() const { return m_argument; } // default's TEXT
    QString name() const;                           // as written in templates, without argument
    bool picksValues() const { return m_kind == Kind::First || m_kind == Kind::Last; }

    // Runs a chain over a tag's values and returns the text. Notes for a value a filter could
    // not handle as asked (e164 on "12345") are appended to notes when it is not null.
    static QString applyChain(const QList<TokenFilter> &chain, const QStringList &values, QStringList *notes);

    bool operator==(const TokenFilter &o) const { return m_kind == o.m_kind && m_argument == o.m_argument; }
    bool operator!=(const TokenFilter &o) const { return !(*this == o); }

private:
    QString applyToText(const QString &text, QStringList *notes) const;

    Kind m_kind = Kind::Trim;
    QString m_argument;
};
