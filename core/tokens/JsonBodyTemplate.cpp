// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/JsonBodyTemplate.h"

#include "tokens/JsonSyntaxError.h"
#include "tokens/TextPosition.h"

#include <QJsonDocument>
#include <QJsonParseError>

JsonBodyTemplate::JsonBodyTemplate(const QString &text)
{
    compile(text);
}

void JsonBodyTemplate::compile(const QString &text)
{
    m_source = text;
    const TokenTemplate parsed(text, RenderContext::JsonValue);
    m_diagnostics = parsed.diagnostics();
    if (text.trimmed().isEmpty()) {
        m_diagnostics.append(
            Diagnostic{-1, 0, Diagnostic::Code::JsonEmpty, Diagnostic::Severity::Error, tr("the JSON body is empty")});
        return;
    }

    // Follows JSON's lexical structure just enough to know, at each token, whether it stands
    // inside a string literal, where an object key belongs, or in a value position.
    bool inString = false;
    bool escaped = false;
    bool expectKey = false;
    QString open; // the '{' and '[' not yet closed
    QList<bool> tokenInString(parsed.tokens().size(), false);
    qsizetype dropped = 0; // errors past TokenTemplate::kMaxErrors
    for (const TokenTemplate::Part &part : parsed.parts()) {
        if (part.token >= 0) {
            TokenTemplate::Token token = parsed.tokens().at(part.token);
            if (inString) {
                // The backslash would escape the value's first character: a value starting with
                // '"' would then end the string. Qt's parser lets the odd escape through, so the
                // trial render cannot catch it.
                if (escaped) {
                    TokenTemplate::addDiagnostic(
                        m_diagnostics, &dropped,
                        Diagnostic{token.offset, token.length, Diagnostic::Code::JsonTokenAfterBackslash,
                                   Diagnostic::Severity::Error,
                                   tr("token [%1] follows a backslash inside a string").arg(token.key)});
                }
                token.context = RenderContext::JsonString;
                tokenInString[part.token] = true;
                escaped = false;
                m_template.appendToken(token);
            } else if (expectKey) {
                token.context = RenderContext::JsonString;
                m_template.appendText(QStringLiteral("\""));
                m_template.appendToken(token);
                m_template.appendText(QStringLiteral("\""));
                expectKey = false;
            } else {
                token.context = RenderContext::JsonValue;
                m_template.appendToken(token);
            }
            continue;
        }
        m_template.appendText(part.text);
        for (const QChar c : part.text) {
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == QLatin1Char('\\'))
                    escaped = true;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            switch (c.unicode()) {
            case u'"':
                inString = true;
                expectKey = false;
                break;
            case u'{':
                open += c;
                expectKey = true;
                break;
            case u'[':
                open += c;
                expectKey = false;
                break;
            case u'}':
            case u']':
                if (!open.isEmpty())
                    open.chop(1);
                expectKey = false;
                break;
            case u',':
                expectKey = !open.isEmpty() && open.back() == QLatin1Char('{');
                break;
            case u':':
                expectKey = false;
                break;
            default:
                break;
            }
        }
    }
    if (dropped > 0)
        m_diagnostics.append(TokenTemplate::moreProblems(dropped));
    checkJson(text, parsed, tokenInString);
}

void JsonBodyTemplate::checkJson(const QString &text, const TokenTemplate &parsed, const QList<bool> &inString)
{
    // The trial keeps every part at its source length, so a parser offset is a template offset.
    QString trial;
    trial.reserve(text.size());
    QList<std::pair<qsizetype, qsizetype>> tokenSpans; // [start, end) of each token's stand-in
    for (const TokenTemplate::Part &part : parsed.parts()) {
        if (part.token >= 0) {
            tokenSpans.append({trial.size(), trial.size() + part.sourceLength});
            if (!inString.at(part.token))
                trial += QLatin1String("\"\"");
            trial += QString(part.sourceLength - (inString.at(part.token) ? 0 : 2), QLatin1Char(' '));
        } else {
            trial += part.text;
            trial += QString(part.sourceLength - part.text.size(), QLatin1Char(' '));
        }
    }
    const QByteArray utf8 = trial.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return;
    const qsizetype stumbled = TextPosition::ofJsonError(utf8, error).offset;
    // A stand-in's padding is blank to the parser: an error found in it is the token's.
    qsizetype offset = stumbled;
    for (const auto &[start, end] : std::as_const(tokenSpans)) {
        if (offset > start && offset < end)
            offset = start;
    }
    // The words say what was expected there, quoting the body as written (tokens and all).
    const QString description = JsonSyntaxError::describe(trial, stumbled, error.error, text);
    m_diagnostics.append(Diagnostic{offset, TextPosition::characterLength(text, offset), Diagnostic::Code::JsonSyntax,
                                    Diagnostic::Severity::Error, tr("invalid JSON: %1").arg(description)});
}
