// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallRunner.h"
#include "record/StoredCall.h"

#include <QObject>

#include <memory>

class CallRecorder;
class PixelStore;
class Responder;

// Runs one test call and records it: CallRunner plans the scenario and runs it against the
// caller's Responder (the network for fire, canned answers for simulate), and each step that
// finishes is written to the fired-pixels store at once, through CallRecorder, before it is
// announced. The call gets a fresh call_uuid and call_key when the scenario has none. The
// recorded call stays in memory for HAR export, so a session without a store still works.
//
// The GUI streams rows from the signals and may cancel(); the command line calls start() and
// waitForFinished(). finished() is the last signal of every run, cancelled or not.
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    // responder must outlive the session, and store (null: nothing is written) the run. A session
    // destroyed mid-run stops the call and records nothing more.
    CallSession(const CallScenario &scenario, Responder &responder, PixelStore *store, QObject *parent = nullptr);
    ~CallSession() override;

    // How the fired-pixels log lists the call; set before start().
    void setTitle(const QString &title) { m_header.title = title; }
    void setCampaign(const QString &campaign) { m_header.campaign = campaign; }

    // The call's id in the fired-pixels store, fixed from construction.
    QString callId() const { return m_header.id; }
    const CallPlan &plan() const { return m_runner.plan(); }
    // How many steps the call lists once finished: one per webhook evaluated.
    int plannedSteps() const;
    // The steps so far (started ones included), then the whole call.
    const CallResult &result() const { return m_runner.result(); }
    // The call as recorded: its header, and one pixel per finished step, in firing order.
    const StoredCall &call() const;
    // Problems writing to the store; the run goes on without them.
    QStringList storeErrors() const;
    bool isRunning() const { return m_started && !m_runner.isFinished(); }
    bool isFinished() const { return m_runner.isFinished(); }

    // Begins the call in the store and runs it. A responder that answers at once (canned
    // responses) runs the whole call inside start().
    void start();
    // Stops what is in flight; the remaining steps are recorded as cancelled, then cancelled()
    // and finished() are emitted.
    void cancel();
    // Returns once the started call has finished, spinning an event loop meanwhile.
    void waitForFinished();

signals:
    void stepStarted(int index, const StepResult &step);
    // The step is already in the store.
    void stepFinished(int index, const StepResult &step);
    // The run was cancelled; finished() follows.
    void cancelled();
    // The call is closed in the store.
    void finished(const CallResult &result);

private:
    void onStepFinished(int index, const StepResult &step);
    void onFinished(const CallResult &result);

    StoredCall m_header;
    PixelStore *m_store;
    // Declared before the runner, so the runner goes first and no late step reaches a recorder.
    std::unique_ptr<CallRecorder> m_recorder;
    CallRunner m_runner;
    bool m_started = false;
};
