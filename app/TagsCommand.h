// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `tags RESPONSE_FILE` (SPEC 8): prints the tags a response body applies, read as a 200 response,
// one key:value per line in the response's order. Notes go to stderr. Exit 1 when the body
// applies no tags (the reason on stderr), 2 when the file cannot be read.
class TagsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TagsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
