// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/Outcome.h"

#include "call/StepResult.h"

#include <QCoreApplication>

namespace {
struct OutcomeInfo
{
    Outcome outcome;
    const char *id;
    const char *label;
    const char *description;
};

// clang-format off
const OutcomeInfo kOutcomes[] = {
    {Outcome::Fired, "fired", QT_TRANSLATE_NOOP("Outcomes", "fired"),
     QT_TRANSLATE_NOOP("Outcomes", "Sent and answered with a 2xx status.")},
    {Outcome::Failed, "failed", QT_TRANSLATE_NOOP("Outcomes", "failed"),
     QT_TRANSLATE_NOOP("Outcomes", "Sent, but the request failed (refused, timed out, ...) or the status was not 2xx.")},
    {Outcome::NotSent, "not-sent", QT_TRANSLATE_NOOP("Outcomes", "not sent"),
     QT_TRANSLATE_NOOP("Outcomes", "Should have gone out, but its request or matches are invalid.")},
    {Outcome::Skipped, "skipped", QT_TRANSLATE_NOOP("Outcomes", "skipped"),
     QT_TRANSLATE_NOOP("Outcomes", "Its trigger or matches leave it out of this call.")},
    {Outcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Outcomes", "cancelled"),
     QT_TRANSLATE_NOOP("Outcomes", "The call was cancelled before it finished.")},
};
// clang-format on

const OutcomeInfo &info(Outcome outcome)
{
    for (const OutcomeInfo &entry : kOutcomes) {
        if (entry.outcome == outcome)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

QList<Outcome> Outcomes::all()
{
    QList<Outcome> list;
    for (const OutcomeInfo &entry : kOutcomes)
        list.append(entry.outcome);
    return list;
}

Outcome Outcomes::ofExchanges(const QList<Exchange> &exchanges)
{
    if (exchanges.isEmpty())
        return Outcome::NotSent;
    const Exchange &last = exchanges.constLast();
    if (last.outcome == Exchange::Outcome::Cancelled)
        return Outcome::Cancelled;
    return last.isSuccess() ? Outcome::Fired : Outcome::Failed;
}

Outcome Outcomes::of(const StepResult &step)
{
    if (step.cancelled)
        return Outcome::Cancelled;
    // Errors are the step's own (a request, ping, post or matches that could not be rendered),
    // never a network failure, so they win over what a ping-post's ping got back.
    if (!step.errors.isEmpty())
        return Outcome::NotSent;
    if (!step.fired)
        return Outcome::Skipped;
    // A ping-post whose bid was not taken sent its ping only: the ping's answer counts.
    return ofExchanges(step.exchanges);
}

QString Outcomes::id(Outcome outcome)
{
    return QLatin1String(info(outcome).id);
}

bool Outcomes::fromId(const QString &id, Outcome *outcome)
{
    for (const OutcomeInfo &entry : kOutcomes) {
        if (id == QLatin1String(entry.id)) {
            *outcome = entry.outcome;
            return true;
        }
    }
    return false;
}

QString Outcomes::label(Outcome outcome)
{
    return QCoreApplication::translate("Outcomes", info(outcome).label);
}

QString Outcomes::description(Outcome outcome)
{
    return QCoreApplication::translate("Outcomes", info(outcome).description);
}

QString Outcomes::summary(const QList<Outcome> &outcomes, int total)
{
    QStringList parts;
    for (const OutcomeInfo &entry : kOutcomes) {
        const auto count = outcomes.count(entry.outcome);
        if (entry.outcome == Outcome::Fired)
            parts.append(
                QCoreApplication::translate("Outcomes", "%1 %2 of %3").arg(label(entry.outcome)).arg(count).arg(total));
        else if (count > 0)
            parts.append(QCoreApplication::translate("Outcomes", "%1 %2").arg(label(entry.outcome)).arg(count));
    }
    return parts.join(QStringLiteral(", "));
}
