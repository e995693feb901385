// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"
#include "call/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

// A HAR 1.2 log as this app reads and writes it: pages (one per call) and entries (one per
// exchange). Only what the app uses is kept; unknown fields of a read file are dropped.

struct HarCreator
{
    QString name;
    QString version;
    QString comment;
};

struct HarPage
{
    QString id;
    QString title;
    QDateTime startedAt;
    QString campaign; // our "_campaign"
    QString comment;
};

struct HarEntry
{
    QString pageRef; // empty when the entry belongs to no page
    Exchange exchange;
    double time = 0; // the entry's "time" as the file gives it (browsers add queueing we do not model)
    QString comment;

    // Our custom fields; empty in files from browsers.
    QString webhookName;     // "_webhook"
    QString trigger;         // "_trigger", the file-format name ("data_appending", ...)
    QString reason;          // "_reason"
    QStringList tagsApplied; // "_tagsApplied", "key:value"
    QStringList warnings;    // "_warnings"
    // "_outcome": how the entry's webhook ended (every hop of a webhook carries the same);
    // none in browsers' files and in ours from before it named outcomes.
    std::optional<Outcome> outcome;

    // Failed: no HTTP response arrived (refused, timed out, TLS error, ...).
    bool failed() const { return !exchange.hasResponse() || exchange.status <= 0; }
};

struct HarLog
{
    QString version = QStringLiteral("1.2");
    HarCreator creator;
    HarCreator browser; // optional in HAR; empty name when absent
    QList<HarPage> pages;
    QList<HarEntry> entries;
    QString comment;

    const HarPage *findPage(const QString &id) const
    {
        for (const HarPage &page : pages) {
            if (page.id == id)
                return &page;
        }
        return nullptr;
    }
};

// The names of Exchange::Outcome in files (HAR "_transport", the pixel store's outcome column;
// HAR "_outcome" held them before it named the webhook's Outcome, and is still read so).
namespace HarOutcome {
inline const QList<QPair<Exchange::Outcome, QLatin1String>> &table()
{
    static const QList<QPair<Exchange::Outcome, QLatin1String>> names = {
        {Exchange::Outcome::Response, QLatin1String("response")},
        {Exchange::Outcome::TimedOut, QLatin1String("timed_out")},
        {Exchange::Outcome::ConnectionRefused, QLatin1String("connection_refused")},
        {Exchange::Outcome::HostNotFound, QLatin1String("host_not_found")},
        {Exchange::Outcome::TlsError, QLatin1String("tls_error")},
        {Exchange::Outcome::Cancelled, QLatin1String("cancelled")},
        {Exchange::Outcome::TooManyRedirects, QLatin1String("too_many_redirects")},
        {Exchange::Outcome::InsecureRedirect, QLatin1String("insecure_redirect")},
        {Exchange::Outcome::NetworkError, QLatin1String("network_error")},
        {Exchange::Outcome::Simulated, QLatin1String("simulated")},
    };
    return names;
}

inline QString name(Exchange::Outcome outcome)
{
    for (const auto &pair : table()) {
        if (pair.first == outcome)
            return pair.second;
    }
    return QString();
}

inline bool fromName(const QString &name, Exchange::Outcome *outcome)
{
    for (const auto &pair : table()) {
        if (name == pair.second) {
            *outcome = pair.first;
            return true;
        }
    }
    return false;
}
} // namespace HarOutcome
