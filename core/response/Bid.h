// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"

// The bid read from a ping's response (SPEC 6): whether the post may fire, and why.
struct Bid
{
    bool accepted = false;
    double amount = 0;
    QString bidId;
    QString reason; // "accepted: bid 12.50 >= minimum 10.00", "rejected: no amount at bids[0].price", ...
    // "ping.*" tags for the post's [ping.KEY] tokens: every leaf of the response under its dotted
    // path (arrays indexed as .N: ping.bids.0.price; nulls left out), then ping.bid_amount,
    // ping.bid_id (each when read) and ping.accepted. Filled whenever the response is JSON.
    TagMap pingTags;
};
