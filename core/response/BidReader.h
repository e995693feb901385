// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/PingPost.h"
#include "response/Bid.h"

#include <QCoreApplication>

// Reads a bid from a ping's response through the ping-post config's JSON paths (SPEC 6).
// The bid is accepted when the response is a 2xx JSON body, the accepted flag (if configured)
// holds, an amount is found and it is at least the minimum. A configured bid id that is missing
// does not reject the bid; the reason mentions it.
class BidReader final
{
    Q_DECLARE_TR_FUNCTIONS(BidReader)

public:
    // ping.* tags made from one response, at most (a 10 MiB array of numbers would make five
    // million, which took a minute); the reason says when some were left out.
    static constexpr int MaxPingTags = 10000;

    static Bid read(const PingPost &config, int status, const QByteArray &body);
};
