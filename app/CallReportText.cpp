// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CallReportText.h"

#include "record/Redactor.h"

#include <QCoreApplication>

namespace {

// Every line of text under its step (a request body may span several).
QString indent(const QString &text)
{
    QString indented;
    for (const QString &line : text.split(QLatin1Char('\n')))
        indented += QStringLiteral("      ") + line + QLatin1Char('\n');
    return indented;
}

QString describeOutcome(const Exchange &exchange)
{
    if (exchange.hasResponse()) {
        QString line = QStringLiteral("-> %1").arg(exchange.status);
        if (!exchange.statusText.isEmpty())
            line += QLatin1Char(' ') + exchange.statusText;
        if (exchange.outcome == Exchange::Outcome::Response)
            line += QStringLiteral(" in %1 ms").arg(qRound(exchange.timings.total()));
        if (!exchange.responseBody.isEmpty()) {
            QString body = QString::fromUtf8(exchange.responseBody.left(200)).simplified();
            if (exchange.responseBody.size() > 200)
                body += QStringLiteral("...");
            line += QStringLiteral("  ") + body;
        }
        return line;
    }
    return QStringLiteral("-> ") + exchange.error;
}

} // namespace

QString CallReportText::format(const CallResult &result)
{
    QString text;
    QList<Outcome> outcomes;
    for (int i = 0; i < result.steps.size(); ++i) {
        const StepResult &step = result.steps.at(i);
        const Outcome outcome = Outcomes::of(step);
        outcomes.append(outcome);
        QString title = step.webhookName;
        if (!step.buyerId.isEmpty())
            title += QStringLiteral(" [%1]").arg(step.buyerId);
        if (step.second >= 0)
            title += QStringLiteral(" @%1s").arg(step.second);
        text += QStringLiteral("%1. %2 %3 %4\n")
                    .arg(i + 1, 2)
                    .arg(Outcomes::label(outcome), -9)
                    .arg(Triggers::name(step.trigger), -15)
                    .arg(title);
        text += indent(step.reason);
        for (const Exchange &exchange : step.exchanges) {
            text += indent(exchange.request.method + QLatin1Char(' ') + exchange.request.url);
            if (!exchange.request.body.isEmpty())
                text += indent(QString::fromUtf8(exchange.request.body.left(400)));
            text += indent(describeOutcome(exchange));
        }
        if (!step.tagsApplied.isEmpty())
            text += indent(tr("tags applied: %1").arg(step.tagsApplied.join(QStringLiteral(", "))));
        for (const QString &note : step.notes)
            text += indent(tr("note: %1").arg(note));
        for (const QString &error : step.errors)
            text += indent(tr("error: %1").arg(error));
    }
    if (!result.warnings.isEmpty()) {
        text += QLatin1Char('\n') + tr("Warnings:") + QLatin1Char('\n');
        for (const QString &warning : result.warnings)
            text += QStringLiteral("  - ") + warning + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Final tags:") + QLatin1Char('\n');
    for (const QString &key : result.finalTags.keys())
        text += QStringLiteral("  %1: %2\n").arg(key, result.finalTags.joined(key));
    text +=
        QLatin1Char('\n')
        + tr("%1; the call %2.")
              .arg(Outcomes::summary(outcomes, int(result.steps.size())), result.cancelled   ? tr("was cancelled")
                                                                          : result.converted ? tr("converted")
                                                                                             : tr("did not convert"))
        + QLatin1Char('\n');
    return text;
}

CallResult CallReportText::redacted(const CallResult &result)
{
    Redactor redactor;
    redactor.learn(result.finalTags);
    for (const StepResult &step : result.steps) {
        redactor.learnPairs(step.tagsApplied);
        Exchange rendered;
        rendered.request = step.request;
        redactor.learn(rendered);
        for (const Exchange &exchange : step.exchanges)
            redactor.learn(exchange);
    }

    CallResult out = result;
    for (StepResult &step : out.steps) {
        Exchange rendered;
        rendered.request = step.request;
        step.request = redactor.redact(rendered).request;
        for (Exchange &exchange : step.exchanges)
            exchange = redactor.redact(exchange);
        step.tagsApplied = redactor.redactPairs(step.tagsApplied);
        step.reason = redactor.scrub(step.reason);
        for (QStringList *texts : {&step.notes, &step.errors}) {
            for (QString &text : *texts)
                text = redactor.scrub(text);
        }
    }
    for (QString &warning : out.warnings)
        warning = redactor.scrub(warning);
    TagMap tags;
    for (const QString &key : result.finalTags.keys()) {
        QStringList values;
        for (const QString &value : result.finalTags.values(key)) {
            const QString pair = redactor.redactPairs({key + QLatin1Char(':') + value}).constFirst();
            values.append(pair.mid(pair.indexOf(QLatin1Char(':')) + 1));
        }
        tags.set(key, values);
    }
    out.finalTags = tags;
    return out;
}

bool CallReportText::hasFindings(const CallResult &result)
{
    if (!result.warnings.isEmpty())
        return true;
    for (const StepResult &step : result.steps) {
        const Outcome outcome = Outcomes::of(step);
        if (outcome == Outcome::Failed || outcome == Outcome::NotSent)
            return true;
    }
    return false;
}
