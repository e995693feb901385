// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// A call converts when it was answered, its talk duration is at least minDurationSeconds and
// every required tag ("key" or "key:value") is present at the end of the call.
struct ConversionCriteria
{
    int minDurationSeconds = 0;
    QStringList requiredTags;

    bool operator==(const ConversionCriteria &o) const
    {
        return minDurationSeconds == o.minDurationSeconds && requiredTags == o.requiredTags;
    }
};
