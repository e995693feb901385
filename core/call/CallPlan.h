// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Trigger.h"

#include <QList>
#include <QString>

// The static schedule of one call (SPEC 2), before any request is sent. Matches and the
// conversion decision depend on tags that responses change, so the runner evaluates them when
// each item's turn comes; the plan fixes only the order and what can never fire.
struct PlanItem
{
    enum class Kind
    {
        Fire,             // evaluate the webhook's matches and fire it
        Skip,             // cannot fire on this call at all; reason says why
        SelectBuyer,      // a routing attempt selects its buyer: handler_id changes
        ApplyPostback,    // a postback's payload tags reach the call
        EndCall,          // the call ends: duration and connection are known
        DecideConversion, // the campaign's conversion criteria are checked
    };

    Kind kind = Kind::Fire;
    int webhook = -1; // index into the scenario's webhooks
    Trigger trigger = Trigger::Start;
    int attempt = -1;  // routing attempt, for Selected/Answered and SelectBuyer
    int second = -1;   // time in the call, for Timer, Postback and ApplyPostback
    int postback = -1; // index into the scenario's postbacks
    int group = -1;    // Fire items with the same group are sent concurrently
    QString reason;    // Skip items: why
};

struct CallPlan
{
    QList<PlanItem> items;
    QStringList warnings;
};
