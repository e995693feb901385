// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"

#include <QStringList>

// The tags a webhook's response applies to the call (SPEC 5).
struct ResponseTags
{
    bool applied = false; // true when at least one tag was read from the response
    QString reason;       // why nothing was applied, or a summary like "3 tags applied"
    TagMap tags;          // in the response's key order, geo already expanded
    QStringList notes;    // what was read but left out, e.g. "key address: nested object ignored"
};
