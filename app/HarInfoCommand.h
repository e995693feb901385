// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `har-info FILE.har` (SPEC 8): summarises a HAR file from this app, Chrome, Firefox or
// Playwright: creator, pages, entries, statuses, failed entries, total time, per-page counts.
// Exit 0 on success (failed entries are part of the summary, not findings), 2 when the file
// cannot be read, with the reader's specific message on stderr.
class HarInfoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HarInfoCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
