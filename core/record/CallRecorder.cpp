// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/CallRecorder.h"

#include "call/CallRunner.h"
#include "record/PixelStore.h"

CallRecorder::CallRecorder(const StoredCall &header, PixelStore *store, QObject *parent)
    : QObject(parent)
    , m_call(header)
    , m_store(store)
{
    QString error;
    if (m_store && !m_store->beginCall(m_call, &error))
        m_storeErrors.append(error);
}

void CallRecorder::attach(CallRunner *runner)
{
    connect(runner, &CallRunner::stepFinished, this, &CallRecorder::recordStep);
    connect(runner, &CallRunner::finished, this, &CallRecorder::recordEnd);
}

FiredPixel CallRecorder::toPixel(const QString &callId, int sequence, const StepResult &step)
{
    FiredPixel pixel;
    pixel.callId = callId;
    pixel.sequence = sequence;
    pixel.webhookName = step.webhookName;
    pixel.trigger = Triggers::name(step.trigger);
    pixel.buyerId = step.buyerId;
    pixel.fired = step.fired;
    pixel.recordedOutcome = Outcomes::of(step);
    pixel.reason = step.reason;
    pixel.exchanges = step.exchanges;
    pixel.tagsApplied = step.tagsApplied;
    pixel.warnings = step.notes + step.errors;
    return pixel;
}

void CallRecorder::recordStep(int index, const StepResult &step)
{
    const FiredPixel pixel = toPixel(m_call.id, index, step);
    m_call.pixels.append(pixel);
    QString error;
    if (m_store && !m_store->addPixel(m_call.id, pixel, &error))
        m_storeErrors.append(error);
}

void CallRecorder::recordEnd(const CallResult &result)
{
    m_call.finishedAt = QDateTime::currentDateTimeUtc();
    m_call.tags = result.finalTags;
    m_call.warnings = result.warnings;
    QString error;
    if (m_store && !m_store->finishCall(m_call.id, m_call.finishedAt, m_call.tags, m_call.warnings, &error))
        m_storeErrors.append(error);
}
