// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallResult.h"

#include <QJsonObject>

// The machine-readable report of a call (SPEC 8 --json): steps in firing order, skipped ones
// included, warnings and the final tags.
namespace CallResultJson {
QJsonObject toJson(const CallResult &result);
QJsonObject stepToJson(const StepResult &step);
} // namespace CallResultJson
