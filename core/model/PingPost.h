// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/RequestTemplate.h"

// RTB ping-post (SPEC 6): the ping asks for a bid; the webhook's own request is the post, sent
// only if the bid read from the ping's JSON response is accepted and at least the minimum.
// The post may use [ping.KEY] tokens, filled from the ping's response.
struct PingPost
{
    bool enabled = false;
    RequestTemplate ping;
    QString amountPath;   // e.g. "bid.amount" or "bids[0].price"
    QString acceptedPath; // empty: a bid is accepted when it has an amount
    QString bidIdPath;
    double minimumBid = 0.0;

    bool operator==(const PingPost &o) const
    {
        return enabled == o.enabled && ping == o.ping && amountPath == o.amountPath && acceptedPath == o.acceptedPath
               && bidIdPath == o.bidIdPath && minimumBid == o.minimumBid;
    }
};
