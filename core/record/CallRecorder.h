// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/StoredCall.h"

#include <QObject>

class CallRunner;
class PixelStore;
struct CallResult;
struct StepResult;

// Records a running call as it goes: each finished step becomes a fired pixel, written to the
// store at once (so a crash loses only what is still in flight) and kept for HAR export.
class CallRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallRecorder)

public:
    // store may be null: the call is then only kept in memory.
    CallRecorder(const StoredCall &header, PixelStore *store, QObject *parent = nullptr);

    // Records the runner's steps and end as it reports them.
    void attach(CallRunner *runner);
    // What attach() connects, for a caller that must record before it passes the news on.
    void recordStep(int index, const StepResult &step);
    void recordEnd(const CallResult &result);

    const StoredCall &call() const { return m_call; }
    // Problems writing to the store; the run itself goes on.
    QStringList storeErrors() const { return m_storeErrors; }

    static FiredPixel toPixel(const QString &callId, int sequence, const StepResult &step);

private:
    StoredCall m_call;
    PixelStore *m_store;
    QStringList m_storeErrors;
};
