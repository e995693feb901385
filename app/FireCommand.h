// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

#include <QStringList>

class QTextStream;

// fire SCENARIO.json|WORKSPACE.json --campaign NAME [...] [--har OUT.har] [--json] [--show-secrets]:
// runs one call, sending every request for real; the report masks secrets unless --show-secrets.
class FireCommand final
{
    Q_DECLARE_TR_FUNCTIONS(FireCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
