// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallScenario.h"
#include "call/Responder.h"

// Answers every request from a scenario's canned responses, without touching the network
// (simulate). A webhook with no canned response gets a 200 with an empty body (SPEC 8).
class CannedResponder final : public Responder
{
public:
    explicit CannedResponder(const QHash<QString, CallScenario::CannedResponse> &responses);

    void send(const RenderedRequest &request, const QString &webhookName, Done done) override;
    void cancelAll() override {}

private:
    QHash<QString, CallScenario::CannedResponse> m_responses;
};
