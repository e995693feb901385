// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

// simulate SCENARIO.json [--json]: plans and runs one call with canned responses, no network.
class SimulateCommand final
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
