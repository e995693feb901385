// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Whether a webhook fires for a call's tags, and why, in one line for people (SPEC 3).
struct MatchVerdict
{
    bool fires = true;
    QString reason; // e.g. "fires: source_id is pub1", "skipped: tag sale is missing"
};
