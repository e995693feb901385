// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Planning a call with 500 webhooks (issue 3 target: under 1 ms), and a whole simulated run
// of the same call with canned responses for scale.
#include "call/CallPlanner.h"
#include "call/CallRunner.h"
#include "call/CannedResponder.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

CallScenario scenarioWith(int webhookCount)
{
    CallScenario scenario;
    scenario.tags.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550142")});
    scenario.tags.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});
    scenario.routing = {{QStringLiteral("b1"), false}, {QStringLiteral("b2"), false}, {QStringLiteral("b3"), true}};
    scenario.durationSeconds = 300;
    scenario.conversion.minDurationSeconds = 60;
    scenario.postbacks = {{30, {}}, {90, {}}};
    const QList<Trigger> triggers = Triggers::all();
    for (int i = 0; i < webhookCount; ++i) {
        Webhook webhook;
        webhook.name = QStringLiteral("hook %1").arg(i);
        webhook.trigger = triggers.at(i % triggers.size());
        webhook.timerSeconds = webhook.trigger == Trigger::Timer ? 10 * (i % 40) + 10 : 0;
        webhook.buyerId = i % 7 == 0 ? QStringLiteral("b%1").arg(i % 3 + 1) : QString();
        webhook.matches = {QStringLiteral("source_id:pub1")};
        webhook.request.url = QStringLiteral("https://track.example.com/p?cid=[call_uuid]&phone=[caller_number]");
        scenario.webhooks.append(webhook);
    }
    return scenario;
}

void BM_PlanCall(benchmark::State &state)
{
    const CallScenario scenario = scenarioWith(int(state.range(0)));
    for (auto _ : state) {
        CallPlan plan = CallPlanner::plan(scenario);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PlanCall)->Arg(500)->Unit(benchmark::kMicrosecond);

void BM_SimulateCall(benchmark::State &state)
{
    const CallScenario scenario = scenarioWith(int(state.range(0)));
    CannedResponder responder(scenario.responses);
    for (auto _ : state) {
        CallResult result = CallRunner::run(scenario, &responder);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_SimulateCall)->Arg(500)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
