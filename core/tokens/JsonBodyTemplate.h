// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/TokenTemplate.h"

#include <QCoreApplication>

// A JSON request body with replacement tokens (SPEC 4). At compile time the template is scanned
// as JSON: a token inside a string literal is JSON-escaped there ("[caller_number]"); a token
// in a bare value position becomes a typed literal ([payout] -> 12.5, true, null when empty, or
// a quoted string); a bare token where an object key belongs is written as a quoted string. So
// no value can change the structure, and the rendered body parses whenever the template does.
//
// The template is checked with a trial render through QJsonDocument (every bare token as "",
// every token inside a string as blanks, each at its own length so positions carry over); a
// JSON error is a Diagnostic at the parser's offset, converted to the template's UTF-16 offset
// by TextPosition. A token right after a
// backslash inside a string is an error too, since the backslash would escape the value. As
// everywhere, "[[" and "]]" write one bracket: write nested arrays with a space, "[ [1, 2] ]",
// or as "[[[[1, 2]]]]".
class JsonBodyTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(JsonBodyTemplate)

public:
    JsonBodyTemplate() = default;
    explicit JsonBodyTemplate(const QString &text);

    bool isValid() const { return m_diagnostics.isEmpty(); }
    // The token syntax problems, then the JSON's own, each with its place in the text.
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // The diagnostics as people read them: "line 3, column 12: invalid JSON: ...".
    QStringList errors() const { return Diagnostic::describeAll(m_diagnostics, m_source); }
    QStringList keys() const { return m_template.keys(); }

    // report may be null when only the text matters.
    QString render(const TagMap &tags, RenderReport *report = nullptr) const { return m_template.render(tags, report); }

private:
    void compile(const QString &text);
    void checkJson(const QString &text, const TokenTemplate &parsed, const QList<bool> &inString);

    TokenTemplate m_template;
    QString m_source;
    QList<Diagnostic> m_diagnostics;
};
