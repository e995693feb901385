// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `render [--context plain|url|path|header|json|form] [--tag key=value]... TEMPLATE` (SPEC 8):
// prints the rendered template followed by a newline. plain (the default) applies filters but
// no encoding; url takes a whole URL template, json a whole JSON body, form a whole form body;
// path and header render the template as one URL path segment or one header value.
// A repeated --tag key gives the tag several values. A bad --tag, a template error or a value
// the context refuses: the messages on stderr, exit 2. Missing tags: a warning line each on
// stderr, exit 0.
class RenderCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
