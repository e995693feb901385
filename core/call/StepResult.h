// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"
#include "model/Trigger.h"

#include <QStringList>

// What happened to one webhook at one point of a call: fired or skipped, why, what was sent,
// what came back and which tags that applied.
struct StepResult
{
    QString webhookId;
    QString webhookName;
    Trigger trigger = Trigger::Start;
    QString buyerId; // the routing attempt's buyer for Selected/Answered, else the webhook's own
    int attempt = -1;
    int second = -1;
    bool fired = false;
    bool cancelled = false; // a cancel cut the call off before this step was sent
    QString reason;
    RenderedRequest request;   // as rendered; for ping-post, the post
    QList<Exchange> exchanges; // every hop sent, a ping-post's ping first
    QStringList tagsApplied;   // "key:value"
    QStringList notes;         // missing tags, response notes, the bid
    QStringList errors;        // rendering or matches errors: the request was not sent

    // The exchange whose response counts: the last hop.
    const Exchange *finalExchange() const { return exchanges.isEmpty() ? nullptr : &exchanges.constLast(); }
};
