// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"
#include "record/FiredPixel.h"

#include <QDateTime>

// One simulated or test-fired call in the fired-pixels log: one HAR page.
struct StoredCall
{
    QString id; // unique; the HAR page id
    QString title;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running, or when the process died mid-call
    QString campaign;
    // The call's tags (initial ones at the start, final ones once finished). Exports scrub the
    // values of secret tags such as call_key wherever they appear.
    TagMap tags;
    QStringList warnings;     // the plan's and the run's: data leaks, late postbacks, ...
    QList<FiredPixel> pixels; // in firing order
};
