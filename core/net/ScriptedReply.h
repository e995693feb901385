// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/RenderedRequest.h"

// What one endpoint of the sandbox receiver answers (SPEC 7), so slow, failing and redirecting
// servers can be rehearsed offline.
struct ScriptedReply
{
    int status = 200;
    HttpHeaders headers; // Content-Length is always computed by the receiver
    QByteArray body;
    int delayMs = 0; // nothing at all is sent before this
    // > 0: the body goes out one byte every N ms, the first byte with the headers. A server
    // that trickles keeps Qt's inactivity timeout happy, so only a total deadline cuts it.
    int trickleIntervalMs = 0;

    static ScriptedReply json(int status, const QByteArray &body)
    {
        ScriptedReply reply;
        reply.status = status;
        reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        reply.body = body;
        return reply;
    }

    // location may be relative ("/next") or absolute, as a real server would send it.
    static ScriptedReply redirect(const QByteArray &location, int status = 302)
    {
        ScriptedReply reply;
        reply.status = status;
        reply.headers = {{QByteArrayLiteral("Location"), location}};
        return reply;
    }

    bool operator==(const ScriptedReply &o) const
    {
        return status == o.status && headers == o.headers && body == o.body && delayMs == o.delayMs
               && trickleIntervalMs == o.trickleIntervalMs;
    }
};
