// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/RenderedRequest.h"

#include <QDateTime>

// HAR 1.2 timing phases in milliseconds; -1 where a phase did not apply or is unknown.
struct ExchangeTimings
{
    double blocked = -1;
    double dns = -1;
    double connect = -1; // includes ssl, as HAR 1.2 defines it
    double ssl = -1;
    double send = -1;
    double wait = -1;
    double receive = -1;

    // HAR's entry "time": the sum of the known phases (ssl is already inside connect).
    double total() const
    {
        double sum = 0;
        for (double phase : {blocked, dns, connect, send, wait, receive})
            sum += phase > 0 ? phase : 0;
        return sum;
    }
};

// One HTTP exchange as it happened: one HAR entry. A redirect chain is several exchanges.
struct Exchange
{
    enum class Outcome
    {
        Response, // an HTTP response arrived (any status)
        TimedOut, // the total deadline passed
        ConnectionRefused,
        HostNotFound,
        TlsError,
        Cancelled,
        TooManyRedirects,
        InsecureRedirect, // a redirect to a less safe scheme, not followed
        NetworkError,     // anything else the network layer reported
        Simulated,        // a canned response (simulate): nothing went on the wire
    };

    RenderedRequest request;
    QDateTime startedAt;
    Outcome outcome = Outcome::Response;
    QString error; // human-readable detail for every outcome but Response/Simulated
    int status = 0;
    QString statusText;
    QString httpVersion; // "HTTP/1.1", "HTTP/2"
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    bool bodyTruncated = false; // over the 10 MiB limit (SPEC 5)
    QString mimeType;
    QString serverAddress;
    ExchangeTimings timings;

    bool hasResponse() const { return outcome == Outcome::Response || outcome == Outcome::Simulated; }
    bool isSuccess() const { return hasResponse() && status >= 200 && status < 300; }
};
