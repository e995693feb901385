// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/PingPost.h"
#include "model/RequestTemplate.h"
#include "model/Trigger.h"

#include <QJsonObject>
#include <QStringList>

// One webhook (SPEC 1): when it fires, what it sends, and which calls it applies to.
struct Webhook
{
    static constexpr int kDefaultTimeoutMs = 5000;

    QString id; // stable within a workspace; generated when missing
    QString name;
    Trigger trigger = Trigger::Start;
    int timerSeconds = 0; // Timer only
    RequestTemplate request;
    QStringList matches; // "key:value" or "key" entries (SPEC 3)
    int timeoutMs = kDefaultTimeoutMs;
    bool enabled = true;
    QString notes;
    QString buyerId; // scenario files: fires only for routing attempts to this buyer
    PingPost pingPost;
    QJsonObject unknownFields; // kept from the file and written back

    bool operator==(const Webhook &o) const
    {
        return id == o.id && name == o.name && trigger == o.trigger && timerSeconds == o.timerSeconds
               && request == o.request && matches == o.matches && timeoutMs == o.timeoutMs && enabled == o.enabled
               && notes == o.notes && buyerId == o.buyerId && pingPost == o.pingPost
               && unknownFields == o.unknownFields;
    }
};
