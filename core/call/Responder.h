// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"

#include <functional>

// Answers the requests a call's webhooks send. The call runner does not know whether the
// answer comes from canned responses (simulate) or from the network (fire).
class Responder
{
public:
    using Done = std::function<void(const QList<Exchange> &hops)>;

    virtual ~Responder() = default;

    // Sends request on behalf of the named webhook and calls done exactly once with every hop
    // (one exchange, or one per redirect). done may be called before send() returns.
    virtual void send(const RenderedRequest &request, const QString &webhookName, Done done) = 0;
    // Aborts everything in flight; each pending done is called with a Cancelled exchange.
    virtual void cancelAll() = 0;
};
