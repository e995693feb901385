// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/RenderedRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// "Copy as cURL" (issue 5 item 7): a rendered request as a curl command line for a POSIX shell
// (sh, bash, zsh, ...) that sends the same method, headers and body bytes to the same URL.
//
// Every argument is single-quoted, each ' inside written as '\'', so any text reaches curl
// byte for byte: $(...), backticks, backslashes, quotes, newlines, unicode. The method is given
// with -X only when curl would not send it anyway (GET without a body, POST with one; HEAD is
// --head); headers go one -H each ("Name;" for an empty value, which curl would otherwise drop);
// the body goes with --data-binary (--data-raw when it starts with '@', which --data-binary
// would read as a file name); POST, PUT and PATCH always send one, if empty then as
// Content-Length: 0, since some servers refuse those methods without a length;
// the timeout becomes --max-time; the URL comes last (after --globoff if it holds [ ] { },
// which curl would expand, and as --url if it starts with '-').
//
// A shell argument cannot hold a NUL byte, the command is text (for the clipboard) so it cannot
// hold bytes that are not UTF-8, and Linux refuses any one argument over 128 KiB. A body with any
// of these is piped into `--data-binary @-` instead: `printf 'FORMAT' | curl ...` with every
// such byte as a \ooo octal escape, or, for a long UTF-8 body, `printf '%s' 'BODY' | curl ...`
// (printf is a built-in of these shells, so no argument limit applies). A header name or value
// has no such way in: one holding a NUL or non-UTF-8 byte makes the command invalid, as does a
// request without a URL.
class CurlCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)

public:
    // Bodies longer than this are piped, well under Linux's 128 KiB limit for one argument.
    static constexpr qsizetype kMaxArgumentBytes = qsizetype(64) * 1024;

    explicit CurlCommand(const RenderedRequest &request);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the request cannot be written as a command: "header X-Id: the value holds a NUL byte, ...".
    QString errorString() const { return m_error; }

    // The command: "curl", the first option, then every other option on a line of its own after
    // a backslash line continuation, the URL last, as in
    // "curl -X 'PUT' <backslash, newline>  -H 'Content-Type: application/json' ... 'https://...'".
    // Empty when the command is invalid.
    QString toString() const;

    // curl's arguments, without "curl" itself, as the shell hands them over.
    QList<QByteArray> arguments() const { return m_arguments; }
    // What curl reads on its standard input: the body when it is piped, else nothing.
    QByteArray standardInput() const { return m_standardInput; }

    // One shell word that stands for text exactly: 'text', each ' written as '\''.
    static QString quote(const QString &text);

private:
    void addOption(const char *option);
    void addOption(const char *option, const QByteArray &value);
    void addWord(const QByteArray &value);
    void pipeBody(const QByteArray &body);

    QString m_error;
    QList<QByteArray> m_arguments;
    QByteArray m_standardInput;
    QString m_pipe;      // "printf ... " before "| curl", or empty
    QStringList m_lines; // one option with its value per line, quoted
};
