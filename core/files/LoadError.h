// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// One problem found while loading a file: where it is and what is wrong, for the user to fix.
struct LoadError
{
    QString path;    // "campaigns[2].webhooks[0].trigger", or "" for the whole file
    QString message; // "unknown trigger \"strat\" (expected one of: data_appending, start, ...)"

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }

    bool operator==(const LoadError &o) const { return path == o.path && message == o.message; }
};
