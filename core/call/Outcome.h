// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"

#include <QList>
#include <QString>

struct StepResult;

// How one webhook of one call ended, in the one vocabulary every place uses: the Test fire
// table, the fired-pixels browser, the detail heading, the command line's report and HAR
// "_outcome".
enum class Outcome
{
    Fired,     // sent, and the final response was a 2xx
    Failed,    // sent, but a transport error or a non-2xx status came back
    NotSent,   // should have gone out, but the request (or its matches) could not be rendered
    Skipped,   // its trigger or matches left it out of this call
    Cancelled, // a cancel cut it off
};

namespace Outcomes {
QList<Outcome> all();
// How a finished step ended (a step in flight has no outcome yet).
Outcome of(const StepResult &step);
// How a sent webhook ended, from its exchanges (the last one's response counts).
Outcome ofExchanges(const QList<Exchange> &exchanges);
// The stable id in files (HAR "_outcome", the pixel store): "fired", "failed", "not-sent",
// "skipped", "cancelled".
QString id(Outcome outcome);
// Parses an id; returns false if unknown.
bool fromId(const QString &id, Outcome *outcome);
// The word people read: "fired", "failed", "not sent", "skipped", "cancelled" (translated).
QString label(Outcome outcome);
// One line: what the word means.
QString description(Outcome outcome);
// "fired 3 of 14, failed 2, skipped 9": how many fired out of total, then every other outcome
// that occurs, in the order of Outcome.
QString summary(const QList<Outcome> &outcomes, int total);
} // namespace Outcomes
