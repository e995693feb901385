// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallRunner.h"

#include "call/CallPlanner.h"
#include "call/MatchRules.h"
#include "call/Responder.h"
#include "response/BidReader.h"
#include "response/ResponseTagParser.h"
#include "tokens/RequestRenderer.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QUuid>

namespace {
QString pingLabel(const QString &webhookName)
{
    return webhookName + QStringLiteral(" (ping)");
}

// A required conversion tag is "key" (present) or "key:value" (holds that value).
bool hasRequiredTag(const TagMap &tags, const QString &entry)
{
    QString key, value;
    if (!TagMap::parsePair(entry, &key, &value))
        return false;
    if (!tags.contains(key))
        return false;
    if (value.isEmpty())
        return true;
    return tags.values(key).contains(value, Qt::CaseInsensitive);
}
} // namespace

CallRunner::CallRunner(const CallScenario &scenario, Responder *responder, Options options, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_responder(responder)
    , m_options(options)
    , m_plan(CallPlanner::plan(scenario))
    , m_tags(scenario.tags)
{
    m_result.warnings = m_plan.warnings;
}

CallRunner::~CallRunner()
{
    // Late callbacks must find a finished runner and do nothing.
    m_finished = true;
    if (m_pending > 0)
        m_responder->cancelAll();
}

void CallRunner::start()
{
    if (m_options.generateCallIdentity) {
        if (!m_tags.contains(QStringLiteral("call_uuid")))
            m_tags.set(QStringLiteral("call_uuid"), {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        if (!m_tags.contains(QStringLiteral("call_key"))) {
            const quint64 a = QRandomGenerator::system()->generate64();
            const quint64 b = QRandomGenerator::system()->generate64();
            m_tags.set(QStringLiteral("call_key"), {QString::number(a, 16).rightJustified(16, QLatin1Char('0'))
                                                    + QString::number(b, 16).rightJustified(16, QLatin1Char('0'))});
        }
    }
    advance();
}

void CallRunner::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_responder->cancelAll(); // pending steps complete as cancelled through their callbacks
    advance();
}

CallResult CallRunner::run(const CallScenario &scenario, Responder *responder, Options options)
{
    CallRunner runner(scenario, responder, options);
    QEventLoop loop;
    QObject::connect(&runner, &CallRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    return runner.result();
}

// Walks the plan until a group is in flight. Canned responders answer inside send(), so the
// loop, not recursion, carries the run forward; m_advancing keeps callbacks from re-entering.
void CallRunner::advance()
{
    if (m_advancing)
        return;
    m_advancing = true;
    while (!m_finished && m_pending == 0) {
        if (m_cancelled || m_cursor >= m_plan.items.size()) {
            finish();
            break;
        }
        const PlanItem &item = m_plan.items.at(m_cursor);
        if (item.kind == PlanItem::Kind::Fire)
            startGroup();
        else
            processItem(m_plan.items.at(m_cursor++));
    }
    m_advancing = false;
}

StepResult CallRunner::newStep(const PlanItem &item) const
{
    const Webhook &hook = m_scenario.webhooks.at(item.webhook);
    StepResult step;
    step.webhookId = hook.id;
    step.webhookName = hook.name;
    step.trigger = hook.trigger;
    step.attempt = item.attempt;
    step.second = item.second;
    step.buyerId = item.attempt >= 0 ? m_scenario.routing.at(item.attempt).buyerId : hook.buyerId;
    return step;
}

void CallRunner::appendFinished(StepResult step)
{
    m_result.steps.append(std::move(step));
    const int index = int(m_result.steps.size()) - 1;
    emit stepFinished(index, m_result.steps.at(index));
}

void CallRunner::processItem(const PlanItem &item)
{
    switch (item.kind) {
    case PlanItem::Kind::Skip: {
        StepResult step = newStep(item);
        step.reason = item.reason;
        appendFinished(std::move(step));
        break;
    }
    case PlanItem::Kind::SelectBuyer:
        m_tags.set(QStringLiteral("handler_id"), {m_scenario.routing.at(item.attempt).buyerId});
        break;
    case PlanItem::Kind::ApplyPostback:
        m_tags.merge(m_scenario.postbacks.at(item.postback).tags);
        break;
    case PlanItem::Kind::EndCall: {
        bool answered = false;
        for (const CallScenario::RoutingAttempt &attempt : m_scenario.routing)
            answered = answered || attempt.answered;
        m_tags.set(QStringLiteral("duration"), {QString::number(answered ? m_scenario.durationSeconds : 0)});
        break;
    }
    case PlanItem::Kind::DecideConversion:
        decideConversion();
        break;
    case PlanItem::Kind::Fire:
        Q_UNREACHABLE();
    }
}

void CallRunner::decideConversion()
{
    const ConversionCriteria &criteria = m_scenario.conversion;
    const int talk = m_tags.joined(QStringLiteral("duration")).toInt();
    bool answered = false;
    for (const CallScenario::RoutingAttempt &attempt : m_scenario.routing)
        answered = answered || attempt.answered;

    QStringList missing;
    for (const QString &required : criteria.requiredTags) {
        if (!hasRequiredTag(m_tags, required))
            missing.append(required);
    }
    if (!answered)
        m_conversionReason = tr("the call was not answered");
    else if (talk < criteria.minDurationSeconds)
        m_conversionReason = tr("talk time %1 s is under the %2 s minimum").arg(talk).arg(criteria.minDurationSeconds);
    else if (!missing.isEmpty())
        m_conversionReason = tr("required tags missing: %1").arg(missing.join(QStringLiteral(", ")));
    else
        m_conversionReason =
            tr("talk time %1 s >= %2 s and every required tag present").arg(talk).arg(criteria.minDurationSeconds);
    m_result.converted = answered && talk >= criteria.minDurationSeconds && missing.isEmpty();
    m_tags.set(QStringLiteral("converted"), {m_result.converted ? QStringLiteral("true") : QStringLiteral("false")});
}

TagMap CallRunner::renderTagsFor(const PlanItem &item) const
{
    if (item.trigger != Trigger::Timer)
        return m_tags;
    TagMap tags = m_tags;
    tags.set(QStringLiteral("timer_seconds"), {QString::number(m_scenario.webhooks.at(item.webhook).timerSeconds)});
    return tags;
}

bool CallRunner::shouldFire(const PlanItem &item, StepResult *step) const
{
    const Webhook &hook = m_scenario.webhooks.at(item.webhook);
    if (hook.trigger == Trigger::Conversion && !m_result.converted) {
        step->reason = tr("skipped: the call did not convert (%1)").arg(m_conversionReason);
        return false;
    }
    if (hook.trigger == Trigger::NonConversion && m_result.converted) {
        step->reason = tr("skipped: the call converted (%1)").arg(m_conversionReason);
        return false;
    }
    const MatchRules rules(hook.matches);
    if (!rules.errors().isEmpty()) {
        step->errors = rules.errors();
        step->reason = tr("not sent: invalid matches: %1").arg(rules.errors().constFirst());
        return false;
    }
    const MatchVerdict verdict = rules.evaluate(m_tags);
    step->reason = verdict.reason;
    return verdict.fires;
}

// Collects the consecutive Fire items of one group and sends those that fire, all at once.
void CallRunner::startGroup()
{
    const int group = m_plan.items.at(m_cursor).group;
    m_groupSteps.clear();
    m_groupItems.clear();
    QList<int> toSend;
    while (m_cursor < m_plan.items.size() && m_plan.items.at(m_cursor).kind == PlanItem::Kind::Fire
           && m_plan.items.at(m_cursor).group == group) {
        const PlanItem &item = m_plan.items.at(m_cursor++);
        StepResult step = newStep(item);
        if (shouldFire(item, &step)) {
            const RequestRenderer renderer(m_scenario.webhooks.at(item.webhook).request);
            RenderReport report;
            step.request = renderer.render(renderTagsFor(item), &report);
            step.request.timeoutMs = m_scenario.webhooks.at(item.webhook).timeoutMs;
            step.notes = report.warnings;
            if (report.ok()) {
                step.fired = true;
                toSend.append(int(m_result.steps.size()));
            } else {
                step.errors = report.errors;
                step.reason = tr("not sent: %1").arg(report.errors.constFirst());
            }
        }
        m_result.steps.append(step);
        m_groupSteps.append(int(m_result.steps.size()) - 1);
        m_groupItems.append(item);
    }

    m_pending = int(toSend.size());
    for (int stepIndex : toSend)
        emit stepStarted(stepIndex, m_result.steps.at(stepIndex));
    for (int stepIndex : toSend)
        sendStep(stepIndex);
    if (toSend.isEmpty())
        completeGroup();
}

void CallRunner::sendStep(int stepIndex)
{
    const int groupPos = int(m_groupSteps.indexOf(stepIndex));
    const Webhook &hook = m_scenario.webhooks.at(m_groupItems.at(groupPos).webhook);
    const TagMap tags = renderTagsFor(m_groupItems.at(groupPos));
    if (!hook.pingPost.enabled) {
        sendPost(stepIndex, tags);
        return;
    }

    RenderReport report;
    RenderedRequest ping = RequestRenderer(hook.pingPost.ping).render(tags, &report);
    ping.timeoutMs = hook.timeoutMs;
    StepResult &step = m_result.steps[stepIndex];
    step.notes += report.warnings;
    if (!report.ok()) {
        step.fired = false;
        step.errors += report.errors;
        step.reason = tr("not sent: ping: %1").arg(report.errors.constFirst());
        onStepDone(stepIndex);
        return;
    }
    m_responder->send(ping, pingLabel(hook.name), [this, stepIndex, hook, tags](const QList<Exchange> &hops) {
        StepResult &pinged = m_result.steps[stepIndex];
        pinged.exchanges += hops;
        const Exchange &last = hops.constLast();
        Bid bid;
        if (m_cancelled)
            bid.reason = tr("rejected: cancelled");
        else if (last.hasResponse())
            bid = BidReader::read(hook.pingPost, last.status, last.responseBody);
        else
            bid.reason = tr("rejected: the ping failed: %1").arg(last.error);
        pinged.notes.append(tr("bid %1").arg(bid.reason));
        if (!bid.accepted) {
            pinged.reason += tr("; post not sent: %1").arg(bid.reason);
            m_unposted.insert(stepIndex);
            onStepDone(stepIndex);
            return;
        }
        TagMap postTags = tags;
        postTags.merge(bid.pingTags);
        sendPost(stepIndex, postTags);
    });
}

void CallRunner::sendPost(int stepIndex, const TagMap &tags)
{
    StepResult &step = m_result.steps[stepIndex];
    const Webhook &hook = m_scenario.webhooks.at(m_groupItems.at(m_groupSteps.indexOf(stepIndex)).webhook);
    if (hook.pingPost.enabled) {
        // The post is rendered only now, with the ping's [ping.*] tags.
        RenderReport report;
        step.request = RequestRenderer(hook.request).render(tags, &report);
        step.request.timeoutMs = hook.timeoutMs;
        step.notes += report.warnings;
        if (!report.ok()) {
            step.errors += report.errors;
            step.reason += tr("; post not sent: %1").arg(report.errors.constFirst());
            m_unposted.insert(stepIndex);
            onStepDone(stepIndex);
            return;
        }
    }
    m_responder->send(step.request, hook.name, [this, stepIndex](const QList<Exchange> &hops) {
        m_result.steps[stepIndex].exchanges += hops;
        onStepDone(stepIndex);
    });
}

void CallRunner::onStepDone(int /*stepIndex*/)
{
    if (m_finished)
        return;
    if (--m_pending > 0)
        return;
    completeGroup();
    advance();
}

// Response tags are applied once the whole group is back, in list order, so concurrent pings
// give the same result however their answers interleave.
void CallRunner::completeGroup()
{
    for (int i = 0; i < m_groupSteps.size(); ++i) {
        StepResult &step = m_result.steps[m_groupSteps.at(i)];
        // A ping-post whose post was never sent answers nothing for the call.
        if (step.fired && !step.exchanges.isEmpty() && !m_unposted.contains(m_groupSteps.at(i)))
            applyResponseTags(&step);
        if (step.fired && step.trigger == Trigger::Selected)
            m_selectedBuyers[m_groupItems.at(i).webhook].insert(step.buyerId);
        emit stepFinished(m_groupSteps.at(i), step);
    }
    m_groupSteps.clear();
    m_groupItems.clear();
}

void CallRunner::applyResponseTags(StepResult *step)
{
    const Exchange &last = step->exchanges.constLast();
    if (last.outcome == Exchange::Outcome::Cancelled) {
        step->notes.append(tr("cancelled before a response arrived"));
        return;
    }
    if (!last.hasResponse()) {
        step->notes.append(tr("no tags: %1").arg(last.error));
        return;
    }
    const ResponseTags response = ResponseTagParser::parse(last.status, last.responseBody, last.bodyTruncated);
    step->notes += response.notes;
    if (!response.applied) {
        if (!last.responseBody.isEmpty() || !last.isSuccess())
            step->notes.append(tr("no tags: %1").arg(response.reason));
        return;
    }
    m_tags.merge(response.tags);
    step->tagsApplied = response.tags.pairs();
}

void CallRunner::finish()
{
    if (m_cancelled) {
        m_result.cancelled = true;
        // Whatever the plan still held is reported, so the list always covers every step.
        while (m_cursor < m_plan.items.size()) {
            const PlanItem item = m_plan.items.at(m_cursor++);
            if (item.kind != PlanItem::Kind::Fire && item.kind != PlanItem::Kind::Skip)
                continue;
            StepResult step = newStep(item);
            step.reason = tr("cancelled");
            step.cancelled = true;
            appendFinished(std::move(step));
        }
    }
    for (auto it = m_selectedBuyers.cbegin(); it != m_selectedBuyers.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList buyers(it.value().cbegin(), it.value().cend());
        buyers.sort();
        m_result.warnings.append(
            tr("data leak: Selected webhook \"%1\" fired for %2 buyers (%3), so buyers learned about a call "
               "they did not take; use an Answered trigger unless the buyer's system must be updated before "
               "the call connects")
                .arg(m_scenario.webhooks.at(it.key()).name)
                .arg(buyers.size())
                .arg(buyers.join(QStringLiteral(", "))));
    }
    m_result.finalTags = m_tags;
    m_finished = true;
    emit finished(m_result);
}
