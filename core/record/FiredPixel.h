// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"
#include "call/Outcome.h"

#include <QStringList>

#include <optional>

// One webhook of one call, as the fired-pixels log keeps it (SPEC 7): fired or skipped, why,
// every exchange it made (redirect hops and a ping-post's ping included, in order), and the
// tags its response applied.
struct FiredPixel
{
    QString callId;
    int sequence = 0; // firing order within the call, unique per call
    QString webhookName;
    QString trigger; // the file-format name: "data_appending", "start", ...
    QString buyerId; // the routing attempt's buyer for Selected/Answered pings, else empty
    bool fired = false;
    // Outcomes::of the step; none in rows recorded before outcomes were kept.
    std::optional<Outcome> recordedOutcome;
    QString reason;
    QList<Exchange> exchanges;
    QStringList tagsApplied; // "key:value"
    QStringList warnings;    // missing tags, response notes, rendering errors

    // The exchange whose response counts: the last hop; nullptr when nothing was sent.
    const Exchange *finalExchange() const { return exchanges.isEmpty() ? nullptr : &exchanges.constLast(); }
    // The final HTTP status, 0 when nothing was sent or no response arrived.
    int status() const { return exchanges.isEmpty() ? 0 : exchanges.constLast().status; }
    // How the webhook ended: as recorded, else as what was kept still tells.
    Outcome outcome() const
    {
        if (recordedOutcome)
            return *recordedOutcome;
        if (fired)
            return Outcomes::ofExchanges(exchanges);
        if (reason == QLatin1String("cancelled"))
            return Outcome::Cancelled;
        if (reason.startsWith(QLatin1String("not sent:")))
            return Outcome::NotSent;
        return Outcome::Skipped;
    }
    // Sent but did not end in a 2xx response.
    bool failed() const { return outcome() == Outcome::Failed; }
};
