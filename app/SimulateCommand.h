// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

// simulate SCENARIO.json|WORKSPACE.json --campaign NAME [...] [--json]: plans and runs one call
// with canned responses, no network. A workspace's call is built as the Test fire pane builds it.
class SimulateCommand final
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
