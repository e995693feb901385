// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallPlan.h"
#include "call/CallResult.h"
#include "call/CallScenario.h"

#include <QObject>
#include <QSet>

class Responder;

struct CallRunnerOptions
{
    // Gives the call a fresh call_uuid and call_key when the scenario has none (test-fire).
    bool generateCallIdentity = false;
};

// Runs one call's plan against a Responder: evaluates matches with the tags as they are when
// each step comes, renders, sends (concurrently within a group), applies response tags, and
// reports each step as it finishes. The same code serves simulate (canned responses, which
// answer synchronously) and fire (the network).
class CallRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallRunner)

public:
    using Options = CallRunnerOptions;

    CallRunner(const CallScenario &scenario, Responder *responder, Options options, QObject *parent = nullptr);
    ~CallRunner() override;

    const CallPlan &plan() const { return m_plan; }
    const CallResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    void start();
    // Stops what is in flight; the remaining steps are recorded as cancelled.
    void cancel();

    // Runs a whole call, spinning an event loop while requests are in flight.
    static CallResult run(const CallScenario &scenario, Responder *responder, Options options = {});

signals:
    void stepStarted(int index, const StepResult &step);
    void stepFinished(int index, const StepResult &step);
    void finished(const CallResult &result);

private:
    void advance();
    void processItem(const PlanItem &item);
    void startGroup();
    // Decides whether a Fire item goes out; fills the step's reason when it does not.
    bool shouldFire(const PlanItem &item, StepResult *step) const;
    void sendStep(int stepIndex);
    void sendPost(int stepIndex, const TagMap &tags);
    void onStepDone(int stepIndex);
    void completeGroup();
    void applyResponseTags(StepResult *step);
    void decideConversion();
    void finish();
    StepResult newStep(const PlanItem &item) const;
    void appendFinished(StepResult step);
    TagMap renderTagsFor(const PlanItem &item) const;

    CallScenario m_scenario;
    Responder *m_responder;
    Options m_options;
    CallPlan m_plan;
    CallResult m_result;
    TagMap m_tags;

    int m_cursor = 0;
    QList<int> m_groupSteps;      // indexes into m_result.steps of the group in flight
    QList<PlanItem> m_groupItems; // their plan items
    int m_pending = 0;
    bool m_advancing = false;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_conversionReason;
    QHash<int, QSet<QString>> m_selectedBuyers; // webhook -> buyers its Selected ping reached
    QSet<int> m_unposted;                       // ping-post steps whose bid was not taken
};
