// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallPlanner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

// Builds the plan phase by phase; each helper appends the items of one phase.
class PlanBuilder
{
public:
    explicit PlanBuilder(const CallScenario &scenario)
        : m_scenario(scenario)
    {
        for (int i = 0; i < scenario.routing.size(); ++i) {
            m_routed.insert(scenario.routing.at(i).buyerId);
            if (scenario.routing.at(i).answered) {
                m_answeredAttempt = i;
                break;
            }
        }
        if (m_answeredAttempt >= 0 && m_answeredAttempt + 1 < scenario.routing.size()) {
            m_plan.warnings.append(
                CallPlanner::tr("routing attempts after attempt %1 are ignored: the call was already "
                                "answered by %2")
                    .arg(m_answeredAttempt + 1)
                    .arg(takerBuyer()));
        }
    }

    CallPlan build()
    {
        planSequential(Trigger::DataAppending);
        planStart();
        planRouting();
        planInCall();
        planEnd();
        return std::move(m_plan);
    }

private:
    QString takerBuyer() const
    {
        return m_answeredAttempt >= 0 ? m_scenario.routing.at(m_answeredAttempt).buyerId : QString();
    }
    bool answered() const { return m_answeredAttempt >= 0; }
    int talkSeconds() const { return answered() ? m_scenario.durationSeconds : 0; }
    int attemptCount() const { return answered() ? m_answeredAttempt + 1 : int(m_scenario.routing.size()); }

    const Webhook &webhook(int index) const { return m_scenario.webhooks.at(index); }

    void addFire(int webhookIndex, int group, int attempt = -1, int second = -1, int postback = -1)
    {
        PlanItem item;
        item.kind = PlanItem::Kind::Fire;
        item.webhook = webhookIndex;
        item.trigger = webhook(webhookIndex).trigger;
        item.group = group;
        item.attempt = attempt;
        item.second = second;
        item.postback = postback;
        m_plan.items.append(item);
    }

    void addSkip(int webhookIndex, const QString &reason, int attempt = -1)
    {
        PlanItem item;
        item.kind = PlanItem::Kind::Skip;
        item.webhook = webhookIndex;
        item.trigger = webhook(webhookIndex).trigger;
        item.attempt = attempt;
        item.reason = reason;
        m_plan.items.append(item);
    }

    void addEvent(PlanItem::Kind kind, int attempt = -1, int second = -1, int postback = -1)
    {
        PlanItem item;
        item.kind = kind;
        item.attempt = attempt;
        item.second = second;
        item.postback = postback;
        m_plan.items.append(item);
    }

    // Why a webhook that is not tied to a routing attempt cannot fire on this call, or "".
    QString exclusion(const Webhook &hook) const
    {
        if (!hook.enabled)
            return CallPlanner::tr("disabled");
        if (hook.buyerId.isEmpty())
            return QString();
        switch (hook.trigger) {
        case Trigger::DataAppending:
        case Trigger::Start:
        case Trigger::PassThrough:
            // Pre-routing pings of a buyer (RTB) go out for calls that will be offered to it.
            return m_routed.contains(hook.buyerId)
                       ? QString()
                       : CallPlanner::tr("buyer webhook for %1, which is not in this call's routing").arg(hook.buyerId);
        default:
            if (!answered())
                return CallPlanner::tr("buyer webhook for %1; the call was not answered by any buyer")
                    .arg(hook.buyerId);
            if (hook.buyerId != takerBuyer())
                return CallPlanner::tr("buyer webhook for %1; the call was taken by %2")
                    .arg(hook.buyerId, takerBuyer());
            return QString();
        }
    }

    template<typename Fn> void forEachWith(Trigger trigger, Fn fn) const
    {
        for (int i = 0; i < m_scenario.webhooks.size(); ++i) {
            if (webhook(i).trigger == trigger)
                fn(i);
        }
    }

    // Each webhook alone, one after another: data-appending responses must land in order.
    void planSequential(Trigger trigger)
    {
        forEachWith(trigger, [this](int i) {
            const QString why = exclusion(webhook(i));
            if (why.isEmpty())
                addFire(i, m_nextGroup++);
            else
                addSkip(i, why);
        });
    }

    // Start and pass-through pings go out together, all seeing the data-appending tags.
    void planStart()
    {
        const int group = m_nextGroup++;
        for (int i = 0; i < m_scenario.webhooks.size(); ++i) {
            const Trigger trigger = webhook(i).trigger;
            if (trigger != Trigger::Start && trigger != Trigger::PassThrough)
                continue;
            const QString why = exclusion(webhook(i));
            if (why.isEmpty())
                addFire(i, group);
            else
                addSkip(i, why);
        }
    }

    bool appliesToAttempt(const Webhook &hook, int attempt) const
    {
        return hook.buyerId.isEmpty() || hook.buyerId == m_scenario.routing.at(attempt).buyerId;
    }

