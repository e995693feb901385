// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Where a replacement token stands, which decides how its value is written (SPEC 4), so that a
// value can never change the structure of the request around it.
enum class RenderContext
{
    Plain,      // filters only, no encoding: raw bodies, the `render` command's default
    UrlQuery,   // query keys and values, fragment, userinfo: percent-encoded, RFC 3986 unreserved kept
    UrlPath,    // inside a path segment: percent-encoded ('/' too); "." and ".." are refused
    UrlHost,    // host name: letters, digits, '-', '.', '_'; lower-cased, international names as xn--
    UrlPort,    // port: digits only
    UrlScheme,  // scheme: letters, digits, '+', '-', '.'
    Header,     // header value: CR, LF, NUL and the other control characters but tab are refused
    JsonString, // inside a JSON string literal: JSON-escaped
    JsonValue,  // bare JSON value position: number, true/false, null when empty, else a quoted string
    Form,       // application/x-www-form-urlencoded: space as '+', the rest but A-Z a-z 0-9 *-._ encoded
};

namespace RenderContexts {
// Appends value written as context requires. Returns false, with a message in error (which
// may be null) and nothing appended, when the context refuses the value.
bool appendEncoded(QStringView value, RenderContext context, QString &out, QString *error);
// UTF-8 percent-encoding keeping only RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~).
void appendPercentEncoded(QStringView value, QString &out);
} // namespace RenderContexts
