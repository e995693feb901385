// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ConversionCriteria.h"
#include "model/TagMap.h"
#include "model/Webhook.h"
#include "tokens/RenderedRequest.h"

#include <QHash>
#include <QList>

// One call, self-contained so that it can be shared and replayed (SPEC 8): its starting tags,
// how it was routed, how long it lasted, what postbacks arrived, and the webhooks in play
// (buyer webhooks carry their buyer id). Canned responses are used by simulate only.
struct CallScenario
{
    struct RoutingAttempt
    {
        QString buyerId;
        bool answered = false;
    };

    struct Postback
    {
        int atSecond = 0;
        TagMap tags;
    };

    struct CannedResponse
    {
        int status = 200;
        HttpHeaders headers;
        QByteArray body;
    };

    TagMap tags;
    QList<RoutingAttempt> routing;
    int durationSeconds = 0; // talk time, counted from the answer
    ConversionCriteria conversion;
    QList<Postback> postbacks;
    QList<Webhook> webhooks;
    QHash<QString, CannedResponse> responses; // by webhook name; "NAME (ping)" for a ping-post's ping
};