    void planRouting()
    {
        QSet<int> evaluated;
        for (int a = 0; a < attemptCount(); ++a) {
            const CallScenario::RoutingAttempt &attempt = m_scenario.routing.at(a);
            addEvent(PlanItem::Kind::SelectBuyer, a);
            forEachWith(Trigger::Selected, [&](int i) {
                if (!webhook(i).enabled || !appliesToAttempt(webhook(i), a))
                    return;
                addFire(i, m_nextGroup++, a);
                evaluated.insert(i);
            });
            forEachWith(Trigger::Answered, [&](int i) {
                if (!webhook(i).enabled || !appliesToAttempt(webhook(i), a))
                    return;
                evaluated.insert(i);
                if (attempt.answered)
                    addFire(i, m_nextGroup++, a);
                else
                    addSkip(i, CallPlanner::tr("%1 did not answer").arg(attempt.buyerId), a);
            });
        }
        // Routing webhooks that never came up for any attempt, with the reason.
        for (int i = 0; i < m_scenario.webhooks.size(); ++i) {
            const Webhook &hook = webhook(i);
            if ((hook.trigger != Trigger::Selected && hook.trigger != Trigger::Answered) || evaluated.contains(i))
                continue;
            if (!hook.enabled)
                addSkip(i, CallPlanner::tr("disabled"));
            else if (m_scenario.routing.isEmpty())
                addSkip(i, CallPlanner::tr("the call was not routed to any buyer"));
            else
                addSkip(i, CallPlanner::tr("buyer webhook for %1, which was never selected").arg(hook.buyerId));
        }
    }

    void planInCall()
    {
        QList<int> seconds;
        for (const CallScenario::Postback &postback : m_scenario.postbacks)
            seconds.append(postback.atSecond);
        forEachWith(Trigger::Timer, [&](int i) {
            const int at = webhook(i).timerSeconds;
            if (answered() && at > 0 && at <= talkSeconds())
                seconds.append(at);
        });
        std::sort(seconds.begin(), seconds.end());
        seconds.erase(std::unique(seconds.begin(), seconds.end()), seconds.end());

        for (int i = 0; i < m_scenario.postbacks.size(); ++i) {
            const int at = m_scenario.postbacks.at(i).atSecond;
            if (at > m_scenario.durationSeconds) {
                m_plan.warnings.append(
                    CallPlanner::tr("postback %1 arrives at %2 s, after the call ended at %3 s; it is applied before "
                                    "the end-of-call webhooks")
                        .arg(i + 1)
                        .arg(at)
                        .arg(m_scenario.durationSeconds));
            }
        }

        QSet<int> reached;
        for (int second : seconds) {
            QList<int> arrivals;
            for (int p = 0; p < m_scenario.postbacks.size(); ++p) {
                if (m_scenario.postbacks.at(p).atSecond == second) {
                    arrivals.append(p);
                    addEvent(PlanItem::Kind::ApplyPostback, -1, second, p);
                }
            }
            // Ties at one second go in list order, after every payload of that second is applied.
            for (int i = 0; i < m_scenario.webhooks.size(); ++i) {
                const Webhook &hook = webhook(i);
                if (!exclusion(hook).isEmpty())
                    continue;
                if (hook.trigger == Trigger::Timer && answered() && hook.timerSeconds == second) {
                    addFire(i, m_nextGroup++, -1, second);
                    reached.insert(i);
                } else if (hook.trigger == Trigger::Postback) {
                    for (int p : arrivals)
                        addFire(i, m_nextGroup++, -1, second, p);
                    if (!arrivals.isEmpty())
                        reached.insert(i);
                }
            }
        }

        for (int i = 0; i < m_scenario.webhooks.size(); ++i) {
            const Webhook &hook = webhook(i);
            if ((hook.trigger != Trigger::Timer && hook.trigger != Trigger::Postback) || reached.contains(i))
                continue;
            QString why = exclusion(hook);
            if (why.isEmpty() && hook.trigger == Trigger::Postback)
                why = CallPlanner::tr("no postback arrived");
            else if (why.isEmpty() && hook.timerSeconds <= 0)
                why = CallPlanner::tr("the timer threshold is not set");
            else if (why.isEmpty() && !answered())
                why = CallPlanner::tr("the call was never answered, so it had no talk time");
            else if (why.isEmpty())
                why = CallPlanner::tr("timer at %1 s; the call's talk time was %2 s")
                          .arg(hook.timerSeconds)
                          .arg(talkSeconds());
            addSkip(i, why);
        }
    }

    void planEnd()
    {
        addEvent(PlanItem::Kind::EndCall);
        forEachWith(Trigger::Connect, [this](int i) {
            QString why = exclusion(webhook(i));
            if (why.isEmpty() && !answered())
                why = CallPlanner::tr("the call never connected to a buyer");
            if (why.isEmpty())
                addFire(i, m_nextGroup++);
            else
                addSkip(i, why);
        });
        addEvent(PlanItem::Kind::DecideConversion);
        // Both kinds are planned; the runner fires the one the criteria pick, with the tags then.
        planSequential(Trigger::Conversion);
        planSequential(Trigger::NonConversion);
        planSequential(Trigger::Always);
    }

    const CallScenario &m_scenario;
    CallPlan m_plan;
    QSet<QString> m_routed;
    int m_answeredAttempt = -1;
    int m_nextGroup = 0;
};

} // namespace

CallPlan CallPlanner::plan(const CallScenario &scenario)
{
    return PlanBuilder(scenario).build();
}
