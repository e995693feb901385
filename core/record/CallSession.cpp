// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/CallSession.h"

#include "record/CallRecorder.h"

#include <QEventLoop>
#include <QUuid>

CallSession::CallSession(const CallScenario &scenario, Responder &responder, PixelStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(scenario, &responder, CallRunnerOptions{true})
{
    m_header.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_header.tags = scenario.tags;
    connect(&m_runner, &CallRunner::stepStarted, this, &CallSession::stepStarted);
    connect(&m_runner, &CallRunner::stepFinished, this, &CallSession::onStepFinished);
    connect(&m_runner, &CallRunner::finished, this, &CallSession::onFinished);
}

CallSession::~CallSession() = default;

int CallSession::plannedSteps() const
{
    int steps = 0;
    for (const PlanItem &item : m_runner.plan().items)
        steps += item.kind == PlanItem::Kind::Fire || item.kind == PlanItem::Kind::Skip ? 1 : 0;
    return steps;
}

const StoredCall &CallSession::call() const
{
    return m_recorder ? m_recorder->call() : m_header;
}

QStringList CallSession::storeErrors() const
{
    return m_recorder ? m_recorder->storeErrors() : QStringList();
}

void CallSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_header.startedAt = QDateTime::currentDateTimeUtc();
    m_recorder = std::make_unique<CallRecorder>(m_header, m_store);
    m_runner.start();
}

void CallSession::cancel()
{
    if (isRunning())
        m_runner.cancel();
}

void CallSession::waitForFinished()
{
    if (!isRunning())
        return;
    QEventLoop loop;
    connect(this, &CallSession::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void CallSession::onStepFinished(int index, const StepResult &step)
{
    m_recorder->recordStep(index, step);
    emit stepFinished(index, step);
}

void CallSession::onFinished(const CallResult &result)
{
    m_recorder->recordEnd(result);
    if (result.cancelled)
        emit cancelled();
    emit finished(result);
}
