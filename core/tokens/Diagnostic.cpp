// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/Diagnostic.h"

#include "tokens/TextPosition.h"

QString Diagnostic::describe(const QString &text) const
{
    if (!hasPosition())
        return message;
    return TextPosition::describe(text, offset) + QLatin1String(": ") + message;
}

QStringList Diagnostic::describeAll(const QList<Diagnostic> &diagnostics, const QString &text)
{
    QStringList messages;
    messages.reserve(diagnostics.size());
    for (const Diagnostic &diagnostic : diagnostics)
        messages.append(diagnostic.describe(text));
    return messages;
}

QString Diagnostic::codeName(Code code)
{
    switch (code) {
    case Code::TokenNotClosed:
        return QStringLiteral("token-not-closed");
    case Code::UnknownFilter:
        return QStringLiteral("unknown-filter");
    case Code::BadFilter:
        return QStringLiteral("bad-filter");
    case Code::FilterOrder:
        return QStringLiteral("filter-order");
    case Code::TooManyProblems:
        return QStringLiteral("too-many-problems");
    case Code::UnknownTag:
        return QStringLiteral("unknown-tag");
    case Code::UrlEmpty:
        return QStringLiteral("url-empty");
    case Code::UrlScheme:
        return QStringLiteral("url-scheme");
    case Code::UrlNoHost:
        return QStringLiteral("url-no-host");
    case Code::UrlBadPort:
        return QStringLiteral("url-bad-port");
    case Code::UrlBadHost:
        return QStringLiteral("url-bad-host");
    case Code::JsonEmpty:
        return QStringLiteral("json-empty");
    case Code::JsonSyntax:
        return QStringLiteral("json-syntax");
    case Code::JsonTokenAfterBackslash:
        return QStringLiteral("json-token-after-backslash");
    }
    return QString();
}
